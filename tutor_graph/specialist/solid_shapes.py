"""Reading the solid of a measurement problem: which solid, its given sizes, what is asked.

`shape_of(problem)` returns a `Shape` (kind, the sizes read from the text, the asked quantity, and
whether it is about the circumscribed / inscribed sphere), or None. Only string and number work
here; the type and its chains are in `types/solid_geometry/solid_measure.py` + `.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.solid_geometry.frames import lengths

_NUM = r"(\d+(?:\.\d+)?\s*(?:π|pi)?|sqrt\(\d+\)\s*(?:π|pi)?|√\d+|\(\(\d+\)/\(\d+\)\)|\d*\s*π)"
_IS = r"\s*(?:长)?\s*(?:为|是|=|of|is|equal to|equals)?\s*"

KINDS = {  # kind: (Chinese words, English words); earlier kinds win
    "square_pyramid": (("正四棱锥",), ("regular square pyramid", "regular quadrilateral pyramid")),
    "tetrahedron": (("正四面体",), ("regular tetrahedron",)),
    "triangular_pyramid": (("正三棱锥",), ("regular triangular pyramid",)),
    "triangular_prism": (("正三棱柱",), ("regular triangular prism",)),
    "square_prism": (("正四棱柱",), ("regular square prism",)),
    "cube": (("正方体",), ("cube",)),
    "cuboid": (("长方体",), ("cuboid", "rectangular box")),
    "corner": (("两两垂直",), ("mutually perpendicular", "pairwise perpendicular")),
    "cone": (("圆锥",), ("cone",)),
    "cylinder": (("圆柱",), ("cylinder",)),
    "sphere": (("球的", "球面", "一个球", "球体", "该球", "这个球"), ("sphere", "a ball", "the ball")),
}
TARGETS = {  # asked quantity: words (checked in this order)
    "lateral": ("侧面积", "lateral surface area", "lateral area", "curved surface area"),
    "surface": ("表面积", "surface area", "total surface"),
    "volume": ("体积", "volume"),
    "diagonal": ("体对角线", "对角线", "diagonal"),
    "slant": ("母线", "slant height"),
    "height": ("高", "height"),
    "radius": ("半径", "radius"),
}


@dataclass
class Shape:
    kind: str
    sizes: dict[str, sp.Expr]
    target: str
    sphere: str = ""  # "circumscribed" / "inscribed" when the asked quantity belongs to that sphere
    words: dict[str, str] = field(default_factory=dict)


def _grab(text: str, *labels: str) -> sp.Expr | None:
    """The first positive number written after one of the labels (`半径为 3`, `radius 3`)."""
    for label in labels:
        m = re.search(rf"{label}{_IS}{_NUM}", text, re.I)
        if m:
            v = try_expr(m.group(1))
            if v is not None and not v.free_symbols and v.is_positive:
                return v
    return None


def _kind(p: Problem, asked: str) -> str | None:
    for kind, (zh, en) in KINDS.items():
        if kind == "sphere":
            # 外接球 / 内切球 belong to another solid; a sphere is the solid only when nothing else is
            if any(p.has(*KINDS[k][0], *KINDS[k][1]) for k in KINDS if k != "sphere"):
                continue
        if p.has(*zh, *en):
            return kind
    return None


def _asked(p: Problem) -> str:
    """The question part: after the last 求 / find (the sizes come before it)."""
    parts = re.split(r"求|find|compute|calculate|what is", p.text, flags=re.I)
    return parts[-1] if len(parts) > 1 else ""


def _target(asked: str) -> str | None:
    for target, words in TARGETS.items():
        if any(w in asked.lower() for w in words):
            return target
    return None


def shape_of(p: Problem) -> Shape | None:
    """The solid, its sizes and the asked quantity; None when something needed is missing."""
    asked = _asked(p)
    target = _target(asked)
    if target is None:
        return None
    kind = _kind(p, asked)
    if kind is None or p.has("袋", "bag", "盒", "box of", "urn"):
        return None  # balls in a bag are for probability, not solids
    sphere = ""
    if re.search(r"外接球|circumscribed sphere|circumsphere|都在同一个球面上|lie on (?:a|the same) sphere", p.text, re.I):
        sphere = "circumscribed"
    elif re.search(r"内切球|inscribed sphere|insphere", p.text, re.I):
        sphere = "inscribed"
    text = p.text
    given = text  # sizes may also sit in the question part: 求棱长为 2 的正方体的内切球的体积
    s: dict[str, sp.Expr] = {}
    if kind == "sphere":
        r = _grab(given, "半径", "radius")
        d = _grab(given, "直径", "diameter")
        s.update({k: v for k, v in (("r", r or (d / 2 if d else None)), ("V", _grab(given, "体积", "volume")),
                                   ("S", _grab(given, "表面积", "surface area"))) if v is not None})
    elif kind in ("cone", "cylinder"):
        for k, labels in (("r", ("底面半径", "base radius", "radius")), ("l", ("母线长?", "slant height", "generatrix")),
                          ("h", ("(?<!斜)高", "(?<!slant )height"))):
            v = _grab(given, *labels)
            if v is not None:
                s[k] = v
        m = (re.search(rf"(?:轴截面|axial (?:cross[- ])?section)[^.]*?(?:边长|side)\s*(?:为|是|of|is)?\s*{_NUM}[^.]*?正方形", given, re.I)
             or re.search(rf"(?:axial (?:cross[- ])?section)[^.]*?square (?:of|with) side(?: length)?\s*{_NUM}", given, re.I))
        a = try_expr(m.group(1)) if m and kind == "cylinder" else None
        if a is not None:
            s.update({"r": a / 2, "h": a, "axial": a})
        if kind == "cylinder" and "l" in s and "h" not in s:
            s["h"] = s.pop("l")
    elif kind in ("cube",):
        a = _grab(given, "棱长", "edge(?: length)?", "side(?: length)?")
        if a is not None:
            s["a"] = a
    elif kind == "cuboid":
        m = re.search(rf"(?:长\s*,?\s*宽\s*,?\s*高|三条棱长?|edges?|dimensions?)\s*(?:分别)?\s*(?:为|是|are|of)?\s*{_NUM}\s*(?:,|、)\s*{_NUM}\s*(?:,|、|和|and)\s*{_NUM}", given, re.I)
        if m:
            vals = [try_expr(g) for g in m.groups()]
            if None not in vals:
                s.update(dict(zip("abc", vals, strict=True)))
    elif kind == "corner":
        found = list(lengths(given).values())
        if len(found) == 3:
            s.update(dict(zip("abc", found, strict=True)))
    else:  # regular pyramids and prisms
        a = _grab(given, "底面边长", "base edge", "棱长", "边长", "edge(?: length)?", "side")
        if a is not None:
            s["a"] = a
        for k, labels in (("l", ("侧棱长?", "lateral edge")), ("h", ("(?<!斜)高", "(?<!slant )height")), ("hs", ("斜高", "slant height"))):
            v = _grab(given, *labels)
            if v is not None:
                s[k] = v
        if kind.endswith("prism") and "h" not in s and "l" in s:
            s["h"] = s.pop("l")  # a right prism's lateral edge is its height
        if kind == "tetrahedron" and "a" in s:
            s["l"] = s["a"]  # every edge of a regular tetrahedron has the same length
    return Shape(kind, s, target, sphere)

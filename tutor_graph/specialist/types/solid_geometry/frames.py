"""Coordinates for the named solids of textbook problems: cube and cuboid ABCD-A₁B₁C₁D₁, right prism
ABC-A₁B₁C₁ with a right angle at A, pyramid P-ABCD with PA ⊥ base (square or rectangle), regular
pyramid P-ABCD, tetrahedron P-ABC with PA, PB, PC mutually perpendicular; plus midpoints.

`frame(problem)` returns the points by name and the sentence that sets up the axes; every stated
length is checked against the coordinates before the frame is used, so a misread solid is refused
rather than solved wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor_graph.specialist.chain import Text
from tutor_graph.specialist.detecting import positive_number
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.space import NAME, canon, length, names_in, vp, vt

_NUM = r"(\d+(?:\.\d+)?|sqrt\(\d+\)|√\d+|\(\(\d+\)/\(\d+\)\))"
_SEG = rf"((?:{NAME}){{2}})"
_MID = re.compile(rf"((?:{NAME}\s*(?:,|和|与)\s*)*{NAME})\s*(?:分别)?\s*(?:为|是)\s*(?:棱|线段|边)?\s*"
                  rf"((?:{_SEG}\s*(?:,|和|与)?\s*)+?)\s*的中点")
_MID_EN = re.compile(rf"((?:{NAME}\s*(?:,|and)\s*)*{NAME})\s+(?:is|are)\s+(?:the\s+)?midpoints?\s+of\s+"
                     rf"(?:the\s+)?(?:edges?\s+|segments?\s+)?((?:{_SEG}\s*(?:,|and)?\s*)+)", re.I)


@dataclass
class Frame:
    """A solid placed in coordinates."""

    kind: str
    points: dict[str, sp.Matrix]
    setup: Text  # how the axes were placed, for the first guiding question
    base: list[str] = field(default_factory=list)  # the base face, e.g. ABCD
    assumed_unit: bool = False  # no size given: edge 1 assumed (only for angles)
    midpoints: dict[str, tuple[str, str]] = field(default_factory=dict)
    axes: list[tuple[str, str]] = field(default_factory=list)  # the edges whose lengths / right angles place the solid


def lengths(text: str) -> dict[str, sp.Expr]:
    """Stated segment lengths, chains included: `AD=AA_1=1` gives AD and AA_1."""
    out: dict[str, sp.Expr] = {}
    for m in re.finditer(rf"{_SEG}((?:\s*=\s*{_SEG})*)\s*=\s*{_NUM}", text):
        v = positive_number(m.group(m.lastindex or 0))
        if v is None:
            continue
        for seg in [m.group(1), *re.findall(_SEG, m.group(2) or "")]:
            out[_key(seg)] = v
    return out


def _key(seg: str) -> str:
    return "".join(sorted(names_in(seg)))


def _edge(text: str) -> sp.Expr | None:
    m = re.search(rf"(?:棱长|边长|edge(?: length)?|side(?: length)?)\s*(?:为|是|=|of|is)?\s*{_NUM}", text, re.I)
    return positive_number(m.group(1)) if m else None


def _box(a: sp.Expr, b: sp.Expr, c: sp.Expr, names: list[str]) -> dict[str, sp.Matrix]:
    A, B, C, D, A1, B1, C1, D1 = names
    base = {A: (0, 0, 0), B: (a, 0, 0), C: (a, b, 0), D: (0, b, 0)}
    top = {A1: (0, 0, c), B1: (a, 0, c), C1: (a, b, c), D1: (0, b, c)}
    return {k: sp.Matrix(v) for k, v in {**base, **top}.items()}


def _box_frame(p: Problem) -> Frame | None:
    m = re.search(rf"({NAME})({NAME})({NAME})({NAME})\s*-\s*({NAME})({NAME})({NAME})({NAME})", p.text)
    if not m:
        return None
    names = [canon(n) for n in m.groups()]
    A, B, _, D, A1 = names[:5]
    cube = p.has("正方体", "cube")
    sizes: tuple[sp.Expr, ...]
    if cube:
        a = _edge(p.text) or (1 if p.has("unit cube", "单位正方体") else None)
        sizes, unit = ((a, a, a), False) if a else ((1, 1, 1), True)
    elif p.has("长方体", "cuboid", "rectangular box"):
        given = lengths(p.text)
        dims = [given.get(_key(A + B)), given.get(_key(A + D)), given.get(_key(A + A1))]
        if any(x is None for x in dims):
            return None
        sizes, unit = tuple(x for x in dims if x is not None), False
    else:
        return None
    pts = _box(sizes[0], sizes[1], sizes[2], names)
    setup = (f"以 ${A}$ 为原点，${A}{B}$、${A}{D}$、${A}{A1}$ 所在直线分别为 $x$、$y$、$z$ 轴建立空间直角坐标系",
             f"Put ${A}$ at the origin with ${A}{B}$, ${A}{D}$, ${A}{A1}$ along the $x$-, $y$-, $z$-axes")
    return Frame("cube" if cube else "cuboid", pts, setup, names[:4], unit, axes=[(A, B), (A, D), (A, A1)])


def _pyramid_frame(p: Problem) -> Frame | None:
    m = re.search(rf"({NAME})\s*-\s*({NAME})({NAME})({NAME})({NAME})(?![A-Z_])", p.text)
    if not m or not p.has("四棱锥", "pyramid"):
        return None
    P, A, B, C, D = (canon(n) for n in m.groups())
    given = lengths(p.text)
    if p.has("正四棱锥", "regular square pyramid", "regular pyramid"):
        a = _edge(p.text)
        side = given.get(_key(P + A))
        lm = re.search(rf"(?:侧棱长?|lateral edges?(?: length)?)\s*(?:为|是|=|of|is)?\s*{_NUM}", p.text, re.I)
        if side is None and lm:
            side = positive_number(lm.group(1))
        h = None
        hm = re.search(rf"(?:高|height)\s*(?:为|是|=|of|is)?\s*{_NUM}", p.text)
        if hm:
            h = positive_number(hm.group(1))
        elif side and a:
            h = sp.sqrt(side**2 - a**2 / 2)
        if not a or not h or not h.is_positive:
            return None
        pts = {A: (0, 0, 0), B: (a, 0, 0), C: (a, a, 0), D: (0, a, 0), P: (a / 2, a / 2, h)}
        setup = (f"以 ${A}$ 为原点，${A}{B}$、${A}{D}$ 为 $x$、$y$ 轴，过 ${A}$ 垂直于底面的直线为 $z$ 轴；顶点 ${P}$ 在底面中心正上方",
                 f"Put ${A}$ at the origin, ${A}{B}$ and ${A}{D}$ along the $x$- and $y$-axes, $z$ upwards; the apex ${P}$ is above the centre")
        return Frame("regular_pyramid", {k: sp.Matrix(v) for k, v in pts.items()}, setup, [A, B, C, D], axes=[(A, B), (A, D), (P, A)])
    perp = re.search(rf"{P}{A}\s*(?:⊥|垂直于|is perpendicular to)\s*(?:底面|平面\s*{A}{B}{C}{D}|the base|(?:the )?plane\s*{A}{B}{C}{D}|base)", p.text)
    h = given.get(_key(P + A))
    if not perp or not h:
        return None
    if p.has("正方形", "square"):
        a = _edge(p.text) or given.get(_key(A + B))
        b = a
    elif p.has("矩形", "rectangle"):
        a, b = given.get(_key(A + B)), given.get(_key(A + D))
    else:
        return None
    if not a or not b:
        return None
    pts = {A: (0, 0, 0), B: (a, 0, 0), C: (a, b, 0), D: (0, b, 0), P: (0, 0, h)}
    setup = (f"以 ${A}$ 为原点，${A}{B}$、${A}{D}$、${A}{P}$ 所在直线分别为 $x$、$y$、$z$ 轴建立空间直角坐标系",
             f"Put ${A}$ at the origin with ${A}{B}$, ${A}{D}$, ${A}{P}$ along the $x$-, $y$-, $z$-axes")
    return Frame("pyramid", {k: sp.Matrix(v) for k, v in pts.items()}, setup, [A, B, C, D], axes=[(A, B), (A, D), (A, P)])


def _corner_frame(p: Problem) -> Frame | None:
    """Tetrahedron P-ABC with PA, PB, PC mutually perpendicular."""
    m = re.search(rf"({NAME})\s*-\s*({NAME})({NAME})({NAME})(?![A-Z_])", p.text)
    if not m or not p.has("两两垂直", "mutually perpendicular", "pairwise perpendicular"):
        return None
    P, A, B, C = (canon(n) for n in m.groups())
    given = lengths(p.text)
    sizes = [given.get(_key(P + X)) for X in (A, B, C)]
    if None in sizes:
        return None
    pts = {P: (0, 0, 0), A: (sizes[0], 0, 0), B: (0, sizes[1], 0), C: (0, 0, sizes[2])}
    setup = (f"以 ${P}$ 为原点，${P}{A}$、${P}{B}$、${P}{C}$ 所在直线分别为 $x$、$y$、$z$ 轴建立空间直角坐标系",
             f"Put ${P}$ at the origin with ${P}{A}$, ${P}{B}$, ${P}{C}$ along the $x$-, $y$-, $z$-axes")
    return Frame("corner", {k: sp.Matrix(v) for k, v in pts.items()}, setup, [A, B, C], axes=[(P, A), (P, B), (P, C)])


def _prism_frame(p: Problem) -> Frame | None:
    """Right triangular prism ABC-A₁B₁C₁ with the right angle at A (∠BAC = 90° or AB ⊥ AC)."""
    m = re.search(rf"({NAME})({NAME})({NAME})\s*-\s*({NAME})({NAME})({NAME})", p.text)
    if not m or not p.has("直三棱柱", "right prism", "right triangular prism"):
        return None
    A, B, C, A1, B1, C1 = (canon(n) for n in m.groups())
    right = re.search(rf"∠\s*{B}{A}{C}\s*=\s*90|{A}{B}\s*⊥\s*{A}{C}|{A}{C}\s*⊥\s*{A}{B}", p.text)
    given = lengths(p.text)
    a, b, h = given.get(_key(A + B)), given.get(_key(A + C)), given.get(_key(A + A1))
    if not right or None in (a, b, h):
        return None
    pts = {A: (0, 0, 0), B: (a, 0, 0), C: (0, b, 0), A1: (0, 0, h), B1: (a, 0, h), C1: (0, b, h)}
    setup = (f"以 ${A}$ 为原点，${A}{B}$、${A}{C}$、${A}{A1}$ 所在直线分别为 $x$、$y$、$z$ 轴建立空间直角坐标系",
             f"Put ${A}$ at the origin with ${A}{B}$, ${A}{C}$, ${A}{A1}$ along the $x$-, $y$-, $z$-axes")
    return Frame("prism", {k: sp.Matrix(v) for k, v in pts.items()}, setup, [A, B, C], axes=[(A, B), (A, C), (A, A1)])


def _midpoints(text: str, pts: dict[str, sp.Matrix]) -> dict[str, tuple[str, str]] | None:
    """New points defined as midpoints: name -> (end, end); None when one names an unknown segment."""
    out: dict[str, tuple[str, str]] = {}
    for m in [*_MID.finditer(text), *_MID_EN.finditer(text)]:
        new = names_in(m.group(1))
        segs = re.findall(_SEG, m.group(2))
        if len(new) != len(segs):
            return None
        for n, seg in zip(new, segs, strict=True):
            ends = names_in(seg)
            if n in pts or ends[0] not in pts or ends[1] not in pts:
                return None
            out[n] = (ends[0], ends[1])
    return out


def frame(p: Problem) -> Frame | None:
    """The solid of the problem in coordinates (midpoints added), or None when it is not one we place."""
    for build in (_box_frame, _pyramid_frame, _prism_frame, _corner_frame):
        f = build(p)
        if f is not None:
            break
    else:
        return None
    mids = _midpoints(p.text, f.points)
    if mids is None:
        return None
    for n, (a, b) in mids.items():
        f.points[n] = (f.points[a] + f.points[b]) / 2
    f.midpoints = mids
    # every stated length must hold in the coordinates: a misread solid is refused, never solved
    for seg, v in lengths(p.text).items():
        ends = names_in(seg)
        if len(ends) == 2 and all(e in f.points for e in ends):
            if sp.simplify(length(f.points[ends[0]] - f.points[ends[1]]) - v) != 0:
                return None
    return f


def coordinates_text(f: Frame, names: list[str], lang: str) -> str:
    """`A(0, 0, 0), B(1, 0, 0)` for the points a chain uses, midpoints with where they come from."""
    mids = f.midpoints
    parts = []
    for n in dict.fromkeys(names):
        parts.append(f"${n}{vt(f.points[n])}$")
    note = ""
    used = [n for n in dict.fromkeys(names) if n in mids]
    if used:
        note = ("（" + "，".join(f"${n}$ 是 ${mids[n][0]}{mids[n][1]}$ 的中点" for n in used) + "）") if lang == "zh" else \
            (" (" + ", ".join(f"${n}$ is the midpoint of ${mids[n][0]}{mids[n][1]}$" for n in used) + ")")
    return ", ".join(parts) + note


def unit_note(f: Frame) -> Text:
    return ("（未给棱长：角的大小与棱长无关，设棱长为 1）", " (no size given: angles do not depend on it, so take edge 1)") if f.assumed_unit else ("", "")


def placement_claim(f: Frame) -> str:
    """The coordinates realise the solid: the placing edges have their lengths and meet at right angles
    (or, for a regular pyramid, the lateral edge has its length); midpoints are averages."""
    from tutor_graph.specialist.space import dot_claim, length_claim

    pts = f.points
    vecs = [pts[b] - pts[a] for a, b in f.axes]
    parts = [length_claim(v) for v in vecs]
    if f.kind != "regular_pyramid":
        parts += [dot_claim(vecs[i], vecs[j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    for n, (a, b) in f.midpoints.items():
        parts.append("(" + ", ".join(f"(({plain(x)}) + ({plain(y)}))/2" for x, y in zip(pts[a], pts[b], strict=True)) + f") = {vp(pts[n])}")
    return " 且 ".join(parts)

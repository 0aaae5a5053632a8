"""Relation words that compose over arbitrary expressions: each turns a phrase into a formal claim.

A relation applies to whatever expressions stand on its sides ("a+b 与 a 垂直" is (a+b)·a = 0, not a
pattern for one problem type). What cannot be formalised is reported, so the reading stays honest.

>>> coords = {"a": ("-1", "2"), "b": ("m", "1")}
>>> [(r.claim, r.kind) for r in relations_in("若向量 a+b 与 a 垂直", coords, {})]
[('((-1)+(m))*((-1))+((2)+(1))*((2))=0', 'relation')]
>>> [r.claim for r in relations_in("a ∥ b", coords, {})]
['((-1))*((1))-((2))*((m))=0']
>>> [r.claim for r in relations_in("函数 f(x) 的图象过点 (1,3)", {}, {"f": ("x", "x^2+a")})]
['(1)^2+a=3']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor_graph.reading import vectors

_SIDE = r"([A-Za-z0-9_{}()+\-*\\ .]{1,60}?)"  # bounded: a lazy unbounded side scans quadratically


@dataclass
class Found:
    """One relation read: the phrase, where it is in the clause, its claim ('' if not formalised), its kind."""

    text: str
    start: int
    end: int
    claim: str
    kind: str = "relation"


# relation words we recognise but only formalise in the cases handled below: a clause using one of
# them otherwise stays unread (the reading is then partial)
WORDS = ("垂直", "⊥", "\\perp", "平行", "∥", "\\parallel", "//", "共线", "夹角", "相切", "切线", "过点", "经过点",
         "等差", "等比", "单调", "递增", "递减", "增函数", "减函数", "奇函数", "偶函数", "周期", "对称", "互斥",
         "独立", "恒成立", "存在", "相交", "中点", "外接", "内切", "焦点", "渐近线", "离心率", "准线")


def _angle_value(text: str) -> str:
    m = re.match(r"\s*(\d+)\s*\^?\s*\{?\s*(?:\\circ|°|度)\s*\}?", text)
    if m:
        return f"\\cos({m.group(1)}°)"
    return f"\\cos({text.strip()})"


def relations_in(clause: str, coords: vectors.Coords, functions: dict[str, tuple[str, str]]) -> list[Found]:
    """Every relation phrase in a clause with its claim (vectors by coordinates, curves through points)."""
    found: list[Found] = []
    if not any(w in clause for w in ("垂直", "平行", "共线", "⊥", "\\perp", "∥", "\\parallel", "//", "夹角", "过")):
        return found
    for m in re.finditer(rf"{_SIDE}\s*与\s*{_SIDE}\s*(垂直|互相垂直|平行|共线)", clause):
        left, right = _strip_words(m.group(1)), _strip_words(m.group(2))
        formula = vectors.dot(left, right, coords) if "垂直" in m.group(3) else vectors.cross(left, right, coords)
        found.append(found_at(m, f"{formula}=0" if formula else ""))
    for m in re.finditer(rf"{_SIDE}\s*(?:⊥|\\perp|∥|\\parallel|//)\s*{_SIDE}(?=$|[,，;；。\s])", clause):
        left, right = _strip_words(m.group(1)), _strip_words(m.group(2))
        perpendicular = any(s in m.group(0) for s in ("⊥", "\\perp"))
        formula = vectors.dot(left, right, coords) if perpendicular else vectors.cross(left, right, coords)
        found.append(found_at(m, f"{formula}=0" if formula else ""))
    for m in re.finditer(rf"{_SIDE}\s*(?:与|,|和)\s*{_SIDE}\s*的?夹角(?:为|是|等于)\s*([^,，;；。]+)", clause):
        left, right = _strip_words(m.group(1)), _strip_words(m.group(2))
        d = vectors.dot(left, right, coords)
        n1, n2 = vectors.norm(left, coords), vectors.norm(right, coords)
        claim = f"{d}=({n1})*({n2})*{_angle_value(m.group(3))}" if d and n1 and n2 else ""
        found.append(found_at(m, claim))
    for m in re.finditer(r"(?:图象|图像|曲线|函数\s*([a-z])\s*\(\s*x\s*\))?[^,，]{0,40}?(?:经?过点|过)\s*[A-Z]?\s*\(([^(),]+),([^(),]+)\)", clause):
        name = m.group(1) or (next(iter(functions)) if len(functions) == 1 else "")
        claim = ""
        if name in functions:
            var, body = functions[name]
            at = re.sub(rf"(?<![A-Za-z\\]){var}(?![A-Za-z])", f"({m.group(2).strip()})", body)
            claim = f"{at}={m.group(3).strip()}"
        found.append(found_at(m, claim))
    return found


def found_at(m: re.Match, claim: str) -> Found:
    """A Found for a match, its span trimmed to the words themselves."""
    raw = m.group(0)
    start = m.start() + len(raw) - len(raw.lstrip())
    text = raw.strip()
    return Found(text, start, start + len(text), claim)


def _strip_words(side: str) -> str:
    side = re.sub(r"^.*?(?:向量|若|且|已知|设)\s*", "", side)
    return side.strip()


def unformalised_words(text: str) -> list[str]:
    """Relation words present in a text (the caller removes what it formalised first)."""
    return [w for w in WORDS if w in text]

"""矩形周长、面积的最值 / A rectangle's least perimeter for a given area, or largest area for a given perimeter."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.algebra.values import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_AREA = re.compile(r"面积(?:为|是)\s*(\d+(?:\.\d+)?)|area\s*(?:is\s*)?(\d+(?:\.\d+)?)")
_PERIMETER = re.compile(r"周长(?:为|是)\s*(\d+(?:\.\d+)?)|perimeter\s*(?:is\s*)?(\d+(?:\.\d+)?)")
_LEAST_PERIMETER = re.compile(r"周长.{0,4}最小|smallest possible perimeter|least perimeter|minimum perimeter")
_LARGEST_AREA = re.compile(r"面积.{0,4}最大|largest possible area|greatest area|maximum area")


@dataclass(frozen=True)
class Rectangle:
    """The given area (goal `perimeter`: its least value) or the given perimeter (goal `area`: its largest)."""

    given: sp.Rational
    goal: str


def detect(p: Problem) -> Rectangle | None:
    """`矩形的面积为 16，求周长的最小值` or `周长为 24，求面积的最大值`."""
    if not p.has("矩形", "长方形", "rectangle"):
        return None
    area, per = _AREA.search(p.text), _PERIMETER.search(p.text)
    if area and _LEAST_PERIMETER.search(p.text):
        return Rectangle(sp.nsimplify(area.group(1) or area.group(2)), "perimeter")
    if per and _LARGEST_AREA.search(p.text):
        return Rectangle(sp.nsimplify(per.group(1) or per.group(2)), "area")
    return None


def values(r: Rectangle) -> Values:
    """The side at the optimum (a square), the bound from AM–GM, the one-variable function and its derivative."""
    out: Values = {"perimeter": r.goal == "perimeter", "area": r.goal == "area"}
    both(out, "given", r.given)
    if r.goal == "perimeter":
        side = sp.sqrt(r.given)
        both(out, "side", side)
        out["side_div"] = plain(side) if side.is_Atom or isinstance(side, sp.Pow) else f"({plain(side)})"  # S/4, S/(2*sqrt(2))
        both(out, "bound", 2 * side)  # x + S/x ≥ 2√S
        both(out, "best", 4 * side)
        both(out, "lp", sp.together(sp.diff(2 * (X + r.given / X), X)))
        out["lp_num"] = plain(sp.numer(sp.together(sp.diff(2 * (X + r.given / X), X))))
    else:
        half, side = r.given / 2, r.given / 4
        both(out, "half", half)
        both(out, "side", side)
        both(out, "best", side**2)
        both(out, "f", sp.expand(X * (half - X)))
    return out


def reference(r: Rectangle) -> str:
    """Independent: SymPy's minimum / maximum of the one-variable function."""
    if r.goal == "perimeter":
        return plain(sp.minimum(2 * (X + r.given / X), X, sp.Interval.open(0, sp.oo)))
    return plain(sp.maximum(X * (r.given / 2 - X), X, sp.Interval.open(0, r.given / 2)))


TYPE: ProblemType[Rectangle] = ProblemType(
    type_id="inequality.rectangle", module="algebra", name="rectangle", detect=detect, values=values,
    reference=reference, givens=lambda r: [f"{'area' if r.goal == 'perimeter' else 'perimeter'} {plain(r.given)}"],
    goal=lambda r: "least perimeter" if r.goal == "perimeter" else "largest area",
    answers=frozenset({"area", "perimeter", "max", "min"}), topic="inequalities",
)

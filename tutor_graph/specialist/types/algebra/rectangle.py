"""矩形周长、面积的最值 / A rectangle's least perimeter for a given area, or largest area for a given perimeter."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.algebra.values import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_LEAST = ("最小", "smallest", "least", "minimum")  # the perimeter's least value is asked (the area fixed) …
_LARGEST = ("最大", "largest", "greatest", "maximum")  # … or the area's largest (the perimeter fixed)


@dataclass(frozen=True)
class Rectangle:
    """The given area (goal `perimeter`: its least value) or the given perimeter (goal `area`: its largest)."""

    given: sp.Rational
    goal: str


def detect(p: Problem) -> Rectangle | None:
    """`矩形的面积为 16，求周长的最小值` or `周长为 24，求面积的最大值`."""
    if not p.has("矩形", "长方形", "rectangle"):
        return None
    measures = dict(o["value"].split("=", 1) for o in p.objects("rectangle") if "=" in o["value"])  # "area=16"
    asked = {g["expression"] for g in p.goals if g["kind"] == "extremum"}
    if "area" in measures and "perimeter" in asked and p.has(*_LEAST):
        return Rectangle(sp.nsimplify(measures["area"]), "perimeter")
    if "perimeter" in measures and "area" in asked and p.has(*_LARGEST):
        return Rectangle(sp.nsimplify(measures["perimeter"]), "area")
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

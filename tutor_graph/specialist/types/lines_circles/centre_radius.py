"""由圆的方程求圆心和半径 / The centre and radius of a circle from its equation."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.lines_circles.circle_line import (
    CircleGiven,
    centre_answer,
    circle_values,
    givens,
    read_circle,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> CircleGiven | None:
    """`求圆 x²+y²-4x+6y-3=0 的圆心和半径`: one circle, no line, 圆心 or 半径 asked."""
    found = read_circle(p)
    return found if found is not None and found.goal == "centre" else None


def values(t: CircleGiven) -> Values:
    """The circle's values and the answer in the asked form."""
    out = circle_values(t)
    centre, r2, *_ = circle_parts(t.eq)  # type: ignore[misc]  # read_circle kept circles only
    out["answer"], out["answer_en"] = centre_answer(centre, r2, t.want)
    return out


def reference(t: CircleGiven) -> tuple[str, str]:
    """Independent: SymPy's Circle from the equation."""
    c = sp.Circle(sp.Eq(t.eq, 0), x=X, y=Y)
    return centre_answer((c.center.x, c.center.y), c.radius**2, t.want)


TYPE: ProblemType[CircleGiven] = ProblemType(
    type_id="geometry.circle", module="lines_circles", name="centre_radius", detect=detect, values=values,
    reference=reference, givens=givens, goal=lambda t: "centre and radius",
    answers=frozenset({"center", "radius", "coordinates"}),
)

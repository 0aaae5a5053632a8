"""直线与圆的位置关系、弦长 / A line and a circle: their position, or the chord the circle cuts from the line."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.lines_circles.circle_line import (
    CircleGiven,
    givens,
    intersections,
    line_values,
    read_circle,
)
from tutor_graph.specialist.types.problem_type import ProblemType


def detect(p: Problem) -> CircleGiven | None:
    """`求直线 x-y+1=0 被圆 x²+y²=4 截得的弦长` or `判断直线与圆的位置关系`: one circle and one line."""
    found = read_circle(p)
    return found if found is not None and found.goal in ("position", "chord") else None


def reference(t: CircleGiven) -> str | tuple[str, str]:
    """Independent: SymPy solves the two equations; the real common points give the position or the chord."""
    points = intersections(t)
    if t.goal == "chord":
        a, b = [sp.Point(s[X], s[Y]) for s in points]
        return plain(sp.radsimp(sp.sqrt(sp.expand((a.x - b.x) ** 2 + (a.y - b.y) ** 2))))
    real = [s for s in points if s[X].is_real and s[Y].is_real]
    return ("相交", "intersect") if len(real) == 2 else (("相切", "tangent") if len(real) == 1 else ("相离", "separate"))


TYPE: ProblemType[CircleGiven] = ProblemType(
    type_id="geometry.line_circle", module="lines_circles", name="line_circle", detect=detect, values=line_values,
    reference=reference, givens=givens, goal=lambda t: t.goal, answers=frozenset({"length", "position"}),
)

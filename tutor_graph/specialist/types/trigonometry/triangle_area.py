"""已知两边及夹角求三角形面积 / A triangle's area from two sides and the included angle."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim, deg_text
from tutor_graph.specialist.types.trigonometry.triangle_sas import TwoSidesAngle, givens, read_sas


def detect(p: Problem) -> TwoSidesAngle | None:
    """`在△ABC中，a=4，b=5，C=30°，求△ABC的面积`."""
    return read_sas(p, "sas_area")


def values(t: TwoSidesAngle) -> Values:
    """The area by ½ab·sin C, and the height onto one side."""
    area = sp.nsimplify(t.vx * t.vy * sp.sin(t.val) / 2)
    h = sp.nsimplify(t.vy * sp.sin(t.val))
    return {
        "x": t.x, "y": t.y, "ang": t.ang, "vx": tex(t.vx), "vy": tex(t.vy), "deg": deg_text(t.val),
        "sin": tex(sp.sin(t.val)), "area": tex(area), "h": tex(h), "h_area": tex(sp.nsimplify(t.vx * h / 2)),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "area_claim": f"1/2*({plain(t.vx)})*({plain(t.vy)})*\\sin {deg_claim(t.val)} = {plain(area)}",
        "h_claim": f"{plain(t.vy)}*\\sin {deg_claim(t.val)} = {plain(h)}",
        "h_area_claim": f"1/2*({plain(t.vx)})*({plain(h)}) = {plain(sp.nsimplify(t.vx * h / 2))}",
    }


def reference(t: TwoSidesAngle) -> str:
    """Independent: SymPy's area of the triangle placed with the angle's vertex at the origin."""
    tri = sp.Triangle(sp.Point(0, 0), sp.Point(t.vx, 0), sp.Point(t.vy * sp.cos(t.val), t.vy * sp.sin(t.val)))
    return plain(sp.nsimplify(tri.area))


TYPE: ProblemType[TwoSidesAngle] = ProblemType(
    type_id="triangle.area", module="trigonometry", name="triangle_area", detect=detect, values=values,
    reference=reference, givens=givens, goal=lambda t: "area", answers=frozenset({"area"}), topic="plane_vectors",
)

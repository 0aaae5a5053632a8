"""已知两边及夹角求第三边 / The third side from two sides and the included angle."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim, deg_text, read


@dataclass(frozen=True)
class TwoSidesAngle:
    """Sides x = vx and y = vy with the included angle `ang` = val (radians); `area` whether the area is asked."""

    x: str
    y: str
    vx: sp.Expr
    vy: sp.Expr
    ang: str
    val: sp.Expr
    area: bool


def read_sas(p: Problem, kind: str) -> TwoSidesAngle | None:
    """Two sides and the included angle, when the triangle problem is of `kind` (`sas_side` / `sas_area`)."""
    d = read(p)
    if d is None or d["kind"] != kind:
        return None
    (x, y), (ang, val) = sorted(d["sides"]), next(iter(d["angles"].items()))
    return TwoSidesAngle(x, y, d["sides"][x], d["sides"][y], ang, val, kind == "sas_area")


def givens(t: TwoSidesAngle) -> list[str]:
    """The givens as the old solver listed them."""
    return [f"{t.x} = {plain(t.vx)}", f"{t.y} = {plain(t.vy)}", f"{t.ang} = {deg_claim(t.val)}"]


def detect(p: Problem) -> TwoSidesAngle | None:
    """`在△ABC中，a=3，b=5，C=120°，求 c`."""
    return read_sas(p, "sas_side")


def values(t: TwoSidesAngle) -> Values:
    """The law of cosines and the coordinates of the third vertex."""
    third = t.ang.lower()
    sq = sp.nsimplify(t.vx**2 + t.vy**2 - 2 * t.vx * t.vy * sp.cos(t.val))
    side = sp.sqrt(sq)
    p2 = (sp.nsimplify(t.vy * sp.cos(t.val)), sp.nsimplify(t.vy * sp.sin(t.val)))
    dist_sq = sp.expand((t.vx - p2[0]) ** 2 + p2[1] ** 2)
    return {
        "x": t.x, "y": t.y, "ang": t.ang, "third": third, "vx": tex(t.vx), "vy": tex(t.vy), "deg": deg_text(t.val),
        "cos": tex(sp.cos(t.val)), "sq": tex(sq), "side": tex(side), "px": tex(p2[0]), "py": tex(p2[1]),
        "dist": tex(sp.sqrt(dist_sq)),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "sq_claim": f"({plain(t.vx)})^2 + ({plain(t.vy)})^2 - 2*({plain(t.vx)})*({plain(t.vy)})*\\cos {deg_claim(t.val)} = {plain(sq)}",
        "root_claim": f"sqrt({plain(sq)}) = {plain(side)}",
        "point_claim": f"{plain(t.vy)}*\\cos {deg_claim(t.val)} = {plain(p2[0])} 且 {plain(t.vy)}*\\sin {deg_claim(t.val)} = {plain(p2[1])}",
        "dist_claim": f"sqrt(({plain(t.vx)} - ({plain(p2[0])}))^2 + ({plain(p2[1])})^2) = {plain(sp.sqrt(dist_sq))}",
    }


def reference(t: TwoSidesAngle) -> str:
    """Independent of the law of cosines: SymPy's triangle with the angle's vertex at the origin, its third side."""
    tri = sp.Triangle(sp.Point(0, 0), sp.Point(t.vx, 0), sp.Point(t.vy * sp.cos(t.val), t.vy * sp.sin(t.val)))
    return f"{t.ang.lower()}={plain(sp.nsimplify(sp.sqrt(sp.expand(tri.sides[1].length ** 2))))}"


TYPE: ProblemType[TwoSidesAngle] = ProblemType(
    type_id="triangle.sas_side", module="trigonometry", name="triangle_sas", detect=detect, values=values,
    reference=reference, givens=givens, goal=lambda t: t.ang.lower(), answers=frozenset({"unknown", "length"}),
    topic="plane_vectors",
)

"""由点的坐标求向量的投影的数量 / The scalar projection of one vector on another from point coordinates."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.plane_vectors.figures import arrow, coordinates, factor
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Projection:
    """The scalar projection of the vector `u` (two point names) on `v`, the points by coordinates."""

    u: str
    v: str
    pts: tuple[tuple[str, sp.Expr, sp.Expr], ...]

    def point(self, n: str) -> sp.Matrix:
        """The coordinates of point `n`."""
        return next(sp.Matrix([x, y]) for p, x, y in self.pts if p == n)

    def vector(self, ends: str) -> sp.Matrix:
        """End point minus start point."""
        return self.point(ends[1]) - self.point(ends[0])


def detect(p: Problem) -> Projection | None:
    """`已知点 A(1,2)，B(3,4)，C(5,0)，求向量 AB 在向量 AC 上的投影的数量`."""
    if p.has("投影向量", "projection vector", "vector projection"):
        return None  # a vector is asked, not its signed length
    asked = [g["expression"].split(" @ ") for g in p.goals if g["kind"] == "projection"]
    pts = read_points(p)
    if len(asked) != 1 or pts is None:
        return None
    u, v = asked[0]
    if len(u) != 2 or not set(u + v) <= set(pts) or len(set(v)) != 2:
        return None
    if (pts[v[1]] - pts[v[0]]).norm() == 0:
        return None
    return Projection(u, v, tuple((n, c[0], c[1]) for n, c in pts.items()))


def read_points(p: Problem) -> dict[str, sp.Matrix] | None:
    """The points the Reading gives by coordinates (`A` = (1, 2)); None when one is unreadable."""
    out: dict[str, sp.Matrix] = {}
    for obj in p.objects("point"):
        xy = [try_expr(c) for c in obj["value"].strip("()").split(",")]
        if len(xy) != 2 or any(c is None or c.free_symbols for c in xy):
            return None
        out[obj["name"]] = sp.Matrix(xy)
    return out

def values(d: Projection) -> Values:
    """The vectors' coordinates, the dot product, both lengths and the cosine."""
    u, v = d.u, d.v
    uu, vv = d.vector(u), d.vector(v)
    pts = {n: sp.Matrix([x, y]) for n, x, y in d.pts}
    zh, en, claim = coordinates(pts, (u, uu), (v, vv))
    dot = sp.expand(uu.dot(vv))
    value = sp.radsimp(dot / vv.norm())
    cos = sp.radsimp(dot / (uu.norm() * vv.norm()))
    by_angle = sp.radsimp(uu.norm() * cos)
    return {
        "u": arrow(u), "v": arrow(v), "coords": zh, "coords_en": en, "coords_claim": claim,
        "dot": tex(dot), "nu": tex(uu.norm()), "nv": tex(vv.norm()), "cos": tex(cos), "value": tex(value),
        "by_angle": tex(by_angle), "cos_factor": factor(cos),
        "dot_claim": (f"({plain(uu[0])})*({plain(vv[0])}) + ({plain(uu[1])})*({plain(vv[1])}) = {plain(dot)} 且 "
                      f"sqrt(({plain(vv[0])})^2 + ({plain(vv[1])})^2) = {plain(vv.norm())}"),
        "value_claim": f"({plain(dot)})/({plain(vv.norm())}) = {plain(value)}",
        "cos_claim": f"({plain(dot)})/(({plain(uu.norm())})*({plain(vv.norm())})) = {plain(cos)}",
        "angle_claim": f"({plain(uu.norm())})*({plain(cos)}) = {plain(by_angle)}",
    }


def reference(d: Projection) -> str:
    """Independent: SymPy geometry projects both end points onto the line, and the signed length is read off."""
    pts = {n: sp.Point(x, y) for n, x, y in d.pts}
    a, b = pts[d.u[0]], pts[d.u[1]]
    line = sp.Line(pts[d.v[0]], pts[d.v[1]])
    foot_a, foot_b = line.projection(a), line.projection(b)
    length = foot_a.distance(foot_b)
    direction = (foot_b - foot_a).dot(pts[d.v[1]] - pts[d.v[0]])
    return plain(sp.radsimp(length if direction >= 0 else -length))


TYPE: ProblemType[Projection] = ProblemType(
    type_id="vector.projection", module="plane_vectors", name="projection", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{n}({plain(x)}, {plain(y)})" for n, x, y in d.pts],
    goal=lambda d: f"projection of {d.u} on {d.v}", answers=frozenset({"expr", "abs", "quantity", "unknown"}),
)

"""过三点的圆 / The circle through three given points."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import plane_equations, plane_points
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.lines_circles.line_forms import both, point_tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

Point = tuple[sp.Expr, sp.Expr]


@dataclass(frozen=True)
class ThreePoints:
    """Three points, not on one line, that the circle passes through."""

    pts: tuple[Point, Point, Point]


def detect(p: Problem) -> ThreePoints | None:
    """`求经过三点 O(0,0)、A(4,0)、B(0,2) 的圆的方程`: a circle asked, no equation given, three points."""
    if not p.has("圆", "circle") or plane_equations(p):
        return None
    if not p.has("方程", "equation", "find the circle", "circle through", "circle passing"):
        return None
    pts = [(a, b) for _, a, b in plane_points(p)]
    if len(pts) != 3 or sp.Point.is_collinear(*[sp.Point(*q) for q in pts]):
        return None
    return ThreePoints((pts[0], pts[1], pts[2]))


def _std(centre: Point) -> sp.Expr:
    return (X - centre[0]) ** 2 + (Y - centre[1]) ** 2


def _at(e: sp.Expr, q: Point) -> str:
    """e with the point's coordinates written in, unevaluated: `(2 - (1))^2 + …`."""
    return plain(e.subs({X: sp.Symbol(f"({plain(q[0])})"), Y: sp.Symbol(f"({plain(q[1])})")}, simultaneous=True))


def values(t: ThreePoints) -> Values:
    """The system for D, E, F and its solution, the two perpendicular bisectors, the centre and the radius."""
    D, E, F = sp.symbols("D E F", real=True)
    pts = t.pts
    eqs = [sp.expand(x0**2 + y0**2 + D * x0 + E * y0 + F) for x0, y0 in pts]
    sol = sp.solve(eqs, [D, E, F], dict=True)[0]
    d, e, f = sol[D], sol[E], sol[F]
    centre = (-d / 2, -e / 2)
    r2 = sp.nsimplify(centre[0] ** 2 + centre[1] ** 2 - f)
    (x1, y1), (x2, y2), (x3, y3) = pts
    b1 = sp.expand((X - x1) ** 2 + (Y - y1) ** 2 - (X - x2) ** 2 - (Y - y2) ** 2)
    b2 = sp.expand((X - x2) ** 2 + (Y - y2) ** 2 - (X - x3) ** 2 - (Y - y3) ** 2)
    general = X**2 + Y**2 + d * X + e * Y + f
    out: Values = {
        "pts": "、".join(f"${point_tex(*q)}$" for q in pts),
        "pts_en": ", ".join(f"${point_tex(*q)}$" for q in pts),
        "system": "，".join(f"${tex(q)}=0$" for q in eqs),
        "system_en": ", ".join(f"${tex(q)}=0$" for q in eqs),
        # the claims as the old solver wrote them, so the bank diff matches each verified verdict
        "def_claim": " 且 ".join(f"({plain(x0)})^2 + ({plain(y0)})^2 + ({plain(d)})*({plain(x0)}) + ({plain(e)})*({plain(y0)})"
                                f" + ({plain(f)}) = 0" for x0, y0 in pts),
        "general": tex(general),
        "std": tex(_std(centre)), "centre": point_tex(*centre),
        "b1": tex(b1), "b2": tex(b2),
        "b_claim": f"{_at(b1, centre)} = 0",
        "r2_claim": f"({plain(x1)} - ({plain(centre[0])}))^2 + ({plain(y1)} - ({plain(centre[1])}))^2 = {plain(r2)}",
        "square_claim": f"x^2 + y^2 + ({plain(d)})*x + ({plain(e)})*y + ({plain(f)}) = {plain(_std(centre))} - {plain(r2)}",
    }
    for name, value in (("D", d), ("E", e), ("F", f), ("r2", r2), ("h", centre[0]), ("k", centre[1])):
        both(out, name, value)
    right = _right_angle(pts)
    out["right"] = right is not None
    if right is not None:
        v, p, q = right
        out.update({"rv": point_tex(*v), "rp": point_tex(*p), "rq": point_tex(*q),
                    "dot_claim": f"({plain(p[0] - v[0])})*({plain(q[0] - v[0])}) + ({plain(p[1] - v[1])})*({plain(q[1] - v[1])}) = 0",
                    "mid_claim": f"(({plain(p[0])}) + ({plain(q[0])}))/2 = {plain(centre[0])} 且 "
                                 f"(({plain(p[1])}) + ({plain(q[1])}))/2 = {plain(centre[1])}",
                    "diam_claim": f"(({plain(p[0])}) - ({plain(q[0])}))^2/4 + (({plain(p[1])}) - ({plain(q[1])}))^2/4 = {plain(r2)}"})
    return out


def _right_angle(pts: tuple[Point, Point, Point]) -> tuple[Point, Point, Point] | None:
    """(vertex, P, Q) when the angle at one of the points is right: then PQ is a diameter (圆周角定理)."""
    for i in range(3):
        v, p, q = pts[i], pts[(i + 1) % 3], pts[(i + 2) % 3]
        if sp.expand((p[0] - v[0]) * (q[0] - v[0]) + (p[1] - v[1]) * (q[1] - v[1])) == 0:
            return v, p, q
    return None


def reference(t: ThreePoints) -> str:
    """Independent: SymPy geometry's circle through the three points."""
    c = sp.Circle(*[sp.Point(*q) for q in t.pts])
    return f"${tex(_std((c.center.x, c.center.y)))}={tex(c.radius**2)}$"


TYPE: ProblemType[ThreePoints] = ProblemType(
    type_id="circle.three_points", module="lines_circles", name="three_points", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"({plain(a)}, {plain(b)})" for a, b in t.pts],
    goal=lambda t: "circle", answers=frozenset({"equation"}),
)

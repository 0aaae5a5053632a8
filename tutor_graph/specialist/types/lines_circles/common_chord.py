"""两圆的公共弦所在直线 / The line of the common chord of two intersecting circles."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts, line_form, plane_equations
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, point_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import both, point_tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

Point = tuple[sp.Expr, sp.Expr]


@dataclass(frozen=True)
class CommonChord:
    """The two circles `f1 = 0`, `f2 = 0` (x² coefficient 1), their centres and radii."""

    f1: sp.Expr
    f2: sp.Expr
    c1: Point
    c2: Point
    r1: sp.Expr
    r2: sp.Expr


def detect(p: Problem) -> CommonChord | None:
    """`求圆 x²+y²-10=0 与圆 x²+y²+2x-6y-10=0 的公共弦所在直线的方程`: two circles that meet in two points."""
    if not p.has("公共弦", "common chord"):
        return None
    eqs = plane_equations(p)
    if len(eqs) != 2 or any(deg != 2 for _, deg in eqs) or p.has("弦长", "length", "长度", "距离", "distance"):
        return None
    parts = [circle_parts(e) for e, _ in eqs]
    if parts[0] is None or parts[1] is None:
        return None
    (c1, r1sq, *_), (c2, r2sq, *_) = parts[0], parts[1]
    dist = sp.sqrt((c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2)
    r1, r2 = sp.sqrt(r1sq), sp.sqrt(r2sq)
    if not (abs(r1 - r2) < dist < r1 + r2):
        return None  # not two intersection points: there is no common chord
    f1, f2 = (sp.expand(e / sp.Poly(e, X, Y).coeff_monomial(X**2)) for e, _ in eqs)
    return CommonChord(f1, f2, c1, c2, r1, r2)


def _at(e: sp.Expr, x0: sp.Expr, y0: sp.Expr) -> str:
    """e with the point's coordinates written in, unevaluated: `3*(2) - 2*(3)`."""
    return plain(e.subs({X: sp.Symbol(f"({plain(x0)})"), Y: sp.Symbol(f"({plain(y0)})")}, simultaneous=True))


def values(t: CommonChord) -> Values:
    """The distance of the centres, the difference of the equations, the two intersection points, the line."""
    dist = sp.sqrt((t.c1[0] - t.c2[0]) ** 2 + (t.c1[1] - t.c2[1]) ** 2)
    diff = sp.expand(t.f1 - t.f2)
    answer = line_form(diff)
    var, other = (X, Y) if diff.has(Y) else (Y, X)  # solve the line for y when it has a y
    expr = sp.solve(diff, other)[0]
    single = sp.expand(t.f1.subs(other, expr))
    roots = sorted(sp.solveset(single, var, sp.S.Reals), key=float)
    pts = [(r, expr.subs(var, r)) if var == X else (expr.subs(var, r), r) for r in roots]
    out: Values = {
        "f1": tex(t.f1), "f2": tex(t.f2), "diff": tex(diff), "answer": tex(answer),
        "c1": point_tex(*t.c1), "c2": point_tex(*t.c2),
        "meet_claim": f"{plain(abs(t.r1 - t.r2))} < {plain(dist)} 且 {plain(dist)} < {plain(t.r1 + t.r2)}",
        "diff_claim": f"({plain(t.f1)}) - ({plain(t.f2)}) = {plain(diff)}",
        "form_claim": f"{plain(diff)} = 0 \\Leftrightarrow {plain(answer)} = 0",
        "two_points": len(pts) == 2,
        "other": tex(other), "var": tex(var), "expr": tex(expr), "single": tex(single),
        "pts": "，".join(point_math(q) for q in pts), "pts_en": ", ".join(point_math(q) for q in pts),
        "pts_claim": f"{plain(t.f1.subs(other, sp.Symbol(f'({plain(expr)})')))} = 0 \\Leftrightarrow "
                     + " 或 ".join(f"{var} = {plain(r)}" for r in roots),
        "through_claim": " 且 ".join(f"{_at(answer, a, b)} = 0" for a, b in pts),
    }
    for name, value in (("dist", dist), ("r1", t.r1), ("r2", t.r2), ("rdiff", abs(t.r1 - t.r2)),
                        ("rsum", t.r1 + t.r2)):
        both(out, name, value)
    return out


def reference(t: CommonChord) -> str:
    """Independent: SymPy's geometry intersects the circles and draws the line through the two points."""
    pts = sp.Circle(sp.Point(*t.c1), t.r1).intersection(sp.Circle(sp.Point(*t.c2), t.r2))
    a, b, c = sp.Line(*pts).coefficients
    lead = a if a != 0 else b  # irrational points give irrational coefficients: scale them back to rationals
    line = sum((sp.radsimp(sp.nsimplify(v / lead)) * w for v, w in ((a, X), (b, Y), (c, 1))), sp.S.Zero)
    return f"${tex(line_form(sp.expand(line)))} = 0$"


TYPE: ProblemType[CommonChord] = ProblemType(
    type_id="circle.common_chord", module="lines_circles", name="common_chord", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"{plain(t.f1)} = 0", f"{plain(t.f2)} = 0"],
    goal=lambda t: "common chord", answers=frozenset({"equation"}),
)

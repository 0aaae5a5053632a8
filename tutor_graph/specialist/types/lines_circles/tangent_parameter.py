"""直线与圆相切求参数 / The parameter that makes a line tangent to a circle."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts, plane_equations
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import (
    both,
    coefficients,
    point_tex,
    read_lines,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class TangentParameter:
    """The circle `circle = 0` (centre, r²) and the line `line = 0` with one parameter `par`."""

    circle: sp.Expr
    centre: tuple[sp.Expr, sp.Expr]
    r2: sp.Expr
    line: sp.Expr
    par: sp.Symbol


def detect(p: Problem) -> TangentParameter | None:
    """`直线 x - y + m = 0 与圆 (x-1)^2 + y^2 = 2 相切，求 m`: one circle, one line with one parameter."""
    if not p.has("相切", "tangent"):
        return None
    circles = [(e, c) for e, deg in plane_equations(p) if deg == 2 and (c := circle_parts(e))]
    lines = read_lines(p, params=True)
    if len(circles) != 1 or len(lines) != 1 or len(lines[0][1]) != 1:
        return None
    (circle, (centre, r2, *_)), (line, pars) = circles[0], lines[0]
    return TangentParameter(circle, centre, r2, line, next(iter(pars)))


def _elimination(t: TangentParameter) -> tuple[sp.Symbol, sp.Symbol, sp.Expr, sp.Expr]:
    """(eliminated variable, remaining variable, its expression, the quadratic left)."""
    var, other = (Y, X) if t.line.coeff(Y) != 0 else (X, Y)
    sub = sp.solve(t.line, var)[0]
    return var, other, sub, sp.expand(t.circle.subs(var, sub))


def _real_sorted(vals: list[sp.Expr]) -> list[sp.Expr]:
    return sorted({v for v in vals if v.is_real}, key=float)


def values(t: TangentParameter) -> Values:
    """Centre, radius, the distance equation and its roots; the eliminated quadratic, Δ and its roots."""
    (h, k), r2, par = t.centre, t.r2, t.par
    a, b, c = coefficients(t.line)
    num, den = sp.expand(a * h + b * k + c), sp.expand(a**2 + b**2)
    dist_vals = _real_sorted(sp.solve(sp.Eq(num**2, r2 * den), par))
    var, other, sub, quad = _elimination(t)
    disc = sp.factor(sp.discriminant(quad, other))
    disc_vals = _real_sorted(sp.solve(disc, par))
    roots = " 或 ".join(f"{par} = {plain(v)}" for v in dist_vals)
    out: Values = {
        "par": tex(par), "circle": tex(t.circle), "line": tex(t.line), "centre": point_tex(h, k),
        "num": tex(num), "den": tex(den), "var": tex(var), "other": tex(other), "sub": tex(sub),
        "quad": tex(quad), "disc": tex(disc),
        "dist_roots": ", ".join(f"${par}={tex(v)}$" for v in dist_vals),
        "disc_roots": ", ".join(f"${par}={tex(v)}$" for v in disc_vals),
        "answer": roots_math(tex(par), dist_vals, "zh"), "answer_en": roots_math(tex(par), dist_vals, "en"),
        "r_claim": f"sqrt({plain(r2)}) = {plain(sp.sqrt(r2))}",
        "dist_claim": f"({plain(num)})^2 = {plain(r2 * den)} \\Rightarrow {roots}",
        "sub_claim": f"{plain(t.circle.subs(var, sp.Symbol('(' + plain(sub) + ')')))} = {plain(quad)}",
        "disc_claim": f"{plain(sp.expand(disc))} = 0 \\Rightarrow " + " 或 ".join(f"{par} = {plain(v)}" for v in disc_vals),
    }
    both(out, "r", sp.sqrt(r2))
    both(out, "r2", r2)
    return out


def reference(t: TangentParameter) -> tuple[str, str]:
    """Independent: the parameter values for which the line meets the circle in exactly one point."""
    _, other, _, quad = _elimination(t)
    vals = _real_sorted(sp.solve(sp.discriminant(quad, other), t.par))
    return roots_math(tex(t.par), vals, "zh"), roots_math(tex(t.par), vals, "en")


TYPE: ProblemType[TangentParameter] = ProblemType(
    type_id="circle.tangent_parameter", module="lines_circles", name="tangent_parameter", detect=detect,
    values=values, reference=reference, givens=lambda t: [f"{plain(t.circle)} = 0", f"{plain(t.line)} = 0"],
    goal=lambda t: str(t.par), answers=frozenset({"unknown"}),
)

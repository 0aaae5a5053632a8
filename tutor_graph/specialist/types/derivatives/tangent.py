"""曲线在某点处的切线 / The tangent line to a curve at a point of it (derivative, limit definition, discriminant)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, point_slope, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.derivatives.analysis import analyse
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_H = sp.Symbol("h", real=True)
_K = sp.Symbol("k", real=True)


@dataclass(frozen=True)
class Tangent:
    """The curve y = f(x) and the abscissa x0 of the point of tangency, which lies on it."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    at: sp.Expr


def detect(p: Problem) -> Tangent | None:
    """`求曲线 y=f(x) 在 x=x0 处（在点 (x0, y0) 处）的切线方程`: the Reading's tangent goal `f @ x0` and the curve's
    definition, read as a given."""
    at = _asked_at(p)
    if at is None:
        return None
    f = analyse(p)
    if f is None or f.domain.contains(at) != sp.true:
        return None
    return Tangent(f.name, f.var, f.body, at)


def _asked_at(p: Problem) -> sp.Expr | None:
    """The abscissa of the point of tangency the Reading's tangent goal names (`x^3-3x @ 2` -> 2)."""
    for g in p.goals:
        if g["kind"] == "tangent" and " @ " in g["expression"]:
            at = try_expr(normalise(g["expression"].partition(" @ ")[2]))
            if at is not None and not at.free_symbols:
                return at
    return None


def _line(k: sp.Expr, b: sp.Expr) -> str:
    return f"$y={tex(k * sp.Symbol('x') + b)}$"


def _point_slope(at: sp.Expr, y0: sp.Expr, k: sp.Expr) -> str:
    """`y - 2 = 9(x - 2)`; with slope 1 no brackets: `y = x - 1`, not `y = (x - 1)`."""
    if k == 1:
        return f"{tex(sp.Symbol('y') - y0)} = {tex(sp.Symbol('x') - at)}"
    return point_slope(at, y0, k)


def values(t: Tangent) -> Values:
    """The point, the derivative and the slope there, the line; the difference quotient for polynomials and,
    for a parabola, the line through the point with slope k meeting it in a double root."""
    x, body, at, f = t.var, t.body, t.at, t.name
    fp = sp.diff(body, x)
    shown = sp.factor(fp) if fp.is_polynomial(x) else sp.simplify(fp)
    y0 = tidy(body.subs(x, at))
    k = tidy(fp.subs(x, at))
    b = sp.simplify(y0 - k * at)
    out: Values = {
        "f": f, "x": x.name, "fdef": fdef(f, x, body), "at": tex(at), "at_plain": plain(at), "y0": tex(y0),
        "y0_plain": plain(y0), "fp": tex(shown), "fp_plain": plain(shown), "k": tex(k), "k_plain": plain(k),
        "point_slope": _point_slope(at, y0, k), "line": tex(k * x + b),
        "line_claim": f"{plain(y0)} + {plain(k)}*(x - {paren(at)}) = {plain(k * x + b)}",
        "polynomial": bool(body.is_polynomial(x) and sp.degree(body, x) <= 4),
        "quadratic": bool(body.is_polynomial(x) and sp.degree(body, x) == 2),
    }
    quotient = _quotient(body, x, at, bool(out["polynomial"]))
    # by the definition where h divides out of the secant slope (polynomials, rational functions, x·eˣ…), so
    # that the limit is read off by putting h = 0; ln(1+h)/h would need a limit the chain does not prove
    out["by_definition"] = quotient is not None and sp.simplify(quotient.subs(_H, 0) - k) == 0
    if quotient is not None and out["by_definition"]:
        out.update({"quotient": tex(quotient), "quotient_claim":
                    f"({plain(body.subs(x, paren(at + _H)))} - ({plain(y0)}))/h = {plain(quotient)}",
                    "limit_claim": f"\\lim_{{h \\to 0}} ({plain(quotient)}) = {plain(quotient.subs(_H, 0))}"})
    if out["quadratic"]:
        eq = sp.expand(body - (_K * x + y0 - _K * at))
        disc = sp.factor(sp.discriminant(eq, x))
        kv = sp.solve(disc, _K)[0]
        out.update({"m_of_k": tex(y0 - _K * at), "point_claim": f"{plain(body.subs(x, paren(at)))} = {plain(y0)}",
                    "meet": tex(eq), "disc": tex(disc), "disc_claim": f"{plain(sp.expand(disc))} = {plain(disc)}",
                    "k_disc": tex(kv), "k_disc_claim": f"{plain(sp.expand(disc))} = 0 \\Rightarrow k = {plain(kv)}",
                    "line_disc": tex(kv * x + sp.simplify(y0 - kv * at))})
    return out


def _quotient(body: sp.Expr, x: sp.Symbol, at: sp.Expr, polynomial: bool) -> sp.Expr | None:
    """The secant slope (f(x₀+h) − f(x₀))/h with h divided out, or None where it is not finite at h = 0."""
    raw = (body.subs(x, at + _H) - body.subs(x, at)) / _H
    quotient = sp.expand(sp.cancel(raw)) if polynomial else sp.factor(sp.cancel(sp.together(raw)))
    at_zero = quotient.subs(_H, 0)
    return quotient if at_zero.is_finite and not at_zero.has(sp.nan, sp.zoo) else None


def reference(t: Tangent) -> str:
    """Independent: the slope as SymPy's limit of the difference quotient, not the derivative rules."""
    x, body, at = t.var, t.body, t.at
    k = sp.limit((body.subs(x, at + _H) - body.subs(x, at)) / _H, _H, 0)
    return _line(k, sp.simplify(tidy(body.subs(x, at)) - k * at))


TYPE: ProblemType[Tangent] = ProblemType(
    type_id="function.tangent", module="derivatives", name="tangent", detect=detect, values=values,
    reference=reference, givens=lambda t: [fdef(t.name, t.var, t.body), f"x0 = {plain(t.at)}"],
    goal=lambda t: "tangent line", answers=frozenset({"tangent"}),
)

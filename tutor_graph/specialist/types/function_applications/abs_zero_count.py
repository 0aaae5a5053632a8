"""|g(x)| = a 恰有 3 个或 4 个实根，求 a / The parameter a for which |g(x)| − a (g quadratic) has exactly 3 or 4
zeros: by the graph of |g| (数形结合) or by the discriminants of g = a and g = −a."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_COUNT = {"三": 3, "四": 4, "3": 3, "4": 4, "three": 3, "four": 4}
_ASKED = re.compile(r"(?:恰有|有且只有|exactly)\s*(三|四|3|4|three|four)\s*(?:个)?\s*(?:不同的)?\s*"
                    r"(?:零点|实根|实数根|zeros|roots|real roots|solutions)")


@dataclass(frozen=True)
class AbsCount:
    """|g(x)| = a with g = A x² + B x + C (A > 0) dipping below the x-axis to `low` at x = `vx`; `n` roots asked."""

    g: sp.Expr
    a: sp.Symbol
    n: int
    vx: sp.Expr
    low: sp.Expr


def detect(p: Problem) -> AbsCount | None:
    """`若方程 |x^2-2x-3|=m 恰有三个实根，求 m`: the old `zero_count.detect_abs_count`, unchanged."""
    m = _ASKED.search(p.text)
    if not m:
        return None
    d = definition(p)
    body = d[2] if d else None
    if body is None:
        for lhs, op, rhs in p.relations:  # f(x) = |g(x)| − a (a parameter, so not a plain definition), or |g(x)| = a
            if op == "=" and isinstance(lhs, sp.core.function.AppliedUndef) and lhs.args == (X,):
                body = rhs
                break
            if op == "=" and isinstance(lhs, sp.Abs):
                body = lhs - rhs
                break
    if body is None:
        return None
    abs_parts = list(body.atoms(sp.Abs))
    if len(abs_parts) != 1:
        return None
    g = abs_parts[0].args[0]
    rest = sp.expand(body - sp.Abs(g))
    params = rest.free_symbols - {X}
    if g.free_symbols != {X} or len(params) != 1 or sp.degree(g, X) != 2 or rest.has(X):
        return None
    a = params.pop()
    if sp.expand(rest + a) != 0:
        return None  # only |g(x)| − a
    if sp.Poly(g, X).LC() < 0:
        g = -g
    vx = -sp.Poly(g, X).all_coeffs()[1] / (2 * sp.Poly(g, X).LC())
    low = g.subs(X, vx)
    if low >= 0:
        return None
    return AbsCount(g, a, _COUNT[m.group(1)], vx, low)


def _answer(d: AbsCount) -> sp.Set:
    peak = -d.low
    return sp.Interval.open(0, peak) if d.n == 4 else sp.FiniteSet(peak)


def values(d: AbsCount) -> Values:
    """The vertex of g and the peak of |g|; the discriminants of g = a and g = −a; the answer set."""
    g, a, low = d.g, d.a, d.low
    A, B, C = sp.Poly(g, X).all_coeffs()
    d1, d2 = sp.expand(B**2 - 4 * A * (C - a)), sp.expand(B**2 - 4 * A * (C + a))
    ans = _answer(d)
    four = d.n == 4
    rel = f"{plain(d1)} > 0 且 {plain(d2)} {'>' if four else '='} 0 且 {a} > 0"
    return {
        "g": tex(g), "a": a.name, "n": str(d.n), "four": four, "vx": tex(d.vx), "low": tex(low), "peak": tex(-low),
        "vertex_claim": f"{plain(g.subs(X, paren(d.vx)))} = {plain(low)}", "peak_claim": f"|{plain(low)}| = {plain(-low)}",
        "d1": tex(d1), "d2": tex(d2),
        "disc_claim": f"({plain(B)})^2 - 4*({plain(A)})*({plain(C - a)}) = {plain(d1)} 且 "
                      f"({plain(B)})^2 - 4*({plain(A)})*({plain(C + a)}) = {plain(d2)}",
        "count_claim": f"{rel} \\Leftrightarrow {relation_text(ans, a.name)}",
        "answer": relation_math(ans, a.name, "zh"), "answer_en": relation_math(ans, a.name, "en"),
    }


def reference(d: AbsCount) -> str:
    """Independent: count the real roots of g = a and g = −a through their discriminants, solved by SymPy."""
    g, a = d.g, d.a
    A, B, C = sp.Poly(g, X).all_coeffs()
    d1, d2 = sp.expand(B**2 - 4 * A * (C - a)), sp.expand(B**2 - 4 * A * (C + a))
    second = solve_inequality(d2, ">" if d.n == 4 else "=", a)
    s = solve_inequality(d1, ">", a).intersect(second).intersect(sp.Interval.open(0, sp.oo))
    return relation_text(s, a.name)


TYPE: ProblemType[AbsCount] = ProblemType(
    type_id="fapp.abs_zero_count", module="function_applications", name="abs_zero_count", detect=detect,
    values=values, reference=reference, givens=lambda d: [f"|{plain(d.g)}| = {d.a}"],
    goal=lambda d: f"{d.n} zeros", answers=frozenset({"unknown", "range"}),
)

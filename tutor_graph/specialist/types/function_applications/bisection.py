"""二分法：计算几次中点后根所在的区间 / Bisection: the interval holding the root after k midpoints."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.function_applications.zero_location import at, sign
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_TIMES = re.compile(r"(两|三|四|二|\d+|two|three|four)\s*次|(two|three|four)\s+midpoints?|(\d+)\s+midpoints?")
MAX_STEPS = 6  # the template asks about midpoints 1..6


@dataclass(frozen=True)
class Bisection:
    """f(x) = 0 with a sign change on [a, b]; k midpoints asked."""

    f: sp.Expr
    a: sp.Expr
    b: sp.Expr
    k: int
    span: sp.Set  # the interval as the problem wrote it


def detect(p: Problem) -> Bisection | None:
    """`用二分法求方程 x^3-x-1=0 在区间 [1,2] 内的近似解，计算两次中点后…`: a polynomial, an interval, a count."""
    if not p.has("二分法", "bisection"):
        return None
    eq = next(((lhs, rhs) for lhs, op, rhs in p.relations if op == "=" and (lhs - rhs).free_symbols == {X}), None)
    span = interval(p.text)
    times = _TIMES.search(p.text)
    if eq is None or span is None or not times:
        return None
    word = next(g for g in times.groups() if g)
    k = {"两": 2, "二": 2, "三": 3, "四": 4, "two": 2, "three": 3, "four": 4}.get(word) or int(word)
    f = sp.expand(eq[0] - eq[1])
    if not f.is_polynomial(X) or not 1 <= k <= MAX_STEPS or sign(f.subs(X, span.start)) * sign(f.subs(X, span.end)) >= 0:
        return None
    return Bisection(f, span.start, span.end, k, span)


def values(s: Bisection) -> Values:
    """The ends and their values, then per midpoint i (1..k) the midpoint, its value's sign and the kept half."""
    f, a, b = s.f, s.a, s.b
    out: Values = {"f": tex(f), "a": tex(a), "b": tex(b), "fa": tex(f.subs(X, a)), "fb": tex(f.subs(X, b)),
                   "ends_claim": f"{plain(f.subs(X, at(a)))} = {plain(f.subs(X, a))} 且 "
                                 f"{plain(f.subs(X, at(b)))} = {plain(f.subs(X, b))}"}
    sa = sign(f.subs(X, a))
    for i in range(1, s.k + 1):
        m = (a + b) / 2
        v = f.subs(X, m)
        sv = sign(v)
        op = ">" if sv > 0 else "<" if sv < 0 else "="
        a, b = (m, b) if sv == sa else (a, m)
        out.update({f"has{i}": True, f"m{i}": tex(m), f"v{i}": tex(v), f"op{i}": op, f"lo{i}": tex(a),
                    f"hi{i}": tex(b), f"claim{i}": f"{plain(f.subs(X, at(m)))} {op} 0"})
    out["answer"] = f"$({tex(a)}, {tex(b)})$"
    return out


def reference(s: Bisection) -> str:
    """Independent: locate the real root itself, then the dyadic piece of length (b−a)/2^k around it."""
    roots = [r for r in sp.Poly(s.f, X).real_roots() if s.a < r < s.b]
    if len(roots) != 1:
        return "?"
    width = (s.b - s.a) / 2**s.k
    i = int(sp.floor((roots[0] - s.a) / width))
    return f"({plain(s.a + i * width)}, {plain(s.a + (i + 1) * width)})"


TYPE: ProblemType[Bisection] = ProblemType(
    type_id="fapp.bisection", module="function_applications", name="bisection", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{plain(s.f)} = 0", interval_text(s.span, latex=False)],
    goal=lambda s: f"{s.k} bisection steps", answers=frozenset({"interval"}),
)

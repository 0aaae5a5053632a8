"""正态分布的对称性 / Symmetry of a normal distribution."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import asked, law
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Normal:
    """X ~ N(μ, σ²) with P(X < a) = pa known; P(lo < X < hi) asked, an interval with μ at an end or the middle."""

    mu: sp.Expr
    a: sp.Expr
    pa: sp.Expr
    lo: sp.Expr
    hi: sp.Expr
    shown: tuple[str, str, str]  # N(μ, σ²), the given and the asked, as the problem writes them


def detect(p: Problem) -> Normal | None:
    """`X~N(1, σ^2)，P(X>3)=0.1，求 P(-1<X<3)` (the asked interval mirrors the given one in μ)."""
    normal = law(p, "N")
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)", normal[0]) if normal else None
    # the given P(X<a)=p and the asked P(lo<X<hi), as the Reading read them
    g = next((g for c in p.given_claims
              if (g := re.fullmatch(r"\s*P\s*\(\s*X\s*(<|>|≤|≥)\s*(-?\d+(?:\.\d+)?)\s*\)\s*=\s*(\d*\.\d+)\s*", c))), None)
    q = next((q for e in asked(p)
              if (q := re.fullmatch(r"P\s*\(\s*(-?\d+(?:\.\d+)?)\s*(<|≤)\s*X\s*(<|≤)\s*(-?\d+(?:\.\d+)?)\s*\)", e))), None)
    if not (m and g and q):
        return None
    mu, a, pa = sp.nsimplify(m.group(1)), sp.nsimplify(g.group(2)), sp.nsimplify(g.group(3))
    lo, hi = sp.nsimplify(q.group(1)), sp.nsimplify(q.group(4))
    if g.group(1) in (">", "≥"):
        pa = 1 - pa  # P(X < a)
    d = a - mu
    if d == 0 or not 0 < pa < 1:
        return None
    if (lo, hi) not in {(mu, mu + abs(d)), (mu - abs(d), mu), (mu - abs(d), mu + abs(d))}:
        return None
    return Normal(mu, a, pa, lo, hi, (f"N({plain(mu)}, σ²)", g.group(0), q.group(0)))


def _dec(x: sp.Expr) -> str:
    """A probability as the problem writes it: 0.3, not 3/10."""
    return f"{float(x):g}"


def values(n: Normal) -> Values:
    """The half-interval probability |P(X<a) − ½|, the outer tail beyond a, and the probability asked."""
    tail = abs(n.pa - sp.Rational(1, 2))  # P(μ < X < μ + |a − μ|)
    whole = (n.lo, n.hi) == (2 * n.mu - n.hi, 2 * n.mu - n.lo)  # the interval is symmetric about μ
    value = 2 * tail if whole else tail
    left, right = sorted((n.mu, n.a))
    beyond = 1 - n.pa if n.a > n.mu else n.pa  # the outer tail: P(X > a) or P(X < a)
    mirror = 2 * n.mu - n.a
    wide = sorted((n.a, mirror))
    out: Values = {
        "whole": whole, "above": n.a > n.mu,
        "mu": tex(n.mu), "mu_plain": plain(n.mu), "a": tex(n.a), "a_plain": plain(n.a), "pa_plain": plain(n.pa),
        "pa": _dec(n.pa), "left": tex(left), "right": tex(right), "lo": tex(n.lo), "hi": tex(n.hi),
        "lo_plain": plain(n.lo), "hi_plain": plain(n.hi), "tail": _dec(tail), "tail_plain": plain(tail),
        "value": _dec(value), "value_plain": plain(value), "beyond": _dec(beyond), "beyond_plain": plain(beyond),
        "mirror": tex(mirror), "mirror_plain": plain(mirror), "wide_lo": tex(wide[0]), "wide_hi": tex(wide[1]),
        "middle": _dec(1 - 2 * beyond), "middle_plain": plain(1 - 2 * beyond),
        "out_a": f"X>{tex(n.a)}" if n.a > n.mu else f"X<{tex(n.a)}",
        # the tail beyond a from P(X < a): its complement when a is right of μ, the same event when left
        "beyond_claim": f"1 - ({plain(n.pa)}) = {plain(beyond)}" if n.a > n.mu else f"{plain(n.pa)} = {plain(beyond)}",
        "out_mirror": f"X<{tex(mirror)}" if n.a > n.mu else f"X>{tex(mirror)}",
    }
    return out


def reference(n: Normal) -> str:
    """Independent: a concrete σ with P(X < a) = pa, then SymPy's normal distribution function."""
    from sympy.stats import Normal as NormalRV
    from sympy.stats import P

    z = sp.sqrt(2) * sp.erfinv(2 * n.pa - 1)
    x = NormalRV("X", n.mu, sp.Abs((n.a - n.mu) / z))
    return plain(sp.nsimplify(sp.N(P((x > n.lo) & (x < n.hi)), 30), rational=True, tolerance=1e-20))


TYPE: ProblemType[Normal] = ProblemType(
    type_id="probability.normal_symmetry", module="probability", name="normal_symmetry", detect=detect,
    values=values, reference=reference, givens=lambda n: list(n.shown[:2]), goal=lambda n: n.shown[2],
    answers=frozenset({"probability"}),
)

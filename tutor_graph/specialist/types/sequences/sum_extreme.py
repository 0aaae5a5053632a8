"""等差数列前 n 项和的最值 / The largest or smallest partial sum of an arithmetic sequence given a_1 and d."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_N = sp.Symbol("n", real=True)  # the sign inequality and the quadratic are read over the reals


@dataclass(frozen=True)
class SumExtreme:
    """a_1, d and whether the largest (`max`) or smallest (`min`) S_n is asked."""

    a1: sp.Rational
    d: sp.Rational
    want: str


def detect(p: Problem) -> SumExtreme | None:
    """Only a_1 and d given, and an extreme of S_n asked that is not simply S_1."""
    if not p.has("等差", "arithmetic") or p.has("等比", "geometric", "|", "绝对值", "absolute", "T_n", "b_n"):
        return None
    if reading.asked(p, "extremum") != ("S", None) or p.has("极值点", "extreme point"):
        return None
    wants = {w for w, words in (("max", ("最大", "max", "largest", "greatest")), ("min", ("最小", "min", "smallest", "least")))
             if p.has(*words)}
    if len(wants) != 1:
        return None
    g = reading.given_values(p)
    if set(g) != {"a_1", "d"}:
        return None  # only a₁ and d: other givens would be conditions this type ignores
    a1, d = g["a_1"], g["d"]
    want = wants.pop()
    if d == 0 or (want == "max") != (d < 0) or (want == "max") != (a1 > 0):
        return None  # no extreme, or it is simply S₁
    return SumExtreme(a1, d, want)


def values(e: SumExtreme) -> Values:
    """The general term, its sign change, S_n as a quadratic in n, its axis and the nearest integer."""
    an = sp.expand(e.a1 + (_N - 1) * e.d)
    bound = sp.solve(an, _N)[0]
    k = int(sp.ceiling(bound)) - 1  # the last index with a term strictly of the sign
    sn = sp.expand(_N * e.a1 + _N * (_N - 1) / 2 * e.d)
    A, B = sn.coeff(_N, 2), sn.coeff(_N, 1)
    axis = -B / (2 * A)
    lo = int(sp.floor(axis))
    best = min((v for v in (lo, lo + 1) if v >= 1), key=lambda v: abs(v - axis))
    out: Values = {"want_max": e.want == "max", "op": ">" if e.want == "max" else "<", "k": str(k),
                   "best": str(best), "axis_approx": f"{float(axis):.2f}"}
    for name, value in (("a1", e.a1), ("d", e.d), ("an", an), ("bound", bound), ("sn", sn), ("A", A), ("B", B),
                        ("axis", axis), ("total", k * e.a1 + sp.Rational(k * (k - 1), 2) * e.d),
                        ("value", sn.subs(_N, best))):
        both(out, name, value)
    return out


def reference(e: SumExtreme) -> str:
    """Independent: add the terms one by one until they change sign for good, keeping the extreme sum."""
    pick = max if e.want == "max" else min
    sums, total, term = [], sp.Integer(0), e.a1
    for _ in range(int(abs(e.a1 / e.d)) + 3):
        total += term
        sums.append(total)
        term += e.d
    return plain(pick(sums))


TYPE: ProblemType[SumExtreme] = ProblemType(
    type_id="sequence.arithmetic_sum_extreme", module="sequences", name="sum_extreme", detect=detect,
    values=values, reference=reference, givens=lambda e: [f"a_1 = {plain(e.a1)}", f"d = {plain(e.d)}"],
    goal=lambda e: f"{e.want} S_n", answers=frozenset({"max", "min", "sum"}),
)

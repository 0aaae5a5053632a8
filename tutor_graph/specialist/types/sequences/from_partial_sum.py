"""由前 n 项和求通项 / The general term a_n from the partial sums S_n (a polynomial in n)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

N = sp.Symbol("n", real=True)  # the symbol the specialist's parser gives `n`


@dataclass(frozen=True)
class PartialSums:
    """S_n as a polynomial in n of degree at most 3."""

    S: sp.Expr


def detect(p: Problem) -> PartialSums | None:
    """`S_n = …` given and the general term asked."""
    s = reading.defined(p, "S_n")
    if s is None or reading.asked(p) != ("a", None):
        return None
    names = {sym.name for sym in s.free_symbols}
    if names != {"n"}:
        return None
    s = s.subs(next(iter(s.free_symbols)), N)
    if not s.is_polynomial(N) or sp.degree(s, N) > 3:
        return None
    return PartialSums(s)


def values(ps: PartialSums) -> Values:
    """a_1 = S_1, a_n = S_n − S_{n−1}, whether n = 1 fits, and (for S_n = An² + Bn) a_1 and d read off S_n."""
    s = ps.S
    a1, an = s.subs(N, 1), sp.expand(s - s.subs(N, N - 1))
    ok = an.subs(N, 1) == a1
    arithmetic = sp.degree(s, N) <= 2 and s.subs(N, 0) == 0
    out: Values = {"fits": ok, "arithmetic": arithmetic, "rel": "=" if ok else r"\ne",
                   "S_at_1": plain(s.subs(N, sp.Symbol("(1)"))), "an_at_1_sub": plain(an.subs(N, sp.Symbol("(1)"))),
                   "S_prev_plain": plain(s.subs(N, N - 1))}
    for name, value in (("S", s), ("a1", a1), ("an", an), ("an_at_1", an.subs(N, 1)), ("d", 2 * s.coeff(N, 2))):
        both(out, name, value)
    if ok:
        out["final"] = out["final_en"] = f"$a_n={tex(an)}$"
    else:
        out["final"] = f"$a_1={tex(a1)}$，$a_n={tex(an)}\\ (n\\ge 2)$"
        out["final_en"] = f"$a_1={tex(a1)}$, $a_n={tex(an)}$ for $n\\ge 2$"
    return out


def reference(ps: PartialSums) -> tuple[str, str]:
    """Independent: the first differences of S computed term by term, fitted by SymPy's interpolate."""
    s = ps.S
    terms = [s.subs(N, 1)] + [s.subs(N, k) - s.subs(N, k - 1) for k in range(2, 8)]
    fit = sp.expand(sp.interpolate([(k, terms[k - 1]) for k in range(2, 8)], N))
    a1 = terms[0]
    if fit.subs(N, 1) == a1:
        return (f"a_n={plain(fit)}",) * 2
    # two cases: the grader compares such answers as text, so the reference is written as the chain writes it
    return f"$a_1={tex(a1)}$，$a_n={tex(fit)}\\ (n\\ge 2)$", f"$a_1={tex(a1)}$, $a_n={tex(fit)}$ for $n\\ge 2$"


TYPE: ProblemType[PartialSums] = ProblemType(
    type_id="sequence.from_partial_sum", module="sequences", name="from_partial_sum", detect=detect,
    values=values, reference=reference, givens=lambda ps: [f"S_n = {plain(ps.S)}"], goal=lambda ps: "a_n",
    answers=frozenset({"term"}),
)

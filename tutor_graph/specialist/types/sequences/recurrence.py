"""一阶线性递推 a_{n+1} = p·a_n + r(n) / First-order recurrences: a term or the general term."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import N, both
from tutor_graph.specialist.types.template import Values

MAX_ITERATE = 10  # terms we list one by one in a chain


@dataclass(frozen=True)
class Recurrence:
    """a_1, a_{n+1} = p·a_n + r(n) (p a number; r a number, or linear in n when p = 1) and the asked term."""

    p: sp.Rational
    r: sp.Expr  # in N
    a1: sp.Rational
    goal: tuple[str, int | None]
    shown: str  # the recurrence's right side as written, for the Recognition


def detect(p: Problem) -> Recurrence | None:
    """`a_1 = …, a_{n+1} = …a_n…, 求 a_k / a_n`."""
    rec, first = reading.defined(p, "a_n+1"), reading.given_values(p).get("a_1")
    if rec is None or first is None:
        return None
    A, n = sp.Symbol("A", real=True), sp.Symbol("n", real=True)
    names = {"a_n": A, "n": n}
    if any(s.name not in names for s in rec.free_symbols):
        return None
    rhs = rec.subs({s: names[s.name] for s in rec.free_symbols})
    if not rhs.has(A):
        return None
    pcoef = rhs.coeff(A)
    rest = sp.expand(rhs - pcoef * A)
    if rest.has(A) or pcoef.free_symbols or not rest.is_polynomial(n) or sp.degree(rest, n) > 1:
        return None
    if pcoef != 1 and rest.has(n):
        return None
    goal = reading.asked(p)
    if goal is None or goal[0] != "a" or (goal[1] is not None and goal[1] > 30):
        return None
    return Recurrence(sp.nsimplify(pcoef), sp.nsimplify(rest.subs(n, N)), first, goal, plain(rhs.subs(A, sp.Symbol("a_n"))))


def _closed_form(rec: Recurrence) -> sp.Expr:
    """SymPy's rsolve on the recurrence (independent of the chain's construction)."""
    a = sp.Function("a")
    n = sp.Symbol("n", integer=True)
    sol = sp.rsolve(a(n + 1) - rec.p * a(n) - rec.r.subs(N, n), a(n), {a(1): rec.a1})
    return sp.simplify(sol.subs(n, N))


def _general(rec: Recurrence) -> sp.Expr:
    """The general term the chain constructs: summing differences (p = 1) or a geometric a_n + λ."""
    if rec.p == 1:
        i = sp.Symbol("i", integer=True, positive=True)
        return sp.expand(rec.a1 + sp.summation(rec.r.subs(N, i), (i, 1, N - 1)))
    lam = sp.nsimplify(rec.r / (rec.p - 1))
    return sp.expand((rec.a1 + lam) * rec.p ** (N - 1) - lam)


def values(rec: Recurrence) -> Values:
    """The terms one by one, λ (or the summed differences), the general term and the asked value."""
    k = rec.goal[1]
    general = _general(rec)
    out: Values = {"asks_number": k is not None, "short": k is not None and k <= MAX_ITERATE, "additive": rec.p == 1,
                   "k": str(k), "asked": f"a_{{{k}}}" if k else "a_n",
                   "recurrence_plain": f"a_{{n+1}} = {plain(rec.p * sp.Symbol('a_n') + rec.r)}",
                   "r_i": tex(rec.r.subs(N, sp.Symbol("i"))),
                   # the formula starts right and obeys the recurrence, which proves it by induction: checkable
                   "formula_claim": f"{plain(general.subs(N, 1))} = {plain(rec.a1)} 且 "
                                    f"{plain(general.subs(N, N + 1))} = {plain(rec.p)}*({plain(general)}) + ({plain(rec.r)})"}
    for name, value in (("a1", rec.a1), ("p", rec.p), ("r", rec.r), ("general", general)):
        both(out, name, value)
    if rec.p != 1:
        lam = sp.nsimplify(rec.r / (rec.p - 1))
        both(out, "lam", lam)
        both(out, "b1", rec.a1 + lam)
    head = [rec.a1]
    for i in range(1, 4):
        head.append(sp.nsimplify(rec.p * head[-1] + rec.r.subs(N, i)))
    out["head_terms"] = "，".join(f"$a_{{{i + 1}}}={tex(v)}$" for i, v in enumerate(head))
    out["head_claim"] = " 且 ".join(f"a_{i + 2} = {plain(head[i + 1])}" for i in range(len(head) - 1))
    if k is not None:
        value = sp.nsimplify(general.subs(N, k))
        both(out, "value", value)
        out["substituted_plain"] = plain(general.subs(N, sp.Symbol(f"({k})")))
        out["target"] = tex(value)
        if k <= MAX_ITERATE:
            terms = [rec.a1]
            for i in range(1, k):
                terms.append(sp.nsimplify(rec.p * terms[-1] + rec.r.subs(N, i)))
            out["terms"] = ", ".join(f"$a_{{{i + 1}}}={tex(v)}$" for i, v in enumerate(terms))
            out["terms_claim"] = " 且 ".join(f"a_{i + 2} = {plain(terms[i + 1])}" for i in range(len(terms) - 1)) \
                or f"a_1 = {plain(terms[0])}"
            out["last"] = tex(terms[-1])
    else:
        out["target"] = tex(general)
    return out


def reference(rec: Recurrence) -> str:
    """Independent: SymPy's rsolve, at the asked index or as the general term."""
    k = rec.goal[1]
    return f"a_{k}={plain(_closed_form(rec).subs(N, k))}" if k else f"a_n={plain(_closed_form(rec))}"


TYPE: ProblemType[Recurrence] = ProblemType(
    type_id="sequence.recurrence", module="sequences", name="recurrence", detect=detect, values=values,
    reference=reference,
    givens=lambda rec: [f"a_1 = {plain(rec.a1)}", f"a_(n+1) = {rec.shown}"],
    goal=lambda rec: f"a_{rec.goal[1] or 'n'}", answers=frozenset({"term"}),
)

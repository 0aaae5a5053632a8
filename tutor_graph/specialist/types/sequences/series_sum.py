"""省略号写出的有限和 / Finite sums written with an ellipsis: telescoping, shift-and-subtract, arithmetic."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import both, expression
from tutor_graph.specialist.types.template import Values

N = sp.Symbol("n", real=True)  # the symbol the specialist's parser gives `n`
K = sp.Symbol("k", real=True)


@dataclass(frozen=True)
class Series:
    """The general term a_k of `a_1 + a_2 + … + a_n`, its kind, and the answer's prefix (`S_n=` or none)."""

    term: sp.Expr
    kind: str  # telescoping | shift | arithmetic
    prefix: str


def _kind(term: sp.Expr) -> str | None:
    parts = sp.Add.make_args(sp.apart(term, K)) if term.is_rational_function(K) else ()
    if term.is_rational_function(K) and not term.is_polynomial(K) and len(parts) == 2:
        roots = sp.roots(sp.Poly(sp.denom(sp.together(term)), K))
        if len(roots) == 2 and all(r.is_Rational for r in roots) and abs(max(roots) - min(roots)) <= 3:
            return "telescoping"  # 1/(k(k+1)), 1/((2k-1)(2k+1))-like shifts only: wide gaps make SymPy's sum crawl
        return None
    powers = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Pow) and f.exp.has(K) and not f.base.has(K)]
    if len(powers) == 1 and (term / powers[0]).is_polynomial(K) and sp.degree(term / powers[0], K) == 1:
        return "shift"
    if term.is_polynomial(K) and sp.degree(term, K) == 1:
        return "arithmetic"
    return None


def detect(p: Problem) -> Series | None:
    """`… + a(n)` with a general term we can sum in one of three textbook ways."""
    if not p.has("求和", "和", "sum", "S_n", "find", "compute", "evaluate"):
        return None
    # the sum asked, or defined in a given ("求 S_n=1·2+2·2^2+…+n·2^n" reads S_n = … as a given and S_n as asked)
    sums = [normalise(g["expression"]) for g in p.goals if "..." in normalise(g["expression"])] + \
        [normalise(c) for c in p.given_claims if "..." in normalise(c) and normalise(c).replace(" ", "").startswith("S_n=")]
    if len(sums) != 1:
        return None
    last = expression(sums[0].rsplit("...", 1)[1].strip(" +."))
    if last is None or last.free_symbols != {N}:
        return None
    term = last.subs(N, K)
    if sp.count_ops(term) > 15:
        return None
    kind = _kind(term)
    if kind is None:
        return None
    # answer in the form the question uses
    prefix = "S_n=" if sums[0].replace(" ", "").startswith("S_n=") or reading.defined(p, "S_n") is not None else ""
    return Series(term, kind, prefix)


def _telescoping(s: Series, out: Values) -> sp.Expr:
    split = sp.apart(s.term, K)
    total = sp.factor(sp.simplify(sp.summation(split, (K, 1, N))))
    both(out, "split", split)
    return total


def _shift(s: Series, out: Values) -> sp.Expr:
    """(1 − q)S_n = c(1)q + α(q² + … + qⁿ) − c(n)qⁿ⁺¹ for terms c(k)qᵏ with c(k) = αk + β."""
    q = next(f.base for f in sp.Mul.make_args(s.term) if isinstance(f, sp.Pow) and f.exp.has(K))
    c = sp.expand(s.term / q**K)
    alpha = c.coeff(K)
    first, last = c.subs(K, 1), c.subs(K, N)
    j = sp.Symbol("j", integer=True)
    geo = sp.simplify(sp.summation(q**j, (j, 2, N)))
    geo_text = f"\\sum_{{k=2}}^{{n}} {plain(q)}^k"
    out["shift_claim"] = (f"(1 - {plain(q)})*\\sum_{{k=1}}^{{n}} ({plain(s.term)}) = ({plain(first * q)}) + "
                          f"({plain(alpha)})*{geo_text} - ({plain(last)})*{plain(q)}^(n + 1)")
    out["geo_text"] = geo_text
    for name, value in (("q", q), ("alpha", alpha), ("first_q", first * q), ("last", last), ("geo", geo)):
        both(out, name, value)
    return sp.simplify((first * q + alpha * geo - last * q ** (N + 1)) / (1 - q))


def _arithmetic(s: Series, out: Values) -> sp.Expr:
    a1, an = s.term.subs(K, 1), s.term.subs(K, N)
    a, b = sp.Poly(s.term, K).all_coeffs()
    out["a1_sub_plain"] = plain(s.term.subs(K, sp.Symbol("(1)")))
    for name, value in (("a1", a1), ("an", an), ("coef", a), ("const", b),
                        ("total_split", sp.factor(sp.expand(a * N * (N + 1) / 2 + b * N)))):
        both(out, name, value)
    return sp.factor(sp.expand(N * (a1 + an) / 2))


def values(s: Series) -> Values:
    """The kind's own working, the total it reaches, and the first three sums for the induction method."""
    out: Values = {"telescoping": s.kind == "telescoping", "shift": s.kind == "shift", "arithmetic": s.kind == "arithmetic",
                   "prefix": s.prefix}
    total = {"telescoping": _telescoping, "shift": _shift, "arithmetic": _arithmetic}[s.kind](s, out)
    both(out, "term", s.term)
    both(out, "total", total)
    sums = [sum((s.term.subs(K, i) for i in range(1, m + 1)), sp.Integer(0)) for m in (1, 2, 3)]
    for i, value in enumerate(sums, 1):
        both(out, f"s{i}", sp.nsimplify(value))
        both(out, f"t{i}", s.term.subs(K, i))
    # the guess is proved by induction: it starts right, and adding the next term gives the next sum
    out["induction_claim"] = (f"{plain(total.subs(N, 1))} = {plain(s.term.subs(K, 1))} 且 ({plain(total)}) + "
                              f"({plain(s.term.subs(K, N + 1))}) = {plain(total.subs(N, N + 1))}")
    return out


def reference(s: Series) -> str:
    """Independent: SymPy's summation."""
    total = sp.simplify(sp.summation(s.term, (K, 1, N)))
    return s.prefix + plain(sp.factor(total) if total.is_rational_function(N) else total)


TYPE: ProblemType[Series] = ProblemType(
    type_id="sequence.series_sum", module="sequences", name="series_sum", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"a_k = {plain(s.term)}"], goal=lambda s: "S_n",
    answers=frozenset({"sum", "expr"}), topic="sequences",
)

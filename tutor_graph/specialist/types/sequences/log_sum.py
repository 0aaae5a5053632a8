"""正项等比数列的对数和 / log_b a_1 + … + log_b a_n of a positive geometric sequence given a product of terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_POSITIVE = ("各项均为正", "各项都为正", "各项为正", "各项均是正", "正项", "positive terms", "all terms positive",
             "terms are positive", "terms are all positive", "positive geometric")
# one term of the asked sum: log_2 a_1, log_2(a_1), lg a_1, log_{3} a_{10}
_TERM = r"(?:log_\{?(\d+)\}?|(lg))\s*\(?\s*a_\{?(\d+)\}?\s*\)?"
_SUM = re.compile(rf"{_TERM}(?:\s*\+\s*{_TERM})+\s*\+\s*\.\.\.\s*\+\s*{_TERM}")
MAX_N = 60


@dataclass(frozen=True)
class LogSum:
    """The base b and length n of the asked sum, the given products a_i a_j (+ …) = rhs, and derived values."""

    base: int
    n: int
    pairs: tuple[tuple[int, int], ...]
    rhs: sp.Rational
    P: sp.Rational  # each product a_i a_j
    value: sp.Rational  # the asked sum


def _asked_sum(text: str) -> tuple[int, int] | None:
    """(base, n) of `log_b a_1 + log_b a_2 + … + log_b a_n` written in the text, else None."""
    found = list(_SUM.finditer(text))
    if len(found) != 1:
        return None
    terms = re.findall(_TERM, found[0].group(0))
    bases = {10 if lg else int(b) for b, lg, _ in terms}
    idx = [int(k) for _, _, k in terms]
    if len(bases) != 1 or idx[:-1] != list(range(1, len(idx))) or not len(idx) - 1 < idx[-1] <= MAX_N:
        return None
    base = bases.pop()
    return (base, idx[-1]) if base >= 2 else None


def _products(lhs: sp.Expr) -> list[tuple[int, int]] | None:
    """The index pairs of a sum of products of two terms `a_i a_j + …`, else None."""
    pairs = []
    for term in sp.Add.make_args(lhs):
        factors = sp.Mul.make_args(term)
        names = [f.name for f in factors if isinstance(f, sp.Symbol)]
        if len(names) != 2 or len(factors) != 2 or not all(re.fullmatch(r"a_\d+", n) for n in names):
            return None
        i, j = sorted(int(n[2:]) for n in names)
        if i == j:
            return None
        pairs.append((i, j))
    return pairs


def detect(p: Problem) -> LogSum | None:
    """A positive geometric sequence, one given of products whose indices add up to n + 1, the log sum asked."""
    if not p.has("等比", "geometric") or p.has("等差", "arithmetic") or not p.has(*_POSITIVE):
        return None
    found = {a for g in p.goals if (a := _asked_sum(normalise(g["expression"]))) is not None}
    # the given equations (the positivity read as a_1 > 0, q > 0 is this type's own condition)
    equations = [rel for rel in reading.relations(p) if rel[1] == "="]
    if len(found) != 1 or len(equations) != 1:
        return None  # any other given would be a condition this type ignores
    base, n = found.pop()
    lhs, op, rhs = equations[0]
    pairs = _products(lhs)
    if not pairs or rhs.free_symbols or not (rhs.is_Rational and rhs > 0):
        return None
    if any(i + j != n + 1 or j > n for i, j in pairs):
        return None  # the product of all n terms is fixed only when every pair adds up to n + 1
    P = rhs / len(pairs)
    value = sp.nsimplify(sp.Rational(n, 2) * sp.log(P, base))
    if not value.is_Rational:
        return None  # textbook values are rational; others would need logarithm rendering we do not check
    return LogSum(base, n, tuple(pairs), rhs, P, value)


def _log(base: int) -> str:
    return "\\lg" if base == 10 else f"\\log_{{{base}}}"


def values(g: LogSum) -> Values:
    """The pair that fixes the product, the product of all terms as a power of the base, and the logs."""
    (i, j), (s, t) = g.pairs[0], (g.pairs[1] if len(g.pairs) > 1 else g.pairs[0])
    half = sp.nsimplify(sp.log(g.P, g.base))
    out: Values = {"several": len(g.pairs) > 1, "count": str(len(g.pairs)), "i": str(i), "j": str(j), "s": str(s),
                   "t": str(t), "n": str(g.n), "n1": str(g.n + 1), "nm1": str(g.n - 1), "im1": str(i - 1),
                   "jm1": str(j - 1), "nm2": str(g.n - 2), "base": str(g.base), "log": _log(g.base),
                   "P_shown": tex(g.P) if g.P.is_Integer else f"\\left({tex(g.P)}\\right)",
                   "half_shown": f"\\left({tex(half)}\\right)" if half < 0 else tex(half)}
    for name, value in (("rhs", g.rhs), ("P", g.P), ("value", g.value), ("half", half)):
        both(out, name, value)
    return out


def reference(g: LogSum) -> str:
    """Independent: two concrete sequences (ratios 2 and 1/3) meeting the given, summed term by term."""
    i, j = g.pairs[0]
    found = set()
    for q in (sp.Integer(2), sp.Rational(1, 3)):
        a1 = sp.sqrt(g.P / q ** (i + j - 2))
        if sum((a1 * q ** (s - 1)) * (a1 * q ** (t - 1)) for s, t in g.pairs) != g.rhs:
            return "?"
        total = sum((sp.log(a1 * q ** (k - 1), g.base) for k in range(1, g.n + 1)), sp.Integer(0))
        found.add(sp.nsimplify(sp.expand_log(sp.simplify(total), force=True)))
    return plain(found.pop()) if len(found) == 1 else "?"


TYPE: ProblemType[LogSum] = ProblemType(
    type_id="sequence.geometric_log_sum", module="sequences", name="log_sum", detect=detect, values=values,
    reference=reference,
    givens=lambda g: [" + ".join(f"a_{i} a_{j}" for i, j in g.pairs) + f" = {plain(g.rhs)}", "a_n > 0"],
    goal=lambda g: f"log_{g.base} a_1 + … + log_{g.base} a_{g.n}", answers=frozenset({"expr", "sum"}),
)

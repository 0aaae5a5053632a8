"""二项展开式中指定项的系数、常数项、二项式系数之和 / One coefficient of a binomial expansion."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import latex_to_plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Binomial:
    """(a + b)ⁿ with a, b monomials in x; the coefficient of x^power (None: the sum of the binomial coefficients)."""

    a: sp.Expr
    b: sp.Expr
    n: int
    power: int | None


def _inner(text: str, end: int) -> str | None:
    """The bracket that the power at `end` applies to."""
    depth = 0
    for i in range(end, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return text[i + 1:end]
    return None


def detect(p: Problem) -> Binomial | None:
    """`求 (x+2/x)^6 的展开式中的常数项` / `the coefficient of x^2 in the expansion of (2x - 1)^4`."""
    if not p.has("展开式", "二项式", "expansion", "binomial", "常数项", "constant term", "系数", "coefficient"):
        return None
    # the Reading's coefficient goal: "(x+\\frac{2}{x})^6 @ 1" (the constant term) or "(1-2x)^5 @ x^3"
    asked = [g["expression"] for g in p.goals if g["kind"] == "coefficient" and " @ " in g["expression"]]
    if len(asked) != 1:
        return None
    body, mono = (latex_to_plain(s).strip() for s in asked[0].rsplit(" @ ", 1))
    m = re.search(r"\)\s*\^\s*\{?(\d+)\}?\s*$", body)
    inside = _inner(body, m.start()) if m else None
    if m is None or inside is None:
        return None
    inner, n = try_expr(inside), int(m.group(1))
    if inner is None or inner.free_symbols != {X} or not 2 <= n <= 12 or not inner.is_Add or len(inner.args) != 2:
        return None
    a, b = sorted(inner.args, key=lambda t: -sp.degree(t, X) if t.is_polynomial(X) else 0)
    monomial = try_expr(mono)
    if monomial is None or monomial.free_symbols - {X} or not monomial.is_polynomial(X):
        return None
    power = int(sp.degree(monomial, X)) if monomial.free_symbols else 0
    if monomial.free_symbols and monomial != X**power:
        return None  # "the coefficient of 2x^2" is not a monomial's coefficient
    return Binomial(a, b, n, power)


def _x_degree(t: sp.Expr) -> int:
    """The power of x in a monomial such as 2x, -1/x, 3."""
    num, den = sp.fraction(sp.together(t))
    return int(sp.degree(num, X) - sp.degree(den, X))


def values(d: Binomial) -> Values:
    """The general term's power of x, the r that gives the power asked, the coefficient, and the full expansion."""
    a, b, n = d.a, d.b, d.n
    out: Values = {"n": str(n), "a": tex(a), "b": tex(b), "two_n": str(2**n), "sum": d.power is None,
                   "row": ", ".join(str(sp.binomial(n, k)) for k in range(n + 1)),
                   "row_plain": " 且 ".join(f"C_{n}^{k} = {sp.binomial(n, k)}" for k in range(n + 1))}
    if d.power is None:
        return out | {"coef": str(2**n)}
    da, db, r = _x_degree(a), _x_degree(b), sp.Symbol("r")
    hits = [k for k in range(n + 1) if da * (n - k) + db * k == d.power]
    expanded = sp.expand((a + b) ** n)
    out |= {"power": str(d.power), "exponent": tex(sp.expand(da * (n - r) + db * r)), "da": str(da), "db": str(db),
            "expanded": tex(expanded), "expansion_plain": f"({plain(a + b)})^{n} = {plain(expanded)}",
            "single": len(hits) == 1, "term": True, "pascal": len(hits) == 1 and n <= 6}
    if len(hits) != 1:
        return out  # no term (or no single term) has that power: no method fits
    k = hits[0]
    coef = sp.nsimplify(sp.binomial(n, k) * a.subs(X, 1) ** (n - k) * b.subs(X, 1) ** k)
    a1, b1 = a.subs(X, 1), b.subs(X, 1)
    return out | {"r": str(k), "nmr": str(n - k), "a1": tex(a1), "b1": tex(b1), "coef": tex(coef),
                  "coef_plain": plain(coef),
                  "r_plain": f"({da})*({n} - {k}) + ({db})*({k}) = {d.power}",
                  "coef_claim": f"C_{n}^{k}*({plain(a1)})^{n - k}*({plain(b1)})^{k} = {plain(coef)}"}


def reference(d: Binomial) -> str:
    """Independent: expand with SymPy and read the coefficient (2ⁿ for the sum of the binomial coefficients)."""
    if d.power is None:
        return str(2**d.n)
    expanded = sp.expand((d.a + d.b) ** d.n)
    terms = [t / X**d.power for t in sp.Add.make_args(expanded)]
    return plain(sp.nsimplify(sum((t for t in terms if sp.simplify(t).free_symbols == set()), sp.Integer(0))))


TYPE: ProblemType[Binomial] = ProblemType(
    type_id="counting.binomial", module="counting", name="binomial", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"({plain(d.a + d.b)})^{d.n}"],
    goal=lambda d: "sum" if d.power is None else "constant term" if d.power == 0 else f"coefficient of x^{d.power}",
    answers=frozenset({"coefficient"}),
)

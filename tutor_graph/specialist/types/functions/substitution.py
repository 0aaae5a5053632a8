"""已知 f(ax+b) 的解析式求 f(x) / f(x) from f(ax + b) = h(x): by substitution (换元法) or by undetermined
coefficients (待定系数法)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import T, X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

MAX_DEGREE = 3  # the right side's degree: a, b, c, d are the coefficients the second method can name


@dataclass(frozen=True)
class Substitution:
    """f(`inner`) = `rhs` with `inner` = a·x + b linear and `rhs` a polynomial in x of degree ≤ 3."""

    inner: sp.Expr
    rhs: sp.Expr


def detect(p: Problem) -> Substitution | None:
    """`已知 f(2x+1)=4x^2+4x，求 f(x) 的解析式`: the first relation f(linear) = polynomial."""
    if not p.has("解析式", "f(x)", "expression", "formula"):
        return None
    for lhs, op, rhs in p.read_relations:  # the given f(2x+1)=…, as read
        if op != "=" or not isinstance(lhs, sp.core.function.AppliedUndef) or lhs.func.__name__ != "f" or len(lhs.args) != 1:
            continue
        inner = lhs.args[0]
        if inner == X or not inner.is_polynomial(X) or sp.degree(inner, X) != 1 or rhs.free_symbols - {X}:
            continue
        if not rhs.is_polynomial(X) or sp.degree(rhs, X) > MAX_DEGREE:
            continue
        return Substitution(inner, rhs)
    return None


def _body(d: Substitution) -> sp.Expr:
    a, b = sp.Poly(d.inner, X).all_coeffs()
    return sp.expand(d.rhs.subs(X, (X - b) / a))


def _descending(e: sp.Expr) -> str:
    """A polynomial in x with letter coefficients, by descending powers: `4a x^{2}+(4a+2b)x+(a+b+c)`."""
    parts = []
    for k, c in zip(range(sp.degree(e, X), -1, -1), sp.Poly(e, X).all_coeffs(), strict=True):
        if c == 0:
            continue
        coeff = f"({tex(c)})" if c.is_Add else tex(c)
        power = "" if k == 0 else "x" if k == 1 else f"x^{{{k}}}"
        parts.append(coeff + (" " if power and not c.is_Add else "") + power if k == 0 or c != 1 else power)
    return "+".join(parts).replace("+-", "-")


def values(d: Substitution) -> Values:
    """The substitution t = ax + b and f(t); the guessed polynomial, its composition and the coefficients."""
    a, b = sp.Poly(d.inner, X).all_coeffs()
    back = (T - b) / a
    body = _body(d)
    ft = sp.expand(body.subs(X, T))
    out: Values = {"inner": tex(d.inner), "rhs": tex(d.rhs), "answer": tex(body), "back": tex(sp.together(back)), "ft": tex(ft),
                   "back_claim": f"{plain(d.inner.subs(X, paren(back)))} = t",
                   "ft_claim": f"{plain(d.rhs.subs(X, paren(back)))} = {plain(ft)}"}
    n = sp.degree(d.rhs, X)
    cs = sp.symbols(" ".join("abcd"[: n + 1]), real=True)
    cs = cs if isinstance(cs, tuple) else (cs,)
    guess = sum(c * X ** (n - i) for i, c in enumerate(cs))
    composed = sp.expand(guess.subs(X, d.inner))
    eqs = sp.Poly(composed - d.rhs, X).all_coeffs()
    sol = sp.solve(eqs, cs, dict=True)[0]
    eq_text = ", ".join(f"{plain(e)} = 0" for e in eqs if e != 0)
    out.update({"degree": str(n), "guess": tex(guess), "letters": "、".join(f"${c}$" for c in cs),
                "letters_en": ", ".join(f"${c}$" for c in cs),
                "composed": _descending(composed),
                "composed_claim": f"{plain(guess.subs(X, paren(d.inner)))} = {plain(composed)}",
                "coefficients": "，".join(f"${c}={tex(sol[c])}$" for c in cs),
                "coefficients_en": ", ".join(f"${c}={tex(sol[c])}$" for c in cs),
                "coefficients_claim": f"{eq_text} \\Rightarrow " + ", ".join(f"{c} = {plain(sol[c])}" for c in cs)})
    return out


def reference(d: Substitution) -> str:
    """Independent: undetermined coefficients solved by SymPy (a polynomial of the same degree)."""
    n = sp.degree(d.rhs, X)
    cs = sp.symbols(f"c0:{n + 1}")
    guess = sum(c * X**i for i, c in enumerate(cs))
    eqs = sp.Poly(sp.expand(guess.subs(X, d.inner) - d.rhs), X).all_coeffs()
    sol = sp.solve(eqs, cs, dict=True)[0]
    return f"$f(x)={tex(sp.expand(guess.subs(sol)))}$"


TYPE: ProblemType[Substitution] = ProblemType(
    type_id="function.substitution", module="functions", name="substitution", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"f({plain(d.inner)}) = {plain(d.rhs)}"], goal=lambda d: "f(x)",
    answers=frozenset({"equation", "function"}),
)

"""多项式函数的零点 / The zeros of a polynomial function (degree 1 to 4, rational zeros): the roots of f(x) = 0,
by factoring, and for a quadratic also by the root formula."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Zeros:
    """f(x), a polynomial of degree 1–4 whose real zeros are all rational (and there is one at least)."""

    f: sp.Expr
    zeros: tuple[sp.Expr, ...]


def detect(p: Problem) -> Zeros | None:
    """`求函数 f(x)=x^3-x 的零点`: the old `zero_count.detect_zeros`, unchanged."""
    if not p.has("零点", "zeros", "zero of"):
        return None
    d = definition(p)
    if d is None or d[2].has(sp.Abs):
        return None
    f = sp.expand(d[2].subs(d[1], X))
    if not f.is_polynomial(X) or not 1 <= sp.degree(f, X) <= 4:
        return None
    zeros = solve_inequality(f, "=", X)
    if not isinstance(zeros, sp.FiniteSet) or not zeros or any(not z.is_rational for z in zeros):
        return None
    return Zeros(f, tuple(sorted(zeros)))


def values(d: Zeros) -> Values:
    """The factored form, the zeros; for a quadratic its coefficients and discriminant (the root formula)."""
    f, zs = d.f, d.zeros
    out: Values = {
        "f": tex(f), "factored": tex(sp.factor(f)), "factor_claim": f"{plain(f)} = {plain(sp.factor(f))}",
        "zeros": roots_math("x", zs, "zh"), "zeros_en": roots_math("x", zs, "en"),
        "zeros_claim": f"{plain(f)} = 0 \\Rightarrow " + " 或 ".join(f"x = {plain(z)}" for z in zs),
        "quadratic": sp.degree(f, X) == 2,
    }
    if out["quadratic"]:
        a, b, c = sp.Poly(f, X).all_coeffs()
        disc = b**2 - 4 * a * c
        out.update({"a": tex(a), "b": tex(b), "c": tex(c), "disc": tex(disc),
                    "disc_claim": f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}",
                    "formula_claim": " 且 ".join(f"(-({plain(b)}) {s} sqrt({plain(disc)}))/(2*({plain(a)})) = "
                                               f"{plain((-b + (1 if s == '+' else -1) * sp.sqrt(disc)) / (2 * a))}"
                                               for s in ("+", "-"))})
    return out


def reference(d: Zeros) -> tuple[str, str]:
    """Independent: SymPy's root finder on the polynomial."""
    ref = sp.roots(sp.Poly(d.f, X), filter="R")
    return roots_text("x", ref, "zh"), roots_text("x", ref, "en")


TYPE: ProblemType[Zeros] = ProblemType(
    type_id="function.zeros", module="functions", name="zeros", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"f(x) = {plain(d.f)}"], goal=lambda d: "zeros", answers=frozenset({"zero"}),
)

"""一元二次方程 / Quadratic equations in one unknown (factoring, the quadratic formula, completing the square)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.algebra.equation_reading import (
    NO_REAL,
    OneEquation,
    general_values,
    implies,
    read,
    reference,
)
from tutor_graph.specialist.types.algebra.values import both, in_x
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneEquation | None:
    """`解方程 x^2-5x+6=0`: one polynomial equation in one letter of degree 2."""
    return read(p, "quadratic")


def ordered_factors(general: sp.Expr, x: sp.Symbol) -> tuple[str, str]:
    """The factorisation written as a student would, factors by increasing root: (x-2)(x-3); (LaTeX, plain).

    >>> x = sp.Symbol("x")
    >>> ordered_factors(x**2 - 5*x + 6, x)
    ('\\\\left(x - 2\\\\right)\\\\left(x - 3\\\\right)', '(x - 2)*(x - 3)')
    """
    coeff, factors = sp.factor_list(general, x)

    def root(f: tuple[sp.Expr, int]) -> float:
        r = sp.solve(f[0], x)
        return float(r[0]) if len(r) == 1 and r[0].is_real else float("inf")

    parts = sorted(factors, key=root)
    lead_tex = "" if coeff == 1 else ("-" if coeff == -1 else tex(coeff))
    lead_plain = "" if coeff == 1 else f"{plain(coeff)}*"
    t = lead_tex + "".join(f"\\left({tex(f)}\\right)" + (f"^{{{k}}}" if k > 1 else "") for f, k in parts)
    p = lead_plain + "*".join(f"({plain(f)})" + (f"^{k}" if k > 1 else "") for f, k in parts)
    return t, p


def values(d: OneEquation) -> Values:
    """The general form, its factors, the discriminant and formula, and the completed square."""
    x = d.x
    out: Values = {}
    general_values(d, out)
    general = d.general()
    a, b, c = sp.Poly(general, x).all_coeffs()
    disc = b**2 - 4 * a * c
    found = sp.roots(sp.Poly(general, x))
    out["rational"] = all(r.is_Rational for r in found) and sum(found.values()) == 2
    out["no_real"] = bool(disc < 0)
    roots = [] if disc < 0 else sorted({sp.radsimp((-b + s * sp.sqrt(disc)) / (2 * a)) for s in (1, -1)}, key=float)
    out["roots_zh"], out["roots_en"] = (roots_math(x.name, roots, "zh"), roots_math(x.name, roots, "en")) if roots \
        else NO_REAL
    out["answer"], out["answer_en"] = out["roots_zh"], out["roots_en"]
    out["roots_claim"] = implies(general, x, roots) if roots else ""
    if out["rational"]:
        out["factored"], factored_plain = ordered_factors(general, x)
        out["factor_claim"] = f"{plain(general)} = {factored_plain}"
    for name, e in (("a", a), ("b", b), ("c", c), ("disc", disc), ("two_a", 2 * a), ("minus_b", -b)):
        both(out, name, e)
    out["kind_zh"], out["kind_en"] = ("有两个不相等的实数根", "has two distinct real roots") if disc > 0 else \
        (("有两个相等的实数根", "has a repeated real root") if disc == 0 else ("没有实数根", "has no real roots"))
    out["disc_sign"] = ">" if disc > 0 else ("=" if disc == 0 else "<")
    out["disc_claim"] = f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}"
    # completing the square: x² + (b/a)x = −c/a, then (x + h)² = k
    h, k = b / (2 * a), (b / (2 * a)) ** 2 - c / a
    moved, monic, square = x**2 + (b / a) * x, sp.expand(general / a), (x + h) ** 2
    both(out, "moved", moved)
    out["moved"] = in_x(moved, x)  # x^2 - \frac{7}{2} x, not SymPy's \frac{7 x}{2}
    both(out, "moved_rhs", -c / a)
    both(out, "h", h)
    both(out, "k", k)
    both(out, "square", square)
    both(out, "shift", x + h)
    both(out, "root_k", sp.sqrt(k) if k >= 0 else 0)
    out["leading_one"] = bool(a == 1)
    out["moved_claim"] = f"{d.original()} \\Leftrightarrow {plain(moved)} = {plain(-c / a)}"
    out["square_claim"] = (f"{plain(monic)} = {plain(square)} - {plain(k)}" if k >= 0
                           else f"{plain(monic)} = {plain(square)} + {plain(-k)}")
    out["negative_claim"] = f"{plain(k)} < 0"
    out["sqrt_claim"] = f"{plain(square)} = {plain(k)} \\Rightarrow {roots_text(x.name, roots, 'zh')}" if roots else ""
    return out


TYPE: ProblemType[OneEquation] = ProblemType(
    type_id="equation.quadratic", module="algebra", name="quadratic_equation", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solve for {d.x}",
    answers=frozenset({"solve"}), topic="quadratics",
)

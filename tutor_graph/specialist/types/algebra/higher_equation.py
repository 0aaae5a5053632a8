"""高次方程 / Equations of degree 3 or 4 in one unknown (a trial root and factoring; grouping; t = x²)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.algebra.equation_reading import (
    OneEquation,
    answer,
    biquadratic,
    general_values,
    implies,
    read,
    real_roots,
    reference,
)
from tutor_graph.specialist.types.algebra.quadratic_equation import ordered_factors
from tutor_graph.specialist.types.algebra.values import both, in_x
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneEquation | None:
    """`解方程 x^4-5x^2+4=0`: one polynomial equation of degree 3 or 4 with a rational root or in x² only."""
    return read(p, "higher")


def _list(x: str, roots: list[sp.Expr], none: str) -> str:
    return ", ".join(f"${x}={tex(r)}$" for r in roots) or none


def _grouping(general: sp.Expr, x: sp.Symbol, out: Values) -> None:
    """ax³ + bx² + cx + d with ad = bc: x²(ax + b) + k(ax + b) = (ax + b)(x² + k), k = c/a an integer."""
    poly = sp.Poly(general, x)
    a, b, c, d = (poly.all_coeffs() + [0] * 4)[:4]
    k = sp.Rational(c, a)  # a, c integers: the general form has integer coefficients, a the leading one
    out["groupable"] = bool(poly.degree() == 3 and b != 0 and d != 0 and a * d == b * c and k.is_integer)
    if not out["groupable"]:
        return
    linear, rest = a * x + b, x**2 + k
    both(out, "common", linear)
    both(out, "grouped_k", k)
    out["grouped"] = f"{x}^{{2}}\\left({tex(linear)}\\right){'+' if k > 0 else '-'}{tex(abs(k)) if abs(k) != 1 else ''}" \
                     f"\\left({tex(linear)}\\right)"
    out["grouped_claim"] = f"{plain(general)} = {x}^2*({plain(linear)}) + ({plain(k)})*({plain(linear)})"
    out["product"] = f"\\left({tex(linear)}\\right)\\left({tex(rest)}\\right)"
    out["product_claim"] = f"{plain(general)} = ({plain(linear)})*({plain(rest)})"
    out["quadratic_factor"] = tex(rest)
    out["quadratic_real"] = bool(k <= 0)


def values(d: OneEquation) -> Values:
    """The general form, a trial root and the factors, the grouping, and the equation in t = x²."""
    x = d.x
    out: Values = {}
    general_values(d, out)
    general = d.general()
    roots = real_roots(general, x)
    out["answer"], out["answer_en"] = answer(x, roots)
    out["roots"] = _list(x.name, roots, "")
    out["roots_claim"] = implies(general, x, roots)
    rational = sorted(r for r in sp.roots(sp.Poly(general, x)) if r.is_Rational)
    out["trial"] = bool(rational)
    if rational:
        r0 = min(rational, key=lambda r: (not r.is_integer, abs(r), r))  # ±1, ±2 before fractions, as one tries them
        both(out, "r0", r0)
        out["trial_factor"] = tex(x - r0)
        out["trial_claim"] = f"{plain(general.subs(x, paren(r0)))} = 0"
        out["factored"], factored_plain = ordered_factors(general, x)
        out["factor_claim"] = f"{plain(general)} = {factored_plain}"
    _grouping(general, x, out)
    out["biquadratic"] = biquadratic(general, x)
    if out["biquadratic"]:
        t = sp.Symbol("t", real=True)
        in_t = sp.expand(general.subs(x**2, t))
        t_roots = sorted(sp.roots(sp.Poly(in_t, t)), key=lambda r: float(sp.re(r)))
        both(out, "in_t", in_t)
        out["in_t"] = in_x(in_t, t)
        out["t_roots"] = ", ".join(f"$t={tex(r)}$" for r in t_roots)
        out["t_claim"] = f"{plain(general)} = {plain(in_t.subs(t, paren(x**2)))}"
        out["t_roots_claim"] = implies(in_t, t, t_roots)
        out["negative_t"] = any(r.is_real and r < 0 for r in t_roots) or any(not r.is_real for r in t_roots)
        x_roots = sorted({sp.radsimp(s * sp.sqrt(r)) for r in t_roots if r.is_real and r >= 0 for s in (1, -1)},
                         key=float)
        out["x_roots_zh"], out["x_roots_en"] = _list(x.name, x_roots, "无实数根"), _list(x.name, x_roots, "no real roots")
        out["x_roots_claim"] = implies(general, x, x_roots) if x_roots else ""
    return out


TYPE: ProblemType[OneEquation] = ProblemType(
    type_id="equation.higher", module="algebra", name="higher_equation", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solve for {d.x}",
    answers=frozenset({"solve"}), topic="function_applications",
)

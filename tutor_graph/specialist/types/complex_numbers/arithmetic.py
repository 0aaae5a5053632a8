"""复数的四则运算：积、商、由方程求 z，及其模、共轭、实部、虚部 / Products and quotients of complex numbers."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.complex_numbers.number import (
    Number,
    goal_answer,
    goal_values,
    modulus,
    read,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

A, B = sp.symbols("a b", real=True)


def detect(p: Problem) -> Number | None:
    """A complex number to compute (z = …, z·w = u, or an expression); quadrants are `complex.quadrant`'s."""
    if p.has("象限", "quadrant"):
        return None
    return read(p)


def _conjugate_values(out: Values, n: Number) -> sp.Expr:
    """Multiplying top and bottom by the conjugate of the denominator; returns z."""
    num, den = n.num, n.den
    if not den.has(sp.I):
        v = sp.expand(num / den)
        out["product_claim"] = f"{n.text} = {plain(v)}"
        return v
    conj = sp.conjugate(den)
    new_num, new_den = sp.expand(num * conj), sp.expand(den * conj)
    out["den_conj"], out["new_den"], out["new_num"] = tex(conj), tex(new_den), tex(new_num)
    out["new_den_claim"] = f"({plain(den)})*({plain(conj)}) = {plain(new_den)}"
    out["new_num_claim"] = f"({plain(num)})*({plain(conj)}) = {plain(new_num)}"
    v = sp.expand(new_num / new_den)
    out["quotient_claim"] = f"({plain(num)})/({plain(den)}) = {plain(v)}"
    return v


def coefficient_values(out: Values, n: Number) -> sp.Expr:
    """z = a + bi in z·den = num: expand, equal real and imaginary parts; returns z."""
    prod = sp.expand((A + B * sp.I) * n.den)
    pre, pim = sp.re(prod), sp.im(prod)
    out["prod"] = f"{tex(pre)}+({tex(pim)})i"
    out["prod_claim"] = f"(a + b*i)*({plain(n.den)}) = {plain(pre)} + ({plain(pim)})*i"
    sol = sp.solve([pre - sp.re(n.num), pim - sp.im(n.num)], [A, B], dict=True)[0]  # den ≠ 0: one solution
    out["sol_a"], out["sol_b"] = tex(sol[A]), tex(sol[B])
    out["parts_claim"] = (f"{plain(pre)} = {plain(sp.re(n.num))} 且 {plain(pim)} = {plain(sp.im(n.num))} \\Rightarrow "
                          f"a = {plain(sol[A])} 且 b = {plain(sol[B])}")
    return sp.expand(sol[A] + sol[B] * sp.I)


def values(n: Number) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    num, den = n.num, n.den
    out: Values = {
        "divides": den.has(sp.I), "multiplies": not den.has(sp.I), "equation": n.equation,
        "num": tex(num), "den": tex(den),
    }
    v = _conjugate_values(out, n)
    goal_values(out, v, n.goal)
    out["final_conj"] = out["final"]
    if den.has(sp.I) and n.goal != "modulus":
        w = coefficient_values(out, n)
        out["final_coef"] = goal_answer(w, n.goal)
    if den.has(sp.I) and n.goal == "modulus":
        mn, md = modulus(num), modulus(den)
        m = sp.radsimp(mn / md)
        out.update({"mn": tex(mn), "md": tex(md), "m": tex(m), "m_claim": f"({plain(mn)})/({plain(md)}) = {plain(m)}",
                    "mnd_claim": (f"sqrt(({plain(sp.re(num))})^2 + ({plain(sp.im(num))})^2) = {plain(mn)} 且 "
                                  f"sqrt(({plain(sp.re(den))})^2 + ({plain(sp.im(den))})^2) = {plain(md)}"),
                    "final_prop": f"${tex(m)}$"})
    return out


def reference(n: Number) -> str:
    """Independent: the value the reading computed (SymPy's own rationalising), then what was asked of it."""
    return goal_answer(n.value, n.goal)


TYPE: ProblemType[Number] = ProblemType(
    type_id="complex.arithmetic", module="complex_numbers", name="arithmetic", detect=detect, values=values,
    reference=reference, givens=lambda n: [n.given], goal=lambda n: n.goal,
    answers=frozenset({"expr", "abs", "unknown", "modulus", "part", "conjugate", "quadrant"}),
)

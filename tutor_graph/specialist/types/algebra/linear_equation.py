"""一元一次方程 / Linear equations in one unknown (transposing terms and collecting like terms)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.algebra.equation_reading import OneEquation, answer, read, reference
from tutor_graph.specialist.types.algebra.values import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneEquation | None:
    """`解方程 3x+5=2x-1`: one polynomial equation in one letter of degree 1."""
    return read(p, "linear")


def values(d: OneEquation) -> Values:
    """`ax = b` after transposing, the root b/a, and both sides at the root (the check)."""
    x, lhs, rhs = d.x, d.lhs, d.rhs
    poly = sp.Poly(sp.expand(lhs - rhs), x)
    a, b = poly.coeff_monomial(x), -poly.coeff_monomial(1)
    root = b / a
    ax = sp.Mul(a, x, evaluate=False) if a != 1 else x
    ax_plain = f"{plain(a)}*{x}" if a != 1 else f"{x}"
    out: Values = {"x": x.name, "equation": f"{tex(lhs)}={tex(rhs)}", "divide": bool(a != 1)}
    both(out, "a", a)
    both(out, "b", b)
    both(out, "root", root)
    both(out, "left", lhs.subs(x, root))
    both(out, "right", rhs.subs(x, root))
    out["ax"] = tex(ax)
    out["answer"], out["answer_en"] = answer(x, [root])
    out["moved_claim"] = f"{d.original()} \\Leftrightarrow {ax_plain} = {plain(b)}"
    out["divide_claim"] = f"{ax_plain} = {plain(b)} \\Rightarrow {x} = {plain(root)}"
    out["check_claim"] = f"{plain(lhs.subs(x, paren(root)))} = {plain(rhs.subs(x, paren(root)))}"
    return out


TYPE: ProblemType[OneEquation] = ProblemType(
    type_id="equation.linear", module="algebra", name="linear_equation", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solve for {d.x}",
    answers=frozenset({"solve"}), topic="inequalities",
)

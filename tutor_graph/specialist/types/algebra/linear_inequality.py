"""一元一次不等式 / Linear inequalities in one unknown (transposing terms; the graph of a linear function)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.algebra.one_unknown import OneUnknown, read, reference, solution_values
from tutor_graph.specialist.types.algebra.values import both, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneUnknown | None:
    """`解不等式 3x-2 > x+4`: one inequality in one letter whose two sides differ by a linear expression."""
    return read(p, "linear")


def values(d: OneUnknown) -> Values:
    """`a x op b` with a > 0, and the zero of the linear function a x − b."""
    x = d.x
    out: Values = {}
    solution_values(d, out)
    diff, op = d.normal_form()
    a, b = sp.Poly(diff, x).coeff_monomial(x), -sp.Poly(diff, x).coeff_monomial(1)
    both(out, "ax", a * x)
    both(out, "b", b)
    both(out, "a", a)
    both(out, "fx", diff)
    both(out, "x0", b / a)
    out["op"] = rel(op)
    out["moved_claim"] = f"{d.original()} \\Leftrightarrow {plain(a * x)} {op} {plain(b)}"
    out["zero_claim"] = f"{plain(diff)} = 0 \\Rightarrow {x} = {plain(b / a)}"
    out["above"] = op in (">", "≥")
    return out


TYPE: ProblemType[OneUnknown] = ProblemType(
    type_id="inequality.linear", module="algebra", name="linear_inequality", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solution set in {d.x}",
    answers=frozenset({"solve"}), topic="inequalities",
)

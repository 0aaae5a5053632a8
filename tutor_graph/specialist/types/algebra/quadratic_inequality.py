"""一元二次不等式 / Quadratic inequalities in one unknown (the graph of the quadratic; completing the square)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    plain,
    relation_text,
    roots_math,
    roots_text,
)
from tutor_graph.specialist.types.algebra.one_unknown import OneUnknown, read, reference, solution_values
from tutor_graph.specialist.types.algebra.values import both, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneUnknown | None:
    """`解不等式 x^2-3x+2<0`: one inequality in one letter whose two sides differ by a quadratic."""
    return read(p, "quadratic")


def values(d: OneUnknown) -> Values:
    """The standard form, its roots (or discriminant) for the graph, and its completed square."""
    x = d.x
    out: Values = {}
    solution_values(d, out)
    diff, op = d.normal_form()
    out["reshaped"] = bool(diff != sp.expand(d.lhs - d.rhs) or d.rhs != 0)
    both(out, "general", diff)
    out["op"] = rel(op)
    out["general_claim"] = f"{d.original()} \\Leftrightarrow {plain(diff)} {op} 0"
    roots = sorted({r for r in sp.roots(sp.Poly(diff, x)) if r.is_real}, key=float)
    out["has_roots"] = bool(roots)
    if roots:
        out["roots_zh"], out["roots_en"] = roots_math(x.name, roots, "zh"), roots_math(x.name, roots, "en")
        out["roots_claim"] = f"{plain(diff)} = 0 \\Rightarrow {roots_text(x.name, roots, 'zh')}"
    disc = sp.discriminant(diff, x)
    both(out, "disc", disc)
    out["disc_claim"] = f"{plain(disc)} < 0"
    a, b, c = sp.Poly(diff, x).all_coeffs()
    h, k = b / (2 * a), (b / (2 * a)) ** 2 - c / a
    square = (x + h) ** 2
    both(out, "square", square)
    both(out, "k", k)
    out["square_claim"] = f"{plain(sp.expand(diff / a))} = {plain(square)} - ({plain(k)})"
    out["positive_k"] = bool(k > 0)
    if k > 0:
        both(out, "r", sp.sqrt(k))
        both(out, "shift", x + h)
    out["sq_solution_claim"] = f"{plain(square)} {op} {plain(k)} \\Leftrightarrow {relation_text(d.solution, x.name)}"
    return out


TYPE: ProblemType[OneUnknown] = ProblemType(
    type_id="inequality.quadratic", module="algebra", name="quadratic_inequality", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solution set in {d.x}",
    answers=frozenset({"solve"}), topic="quadratics",
)

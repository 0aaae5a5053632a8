"""分式不等式 / Fractional inequalities in one unknown (to a polynomial inequality; the sign chart)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_math, relation_text, roots_math, roots_text, tex
from tutor_graph.specialist.types.algebra.one_unknown import OneUnknown, read, reference, solution_values
from tutor_graph.specialist.types.algebra.values import both, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneUnknown | None:
    """`解不等式 (x-1)/(x+2) ≤ 0`: numerator and denominator polynomials of degree at most 2, the unknown below."""
    return read(p, "fractional")


def values(d: OneUnknown) -> Values:
    """The quotient compared with 0, the product inequality it becomes, and the zeros for the sign chart."""
    x, op = d.x, d.op
    out: Values = {}
    solution_values(d, out)
    num, den = (sp.factor(e) for e in sp.fraction(sp.factor(sp.together(d.lhs - d.rhs))))
    out["moved"] = d.rhs != 0
    out["quotient"] = f"\\frac{{{tex(num)}}}{{{tex(den)}}}"
    out["op"] = rel(op)
    out["quotient_claim"] = f"{plain(d.lhs - d.rhs)} = ({plain(num)})/({plain(den)})"
    product = sp.expand(num * den)
    product_set = solve_inequality(product, op, x)
    both(out, "product", num * den)
    out["product_zh"] = relation_math(product_set, x.name, "zh")
    out["product_en"] = relation_math(product_set, x.name, "en")
    out["product_claim"] = f"{plain(product)} {op} 0 \\Leftrightarrow {relation_text(product_set, x.name)}"
    parts = (num, den) if num.free_symbols else (den,)
    points = sorted({r for e in parts for r in sp.roots(sp.Poly(e, x)) if r.is_real}, key=float)
    out["points_zh"] = roots_math(x.name, points, "zh").replace(" 或 ", "，")
    out["points_en"] = roots_math(x.name, points, "en").replace(" or ", ", ")
    out["points_claim"] = f"{plain(sp.Mul(*parts))} = 0 \\Rightarrow {roots_text(x.name, points, 'zh')}"
    out["pieces"] = str(len(points) + 1)
    return out


TYPE: ProblemType[OneUnknown] = ProblemType(
    type_id="inequality.fractional", module="algebra", name="fractional_inequality", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solution set in {d.x}",
    answers=frozenset({"solve"}), topic="quadratics",
)

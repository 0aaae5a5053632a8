"""函数的定义域（分母、偶次根号、对数）/ The domain of a function (denominators, even roots, logarithms)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_math, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.functions.function_reading import conditions, fdef, function_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

MAX_CONDITIONS = 4  # the template has a step for each of conditions 1..4
_TEX_OP = {"≥": r"\ge", ">": ">", "≠": r"\ne"}
_PART = {"radicand": ("在偶次根号下", "is under an even root"), "denominator": ("是分母", "is a denominator"),
         "log": ("是对数的真数", "is the argument of a logarithm")}


@dataclass(frozen=True)
class Domain:
    """The function and the conditions (kind, expression, relation to 0) that make it defined."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    conditions: tuple[tuple[str, sp.Expr, str], ...]


def detect(p: Problem) -> Domain | None:
    """`求函数 f(x)=√(x-1)/(x-2) 的定义域`: each condition's expression has a polynomial numerator of degree ≤ 2."""
    if not p.has("定义域", "domain"):
        return None
    found = function_of(p)
    if found is None:
        return None
    name, var, body = found
    conds = conditions(body, var)
    if not conds or len(conds) > MAX_CONDITIONS:
        return None
    for _, expr, _ in conds:
        top = sp.together(expr).as_numer_denom()[0]
        if not top.is_polynomial(var) or sp.Poly(top, var).degree() > 2:
            return None
    return Domain(name, var, body, tuple(conds))


def values(d: Domain) -> Values:
    """Per condition i (1..4) what it asks and where it holds; then the intersection of them all."""
    x = d.var
    out: Values = {"fdef": fdef(d.name, x, d.body), "f": "f" if d.name == "y" else d.name, "x": x.name, "body": tex(d.body)}
    total: sp.Set = sp.S.Reals
    parts = []
    for i, (kind, expr, op) in enumerate(d.conditions, start=1):
        s = solve_inequality(expr, op, x)
        total = total.intersect(s)
        parts.append(relation_text(s, x.name))
        out.update({f"has{i}": True, f"e{i}": tex(expr), f"part{i}": _PART[kind][0], f"part{i}_en": _PART[kind][1],
                    f"rel{i}": _TEX_OP[op], f"sol{i}": relation_math(s, x.name, "zh"), f"sol{i}_en": relation_math(s, x.name, "en"),
                    f"claim{i}": f"{plain(expr)} {op} 0 \\Leftrightarrow {relation_text(s, x.name)}"})
    several = len(d.conditions) > 1
    out.update({"domain": interval_math(total), "several": several,
                "meet_claim": f"{relation_text(total, x.name)} \\Leftrightarrow " + " 且 ".join(parts) if several else ""})
    return out


def reference(d: Domain) -> str:
    """Independent: SymPy's `continuous_domain` of the whole expression."""
    return interval_math(sp.calculus.util.continuous_domain(d.body, d.var, sp.S.Reals))


TYPE: ProblemType[Domain] = ProblemType(
    type_id="function.domain", module="functions", name="domain", detect=detect, values=values, reference=reference,
    givens=lambda d: [fdef(d.name, d.var, d.body)], goal=lambda d: "domain", answers=frozenset({"domain"}),
)

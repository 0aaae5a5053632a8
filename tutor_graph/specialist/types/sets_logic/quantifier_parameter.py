"""由含量词命题的真假求参数的范围：开口向上的二次函数对一切 x 恒正（非负），判别式或顶点处的最小值
/ The parameter range that makes a quantified statement true or false: the discriminant, or the minimum."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.logic_reading import (
    TEX,
    Statement,
    lead_tex,
    negation,
    st_tex,
    statement,
    x_tex,
)
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class QuantifiedParameter:
    """The statement as given, whether it is said to be true, the statement that must hold for all x, the parameter."""

    given: Statement
    wanted: bool
    always: Statement  # ∀x∈R, f > 0 (or ≥ 0) with f an upward quadratic in x
    t: sp.Symbol


def detect(problem: Problem) -> QuantifiedParameter | None:
    """`若命题“∃x∈R, x^2-2x+a<0”是假命题，求 a 的取值范围` (or “∀x∈R, …”是真命题)."""
    m = re.search(r"(?:是|is)\s*(真|假|true|false)\s*(?:命题)?", problem.text)
    st = statement(problem.text)
    if not m or st is None or not problem.has("范围", "range", "取值", "求"):
        return None
    params = st.f.free_symbols - {X}
    if len(params) != 1 or st.op in ("=", "≠") or sp.degree(st.f, X) != 2:
        return None
    t = params.pop()
    poly = sp.Poly(st.f, X)
    lead = poly.LC()
    if not (lead.is_number and lead > 0) or any(sp.degree(c, t) > 1 for c in poly.all_coeffs()):
        return None
    wanted = m.group(1) in ("真", "true")
    always = st if wanted else negation(st)  # the statement that must be true
    if always.quant != "all" or always.op not in (">", "≥"):
        return None  # "there is x with f > 0" for an upward parabola is always true: not a range question
    return QuantifiedParameter(st, wanted, always, t)


def values(q: QuantifiedParameter) -> Values:
    """The discriminant and its condition, the minimum at the vertex and its condition, the range."""
    f, op, t = q.always.f, q.always.op, q.t
    a, b, c = sp.Poly(f, X).all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    disc_op = "<" if op == ">" else "≤"
    s = solve_inequality(disc, disc_op, t)
    x0 = sp.simplify(-b / (2 * a))
    low = sp.expand(f.subs(X, x0))
    s_min = solve_inequality(low, op, t)
    strict = op == ">"
    return {
        "given_false": not q.wanted, "given_st": st_tex(q.given), "always_st": st_tex(q.always), "t": t.name,
        "f": x_tex(f), "op": TEX[op], "disc_op": TEX[disc_op], "disc": lead_tex(disc),
        "sign_zh": "恒正" if strict else "恒非负", "sign_en": "always positive" if strict else "never negative",
        "touch_zh": "没有公共点" if strict else "至多有一个公共点",
        "touch_en": "does not meet the $x$-axis" if strict else "meets the $x$-axis at most once",
        "disc_claim": f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}",
        "range_claim": f"{plain(disc)} {disc_op} 0 \\Leftrightarrow {relation_text(s, t.name)}",
        "range_zh": relation_math(s, t.name, "zh"), "range_en": relation_math(s, t.name, "en"),
        "x0": tex(x0), "low": tex(low), "min_claim": f"{plain(f.subs(X, paren(x0)))} = {plain(low)}",
        "min_range_claim": f"{plain(low)} {op} 0 \\Leftrightarrow {relation_text(s_min, t.name)}",
        "min_range_zh": relation_math(s_min, t.name, "zh"), "min_range_en": relation_math(s_min, t.name, "en"),
    }


def reference(q: QuantifiedParameter) -> str:
    """Independent: SymPy's own discriminant and solveset."""
    disc = sp.Poly(q.always.f, X).discriminant()
    rel = sp.Lt(disc, 0) if q.always.op == ">" else sp.Le(disc, 0)
    return relation_text(sp.solveset(rel, q.t, sp.S.Reals), q.t.name)


TYPE: ProblemType[QuantifiedParameter] = ProblemType(
    type_id="logic.quantifier_parameter", module="sets_logic", name="quantifier_parameter", detect=detect,
    values=values, reference=reference, topic="logic", givens=lambda q: [st_tex(q.given)],
    goal=lambda q: f"range of {q.t.name}", answers=frozenset({"range"}),
)

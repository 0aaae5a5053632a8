"""ax + b/x (+ c) 在 x>0 上的最小值 / The minimum of a·x + b/x (+ c) for x > 0."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.algebra.values import both, goal_exprs
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class MeanMinimum:
    """e = a·x + b/x + c with a, b > 0 and c a number, x > 0."""

    e: sp.Expr
    a: sp.Expr
    b: sp.Expr
    c: sp.Expr


def detect(p: Problem) -> MeanMinimum | None:
    """`已知 x>0，求 x+4/x 的最小值`: the minimum (not only where it is) of a·x + b/x + c, a, b > 0."""
    if not p.has("最小值", "minimum") or (X, ">", 0) not in p.given_relations:
        return None
    # an extremum asked ("取得最小值时 x 的值" alone asks where, and the answer here is the minimum)
    for e in goal_exprs(p, "extremum"):
        if e.free_symbols != {X}:
            continue
        e = sp.expand(e)
        a, b = e.coeff(X, 1), e.coeff(X, -1)
        c = sp.expand(e - a * X - b / X)
        if a.is_positive and b.is_positive and not c.free_symbols:
            return MeanMinimum(e, a, b, c)
    return None


def values(m: MeanMinimum) -> Values:
    """The two terms, their product, the AM–GM bound, the equality point, the derivative and the minimum."""
    prod = sp.nsimplify(m.a * m.b)
    low = sp.nsimplify(2 * sp.sqrt(prod))
    x0 = sp.sqrt(m.b / m.a)
    fp = sp.together(sp.diff(m.e, X))
    value = sp.nsimplify(low + m.c)
    out: Values = {"has_c": m.c != 0, "ax": tex(m.a * X), "b_over_x": rf"\frac{{{tex(m.b)}}}{{x}}",
                   "sum": tex(m.a * X + m.b / X)}
    for name, e in (("e", m.e), ("a", m.a), ("b", m.b), ("c", m.c), ("prod", prod), ("low", low), ("x0", x0),
                    ("fp", fp), ("value", value)):
        both(out, name, e)
    out["prod_claim"] = f"({plain(m.a * X)})*({plain(m.b)}/x) = {plain(prod)}"
    out["bound_claim"] = f"{plain(m.a * X + m.b / X)} ≥ {plain(low)}"
    out["equal_claim"] = f"{plain(m.a)}*({plain(x0)}) = {plain(m.b)}/({plain(x0)})"
    out["zero_claim"] = f"{plain(sp.numer(fp))} = 0 \\Rightarrow x = {plain(x0)}"
    out["value_claim"] = f"f({plain(x0)}) = {plain(sp.nsimplify(m.e.subs(X, x0)))}"
    return out


def reference(m: MeanMinimum) -> str:
    """Independent: SymPy's minimum on (0, ∞)."""
    return plain(sp.nsimplify(sp.calculus.util.minimum(m.e, X, sp.Interval.open(0, sp.oo))))


TYPE: ProblemType[MeanMinimum] = ProblemType(
    type_id="inequality.mean_minimum", module="algebra", name="mean_minimum", detect=detect, values=values,
    reference=reference, givens=lambda m: ["x > 0", plain(m.e)], goal=lambda m: "minimum",
    answers=frozenset({"min", "max", "extreme_point"}), topic="inequalities",
)

"""Deciding quantified statements about one real variable: `∀x∈D, P(x)` and `∃x∈D, P(x)` (negations
arrive already pushed inward by the parser: ¬∀x, P is ∃x, ¬P).

Exact by solution sets: T = {x ∈ R : P(x)} from SymPy's `solveset`, D the stated domain (R, an interval,
ℤ, ℕ, ℕ*, or an inequality such as `x > 0`). `∀` holds iff D \\ T is empty, `∃` iff D ∩ T is not.
Every answer other than an empty set is backed by a concrete point re-checked exactly (a counterexample
for ∀, a witness for ∃); a point where P is undefined (`1/x` at 0) decides nothing, so the verdict is
then unknown. A body that mentions another letter, or nests a quantifier, is unknown.
"""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks.building import PM
from tutor_graph.checks.solving import Undecided, holds_at, pick_point, solution_set
from tutor_graph.checks.statements import Quantified, free_symbols
from tutor_graph.checks.truth import show, show_set
from tutor_graph.checks.verdict import Verdict


def quantified_verdict(q: Quantified) -> Verdict:
    """Decide `∀ / ∃ var ∈ domain, body` (the context's definitions already substituted)."""
    var, name = q.var, q.var.name
    others = {s for s in free_symbols(q) if s != PM}
    if others:
        letters = ", ".join(sorted(s.name for s in others))
        return Verdict.unknown(f"量词命题还含有字母 {letters}，只判定关于 {name} 一个变量的命题 / the statement also "
                               f"mentions {letters}: decided only when it is about {name} alone")
    try:
        domain = sp.S.Reals if q.domain is None else solution_set(q.domain, var)
        truth = solution_set(q.body, var)
    except (Undecided, NotImplementedError, ValueError, TypeError):
        return Verdict.unknown(f"无法求出命题对哪些 {name} 成立 / could not find for which {name} the statement holds")
    where = show_set(domain)
    if domain == sp.S.EmptySet:
        return Verdict.unknown(f"{name} 的范围是空集 / {name} ranges over the empty set")
    if q.kind == "all":
        missing = sp.Complement(domain, truth)
        if missing == sp.S.EmptySet:
            return Verdict("verified", f"对 {where} 中的一切 {name} 成立 / holds for every {name} in {where}")
        point = member(missing, domain)
        if point is not None and holds_at(q.body, {var: point}) is False:
            return Verdict("refuted", "全称命题不成立 / not true for every value",
                           f"{name} = {show(point)} 时不成立 ({name} = {show(point)} is a counterexample)")
        return Verdict.unknown(f"无法确认对 {where} 中的每个 {name} 都成立 / could not settle it for every {name} in {where}")
    inside = sp.Intersection(domain, truth)
    if inside == sp.S.EmptySet:
        return Verdict("refuted", "存在性命题不成立 / no value makes it true",
                       f"{where} 中没有 {name} 使其成立 (no {name} in {where} satisfies it)")
    point = member(inside, domain)
    if point is not None and holds_at(q.body, {var: point}) is True:
        return Verdict("verified", f"{name} = {show(point)} 时成立 / it holds at {name} = {show(point)}")
    return Verdict.unknown(f"无法找到使其成立的 {name} / could not find a value of {name} that makes it hold")


def member(region: sp.Set, domain: sp.Set):
    """A concrete element of `region` that provably lies in `domain` (ranges of integers included), or None."""
    point = pick_point(region)
    if point is None and isinstance(region, sp.Range) and region.size != 0:
        point = region.inf if region.inf.is_finite else region.sup if region.sup.is_finite else sp.Integer(0)
    if point is None and isinstance(region, sp.Intersection | sp.Complement):
        point = _integer_in(region)
    if point is None or domain.contains(point) is not sp.true or region.contains(point) is not sp.true:
        return None
    return point


def _integer_in(region: sp.Set):
    """The integer of smallest size in `region`, searched among -50..50 (ℕ minus an interval, and the like)."""
    for k in sorted(range(-50, 51), key=abs):
        if region.contains(sp.Integer(k)) is sp.true:
            return sp.Integer(k)
    return None

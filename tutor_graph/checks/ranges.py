"""The range of a linear expression in variables the givens bound one at a time (interval arithmetic):
`-2 < 2a - b < 4` and `2a - b 的取值范围是 (-2, 4)` with context `1 < a < 3, 2 < b < 4`.

Why it is exact. Let L = c0 + c1·v1 + … + cn·vn after expanding (numbers ci ≠ 0: every variable occurs
once, to the first power) and let the givens say only vi ∈ Ii, one nonempty interval per variable, no
given joining two variables. Then the set of values of L is the interval c0 + c1·I1 + … + cn·In, with
    inf L = c0 + Σ inf(ci·Ii),   sup L = c0 + Σ sup(ci·Ii),
and each end belongs to the range iff every term's corresponding end does:
 1. the box I1 × … × In is connected and L is continuous, so the range is an interval (no gaps);
 2. L is a sum of functions of separate coordinates and the coordinates vary independently, so the
    infimum of the sum over the box is the sum of the termwise infima; it is attained iff each term
    attains its own (every term is ≥ its infimum, so the sums agree only if all terms do). The same
    holds for the supremum.
Outside this case the naive interval sum can be too wide (1 < a + b < 3 and -1 < a - b < 1 say more
than two boxes; in a - a² the two occurrences of a are not independent), so it is not used: one
variable may have any solution set (its affine image is exact), several must each have an interval.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks.building import PM
from tutor_graph.checks.solving import NO_REAL_SOLUTION, Undecided, breaks, holds_at, pick_point, solution_set
from tutor_graph.checks.statements import Member, RangeClaim, Relation, free_symbols
from tutor_graph.checks.truth import describe_point, show, show_set
from tutor_graph.checks.verdict import Verdict

INDEPENDENT = "各变量独立取值，区间运算精确 / the variables are bounded independently: interval arithmetic is exact"


@dataclass(frozen=True)
class Span:
    """An interval lo..hi (ends may be ±oo, then open)."""

    lo: sp.Expr
    hi: sp.Expr
    lo_open: bool
    hi_open: bool

    def scaled(self, c) -> Span:
        if c.is_positive:
            return Span(c * self.lo, c * self.hi, self.lo_open, self.hi_open)
        return Span(c * self.hi, c * self.lo, self.hi_open, self.lo_open)

    def __add__(self, other: Span) -> Span:
        return Span(self.lo + other.lo, self.hi + other.hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)

    def as_set(self) -> sp.Set:
        return sp.Interval(self.lo, self.hi, self.lo_open, self.hi_open)


def span_of(region: sp.Set) -> Span | None:
    """`region` as one interval (R, an interval, a single point), or None."""
    if region == sp.S.Reals:
        return Span(-sp.oo, sp.oo, True, True)
    if isinstance(region, sp.Interval):
        return Span(region.start, region.end, region.left_open, region.right_open)
    if isinstance(region, sp.FiniteSet) and len(region) == 1 and region.args[0].is_real:
        point = region.args[0]
        return Span(point, point, False, False)
    return None


def boxes(conditions: list) -> dict:
    """Each variable's set when every given mentions one variable only; raise Undecided otherwise."""
    per = defaultdict(list)
    for cond in conditions:
        letters = {s for s in free_symbols(cond) if s != PM}
        if len(letters) != 1:
            raise Undecided()  # a given joining two variables: they are not independent
        per[next(iter(letters))].append(cond)
    return {var: sp.Intersection(*[solution_set(c, var) for c in conds]) for var, conds in per.items()}


def value_range(expr, sets: dict):
    """(the exact set of values of `expr`, a function value -> a point giving it or None); Undecided if
    `expr` is not linear with numeric coefficients or a variable's set is not an interval."""
    expr = sp.expand(expr)
    letters = sorted(expr.free_symbols, key=lambda s: s.name)
    if not letters:
        return sp.FiniteSet(expr), lambda value: {}
    try:
        poly = sp.Poly(expr, *letters)
    except sp.PolynomialError:
        raise Undecided() from None
    if poly.total_degree() != 1 or not all(c.is_number and c.is_real for c in poly.coeffs()):
        raise Undecided()
    c0 = poly.coeff_monomial(1)
    terms = [(v, poly.coeff_monomial(v), sets.get(v, sp.S.Reals)) for v in letters]
    if len(terms) == 1 and span_of(terms[0][2]) is None:  # one variable: the affine image of any set
        v, c, region = terms[0]
        image = sp.imageset(sp.Lambda(v, c0 + c * v), region)
        if image.has(sp.ImageSet):
            raise Undecided()
        return image, lambda value: {v: (value - c0) / c}
    spans = [span_of(region) for _, _, region in terms]
    if any(s is None for s in spans):
        raise Undecided()
    scaled = [s.scaled(c) for s, (_, c, _) in zip(spans, terms, strict=True) if s is not None]  # none is (above)
    total = Span(c0, c0, False, False)
    for s in scaled:
        total = total + s
    return total.as_set(), lambda value: _point_with(value - c0, [v for v, _, _ in terms],
                                                     [c for _, c, _ in terms], scaled)


def _point_with(target, letters: list, coefficients: list, scaled: list[Span]) -> dict | None:
    """Values of the variables, each in its own interval, with Σ ci·vi = target (target in the sum of the
    intervals): choose the terms one at a time inside what the remaining terms can still make up."""
    point, remaining = {}, target
    for k, (v, c) in enumerate(zip(letters, coefficients, strict=True)):
        rest = Span(sp.Integer(0), sp.Integer(0), False, False)
        for s in scaled[k + 1:]:
            rest = rest + s
        window = sp.Interval(remaining - rest.hi, remaining - rest.lo, rest.hi_open, rest.lo_open)
        term = pick_point(sp.Intersection(scaled[k].as_set(), window))
        if term is None:
            return None
        point[v] = term / c
        remaining -= term
    return point


def _links(claim) -> list[tuple]:
    """(expression, set of the values it must take) for each part of the claim: `lo < L < hi` is
    L - lo > 0 and L - hi < 0; `L ∈ S` is L in S."""
    t = sp.Dummy("t", real=True)
    if isinstance(claim, Member) and not claim.domain.free_symbols:
        wanted = claim.domain if not claim.negated else sp.Complement(sp.S.Reals, claim.domain)
        return [(claim.element, sp.Intersection(wanted, sp.S.Reals))]
    if not isinstance(claim, Relation) or not all(isinstance(p, sp.Expr) for p in claim.parts):
        raise Undecided()
    links = []
    for link in claim.links():
        lhs, rhs = link.parts
        if link.ops[0] == "~=":
            raise Undecided()
        links.append((sp.Add(lhs, -rhs), solution_set(Relation((t, sp.Integer(0)), link.ops), t)))
    return links


def interval_verdict(conditions: list, claim, roles: tuple):
    """`-2 < 2a - b < 4` under `1 < a < 3, 2 < b < 4`: every allowed point satisfies the claim iff each
    link's expression has its whole range inside the values the link allows -> (status, reason, example)."""
    sets = boxes(conditions)
    if any(region == sp.S.EmptySet for region in sets.values()):
        return "unknown", NO_REAL_SOLUTION, None
    for expr, wanted in _links(claim):
        if not {s for s in expr.free_symbols} <= set(sets):
            raise Undecided()  # a variable without a given: left to the other methods
        values, point_for = value_range(expr, sets)
        missing = sp.Complement(values, wanted)
        if missing == sp.S.EmptySet:
            continue
        value = pick_point(missing)
        point = point_for(value) if value is not None else None
        if point and all(holds_at(c, point) is True for c in conditions) and holds_at(claim, point) is False:
            return "refuted", "在满足条件的点处不成立 / fails at a point allowed by the givens", breaks(point, roles)
        raise Undecided()
    parts = [p for p in getattr(claim, "parts", ()) if getattr(p, "free_symbols", None)]
    subject = parts[0] if len(parts) == 1 else getattr(claim, "element", None)
    if subject is None:
        return "verified", f"每个关系在已知范围内成立 / every link holds on the allowed box ({INDEPENDENT})", None
    values = value_range(subject, sets)[0]
    return "verified", f"{sp.sstr(subject)} 的取值范围是 {show_set(values)} / {sp.sstr(subject)} ranges over " \
                       f"{show_set(values)} ({INDEPENDENT})", None


def range_verdict(claim: RangeClaim, conditions: list) -> Verdict:
    """`E 的取值范围是 S`: the set of values E takes under the givens is exactly S."""
    name = sp.sstr(claim.expr)
    stated = claim.values
    if stated.free_symbols:
        return Verdict.unknown("所给范围含未知字母 / the stated range has unknown letters")
    try:
        sets = boxes(conditions)
        if any(region == sp.S.EmptySet for region in sets.values()):
            return Verdict.unknown(NO_REAL_SOLUTION)
        values, point_for = value_range(claim.expr, sets)
    except (Undecided, NotImplementedError, ValueError, TypeError):
        return Verdict.unknown("取值范围只对各变量由已知分别限定的一次式判定 / a range is decided only for a linear "
                               "expression in variables that the givens bound one at a time")
    extra, short = sp.Complement(values, stated), sp.Complement(stated, values)
    if extra == sp.S.EmptySet and short == sp.S.EmptySet:
        return Verdict("verified", f"{name} 的取值范围恰为 {show_set(values)} / the range of {name} is exactly "
                                   f"{show_set(values)} ({INDEPENDENT})")
    value = pick_point(extra) if extra != sp.S.EmptySet else None
    point = point_for(value) if value is not None else None
    if point is not None and all(holds_at(c, point) is True for c in conditions) and \
            stated.contains(value) is sp.false and values.contains(value) is sp.true:
        where = describe_point(point)
        return Verdict("refuted", "所给范围漏掉了取得到的值 / the stated range leaves out values the expression takes",
                       f"{where} 时 {name} = {show(value)}，不在所给范围内 (at {where}, {name} = {show(value)} lies "
                       f"outside the stated range)")
    value = pick_point(short) if short != sp.S.EmptySet else None
    if value is not None and values.contains(value) is sp.false and stated.contains(value) is sp.true:
        return Verdict("refuted", "所给范围含有取不到的值 / the stated range holds values the expression never takes",
                       f"{name} 取不到 {show(value)}：它的取值范围是 {show_set(values)} ({name} never equals "
                       f"{show(value)}: its range is {show_set(values)})")
    return Verdict.unknown("无法比较两个范围 / could not compare the two ranges")

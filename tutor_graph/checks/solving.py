"""Checking a statement under conditions: "every real assignment satisfying the givens satisfies the claim".

Two exact methods: for one variable, compare solution sets (SymPy `solveset` over the reals: the
givens' set must lie inside the claim's); for several variables, enumerate the finitely many
solutions of the given equations and test the claim at each. A point that breaks the claim is
re-checked exactly before it is reported.
"""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks.statements import AllOf, AnyOf, Bare, Member, Relation, free_symbols
from tutor_graph.checks.truth import approximately, compare_constants, describe_point, value_at

_SOLVE_SETS = {"=": sp.Eq, "<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge}


class Undecided(Exception):
    """The method does not apply or SymPy could not settle it."""


def holds_at(stmt, point: dict) -> bool | None:
    """Whether `stmt` is true at `point` (exact), None where undefined or undecidable."""
    if isinstance(stmt, Relation):
        results = []
        for link in stmt.links():
            left, right = value_at(link.parts[0], point), value_at(link.parts[1], point)
            if left is None or right is None:
                return None
            op = link.ops[0]
            results.append(approximately(left, right, True)[0] if op == "~=" else compare_constants(left, op, right))
        if False in results:
            return False
        return None if None in results else True
    if isinstance(stmt, Member):
        element = value_at(stmt.element, point)
        if element is None:
            return None
        contained = stmt.domain.xreplace(point).contains(element)
        if contained not in (sp.true, sp.false):
            return None
        return bool(contained) != stmt.negated
    if isinstance(stmt, AnyOf | AllOf):
        results = [holds_at(s, point) for s in stmt.items]
        if isinstance(stmt, AnyOf):
            return True if True in results else (None if None in results else False)
        return False if False in results else (None if None in results else True)
    return None


def solution_set(stmt, var) -> sp.Set:
    """The real solution set of `stmt` in one variable, or raise Undecided."""
    if isinstance(stmt, Relation):
        result = sp.S.Reals
        for link in stmt.links():
            lhs, rhs = link.parts
            op = link.ops[0]
            if isinstance(lhs, sp.Set) or isinstance(rhs, sp.Set) or op == "~=":
                raise Undecided()
            if op == "!=":
                part = sp.Complement(sp.S.Reals, _solveset(sp.Eq(lhs, rhs), var))
            else:
                part = _solveset(_SOLVE_SETS[op](lhs, rhs), var)
            result = sp.Intersection(result, part)
        return result
    if isinstance(stmt, AnyOf):
        return sp.Union(*[solution_set(s, var) for s in stmt.items])
    if isinstance(stmt, AllOf):
        return sp.Intersection(*[solution_set(s, var) for s in stmt.items])
    if isinstance(stmt, Member) and stmt.element == var:
        domain = stmt.domain
        if isinstance(domain, sp.ConditionSet):
            domain = boolean_set(domain.condition.xreplace({domain.sym: var}), var)
        inside = sp.Intersection(domain, sp.S.Reals)
        return sp.Complement(sp.S.Reals, inside) if stmt.negated else inside
    if isinstance(stmt, Bare) and isinstance(stmt.expr, sp.Set):
        return stmt.expr
    raise Undecided()


def boolean_set(condition, var) -> sp.Set:
    """The real solution set of a SymPy boolean (And / Or / Not of relationals) in one variable."""
    if isinstance(condition, sp.And):
        return sp.Intersection(*[boolean_set(c, var) for c in condition.args])
    if isinstance(condition, sp.Or):
        return sp.Union(*[boolean_set(c, var) for c in condition.args])
    if isinstance(condition, sp.Not):
        return sp.Complement(sp.S.Reals, boolean_set(condition.args[0], var))
    return _solveset(condition, var)


def _solveset(relation, var) -> sp.Set:
    if relation in (sp.true, sp.false):
        return sp.S.Reals if relation == sp.true else sp.S.EmptySet
    try:
        result = sp.solveset(relation, var, sp.S.Reals)
    except (NotImplementedError, ValueError, TypeError):
        raise Undecided() from None
    if result.has(sp.ConditionSet):
        raise Undecided()
    return result


def pick_point(region: sp.Set):
    """A concrete member of a non-empty set (an element, an interval's midpoint), or None."""
    if isinstance(region, sp.FiniteSet):
        return next(iter(sorted(region, key=sp.default_sort_key)), None)
    if isinstance(region, sp.Interval):
        lo, hi = region.start, region.end
        if lo.is_finite and hi.is_finite:
            return (lo + hi) / 2 if lo != hi else lo
        if lo.is_finite:
            return lo + 1
        if hi.is_finite:
            return hi - 1
        return sp.Integer(0)
    if isinstance(region, sp.Union):
        for part in region.args:
            point = pick_point(part)
            if point is not None:
                return point
    if region == sp.S.Reals:
        return sp.Integer(0)
    return None


def subset_verdict(conditions: list, claim, var) -> tuple[str, str, str | None]:
    """One variable: is every solution of `conditions` a solution of `claim`? -> (status, reason, example)."""
    given = sp.S.Reals
    for cond in conditions:
        given = sp.Intersection(given, solution_set(cond, var))
    wanted = solution_set(claim, var)
    if given == sp.S.EmptySet:
        return "unknown", "the givens have no real solution / 已知条件无实数解", None
    missing = sp.Complement(given, wanted)
    if missing == sp.S.EmptySet:
        return "verified", _describe_sets(given, wanted, var), None
    if missing.has(sp.Complement, sp.ImageSet):
        raise Undecided()
    point = pick_point(missing)
    if point is not None:
        at = {var: point}
        if all(holds_at(c, at) is True for c in conditions) and holds_at(claim, at) is False:
            where = describe_point(at)
            return ("refuted", "the claim fails at a point allowed by the givens / 结论在满足条件的点处不成立",
                    f"{where} 满足已知条件，但不满足结论 ({where} satisfies the givens but not the claim)")
    raise Undecided()


def _describe_sets(given, wanted, var) -> str:
    if given == sp.S.Reals:
        return f"holds for every real {var} / 对一切实数 {var} 成立"
    return (f"every {var} in {sp.sstr(given)} satisfies it / 满足条件的 {var} ∈ {sp.sstr(given)} 都使结论成立")


def enumerate_verdict(conditions: list, claim) -> tuple[str, str, str | None]:
    """Several variables: solve the given equations (finitely many real solutions) and test the claim."""
    equations = [c for c in conditions if isinstance(c, Relation) and set(c.ops) == {"="}]
    others = [c for c in conditions if c not in equations]
    variables = sorted(set().union(*[free_symbols(c) for c in conditions]) | free_symbols(claim),
                       key=lambda s: s.name)
    eqs = [sp.Eq(link.parts[0], link.parts[1]) for c in equations for link in c.links()]
    if not eqs:
        raise Undecided()
    try:
        solutions = sp.solve(eqs, variables, dict=True)
    except (NotImplementedError, ValueError, TypeError):
        raise Undecided() from None
    points = []
    for sol in solutions:
        if set(sol) != set(variables) and free_symbols(claim) - set(sol):
            raise Undecided()  # a family of solutions: not a finite check
        if any(v.free_symbols or (v.is_real is False) for v in sol.values()):
            continue
        if all(holds_at(c, sol) is True for c in others):
            points.append(sol)
        elif any(holds_at(c, sol) is None for c in others):
            raise Undecided()
    for point in points:
        result = holds_at(claim, point)
        if result is False:
            where = describe_point(point)
            return ("refuted", "a solution of the givens breaks the claim / 已知条件的一个解使结论不成立",
                    f"{where} 满足已知条件，但不满足结论 ({where} satisfies the givens but not the claim)")
        if result is None:
            raise Undecided()
    if not points:  # vacuously true; saying "verified" would hide a mistake such as x^2 = -1 => x = 1
        return "unknown", "the givens have no real solution / 已知条件无实数解", None
    listed = "; ".join(describe_point(p) for p in points)
    return "verified", f"holds at every solution of the givens: {listed} / 在已知条件的每个解处成立", None

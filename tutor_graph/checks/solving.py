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

NO_REAL_SOLUTION = "已知条件无实数解 / the givens have no real solution"
GIVENS = ("已知条件", "结论", "the givens", "the claim")
FORWARD = ("前提", "结论", "the premise", "the conclusion")
BACKWARD = ("结论", "前提", "the conclusion", "the premise")
MAX_BRANCH_DEGREE = 2
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
            if op == "!=":  # where both sides are defined and differ: 1/x ≠ 0 does not hold at x = 0
                try:
                    defined = sp.Intersection(*[sp.calculus.util.continuous_domain(side, var, sp.S.Reals)
                                                for side in (lhs, rhs)])
                except (NotImplementedError, ValueError, TypeError):
                    raise Undecided() from None
                part = sp.Complement(defined, _solveset(sp.Eq(lhs, rhs), var))
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


def breaks(point: dict, roles: tuple = GIVENS) -> str:
    """The counterexample sentence: where the first role holds and the second fails."""
    where = describe_point(point)
    return f"{where} 满足{roles[0]}，但不满足{roles[1]} ({where} satisfies {roles[2]} but not {roles[3]})"


def subset_verdict(conditions: list, claim, var, roles: tuple = GIVENS) -> tuple[str, str, str | None]:
    """One variable: is every solution of `conditions` a solution of `claim`? -> (status, reason, example)."""
    given = sp.S.Reals
    for cond in conditions:
        given = sp.Intersection(given, solution_set(cond, var))
    wanted = solution_set(claim, var)
    if given == sp.S.EmptySet:
        return "unknown", NO_REAL_SOLUTION, None
    missing = sp.Complement(given, wanted)
    if missing == sp.S.EmptySet:
        return "verified", _describe_sets(given, wanted, var), None
    if missing.has(sp.Complement, sp.ImageSet):
        raise Undecided()
    point = pick_point(missing)
    if point is not None:
        at = {var: point}
        if all(holds_at(c, at) is True for c in conditions) and holds_at(claim, at) is False:
            return ("refuted", "结论在满足条件的点处不成立 / the claim fails at a point allowed by the givens",
                    breaks(at, roles))
    raise Undecided()


def _describe_sets(given, wanted, var) -> str:
    if given == sp.S.Reals:
        return f"对一切实数 {var} 成立 / holds for every real {var}"
    return (f"满足条件的 {var} ∈ {sp.sstr(given)} 都使结论成立 / every {var} in {sp.sstr(given)} satisfies it")


def enumerate_verdict(conditions: list, claim, roles: tuple = GIVENS) -> tuple[str, str, str | None]:
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
        if any(v.free_symbols for v in sol.values()):
            raise Undecided()  # a family of solutions: left to branch_verdict
        if any(v.is_real is False for v in sol.values()):
            continue
        if all(holds_at(c, sol) is True for c in others):
            points.append(sol)
        elif any(holds_at(c, sol) is None for c in others):
            raise Undecided()
    for point in points:
        result = holds_at(claim, point)
        if result is False:
            return ("refuted", "已知条件的一个解使结论不成立 / a solution of the givens breaks the claim",
                    breaks(point, roles))
        if result is None:
            raise Undecided()
    if not points:  # vacuously true; saying "verified" would hide a mistake such as x^2 = -1 => x = 1
        return "unknown", NO_REAL_SOLUTION, None
    listed = "; ".join(describe_point(p) for p in points)
    return "verified", f"在已知条件的每个解处成立 / holds at every solution of the givens: {listed}", None


def branch_verdict(conditions: list, claim, roles: tuple = GIVENS, integer: bool = False):
    """Several variables, infinitely many solutions (`x + y = 5 ⇒ y = 5 - x`): solve one given equation
    for one variable (complete only when its leading coefficient is a nonzero number and its degree is
    at most 2), substitute each branch, and require the claim to hold identically on every branch.
    """
    from tutor_graph.checks.statements import map_exprs
    from tutor_graph.checks.truth import counterexample_point, is_zero

    equations = [c for c in conditions if isinstance(c, Relation) and c.ops == ("=",)]
    for eq in equations:
        difference = sp.Add(eq.parts[0], -eq.parts[1])
        for var in sorted(difference.free_symbols, key=lambda s: s.name):
            branches = _complete_branches(difference, var)
            if branches is None:
                continue
            rest = [c for c in conditions if c is not eq]
            verified = True
            for branch in branches:
                sub = {var: branch}
                claim_b = map_exprs(claim, lambda e, sub=sub: e.xreplace(sub) if isinstance(e, sp.Basic) else e)
                rest_b = [map_exprs(c, lambda e, sub=sub: e.xreplace(sub) if isinstance(e, sp.Basic) else e)
                          for c in rest]
                if any(isinstance(c, Relation) and c.ops == ("=",) for c in rest_b):
                    raise Undecided()  # more equations: leave systems to enumerate_verdict
                if not (isinstance(claim_b, Relation) and len(claim_b.ops) == 1 and claim_b.ops[0] == "="):
                    raise Undecided()
                lhs, rhs = claim_b.parts
                if is_zero(sp.Add(lhs, -rhs)):
                    continue
                verified = False
                others = set().union(*[free_symbols(c) for c in rest_b], free_symbols(claim_b))
                point = counterexample_point(lhs, "=", rhs, others,
                                             allowed=lambda p, rest_b=rest_b: all(holds_at(c, p) for c in rest_b),
                                             integer=integer)
                if point is not None:
                    full = dict(point)
                    full[var] = branch.xreplace(point)
                    if all(holds_at(c, full) is True for c in conditions) and holds_at(claim, full) is False:
                        return ("refuted", "已知条件的一个解使结论不成立 / a solution of the givens breaks the claim",
                                breaks(full, roles))
            if verified:
                return ("verified", "在已知条件的每个解支上恒成立 / holds on every solution branch of the givens "
                                    f"(solving for {var})", None)
            raise Undecided()
    raise Undecided()


def _complete_branches(difference, var):
    """All solutions of difference = 0 for `var`, when SymPy's list is provably complete; else None."""
    try:
        poly = sp.Poly(difference, var)
    except sp.PolynomialError:
        return None
    if not 1 <= poly.degree() <= MAX_BRANCH_DEGREE or not poly.LC().is_number or poly.LC() == 0:
        return None
    try:
        return [b for b in sp.solve(difference, var) if b.is_real is not False]
    except (NotImplementedError, ValueError, TypeError):
        return None


def sign_verdict(conditions: list, claim, roles: tuple = GIVENS):
    """Inequalities and equalities whose givens only order variables and 0 (`a > 0, b > 0`, `a > b > 0`):
    each variable is written as its lower neighbour plus a positive increment (a = b + t, b = s with
    s, t > 0), which covers at least every allowed point. For an inequality SymPy's assumption system
    must prove the difference of the claim's sides of the right sign; for an equality (`ln(MN) = ln M +
    ln N` with M, N > 0) the difference must simplify to 0 exactly. Refuted only by a sample point that
    satisfies every given and breaks the claim, re-checked exactly.
    """
    from tutor_graph.checks.truth import counterexample_point, is_zero

    facts = []
    for cond in conditions:
        if not isinstance(cond, Relation):
            raise Undecided()
        for link in cond.links():
            (left, right), op = link.parts, link.ops[0]
            if op in ("<", "<="):
                left, right, op = right, left, {"<": ">", "<=": ">="}[op]
            if op not in (">", ">=") or not all(isinstance(v, sp.Symbol) or v == 0 for v in (left, right)):
                raise Undecided()
            facts.append((left, right, op == ">"))
    if not (isinstance(claim, Relation) and len(claim.ops) == 1 and claim.ops[0] in ("=", "<", "<=", ">", ">=")
            and all(isinstance(part, sp.Expr) for part in claim.parts)):
        raise Undecided()
    lhs, rhs = claim.parts
    op = claim.ops[0]
    difference = sp.Add(lhs, -rhs) if op in ("=", ">", ">=") else sp.Add(rhs, -lhs)
    substitution = _increments(facts)
    if op == "=":
        if is_zero(difference.xreplace(substitution)):
            return "verified", "在已知的符号条件下恒等 / an identity for every value the sign conditions allow", None
        allowed = lambda p: all(holds_at(c, p) is True for c in conditions)  # noqa: E731
        point = counterexample_point(lhs, op, rhs, free_symbols(claim), allowed=allowed)
        if point is not None:
            return "refuted", "在满足条件的点处不成立 / fails at a point allowed by the givens", breaks(point, roles)
        raise Undecided()
    squares = {t: sp.Symbol(t.name + "_r", positive=True) ** 2 for t in substitution.values()
               for t in t.free_symbols if t.is_positive}
    for candidate in _nonnegativity_forms(difference.xreplace(substitution), squares):
        proven = candidate.is_positive if op in (">", "<") else candidate.is_nonnegative
        if proven:
            return "verified", "两边之差符号可证 / the difference of the two sides is provably of the right sign", None
    point = counterexample_point(lhs, op, rhs, free_symbols(claim),
                                 allowed=lambda p: all(holds_at(c, p) is True for c in conditions))
    if point is not None:
        return "refuted", "在满足条件的点处不成立 / fails at a point allowed by the givens", breaks(point, roles)
    raise Undecided()


def _increments(facts: list) -> dict:
    """Write ordered variables as sums of positive increments: b > 0 -> b = t_b; a > b -> a = t_b + t_a."""
    expressed = {sp.Integer(0): sp.Integer(0)}
    substitution = {}
    changed = True
    while changed:
        changed = False
        for greater, lesser, strict in facts:
            if lesser in expressed and greater not in expressed and isinstance(greater, sp.Symbol):
                step = sp.Symbol(f"{greater.name}_t", positive=True) if strict else sp.Symbol(
                    f"{greater.name}_t", nonnegative=True)
                expressed[greater] = expressed[lesser] + step
                substitution[greater] = expressed[greater]
                changed = True
    return substitution


def _nonnegativity_forms(difference, squares: dict):
    """The difference, simplified and factored, also with positive increments written as squares."""
    yield difference
    yield sp.factor(sp.simplify(difference))
    if squares:
        yield sp.factor(sp.simplify(difference.xreplace(squares)))

"""Deciding one relation without givens: constants, identities on a positive domain, indefinite
integrals, equal sets. Used by the step checker (`checking.py`); every function here is exact.
"""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks.parsing import ParseError, as_set
from tutor_graph.checks.truth import approximately, compare_constants, counterexample, evaluate, is_zero, show
from tutor_graph.checks.verdict import Verdict


def zero_on_positive_domain(lhs, rhs, var) -> bool:
    """`ln(x^2) = 2 ln x`: where both sides are defined only for x > 0, prove it for a positive x."""
    try:
        domain = sp.Intersection(*[sp.calculus.util.continuous_domain(side, var, sp.S.Reals)
                                   for side in (lhs, rhs)])
    except (NotImplementedError, ValueError, TypeError):
        return False
    if domain == sp.S.EmptySet or not domain.is_subset(sp.Interval.open(0, sp.oo)):
        return False
    positive = sp.Symbol(var.name, positive=True)
    return bool(is_zero(sp.Add(lhs, -rhs).xreplace({var: positive})))


def equation_shaped(lhs, rhs) -> bool:
    """`2x + 3 = 7`, `x = 2`, `f'(x) = 0`: a condition on x rather than a claimed identity."""
    left: set = getattr(lhs, "free_symbols", set())
    right: set = getattr(rhs, "free_symbols", set())
    if not left or not right:
        return True
    return (isinstance(lhs, sp.Symbol) and lhs not in right) or (isinstance(rhs, sp.Symbol) and rhs not in left)


def arithmetic(lhs, op: str, rhs, decimals: frozenset = frozenset()) -> Verdict:
    """Decide a relation between two constants exactly (approximations to the stated precision)."""
    if op == "~=":
        ok, tolerance = approximately(lhs, rhs, True, decimals)
        if ok is None:
            return Verdict.unknown(tolerance or "无法比较 / cannot compare")
        if ok:
            return Verdict("verified", f"在 {tolerance} 误差内近似相等 / approximately equal within {tolerance}")
        return Verdict("refuted", f"误差超过 {tolerance} / differs by more than {tolerance}", sides(lhs, rhs))
    result = compare_constants(lhs, op, rhs)
    if result is True:
        return Verdict("verified", f"精确成立 / exact: {show(lhs)} {op} {show(rhs)}")
    if result is False and op == "=":
        ok, tolerance = approximately(lhs, rhs, False, decimals)
        if ok:
            return Verdict("verified", f"在所给精度内相等 / equal to the stated precision (±{tolerance})")
    if result is False:
        return Verdict("refuted", "两边不相等 / the two sides differ" if op == "=" else
                       f"关系 {op} 不成立 / the relation {op} does not hold", sides(lhs, rhs))
    return Verdict.unknown("无法精确判定 / could not decide exactly")


def sides(lhs, rhs) -> str:
    left, right = show(sp.simplify(evaluate(lhs))), show(sp.simplify(evaluate(rhs)))
    return f"左边 = {left}，右边 = {right} (the left side is {left}, the right side is {right})"


def indefinite(lhs, rhs) -> Verdict | None:
    """`∫ f dx = F + C` is checked by differentiating: F' must equal f."""
    for side, other in ((lhs, rhs), (rhs, lhs)):
        if isinstance(side, sp.Integral) and len(side.limits) == 1 and len(side.limits[0]) == 1:
            var = side.limits[0][0]
            derivative = sp.diff(other, var)
            if is_zero(sp.Add(derivative, -side.function)):
                return Verdict("verified", "右边求导等于被积函数 / differentiating the right side gives the integrand")
            example = counterexample(derivative, "=", side.function, {var})
            if example:
                return Verdict("refuted", "求导后不等于被积函数 / its derivative is not the integrand",
                               f"(F)' vs integrand: {example}")
            return Verdict.unknown("无法确认原函数 / could not confirm the antiderivative")
    return None


def sets_relation(lhs, op: str, rhs) -> Verdict:
    """Equality of two sets or intervals (a pair `(a, b)` next to a set reads as an open interval)."""
    if op != "=":
        return Verdict.unknown("集合之间只检验相等 / only equality between sets is checked")
    try:
        # set-builder parts solved first: `M ∩ N = {x | -2 < x < 2}` compares intervals, not condition sets
        left, right = explicit_set(as_set(lhs)), explicit_set(as_set(rhs))
    except ParseError:
        return Verdict.unknown("无法作为集合比较 / cannot compare these as sets")
    if left.free_symbols or right.free_symbols:
        return Verdict.unknown("含未知数的集合不比较 / sets with unknowns are not compared")
    one, two = sp.Complement(left, right), sp.Complement(right, left)
    if one == sp.S.EmptySet and two == sp.S.EmptySet:
        return Verdict("verified", "两集合相等 / the two sets are equal")
    from tutor_graph.checks.solving import pick_point

    for extra, where in ((one, "left"), (two, "right")):
        if extra != sp.S.EmptySet and not extra.has(sp.Complement):
            point = pick_point(extra)
            if point is not None and left.contains(point) != right.contains(point):
                return Verdict("refuted", "两集合不相等 / the sets differ",
                               f"{show(point)} 只属于{'左' if where == 'left' else '右'}边的集合 "
                               f"({show(point)} lies only in the {where} set)")
    return Verdict.unknown("无法比较两集合 / could not compare the sets")


def explicit_set(value) -> sp.Set:
    """A set with its set-builder parts solved: `{x | x^2 < 4}` -> (-2, 2) (left as it is where SymPy cannot)."""
    from tutor_graph.checks.solving import Undecided, boolean_set

    if isinstance(value, sp.ConditionSet):
        try:
            return sp.Intersection(boolean_set(value.condition, value.sym), value.base_set)
        except Undecided:
            return value
    if isinstance(value, sp.Union | sp.Intersection | sp.Complement):
        return value.func(*[explicit_set(a) for a in value.args])
    return value


_NUMBER_SETS = (sp.Interval, sp.Range, *(type(s) for s in (sp.S.Reals, sp.S.Integers, sp.S.Naturals, sp.S.Naturals0,
                                                         sp.S.Rationals)))


def real_set(value) -> bool:
    """Whether `value` is a set of real numbers by its shape (intervals, number sets, finite sets of real
    expressions and their unions, intersections and differences): only those are compared as subsets."""
    if value == sp.S.EmptySet or isinstance(value, _NUMBER_SETS):
        return True
    if isinstance(value, sp.FiniteSet):
        return all(isinstance(e, sp.Expr) and e.is_real for e in value.args)
    if isinstance(value, sp.Union | sp.Intersection):
        return all(real_set(a) for a in value.args)
    if isinstance(value, sp.Complement):
        return real_set(value.args[0])
    return False


def _subset(left, right):
    """True (left ⊆ right), an element of left outside right (a witness), or None (undecided)."""
    from tutor_graph.checks.quantified import member

    extra = sp.Complement(left, right)
    if extra == sp.S.EmptySet:
        return True
    if left.is_subset(right) is True:
        return True
    if not extra.has(sp.Complement):
        point = member(extra, left)
        if point is not None and right.contains(point) is sp.false:
            return point
    for point in _PROBES:  # ℤ ⊆ ℕ, ℝ ⊆ ℚ: SymPy leaves the difference unevaluated; a probe decides it exactly
        if left.contains(point) is sp.true and right.contains(point) is sp.false:
            return point
    return None


_PROBES = (*(sp.Integer(k) for k in (0, 1, -1, 2, -2, 3)), sp.Rational(1, 2), sp.sqrt(2), sp.sqrt(2) / 2, sp.pi)


_AMBIGUOUS = ("两集合相等：⊂ 读作 ⊆ 时成立、读作 ⊊ 时不成立，请写 ⊆ 或 ⫋ / the sets are equal: true if ⊂ means ⊆, false "
              "if it means ⊊ (the textbooks differ); write ⊆ or ⫋")


def inclusion_verdict(left, op: str, right) -> Verdict:
    """`A ⊆ B`, `A ⊊ B`, `A ⊂ B` (⊆ or ⊊: decided only where both readings agree), `A ⊈ B`, `A ⊄ B`, between
    sets of numbers without unknowns (intervals, listed sets, ℕ ℤ ℚ ℝ, solved set-builders)."""
    if not (real_set(left) and real_set(right)):
        return Verdict.unknown("只比较实数集合 / only sets of real numbers are compared")
    sub = _subset(left, right)
    if sub is None:
        return Verdict.unknown("无法判定包含关系 / could not decide the inclusion")
    outside = None if sub is True else (f"{show(sub)} ∈ 左边的集合，但不属于右边的集合 "
                                         f"({show(sub)} lies in the left set but not in the right one)")
    if op in ("sube", "nsube"):
        holds = sub is True
        if holds == (op == "sube"):
            return Verdict("verified", "包含关系成立 / the inclusion holds" if holds else
                           "不是子集 / not a subset: " + str(outside))
        return Verdict("refuted", "不是子集 / not a subset" if not holds else "是子集 / it is a subset",
                       outside or "左边的每个元素都属于右边 (every element of the left set lies in the right one)")
    if sub is not True:  # ⊊, ⊂ are false and ⊄ true under every reading
        if op == "nsub":
            return Verdict("verified", "不是子集 / not a subset: " + str(outside))
        return Verdict("refuted", "不是子集 / not a subset", outside)
    back = _subset(right, left)
    if back is None:
        return Verdict.unknown("无法判定是否为真子集 / could not decide whether the subset is proper")
    if back is True:  # equal sets
        if op == "subne":
            return Verdict("refuted", "两集合相等，不是真子集 / the sets are equal: not a proper subset",
                           "两集合相等 (the two sets are equal)")
        return Verdict.unknown(_AMBIGUOUS)
    proper = (f"真子集：{show(back)} 只属于右边的集合 / a proper subset: {show(back)} lies only in the right set")
    if op == "nsub":
        return Verdict("refuted", "是真子集 / it is a proper subset", proper)
    return Verdict("verified", proper)

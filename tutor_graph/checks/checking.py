"""Step checking: the decision logic (runs in the worker); `check_step`, the bounded call, is in calls.py.

The meaning of a claim under a context: "every real assignment that satisfies the givens satisfies
the claim". Identities are checked for all values, `A ⇒ B` with A added to the givens, `A ⇔ B` and
`A 的解为 B` in both directions. See CLAIMS.md for the forms understood.
"""

from __future__ import annotations

from typing import cast

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.checks.calls import check_step  # noqa: F401 - re-exported: the bounded call
from tutor_graph.checks.givens import Givens, read_context
from tutor_graph.checks.parametric import bounds, parametric_verdict
from tutor_graph.checks.parsing import PM, ParseError, TooLarge, as_set, freeze, parse_claim, symbol
from tutor_graph.checks.quantified import quantified_verdict
from tutor_graph.checks.ranges import interval_verdict, range_verdict
from tutor_graph.checks.relations import (
    arithmetic,
    equation_shaped,
    explicit_set,
    inclusion_verdict,
    indefinite,
    real_set,
    sets_relation,
    zero_on_positive_domain,
)
from tutor_graph.checks.solving import (
    BACKWARD,
    FORWARD,
    GIVENS,
    NO_REAL_SOLUTION,
    Undecided,
    branch_verdict,
    breaks,
    enumerate_verdict,
    holds_at,
    pick_point,
    sign_verdict,
    solution_set,
    subset_verdict,
)
from tutor_graph.checks.statements import (
    AllOf,
    AnyOf,
    Argument,
    Bare,
    Inclusion,
    Member,
    Quantified,
    RangeClaim,
    Relation,
    free_symbols,
    map_exprs,
)
from tutor_graph.checks.truth import counterexample, counterexample_point, is_zero, show
from tutor_graph.checks.verdict import Status, Verdict


def check_step_inline(claim: str, context: list[str] | None = None) -> dict:
    """Decide a claim in this process (no time bound: the worker calls this)."""
    return decide(claim, context).to_dict()


def decide(claim: str, context=None) -> Verdict:
    """Parse the context and the claim, then decide the claim under the givens."""
    givens = read_context(context, claim)
    try:
        stmt, decimals = parse_claim(claim, givens.callables, givens.set_items(), givens.variables)
    except TooLarge as exc:
        return Verdict.unknown(f"过大 / too large: {exc}")
    except ParseError as exc:
        return Verdict.unknown(f"无法解析结论 / cannot read the claim: {exc}")
    integer = _mentions_integers(stmt)
    named = _names_a_formula(stmt, givens)
    if named is not None:  # `e = c/a = √3/2`: the first link only names c/a; check the rest
        stmt = Relation(stmt.parts[1:], stmt.ops[1:])
    stmt = map_exprs(stmt, lambda e: _finish(givens.substitute(e)))
    givens.conditions = [map_exprs(c, _finish) for c in givens.conditions]
    verdict = _Decider(givens, integer, decimals).any(stmt)
    if named is not None and verdict.verified:
        verdict = Verdict("verified", f"{verdict.reason}（{named} 为新记号 / {named} names the expression）")
    if verdict.status == "refuted" and givens.unread and free_symbols(stmt):
        return Verdict.unknown(f"refuted only if the unread givens do not matter: {givens.unread[0]!r} / "
                               f"有无法解析的已知条件 — {verdict.counterexample}")
    if verdict.verified and givens.unread and _states_a_range(stmt):
        # `E 的取值范围是 S` says the set of values is exactly S: a given that could not be read may shrink it
        # (every other claim is an implication from the givens, so fewer givens only make it harder to verify)
        return Verdict.unknown(f"verified only if the unread givens do not matter: {givens.unread[0]!r} / "
                               "有无法解析的已知条件，无法确认取值范围恰好相等")
    return verdict


def _states_a_range(stmt) -> bool:
    if isinstance(stmt, RangeClaim):
        return True
    if isinstance(stmt, Argument):
        return any(_states_a_range(s) for s in stmt.statements)
    return isinstance(stmt, AllOf | AnyOf) and any(_states_a_range(s) for s in stmt.items)


def _finish(expr):
    """Evaluate derivatives (now that definitions are in) and turn leftover a_n, f(x) into symbols."""
    if not isinstance(expr, sp.Basic):
        return expr
    if expr.has(sp.Derivative):
        expr = expr.replace(lambda n: isinstance(n, sp.Derivative), lambda n: n.doit())
    return freeze(expr)


def _names_a_formula(stmt, givens: Givens) -> str | None:
    """The new name in `e = c/a = …` (a chain whose first part is a fresh letter equal to an expression
    built only from defined letters), else None. `x = (5-1)/2 = 2` names nothing: its right side has no
    defined letters, so it stays a claim about x."""
    if not (isinstance(stmt, Relation) and len(stmt.ops) >= 2 and stmt.ops[0] == "="):
        return None
    name, formula = stmt.parts[0], stmt.parts[1]
    if not isinstance(name, sp.Symbol) or not isinstance(formula, sp.Expr) or name in givens.values:
        return None
    letters = formula.free_symbols
    defined = set(givens.values)
    mentioned = set().union(*[free_symbols(c) for c in givens.conditions]) if givens.conditions else set()
    if letters and letters <= defined and name not in letters and name not in mentioned:
        return name.name
    return None


def _mentions_integers(stmt) -> bool:
    """Sums, products, factorials, binomials and sequence terms a_n take integer arguments."""
    found = []

    def look(expr):
        if isinstance(expr, sp.Basic) and (
            expr.has(sp.Sum, sp.Product, sp.factorial, sp.binomial, sp.FallingFactorial)
            or any(n.func.__name__.endswith("_") and n.args[0].free_symbols for n in expr.atoms(AppliedUndef))):
            found.append(True)
        return expr

    map_exprs(stmt, look)
    return bool(found)


class _Decider:
    """Decides statements under one set of givens."""

    def __init__(self, givens: Givens, integer: bool, decimals: frozenset = frozenset()):
        self.givens, self.integer, self.decimals = givens, integer, decimals

    def any(self, stmt) -> Verdict:
        if isinstance(stmt, Argument):
            return self.argument(stmt)
        if isinstance(stmt, Relation):
            return _combine([self.link(link) for link in stmt.links()], "relation")
        if isinstance(stmt, AllOf):
            return _combine([self.any(s) for s in stmt.items], "part")
        if isinstance(stmt, Bare):
            return Verdict.unknown("没有可检验的关系 / no relation to check (nothing is claimed)")
        if isinstance(stmt, Quantified):
            return quantified_verdict(stmt)
        if isinstance(stmt, Inclusion):
            return self.inclusion(stmt)
        if isinstance(stmt, RangeClaim):
            return range_verdict(stmt, self.conditions_for(stmt))
        return self.condition(stmt, self.conditions_for(stmt))

    def conditions_for(self, stmt) -> list:
        """The givens' conditions that share a variable with `stmt` (transitively)."""
        wanted = {s for s in free_symbols(stmt) if s != PM}
        chosen, pending = [], list(self.givens.conditions)
        changed = True
        while changed:
            changed = False
            for cond in list(pending):
                if free_symbols(cond) & wanted:
                    chosen.append(cond)
                    pending.remove(cond)
                    wanted |= free_symbols(cond)
                    changed = True
        return chosen

    # -- single relations ----------------------------------------------------------------------
    def link(self, rel: Relation) -> Verdict:
        lhs, rhs, op = rel.parts[0], rel.parts[1], rel.ops[0]
        if isinstance(lhs, sp.Tuple) and isinstance(rhs, sp.Tuple) and op == "=" and len(lhs) == len(rhs):
            return self.any(AllOf(tuple(Relation((a, b), ("=",)) for a, b in zip(lhs, rhs, strict=True))))
        if isinstance(lhs, sp.Set | sp.Tuple) or isinstance(rhs, sp.Set | sp.Tuple):
            return sets_relation(lhs, op, rhs)
        integral = indefinite(lhs, rhs)
        if integral is not None:
            return integral
        variables = {s for s in free_symbols(rel) if s != PM}
        if not variables:
            return arithmetic(lhs, op, rhs, self.decimals)
        conditions = self.conditions_for(rel)
        if conditions and op == "=" and is_zero(sp.Add(lhs, -rhs), cheap=True):
            # true for every value the symbols can take (`k` an integer), so under any givens
            return Verdict("verified", "恒等式：两边恒相等 / identity: both sides are equal for every value")
        if conditions:
            return self.condition(rel, conditions)
        return self.identity(lhs, op, rhs, variables)

    def identity(self, lhs, op, rhs, variables) -> Verdict:
        shaped = equation_shaped(lhs, rhs)
        identity = Verdict("verified", "恒等式：两边恒相等 / identity: both sides are equal for every value")
        if op == "=" and is_zero(sp.Add(lhs, -rhs), cheap=True):
            return identity
        if op == "=" and not shaped:  # a false identity is refuted before the slow simplifiers run
            example = counterexample(lhs, op, rhs, variables, integer=self.integer)
            if example:
                return Verdict("refuted", "并非对所有取值成立 / not true for all values", example)
        if op == "=" and is_zero(sp.Add(lhs, -rhs)):
            return identity
        if op == "=" and len(variables) == 1 and zero_on_positive_domain(lhs, rhs, next(iter(variables))):
            return Verdict("verified", "在公共定义域上恒成立 / identity on the common domain (x > 0)")
        if op != "=" and len(variables) == 1:
            verdict = self.inequality_for_all(Relation((lhs, rhs), (op,)), next(iter(variables)), shaped)
            if verdict is not None:
                return verdict
        if op in ("<", "<=", ">", ">=") and len(variables) > 1:
            try:
                status, reason, example = sign_verdict([], Relation((lhs, rhs), (op,)))
                return Verdict(status, reason, example)
            except Undecided:
                pass
        if shaped:
            if op == "=" and len(variables) == 1:
                try:
                    if solution_set(Relation((lhs, rhs), (op,)), next(iter(variables))) == sp.S.EmptySet:
                        return Verdict("refuted", "没有实数使其成立 / no real value satisfies it",
                                       "方程无实数解 (the equation has no real solution)")
                except Undecided:
                    pass
            return Verdict.unknown(
                "这是方程或条件而非恒等式，请在已知中给出来源或写成 A ⇒ B / an equation or condition (true only "
                "for some values), not an identity; give the equation it comes from as context, or write `A ⇒ B`")
        example = counterexample(lhs, op, rhs, variables, integer=self.integer)
        if example:
            return Verdict("refuted", "并非对所有取值成立 / not true for all values", example)
        return Verdict.unknown("抽样检验一致，但未能严格证明 / "
                               "agrees at every sample point but could not be proven exactly")

    def inequality_for_all(self, rel: Relation, var, shaped: bool) -> Verdict | None:
        try:
            region = solution_set(rel, var)
            domain = sp.calculus.util.continuous_domain(sp.Add(rel.parts[0], -rel.parts[1]), var, sp.S.Reals)
        except (Undecided, NotImplementedError, ValueError, TypeError):
            return None
        missing = sp.Complement(domain, region)
        if missing == sp.S.EmptySet:
            return Verdict("verified", f"对定义域内一切 {var} 成立 / holds for every real {var} in its domain")
        if region == sp.S.EmptySet:
            return Verdict("refuted", "没有实数使其成立 / no real value satisfies it",
                           f"不等式无解 (no real {var} satisfies it)")
        if shaped:
            return Verdict.unknown(f"这是关于 {var} 的条件，仅当 {var} ∈ {sp.sstr(region)} 时成立 / "
                                   f"a condition on {var} (true for {var} in {sp.sstr(region)}), not a fact")
        return None

    # -- conditions and implications ------------------------------------------------------------
    def condition(self, claim, conditions: list, roles: tuple = GIVENS) -> Verdict:
        """Whether every assignment satisfying `conditions` satisfies `claim`."""
        variables = {s for s in free_symbols(claim) if s != PM}
        for cond in conditions:
            variables |= free_symbols(cond)
        if not variables:
            return self.constant(claim)
        if not conditions and len(variables) == 1:
            bare = _bare_condition(claim, next(iter(variables)))
            if bare is not None:
                return bare
        attempts = []
        if len(variables) == 1:
            attempts.append(lambda: subset_verdict(conditions, claim, next(iter(variables)), roles))
        attempts.append(lambda: enumerate_verdict(conditions, claim, roles))
        attempts.append(lambda: branch_verdict(conditions, claim, roles, self.integer))
        attempts.append(lambda: sign_verdict(conditions, claim, roles))
        if len(variables) > 1:
            attempts.append(lambda: interval_verdict(conditions, claim, roles))
            attempts.append(lambda: parametric_verdict(conditions, claim, roles))
        for attempt in attempts:
            try:
                status, reason, example = attempt()
            except (Undecided, NotImplementedError, ValueError, TypeError):
                continue
            if status == "verified" and not conditions and not isinstance(claim, Relation):
                break
            return Verdict(cast(Status, status), reason, example)
        if conditions and isinstance(claim, Relation) and len(claim.ops) == 1 and claim.ops[0] != "~=":
            allowed = lambda p: all(holds_at(c, p) is True for c in conditions)  # noqa: E731
            point = counterexample_point(claim.parts[0], claim.ops[0], claim.parts[1], variables, allowed,
                                         count=16, integer=self.integer)
            if point is not None:
                return Verdict("refuted", "在满足条件的点处不成立 / fails at a point allowed by the givens",
                               breaks(point, roles))
            if claim.ops[0] == "=" and is_zero(sp.Add(claim.parts[0], -claim.parts[1])):
                return Verdict("verified", "恒等式：两边恒相等 / identity: both sides are equal for every value")
        if not conditions:
            return Verdict.unknown("这是关于变量的条件，已知中没有确定变量取值的条件 / a condition on the variables, "
                                   "not a fact; no givens say which values they take")
        return Verdict.unknown("在已知条件下无法判定 / could not decide under the givens")

    def constant(self, stmt) -> Verdict:
        """A statement without variables (`2 ∈ (1, 3)`, `1 = 2 或 3 = 3`), decided from its parts."""
        if isinstance(stmt, Member):
            inside = stmt.domain.contains(stmt.element)
            if inside not in (sp.true, sp.false):
                return Verdict.unknown("无法判定是否属于该集合 / could not decide the membership")
            if bool(inside) != stmt.negated:
                return Verdict("verified", f"精确成立 / exact: {show(stmt.element)} {'∉' if stmt.negated else '∈'} "
                                           f"{sp.sstr(stmt.domain)}")
            return Verdict("refuted", "属于关系不成立 / the membership does not hold",
                           f"{show(stmt.element)} {'∈' if stmt.negated else '∉'} {sp.sstr(stmt.domain)}")
        if isinstance(stmt, AnyOf):
            verdicts = [self.any(s) for s in stmt.items]
            if any(v.verified for v in verdicts):
                return Verdict("verified", "其中一个成立 / one of the alternatives holds")
            if all(v.status == "refuted" for v in verdicts):
                return Verdict("refuted", "每一个都不成立 / none of the alternatives holds",
                               "; ".join(v.counterexample or v.reason for v in verdicts))
            return Verdict.unknown(next(v.reason for v in verdicts if v.status == "unknown"))
        return self.any(stmt)

    def argument(self, arg: Argument) -> Verdict:
        verdicts = []
        for k, link in enumerate(arg.links):
            before, after = arg.statements[k], arg.statements[k + 1]
            if link != "=>" and isinstance(after, Bare):  # `A 的解集为 S`: set_answer compares both directions
                verdicts.append(self.set_answer(before, after))
                continue
            forward = self.entails(before, after, FORWARD)
            verdicts.append(forward if link == "=>" else _both(forward, self.entails(after, before, BACKWARD)))
        return _combine(verdicts, "step")

    def set_answer(self, premise, answer: Bare) -> Verdict:
        """`A 的解集为 S`: the solution set of A (under the givens) equals S. The unknown is A's one variable,
        or its one variable that is not a parameter bounded in the givens (`m > 0`)."""
        conditions = self.conditions_for(Argument((premise, answer), ("=>",)))
        variables = {s for s in free_symbols(premise) if s != PM}
        try:
            params = set(bounds(conditions)[0])
        except Undecided:
            params = set()
        unknowns = variables - params if len(variables) > 1 else variables
        if len(unknowns) != 1:
            return Verdict.unknown("解集需只含一个未知数 / a solution set needs exactly one unknown")
        var = next(iter(unknowns))
        try:
            stated = as_set(answer.expr)
        except ParseError:
            return Verdict.unknown("答案不是集合 / the answer is not a set")
        member = Member(var, stated)
        if len(variables) > 1 or stated.free_symbols:
            return _both(self.condition(member, [*conditions, premise], FORWARD),
                         self.condition(premise, [*conditions, member], BACKWARD))
        try:
            forward = subset_verdict([*conditions, premise], member, var, FORWARD)
            backward = subset_verdict([*conditions, member], premise, var, BACKWARD)
        except Undecided:
            return Verdict.unknown("无法比较解集 / could not compare the solution sets")
        return _both(Verdict(cast(Status, forward[0]), *forward[1:]), Verdict(cast(Status, backward[0]), *backward[1:]))

    def inclusion(self, stmt: Inclusion) -> Verdict:
        """`A ⊆ B` and friends: exactly between sets of numbers; with a parameter (`[1-m, 1+m] ⊆ [0, 2]`,
        m from the givens) ⊆ is read as `x ∈ A ⇒ x ∈ B` for a new x and decided like an implication."""
        left, right = explicit_set(stmt.left), explicit_set(stmt.right)
        if not (left.free_symbols or right.free_symbols):
            return inclusion_verdict(left, stmt.op, right)
        if stmt.op != "sube" or not (real_set(left) and real_set(right)):
            return Verdict.unknown("含参数的集合只判定 ⊆ / with a parameter only ⊆ is decided")
        taken = {s.name for s in left.free_symbols | right.free_symbols}
        x = symbol(next(n for n in ("x", "t", "u", "w") if n not in taken))
        conditions = self.conditions_for(stmt)
        return self.condition(Member(x, right), [*conditions, Member(x, left)], GIVENS)

    def entails(self, premise, conclusion, roles: tuple = FORWARD) -> Verdict:
        """`premise ⇒ conclusion` under the givens."""
        if isinstance(premise, Bare) or isinstance(conclusion, Bare):
            return Verdict.unknown("有一边不是命题 / one side is not a statement")
        premises = list(premise.items) if isinstance(premise, AllOf) else [premise]
        conditions = self.conditions_for(Argument((premise, conclusion), ("=>",))) + premises
        if isinstance(conclusion, RangeClaim):
            return range_verdict(conclusion, conditions)
        if not {s for s in free_symbols(conclusion) if s != PM}:
            return self.constant_conclusion(premise, conclusion, roles)
        return self.condition(_roots_as_alternatives(conclusion, premises), conditions, roles)

    def constant_conclusion(self, premise, conclusion, roles: tuple) -> Verdict:
        """`A ⇒ 2^2 = 4`: a true conclusion makes the step true; a false one refutes it only when the
        premise can hold (`1 = 2 ⇒ 3 = 4` and `x^2 = -1 ⇒ 1 = 2` are vacuous, not wrong)."""
        verdict = self.any(conclusion)
        if verdict.status != "refuted":
            return verdict
        witness = self.premise_witness(premise)
        if witness is None:
            return Verdict.unknown(f"结论不成立，但无法确认前提可以成立 / the conclusion is false, but the premise could not "
                                   f"be shown to hold anywhere (a false premise makes the step vacuous): {verdict.reason}")
        where = f"{witness} 时{roles[0]}成立，但" if witness else ""
        where_en = f"at {witness} {roles[2]} holds, but " if witness else ""
        return Verdict("refuted", verdict.reason, f"{where}{roles[1]}不成立 ({where_en}{roles[3]} fails): "
                                                  f"{verdict.counterexample}")

    def premise_witness(self, premise) -> str | None:
        """Where the premise holds under the givens ("" when it has no variables and is true), or None."""
        variables = {s for s in free_symbols(premise) if s != PM}
        if not variables:
            return "" if self.any(premise).verified else None
        if len(variables) != 1:
            return None
        var = next(iter(variables))
        conditions = [premise, *self.conditions_for(premise)]
        try:
            region = sp.Intersection(*[solution_set(c, var) for c in conditions])
        except (Undecided, NotImplementedError, ValueError, TypeError):
            return None
        point = pick_point(region) if region != sp.S.EmptySet else None
        if point is None or not all(holds_at(c, {var: point}) is True for c in conditions):
            return None
        return f"{var} = {sp.sstr(point)}"


def _bare_condition(claim, var) -> Verdict | None:
    """`x = 2 或 x = 3`, `x ∈ (1, 2)` with no givens: a condition on x, not a fact (unknown, saying where
    it holds), unless no real x satisfies it (refuted). None where the solution set is all of R or
    cannot be found (the general methods then decide)."""
    try:
        region = solution_set(claim, var)
    except (Undecided, NotImplementedError, ValueError, TypeError):
        return None
    if region == sp.S.EmptySet:
        return Verdict("refuted", "没有实数使其成立 / no real value satisfies it",
                       f"无实数解 (no real {var} satisfies it)")
    if region == sp.S.Reals:
        return None
    return Verdict.unknown(f"这是关于 {var} 的条件而非事实，仅当 {var} ∈ {sp.sstr(region)} 时成立；请在已知中给出来源或写成 "
                           f"A ⇒ B / a condition on {var} (true only for {var} in {sp.sstr(region)}), not a fact; "
                           "give where it comes from as context, or write `A ⇒ B`")


def _roots_as_alternatives(conclusion, premises):
    """`x_1 = 2, x_2 = 3` about an equation in x means `x = 2 或 x = 3`."""
    if not isinstance(conclusion, AllOf):
        return conclusion
    names = {s.name for p in premises for s in free_symbols(p)}
    alternatives = []
    for item in conclusion.items:
        if not (isinstance(item, Relation) and item.ops == ("=",) and isinstance(item.parts[0], sp.Symbol)):
            return conclusion
        base = item.parts[0].name.split("_")[0]
        if "_" not in item.parts[0].name or base not in names:
            return conclusion
        alternatives.append(Relation((symbol(base), item.parts[1]), ("=",)))
    return AnyOf(tuple(alternatives))


def _both(forward: Verdict, backward: Verdict) -> Verdict:
    if forward.status == "refuted":
        return forward
    if backward.status == "refuted":
        return Verdict("refuted", "逆推不成立（增解或错解） / the converse fails: an extra or wrong solution",
                       backward.counterexample)
    if forward.reason == backward.reason == NO_REAL_SOLUTION:  # x^2+1=0 ⇔ x^2=-1: both have no real solution
        return Verdict("verified", "两边都无实数解，故等价 / neither side has a real solution, so they are equivalent")
    if forward.verified and backward.verified:
        return Verdict("verified", f"双向成立 / both directions hold: {forward.reason}")
    return Verdict.unknown(forward.reason if not forward.verified else backward.reason)


def _combine(verdicts: list[Verdict], label: str) -> Verdict:
    """All verified -> verified; the first refuted part -> refuted (named); else unknown."""
    if len(verdicts) == 1:
        return verdicts[0]
    names = {"relation": ("link", "第{}个等号/关系"), "step": ("step", "第{}步"), "part": ("part", "第{}部分")}
    en, zh = names[label]
    for k, v in enumerate(verdicts, start=1):
        if v.status == "refuted":
            return Verdict("refuted", f"{zh.format(k)}不成立 ({en} {k} fails): {v.reason}", v.counterexample)
    if all(v.verified for v in verdicts):
        return Verdict("verified", "; ".join(dict.fromkeys(v.reason for v in verdicts)))
    first = next(v for v in verdicts if not v.verified)
    k = verdicts.index(first) + 1
    return Verdict.unknown(f"{zh.format(k)} ({en} {k}): {first.reason}")


__all__ = ["check_step", "check_step_inline", "decide", "holds_at"]

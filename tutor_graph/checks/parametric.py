"""Solution sets with parameters under bound conditions: `x^2-2x+1-m^2 ≤ 0 ⇔ 1-m ≤ x ≤ 1+m` with `m > 0`.

One unknown x; every other letter p is a parameter whose givens only bound it by a number on one side
(p > c, p ≥ c, p < c, p ≤ c). Writing p = c + t (or c − t) with t a positive (nonnegative) SymPy symbol
covers exactly the allowed values, so SymPy's `solveset` finds the solution sets for all of them at once,
as unions of intervals with symbolic ends. The claim holds iff the givens' set lies inside the claim's:
that is proven end by end, each comparison proven by SymPy's assumptions for every allowed t (never by
sampling), or it is not proven at all. As a guard against a wrong symbolic solution the proof is also
re-checked at one allowed parameter value, exactly; a failure there is a counterexample. Refutations always
come from such an instance (a few parameter values are tried): a parameter value and an x, re-checked in
the original givens and claim.
Two-sided bounds (0 < m < 1), parameters without a bound, or comparisons SymPy cannot prove: undecided.
"""

from __future__ import annotations

import itertools

import sympy as sp

from tutor_graph.checks.building import PM
from tutor_graph.checks.ranges import Span
from tutor_graph.checks.solving import NO_REAL_SOLUTION, Undecided, breaks, holds_at, pick_point, solution_set
from tutor_graph.checks.statements import AllOf, AnyOf, Relation, free_symbols, map_exprs

_SAMPLES = [sp.Integer(1), sp.Integer(2), sp.Rational(1, 2), sp.Integer(3), sp.Rational(1, 3), sp.Integer(5),
            sp.Rational(7, 2), sp.Integer(10)]
_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def bounds(conditions: list) -> tuple[dict, list]:
    """({parameter: (number, "above" | "below", strict)}, the other conditions)."""
    found: dict = {}
    rest: list = []
    for cond in conditions:
        bound = _bound(cond)
        if bound is None:
            rest.append(cond)
            continue
        letter, value, side, strict = bound
        if letter in found and found[letter] != (value, side, strict):
            raise Undecided()  # two bounds on one parameter: not one sign condition
        found[letter] = (value, side, strict)
    return found, rest


def _bound(cond):
    if not (isinstance(cond, Relation) and len(cond.ops) == 1 and cond.ops[0] in _FLIP):
        return None
    (lhs, rhs), op = cond.parts, cond.ops[0]
    if isinstance(rhs, sp.Symbol) and getattr(lhs, "is_number", False):
        lhs, rhs, op = rhs, lhs, _FLIP[op]
    if not (isinstance(lhs, sp.Symbol) and lhs != PM and getattr(rhs, "is_number", False) and rhs.is_real):
        return None
    return lhs, rhs, "above" if op in (">", ">=") else "below", op in ("<", ">")


def parametric_verdict(conditions: list, claim, roles: tuple):
    """-> (status, reason, counterexample) or raise Undecided (see the module docstring)."""
    params, rest = bounds(conditions)
    letters = {s for s in free_symbols(claim) if s != PM}.union(*[free_symbols(c) for c in rest]) - {PM}
    unknowns = letters - set(params)
    if not params or len(unknowns) != 1 or not set(params) <= letters:
        raise Undecided()
    x = next(iter(unknowns))
    shift = {}
    for p, (value, side, strict) in params.items():
        t = sp.Symbol(f"{p.name}_t", positive=True) if strict else sp.Symbol(f"{p.name}_t", nonnegative=True)
        shift[p] = value + t if side == "above" else value - t
    try:
        given = _pieces(sp.Intersection(*[set_of(_subs(c, shift), x) for c in rest]) if rest else sp.S.Reals)
        wanted = _pieces(set_of(_subs(claim, shift), x))
    except Undecided:
        given = wanted = None
    proven = _contained(given, wanted) if given is not None and wanted is not None else None
    # a proof is cross-checked at one parameter value (a guard against a wrong symbolic solution); without a
    # proof, a few values are searched for a counterexample
    example = _instance_counterexample(params, conditions, rest, claim, x, roles, 1 if proven else 6)
    if example is not None:
        return "refuted", "参数取某个允许值时不成立 / fails for an allowed value of the parameter", example
    if proven and given == []:
        return "unknown", NO_REAL_SOLUTION, None
    if proven:
        names = ", ".join(f"{p.name} {'>' if side == 'above' else '<'}{'' if strict else '='} {sp.sstr(v)}"
                          for p, (v, side, strict) in params.items())
        return "verified", f"对满足 {names} 的一切参数成立（解集逐端比较） / holds for every parameter with {names} " \
                           f"(the solution sets compared end by end)", None
    raise Undecided()


def _subs(stmt, mapping: dict):
    return map_exprs(stmt, lambda e: e.xreplace(mapping) if isinstance(e, sp.Basic) else e)


def _instance_counterexample(params: dict, conditions: list, rest: list, claim, x, roles, limit: int) -> str | None:
    """A parameter value allowed by its bound and an x where the givens hold and the claim fails, or None."""
    choices = []
    for p, (value, side, strict) in params.items():
        steps = ([sp.Integer(0)] if not strict else []) + _SAMPLES
        choices.append([(p, value + s if side == "above" else value - s) for s in steps])
    for combo in itertools.islice(itertools.product(*choices), limit):
        at = dict(combo)
        try:
            given = sp.Intersection(*[set_of(_subs(c, at), x) for c in rest]) if rest else sp.S.Reals
            missing = sp.Complement(given, set_of(_subs(claim, at), x))
        except (Undecided, NotImplementedError, ValueError, TypeError):
            continue
        point = pick_point(missing) if missing != sp.S.EmptySet and not missing.has(sp.Complement) else None
        if point is None:
            continue
        full = {**at, x: point}
        if all(holds_at(c, full) is True for c in conditions) and holds_at(claim, full) is False:
            return breaks(full, roles)
    return None


def set_of(stmt, x) -> sp.Set:
    """The solution set in x for every allowed parameter. A polynomial link of degree ≤ 2 gets one built here
    from its roots, their order and the leading coefficient's sign, each proven for every allowed parameter
    (SymPy's `solveset` leaves (x - a)(x - 2a) < 0 with a > 1 unsolved, and is slow with symbols); any other
    link gets SymPy's."""
    if isinstance(stmt, Relation):
        parts = []
        for link in stmt.links():
            try:  # the roots first: exact, and far quicker than solveset with symbolic coefficients
                parts.append(_polynomial_set(link, x))
            except Undecided:
                parts.append(solution_set(link, x))
        return parts[0] if len(parts) == 1 else sp.Intersection(*parts)
    if isinstance(stmt, AnyOf):
        return sp.Union(*[set_of(s, x) for s in stmt.items])
    if isinstance(stmt, AllOf):
        return sp.Intersection(*[set_of(s, x) for s in stmt.items])
    return solution_set(stmt, x)


def _sign(value) -> int:
    if value.is_positive:
        return 1
    if value.is_negative:
        return -1
    raise Undecided()


def _polynomial_set(link: Relation, x) -> sp.Set:
    (lhs, rhs), op = link.parts, link.ops[0]
    if op not in ("=", "<", "<=", ">", ">=") or not all(isinstance(p, sp.Expr) for p in (lhs, rhs)):
        raise Undecided()
    try:
        poly = sp.Poly(sp.expand(lhs - rhs), x)
    except sp.PolynomialError:
        raise Undecided() from None
    if poly.degree() not in (1, 2):
        raise Undecided()
    lead = _sign(poly.LC())
    found = sp.roots(poly, x)
    if sum(found.values()) != poly.degree() or not all(r.is_real for r in found):
        raise Undecided()  # the roots are not all found, or not provably real
    roots = list(found)
    if len(roots) == 2:
        order = _cmp(roots[0], roots[1])
        if order is None or order == 0:
            raise Undecided()
        roots = roots if order < 0 else roots[::-1]
    lo, hi = roots[0], roots[-1]  # equal for a linear or a double root
    if op == "=":
        return sp.FiniteSet(*roots)
    strict = op in ("<", ">")
    below = (op in ("<", "<=")) == (lead > 0)  # where the polynomial is below zero (or above, for lead < 0)
    if below:
        if poly.degree() == 1:
            return sp.Interval(-sp.oo, lo, True, strict)
        return sp.Interval(lo, hi, strict, strict)
    if poly.degree() == 1:
        return sp.Interval(lo, sp.oo, strict, True)
    return sp.Union(sp.Interval(-sp.oo, lo, True, strict), sp.Interval(hi, sp.oo, strict, True), evaluate=False)


# -- unions of intervals with symbolic ends -------------------------------------------------------------
def _cmp(a, b) -> int | None:
    """-1, 0, 1 as a <, =, > b for every allowed parameter value; None where that is not proven."""
    if a == b:
        return 0
    if a == -sp.oo or b == sp.oo:
        return -1
    if a == sp.oo or b == -sp.oo:
        return 1
    difference = sp.expand(a - b)
    if difference == 0:
        return 0
    if difference.is_positive:
        return 1
    if difference.is_negative:
        return -1
    return None


def _pieces(region) -> list[Span] | None:
    """`region` as sorted, disjoint, non-touching intervals, every order proven; None if not possible."""
    if region == sp.S.EmptySet:
        return []
    if region == sp.S.Reals:
        return [Span(-sp.oo, sp.oo, True, True)]
    if isinstance(region, sp.Interval):
        return [Span(region.start, region.end, region.left_open, region.right_open)]
    if isinstance(region, sp.FiniteSet):
        if not all(isinstance(e, sp.Expr) and e.is_real for e in region.args):
            return None
        return _normal([Span(e, e, False, False) for e in region.args])
    if isinstance(region, sp.Union):
        parts = [_pieces(a) for a in region.args]
        return None if any(p is None for p in parts) else _normal([s for p in parts if p for s in p])
    if isinstance(region, sp.Intersection):
        result: list[Span] | None = [Span(-sp.oo, sp.oo, True, True)]
        for arg in region.args:
            other = _pieces(arg)
            if other is None:
                return None
            result = _meet(result, other) if result is not None else None
            if result is None:
                return None
        return result
    return None


def _meet(one: list[Span], two: list[Span]) -> list[Span] | None:
    out = []
    for a in one:
        for b in two:
            lo_cmp, hi_cmp = _cmp(a.lo, b.lo), _cmp(a.hi, b.hi)
            if lo_cmp is None or hi_cmp is None:
                return None
            lo, lo_open = (a.lo, a.lo_open) if lo_cmp > 0 else (b.lo, b.lo_open) if lo_cmp < 0 else (a.lo, a.lo_open or b.lo_open)
            hi, hi_open = (a.hi, a.hi_open) if hi_cmp < 0 else (b.hi, b.hi_open) if hi_cmp > 0 else (a.hi, a.hi_open or b.hi_open)
            order = _cmp(lo, hi)
            if order is None:
                return None
            if order < 0 or (order == 0 and not lo_open and not hi_open):
                out.append(Span(lo, hi, lo_open, hi_open))
    return _normal(out)


def _normal(spans: list[Span]) -> list[Span] | None:
    """Sort by the left end and merge overlapping or touching spans (every comparison proven)."""
    ordered: list[Span] = []
    for s in spans:
        k = 0
        while k < len(ordered):
            c = _cmp(s.lo, ordered[k].lo)
            if c is None:
                return None
            if c < 0:
                break
            k += 1
        ordered.insert(k, s)
    merged: list[Span] = []
    for s in ordered:
        if merged:
            last = merged[-1]
            c = _cmp(s.lo, last.hi)
            if c is None:
                return None
            if c < 0 or (c == 0 and not (s.lo_open and last.hi_open)):
                top = _cmp(s.hi, last.hi)
                if top is None:
                    return None
                hi, hi_open = (s.hi, s.hi_open) if top > 0 else (last.hi, last.hi_open) if top < 0 else (
                    s.hi, s.hi_open and last.hi_open)
                merged[-1] = Span(last.lo, hi, last.lo_open, hi_open)
                continue
        merged.append(s)
    return merged


def _contained(inner: list[Span], outer: list[Span]) -> bool | None:
    """Whether every span of `inner` lies in one span of `outer` (both normal): True, False or None."""
    for a in inner:
        found = False
        for b in outer:
            lo, hi = _cmp(b.lo, a.lo), _cmp(a.hi, b.hi)
            if lo is None or hi is None:
                return None
            if (lo < 0 or (lo == 0 and (a.lo_open or not b.lo_open))) and (
                    hi < 0 or (hi == 0 and (a.hi_open or not b.hi_open))):
                found = True
                break
        if not found:
            return False
    return True

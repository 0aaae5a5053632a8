"""含参数的区间与子集关系：B = {x | L(m) ≤ x ≤ R(m)} 与定区间 A，B ⊆ A（或 A ⊆ B），求 m 的范围
/ A parametric interval B and a fixed interval A in a subset relation: the range of the parameter."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.pieces import where_holds
from tutor_graph.specialist.types.sets_logic.set_reading import fixed_and_param, reading_relations, relation
from tutor_graph.specialist.types.template import Values

_RANGE = re.compile(r"^(.+?)(<|≤)\s*x\s*(<|≤)(.+)$")
_TEX_OP = {"≤": "\\le", "≥": "\\ge", "<": "<", ">": ">"}


@dataclass(frozen=True)
class Interval:
    """B = {x | lo(m) ⋚ x ⋚ hi(m)} (ends linear in m), A the fixed interval; `sub`: B ⊆ A, else A ⊆ B."""

    a_name: str
    b_name: str
    ca: str  # A's condition as written
    cb: str  # B's condition as written
    set_a: sp.Interval
    lo: sp.Expr
    hi: sp.Expr
    opens: tuple[bool, bool]
    m: sp.Symbol
    sub: bool


def _fixed_interval(cond: str) -> sp.Interval | None:
    """The solution set of the fixed set's condition, when it is one interval."""
    m = re.fullmatch(r"(.+?)(≤|≥|<|>)(.+)", cond)
    if not m or re.search(r"≤|≥|<|>", m.group(3)):
        pieces = _RANGE.match(cond)
        if not pieces:
            return None
        lo, hi = try_expr(pieces.group(1)), try_expr(pieces.group(4))
        if lo is None or hi is None or lo.free_symbols or hi.free_symbols or not lo < hi:
            return None
        return sp.Interval(lo, hi, pieces.group(2) == "<", pieces.group(3) == "<")
    lhs, rhs = try_expr(m.group(1)), try_expr(m.group(3))
    if lhs is None or rhs is None:
        return None
    f = sp.expand(lhs - rhs)
    if not f.is_polynomial(X) or sp.degree(f, X) not in (1, 2):
        return None
    s = solve_inequality(f, m.group(2), X)
    return s if isinstance(s, sp.Interval) and s.measure > 0 else None


def detect(p: Problem) -> Interval | None:
    """`A={x | x^2-2x-8≤0}，B={x | 2m≤x≤m+1}，若 B⊆A，求实数 m 的取值范围`."""
    got = fixed_and_param(p)
    if got is None or not p.has("取值范围", "range", "求实数", "find the values"):
        return None
    fa, ca, fb, cb, m = got
    rel = relation(reading_relations(p), fa, fb)
    pieces = _RANGE.match(cb.replace(" ", ""))
    set_a = _fixed_interval(ca.replace(" ", ""))
    if rel is None or not pieces or set_a is None:
        return None
    lo, hi = try_expr(pieces.group(1)), try_expr(pieces.group(4))
    if lo is None or hi is None or any(not e.is_polynomial(m) or sp.degree(e, m) > 1 for e in (lo, hi)) \
            or sp.expand(hi - lo).is_number:
        return None
    it = Interval(fa, fb, ca, cb, set_a, lo, hi, (pieces.group(2) == "<", pieces.group(3) == "<"), m, rel == "sub")
    if _answer(it) == sp.S.EmptySet:
        return None  # no value works: a claim of "no solution" cannot be checked, so leave it to a person
    return it


def _end_rel(b_open: bool, a_open: bool, side: str) -> str:
    """The relation an end of B must keep with the same end of A for B ⊆ A (side 'lo' or 'hi')."""
    strict = a_open and not b_open
    return (">" if strict else "≥") if side == "lo" else ("<" if strict else "≤")


def _conditions(it: Interval) -> list[tuple[sp.Expr, str, sp.Expr]]:
    """The end-point inequalities for the relation (for B ⊆ A: B not empty, and its ends inside A)."""
    a, (lo_open, hi_open) = it.set_a, it.opens
    conds = []
    if it.sub:
        conds.append((it.lo, "≤" if not (lo_open or hi_open) else "<", it.hi))
        if a.start.is_finite:
            conds.append((it.lo, _end_rel(lo_open, a.left_open, "lo"), a.start))
        if a.end.is_finite:
            conds.append((it.hi, _end_rel(hi_open, a.right_open, "hi"), a.end))
    else:
        if a.start.is_finite:
            conds.append((it.lo, "≤" if not lo_open or a.left_open else "<", a.start))
        if a.end.is_finite:
            conds.append((it.hi, "≥" if not hi_open or a.right_open else ">", a.end))
    return conds


def _empty(it: Interval) -> sp.Set:
    """The values of m for which B is empty."""
    return solve_inequality(sp.expand(it.lo - it.hi), "≥" if any(it.opens) else ">", it.m)


def _nonempty_part(it: Interval) -> sp.Set:
    out: sp.Set = sp.S.Reals
    for lhs, op, rhs in _conditions(it):
        out = out.intersect(solve_inequality(sp.expand(lhs - rhs), op, it.m))
    return out


def _answer(it: Interval) -> sp.Set:
    return sp.Union(_empty(it), _nonempty_part(it)) if it.sub else _nonempty_part(it)


def values(it: Interval) -> Values:
    """A solved, the empty case, the end-point inequalities and their solution, and the union of the cases."""
    m, a = it.m, it.set_a
    out: Values = {"A": it.a_name, "B": it.b_name, "m": m.name, "set_a": interval_text(a), "sub": it.sub,
                   "solve_a": not _RANGE.match(it.ca.replace(" ", "")), "lo": tex(it.lo), "hi": tex(it.hi)}
    out["ca_claim"] = f"{it.ca} \\Leftrightarrow {relation_text(a, 'x')}"
    empty_op = "≥" if any(it.opens) else ">"
    empty = _empty(it)
    out["empty_op"] = _TEX_OP[empty_op]
    out["empty_zh"], out["empty_en"] = relation_math(empty, m.name), relation_math(empty, m.name, "en")
    out["empty_claim"] = f"{plain(it.lo)} {empty_op} {plain(it.hi)} \\Leftrightarrow {relation_text(empty, m.name)}"
    conds = _conditions(it)
    nonempty = _nonempty_part(it)
    shown = [f"${tex(lhs)} {_TEX_OP[op]} {tex(rhs)}$" for lhs, op, rhs in conds]
    out["conds_zh"], out["conds_en"] = " 且 ".join(shown), " and ".join(shown)
    found = nonempty != sp.S.EmptySet
    out["nonempty_zh"] = relation_math(nonempty, m.name) if found else "无解"
    out["nonempty_en"] = relation_math(nonempty, m.name, "en") if found else "no solution"
    nonempty_rel = relation_text(nonempty, m.name) if found else "1 < 0"
    out["conds_claim"] = " 且 ".join(f"{plain(lhs)} {op} {plain(rhs)}" for lhs, op, rhs in conds) \
        + f" \\Leftrightarrow {nonempty_rel}"
    result = _answer(it)
    out["answer"] = interval_text(result)
    out["union_claim"] = f"{relation_text(result, m.name)} \\Leftrightarrow {relation_text(empty, m.name)} 或 {nonempty_rel}"
    out["union_checkable"] = it.sub and found
    return out


def _holds(it: Interval, v: sp.Expr) -> bool:
    b = sp.Interval(it.lo.subs(it.m, v), it.hi.subs(it.m, v), *it.opens)
    return bool(b.is_subset(it.set_a)) if it.sub else bool(it.set_a.is_subset(b))


def reference(it: Interval) -> str:
    """Independent: build B for a value of m in every piece between the critical values and test the relation."""
    m, a = it.m, it.set_a
    ends = [e for e in (a.start, a.end) if e.is_finite]
    crit = set(sp.solve(it.lo - it.hi, m))
    for e in (it.lo, it.hi):
        for t in ends:
            crit |= set(sp.solve(e - t, m))
    return interval_text(where_holds(crit, lambda v: _holds(it, v)))


TYPE: ProblemType[Interval] = ProblemType(
    type_id="set.parametric_interval", module="sets_logic", name="parametric_interval", detect=detect,
    values=values, reference=reference, topic="sets",
    givens=lambda it: [f"{it.a_name}={{x | {it.ca}}}", f"{it.b_name}={{x | {it.cb}}}"],
    goal=lambda it: it.m.name, answers=frozenset({"range"}),
)

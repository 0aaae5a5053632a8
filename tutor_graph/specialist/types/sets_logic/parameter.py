"""由充分 / 必要条件求参数的范围：p、q 是解集为闭区间的二次不等式，q 的两根随参数移动
/ The parameter range that makes p a sufficient / necessary (/ not …) condition for q: compare the endpoints
of the two intervals, or the quadratic's values at the ends of an interval."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    tex,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.logic_reading import (
    WORDS,
    Rel,
    lead_tex,
    rel_plain,
    rel_tex,
    relations,
    x_tex,
)
from tutor_graph.specialist.types.sets_logic.pieces import where_holds
from tutor_graph.specialist.types.template import Values

Want = tuple[bool | None, bool | None]  # (P ⊆ Q wanted, Q ⊆ P wanted); False: that inclusion must fail
_P_TEXT = re.compile(r"(?<![A-Za-z])p\s*:\s*([^,;]+?)\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)q\s*:\s*([^,;(]+?)\s*"
                     r"(?:\(([^)]*)\))?\s*(?:with\s+([^.,;]+))?\s*[,;.]")
_REL = {(True, False): "P\\subsetneq Q", (False, True): "Q\\subsetneq P", (True, True): "P=Q",
        (True, None): "P\\subseteq Q", (None, True): "Q\\subseteq P"}


@dataclass(frozen=True)
class Parameter:
    """p: fp ≤ 0 with P = [a, b]; q: fq ≤ 0 with Q = [lo, hi] (roots linear in t); the wanted relation."""

    p: tuple[Rel, ...]
    q: tuple[Rel, ...]
    fp: sp.Expr
    fq: sp.Expr
    t: sp.Symbol
    domain: sp.Set
    cond: str  # the parameter's own condition as written (`m>0`), or ""
    kind: Want
    a: sp.Expr
    b: sp.Expr
    lo: sp.Expr
    hi: sp.Expr


def _closed(rels: list[Rel]) -> sp.Expr | None:
    """f with `f ≤ 0` and a positive leading coefficient in x, or None."""
    if len(rels) != 1 or rels[0][1] not in ("≤", "≥"):
        return None
    a, op, b = rels[0]
    f = sp.expand(a - b if op == "≤" else b - a)
    if not f.is_polynomial(X) or sp.degree(f, X) != 2 or not sp.Poly(f, X).LC().is_positive:
        return None
    return f


def detect(problem: Problem) -> Parameter | None:
    """`设 p：x^2-4x-5≤0，q：x^2-2x+1-m^2≤0 (m>0)。若 p 是 q 的充分不必要条件，求 m 的取值范围`."""
    if not problem.has("充分", "必要", "充要", "sufficient", "necessary") or not problem.has("取值范围", "范围", "range", "求"):
        return None
    m = _P_TEXT.search(problem.text)
    if not m:
        return None
    p, q = relations(m.group(1)), relations(m.group(2))
    cond = (m.group(3) or m.group(4) or "").strip()
    if p is None or q is None:
        return None
    fp, fq = _closed(p), _closed(q)
    if fp is None or fq is None or fp.free_symbols != {X}:
        return None
    params = fq.free_symbols - {X}
    if len(params) != 1:
        return None
    t = params.pop()
    domain: sp.Set = sp.S.Reals
    if cond:
        rel = try_relation(cond)
        if rel is None or rel[0] != sp.Symbol(t.name, real=True) or rel[2].free_symbols:
            return None
        domain = solve_inequality(rel[0] - rel[2], rel[1], rel[0])
    tail = problem.text[m.end():]
    kind: Want | None = next((k for k, words in WORDS if any(w in tail.lower() for w in words)), None)
    if kind is None:
        kind = (True, None) if re.search(r"充分条件|sufficient", tail) else \
            (None, True) if re.search(r"必要条件|necessary", tail) else None
    if kind is None or not re.search(rf"(?<![A-Za-z]){t.name}(?![A-Za-z])", tail):
        return None
    p_set = solve_inequality(fp, "≤", X)
    roots = sp.solve(fq, X)
    if not isinstance(p_set, sp.Interval) or len(roots) != 2 or any(sp.degree(r, t) > 1 for r in roots if r.has(t)):
        return None
    gap = sp.expand(roots[1] - roots[0])
    if domain.intersect(solve_inequality(gap, ">", t)) == domain:
        lo, hi = roots
    elif domain.intersect(solve_inequality(gap, "<", t)) == domain:
        hi, lo = roots
    else:
        return None  # the order of q's roots changes inside the domain: a case split we do not write
    it = Parameter(tuple(p), tuple(q), fp, fq, t, domain, cond, kind, p_set.start, p_set.end, lo, hi)
    answer = _answer(it, _inclusion(it))
    return None if answer == sp.S.EmptySet else it


def _conditions(it: Parameter) -> list[Rel]:
    """Endpoint inequalities for P ⊆ Q (sufficient) and/or Q ⊆ P (necessary)."""
    out: list[Rel] = []
    if it.kind[0]:
        out += [(it.lo, "≤", it.a), (it.hi, "≥", it.b)]
    if it.kind[1]:
        out += [(it.a, "≤", it.lo), (it.b, "≥", it.hi)]
    return out


def _solve(conds: list[Rel], it: Parameter) -> sp.Set:
    s = it.domain
    for lhs, op, rhs in conds:
        s = s.intersect(solve_inequality(sp.expand(lhs - rhs), op, it.t))
    return s


def _inclusion(it: Parameter) -> sp.Set:
    """The parameter values for which the endpoint inequalities hold (the sets may still be equal)."""
    return _solve(_conditions(it), it)


def _by_values(it: Parameter) -> list[Rel]:
    """The same inclusions read through the quadratics: an upward parabola is ≤ 0 on an interval iff at its ends."""
    out: list[Rel] = []
    if it.kind[0]:
        out += [(sp.expand(it.fq.subs(X, it.a)), "≤", sp.Integer(0)), (sp.expand(it.fq.subs(X, it.b)), "≤", sp.Integer(0))]
    if it.kind[1]:
        out += [(sp.expand(it.fp.subs(X, it.lo)), "≤", sp.Integer(0)), (sp.expand(it.fp.subs(X, it.hi)), "≤", sp.Integer(0))]
    return out


def _equal_at(it: Parameter, incl: sp.Set) -> list[sp.Expr]:
    """Parameter values that make the two sets equal (to be removed for "…不必要" / "…不充分")."""
    same = sp.solve([it.lo - it.a, it.hi - it.b], it.t, dict=True)
    return [v[it.t] for v in same if it.t in v and incl.contains(v[it.t]) is sp.true]


def _answer(it: Parameter, incl: sp.Set) -> sp.Set:
    if False in it.kind:  # "…不必要" / "…不充分": the two sets must differ
        return incl - sp.FiniteSet(*_equal_at(it, incl))
    return incl


def _factor_tex(r: sp.Expr) -> str:
    return tex(X - r) if r.is_number else f"[x-({lead_tex(r)})]"


def values(it: Parameter) -> Values:
    """Both solution sets, the endpoint conditions, the end-value conditions, the equal case and the range."""
    t, name = it.t, it.t.name
    out: Values = {"t": name, "rel": _REL[it.kind], "suff": it.kind[0] is True, "nec": it.kind[1] is True,
                   "proper": False in it.kind, "p": rel_tex(it.p), "q": rel_tex(it.q), "fq": x_tex(it.fq),
                   "fp": x_tex(it.fp), "a": tex(it.a), "b": tex(it.b), "lo": lead_tex(it.lo), "hi": lead_tex(it.hi)}
    p_set = sp.Interval(it.a, it.b)
    out["P"] = interval_text(p_set)
    out["P_claim"] = f"{rel_plain(it.p)} \\Leftrightarrow {relation_text(p_set, 'x')}"
    out["Q_factor"] = f"{_factor_tex(it.lo)}{_factor_tex(it.hi)}"
    out["Q_claim"] = f"{plain(it.fq)} = (x - ({plain(it.lo)}))*(x - ({plain(it.hi)}))" \
        + (f" 且 {plain(it.lo)} < {plain(it.hi)}" if it.cond else "")
    out["cond"] = it.cond
    conds = _conditions(it)
    incl = _inclusion(it)
    ops = {"≤": "\\le", "≥": "\\ge"}
    out["system"] = ",\\ ".join(f"{lead_tex(lhs)} {ops[op]} {lead_tex(rhs)}" for lhs, op, rhs in conds)
    out["incl_zh"], out["incl_en"] = relation_math(incl, name, "zh"), relation_math(incl, name, "en")
    out["incl_claim"] = " 且 ".join(f"{plain(lhs)} {op} {plain(rhs)}" for lhs, op, rhs in conds) \
        + f" \\Leftrightarrow {relation_text(incl, name)}"
    ends = _by_values(it)
    incl2 = _solve(ends, it)
    out["ends"] = ",\\ ".join(f"{lead_tex(lhs)} \\le 0" for lhs, _, _ in ends)
    out["ends_zh"], out["ends_en"] = relation_math(incl2, name, "zh"), relation_math(incl2, name, "en")
    out["ends_claim"] = " 且 ".join(f"{plain(lhs)} ≤ 0" for lhs, _, _ in ends) + f" \\Leftrightarrow {relation_text(incl2, name)}"
    drop = _equal_at(it, incl)
    answer, answer2 = _answer(it, incl), _answer(it, incl2)
    out["drop"] = bool(drop)
    out["drop_values"] = ", ".join(tex(v) for v in drop)
    out["drop_claim"] = " 且 ".join(f"{plain(it.lo.subs(t, v))} = {plain(it.a)} 且 {plain(it.hi.subs(t, v))} = {plain(it.b)}"
                                    for v in drop)
    first = sp.solve(it.lo - it.a, t)  # the left ends agree only here; then the right ends differ
    out["apart_claim"] = (f"{plain(it.lo.subs(t, first[0]))} = {plain(it.a)} 且 {plain(it.hi.subs(t, first[0]))} ≠ {plain(it.b)}"
                          if len(first) == 1 and not drop else "")
    out["answer_zh"], out["answer_en"] = relation_math(answer, name, "zh"), relation_math(answer, name, "en")
    out["answer"] = interval_math(answer)
    out["answer2"] = interval_math(answer2)
    return out


def _holds(it: Parameter, v: sp.Expr) -> bool:
    """Whether the wanted relation between P and Q holds at t = v (the sets built and compared by SymPy)."""
    p_set = sp.Interval(it.a, it.b)
    q_set = sp.solveset(sp.Le(it.fq.subs(it.t, v), 0), X, sp.S.Reals)
    sub, sup = bool(p_set.is_subset(q_set)), bool(q_set.is_subset(p_set))
    return all(want is None or got == want for want, got in zip(it.kind, (sub, sup), strict=True))


def reference(it: Parameter) -> str:
    """Independent: build Q at a value of t in every piece between the critical values and compare the sets."""
    t = it.t
    crit: set[sp.Expr] = set()
    for end in (it.lo, it.hi):
        for fixed in (it.a, it.b):
            crit |= set(sp.solve(end - fixed, t))
    crit |= {e for e in (it.domain.boundary if it.domain != sp.S.Reals else sp.S.EmptySet) if e.is_finite}
    return interval_text(where_holds(crit, lambda v: _holds(it, v), it.domain))


TYPE: ProblemType[Parameter] = ProblemType(
    type_id="logic.parameter", module="sets_logic", name="parameter", detect=detect, values=values,
    reference=reference, topic="logic", givens=lambda it: [f"p: {rel_plain(it.p)}", f"q: {rel_plain(it.q)}"],
    goal=lambda it: f"range of {it.t.name}", answers=frozenset({"range"}),
)

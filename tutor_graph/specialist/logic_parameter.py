"""The range of a parameter that makes “p” a sufficient / necessary (/ not …) condition for “q”, where p
and q are quadratic (or linear) inequalities with bounded closed solution sets and q's roots move
with the parameter: compare the endpoints of the two intervals."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    tex,
)
from tutor_graph.specialist.types.sets_logic.logic_reading import WORDS as _WORDS
from tutor_graph.specialist.types.sets_logic.logic_reading import rel_plain, relations


def _closed(rels) -> tuple[sp.Expr, list] | None:
    """f with `f ≤ 0` and a positive leading coefficient in x, or None."""
    if len(rels) != 1 or rels[0][1] not in ("≤", "≥"):
        return None
    a, op, b = rels[0]
    f = sp.expand(a - b if op == "≤" else b - a)
    if not f.is_polynomial(X) or sp.degree(f, X) != 2 or not sp.Poly(f, X).LC().is_positive:
        return None
    return f, rels


def detect_parameter(p: Problem) -> Match | None:
    if not p.has("充分", "必要", "充要", "sufficient", "necessary") or not p.has("取值范围", "范围", "range", "求"):
        return None
    m = re.search(r"(?<![A-Za-z])p\s*:\s*([^,;]+?)\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)q\s*:\s*([^,;(]+?)\s*(?:\(([^)]*)\))?\s*(?:with\s+([^.,;]+))?\s*[,;.]", p.text)
    if not m:
        return None
    P, Q = relations(m.group(1)), relations(m.group(2))
    cond = m.group(3) or m.group(4)
    if P is None or Q is None:
        return None
    fp, fq = _closed(P), _closed(Q)
    if fp is None or fq is None or fp[0].free_symbols != {X}:
        return None
    params = fq[0].free_symbols - {X}
    if len(params) != 1:
        return None
    t = params.pop()
    domain = sp.S.Reals
    if cond:
        rel = try_relation(cond.strip())
        if rel is None or rel[0] != sp.Symbol(t.name, real=True) or rel[2].free_symbols:
            return None
        domain = solve_inequality(rel[0] - rel[2], rel[1], rel[0])
    tail = p.text[m.end():]
    kind = next((k for k, words in _WORDS if any(w in tail.lower() for w in words)), None)
    if kind is None:
        kind = (True, None) if re.search(r"充分条件|sufficient", tail) else (None, True) if re.search(r"必要条件|necessary", tail) else None
    if kind is None or not re.search(rf"(?<![A-Za-z]){t.name}(?![A-Za-z])", tail):
        return None
    sp_set = solve_inequality(fp[0], "≤", X)
    roots = sp.solve(fq[0], X)
    if not isinstance(sp_set, sp.Interval) or len(roots) != 2 or any(sp.degree(r, t) > 1 for r in roots if r.has(t)):
        return None
    gap = sp.expand(roots[1] - roots[0])
    if (domain.intersect(solve_inequality(gap, ">", t)) == domain):
        lo, hi = roots
    elif (domain.intersect(solve_inequality(gap, "<", t)) == domain):
        hi, lo = roots
    else:
        return None  # the order of q's roots changes inside the domain: a case split we do not write
    data = {"P": P, "Q": Q, "fq": fq[0], "t": t, "domain": domain, "kind": kind, "sp": sp_set, "lo": lo, "hi": hi, "cond": cond}
    data["answer"] = _solve(data)
    if data["answer"] is None or data["answer"] == sp.S.EmptySet:
        return None
    return Match([f"p: {rel_plain(P)}", f"q: {rel_plain(Q)}"], f"range of {t.name}", data, 0.85)


def _conditions(d: dict) -> list[tuple[sp.Expr, str, sp.Expr]]:
    """Endpoint inequalities for P ⊆ Q (sufficient) and/or Q ⊆ P (necessary)."""
    a, b = d["sp"].start, d["sp"].end
    out = []
    if d["kind"][0]:
        out += [(d["lo"], "≤", a), (d["hi"], "≥", b)]
    if d["kind"][1]:
        out += [(a, "≤", d["lo"]), (b, "≥", d["hi"])]
    return out


def _inclusion(d: dict) -> sp.Set:
    """The parameter values for which the endpoint inequalities hold (the sets may still be equal)."""
    s = d["domain"]
    for lhs, op, rhs in _conditions(d):
        s = s.intersect(solve_inequality(sp.expand(lhs - rhs), op, d["t"]))
    return s


def _equal_at(d: dict) -> list:
    """Parameter values that make the two sets equal (to be removed for "…不必要" / "…不充分")."""
    t = d["t"]
    same = sp.solve([d["lo"] - d["sp"].start, d["hi"] - d["sp"].end], t, dict=True)
    return [v[t] for v in same if t in v and _inclusion(d).contains(v[t]) is sp.true]


def _solve(d: dict) -> sp.Set | None:
    s = _inclusion(d)
    if False in d["kind"]:  # "…不必要" / "…不充分": the two sets must differ
        s = s - sp.FiniteSet(*_equal_at(d))
    return s


def _reference(d: dict) -> tuple[str, str]:
    """Independent: P ⊆ Q ⟺ q holds at both ends of P (q is convex); Q ⊆ P ⟺ p holds at both roots of q."""
    t, fq = d["t"], d["fq"]
    a, b = d["sp"].start, d["sp"].end
    fp = sp.expand(d["P"][0][0] - d["P"][0][2] if d["P"][0][1] == "≤" else d["P"][0][2] - d["P"][0][0])
    s = d["domain"]
    if d["kind"][0]:
        for end in (a, b):
            s = s.intersect(sp.solveset(sp.Le(fq.subs(X, end), 0), t, sp.S.Reals))
    if d["kind"][1]:
        for root in (d["lo"], d["hi"]):
            s = s.intersect(sp.solveset(sp.Le(fp.subs(X, root), 0), t, sp.S.Reals))
    if False in d["kind"]:
        equal = sp.solveset(sp.Eq(sp.expand(fq - fp * sp.Poly(fq, X).LC() / sp.Poly(fp, X).LC()), 0), t, sp.S.Reals) \
            if not sp.expand(fq - fp).has(X) else sp.S.EmptySet
        s = s - equal
    return (interval_text(s, latex=False).replace("oo", "+\\infty").replace("-+", "-"),) * 2


def _endpoints(chain: Chain, d: dict) -> None:
    name = d["t"].name
    ctx = [d["cond"].strip()] if d["cond"] else None
    chain.ask(("解 $p$：它对应的集合 $P$ 是什么？", "Solve $p$: what is its set $P$?"), (f"$P={interval_text(d['sp'])}$",) * 2,
              f"{rel_plain(d['P'])} \\Leftrightarrow {relation_text(d['sp'], 'x')}", kps=["quad.inequality", "logic.necessary_sufficient"],
              hints=[("先解对应的二次方程。", "Solve the matching quadratic equation first.")])
    lo, hi = d["lo"], d["hi"]
    chain.ask(("把 $q$ 的左边因式分解，$q$ 对应的集合 $Q$ 是什么？", "Factor the left side of $q$: what is its set $Q$?"),
              (f"${tex(d['fq'])}=(x-({tex(lo)}))(x-({tex(hi)}))$，$Q=[{tex(lo)},{tex(hi)}]$",
               f"${tex(d['fq'])}=(x-({tex(lo)}))(x-({tex(hi)}))$, so $Q=[{tex(lo)},{tex(hi)}]$"),
              f"{plain(d['fq'])} = (x - ({plain(lo)}))*(x - ({plain(hi)}))" + (f" 且 {plain(lo)} < {plain(hi)}" if ctx else ""),
              context=ctx, kps=["quad.inequality", "set.parametric"],
              hints=[(f"注意 ${name}$ 的范围决定两根的大小。", f"The range of ${name}$ decides which root is smaller.")])
    conds = _conditions(d)
    rel = {(True, False): "P\\subsetneq Q", (False, True): "Q\\subsetneq P", (True, True): "P=Q", (True, None): "P\\subseteq Q",
           (None, True): "Q\\subseteq P"}[d["kind"]]
    ans, incl = d["answer"], _inclusion(d)
    cond_text = " 且 ".join(f"{plain(lhs)} {op} {plain(rhs)}" for lhs, op, rhs in conds)
    le, ge = "\\le", "\\ge"
    system = ",\\ ".join(f"{tex(lhs)} {le if op == '≤' else ge} {tex(rhs)}" for lhs, op, rhs in conds)
    chain.ask((f"条件要求 ${rel}$，比较端点列不等式组，解出 ${name}$。", f"The condition needs ${rel}$: compare the endpoints and solve for ${name}$."),
              (f"${system}$，得 {relation_math(incl, name, 'zh')}", f"${system}$, so {relation_math(incl, name, 'en')}"),
              f"{cond_text} \\Leftrightarrow {relation_text(incl, name)}", context=ctx, kps=["set.parametric", "logic.necessary_sufficient"],
              hints=[("端点能否相等要单独检验。", "Check separately whether the endpoints may be equal.")])
    if False in d["kind"]:
        drop = _equal_at(d)
        a, b = d["sp"].start, d["sp"].end
        first = sp.solve(d["lo"] - a, d["t"])  # the left ends agree only here; then the right ends differ
        why = (f"{plain(d['lo'].subs(d['t'], first[0]))} = {plain(a)} 且 {plain(d['hi'].subs(d['t'], first[0]))} ≠ {plain(b)}"
               if len(first) == 1 and not drop else "")
        chain.ask(("两个集合可能相等吗？相等时要舍去（“不必要”/“不充分”）。", "Can the two sets be equal? Such values must go (“not necessary” / “not sufficient”)."),
                  ((f"${name}={', '.join(tex(v) for v in drop)}$ 时 $P=Q$，舍去，得 {relation_math(ans, name, 'zh')}" if drop else
                    "不可能相等（左端点相等时右端点不等）"),
                   (f"at ${name}={', '.join(tex(v) for v in drop)}$ we get $P=Q$: drop it, so {relation_math(ans, name, 'en')}" if drop else
                    "they cannot be equal (when the left ends agree the right ends differ)")),
                  (" 且 ".join(f"{plain(d['lo'].subs(d['t'], v))} = {plain(a)} 且 {plain(d['hi'].subs(d['t'], v))} = {plain(b)}" for v in drop)
                   if drop else why),
                  context=ctx, kps=["set.relation"], hints=[("真子集要求两集合不相等。", "A proper subset must differ from the set.")])
    chain.done((interval_math(ans),) * 2, _reference(d))


register(Solver("logic.parameter", "logic", detect_parameter, (
    Method(("比较两个解集的端点", "Compare the endpoints of the two sets"), _endpoints),
), ("logic.necessary_sufficient",), priority=76, answers=frozenset({"range"})))

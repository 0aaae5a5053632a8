"""Sets with a parameter: a subset relation with a solution set that depends on a parameter (the empty set
is a case of its own), and a number that belongs to a set whose elements depend on a parameter (the
elements must stay distinct)."""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem, split_top
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, plain, relation_math, relation_text, tex
from tutor_graph.specialist.sets import _braced_sets

_SUB = r"(?:⊆|⊂|⊊)"


def _relation(text: str, a: str, b: str) -> str | None:
    """'sub' when the text says b ⊆ a (b ⊆ a, a ∩ b = b, a ∪ b = a), 'sup' when a ⊆ b, else None."""
    t = text.replace(" ", "")
    if re.search(rf"{b}{_SUB}{a}|{a}∩{b}={b}|{b}∩{a}={b}|{a}∪{b}={a}|{b}∪{a}={a}", t):
        return "sub"
    if re.search(rf"{a}{_SUB}{b}|{a}∩{b}={a}|{b}∩{a}={a}|{a}∪{b}={b}|{b}∪{a}={b}", t):
        return "sup"
    return None


def _builder(body: str) -> tuple[sp.Symbol, str] | None:
    if "|" not in body:
        return None
    head, cond = body.split("|", 1)
    return (X, cond.strip()) if head.strip() == "x" else None


def _fixed_and_param(p: Problem):
    """(fixed name, fixed condition, param name, param condition, parameter) for two builder sets."""
    bodies = _braced_sets(p.text)
    if len(bodies) != 2 or p.has("∁", "补集", "complement", "∈Z", "∈N"):
        return None
    found = {}
    for name, body in bodies.items():
        b = _builder(body)
        if b is None:
            return None
        found[name] = b[1]
    free = {}
    for name, cond in found.items():
        syms: set = set()
        for piece in re.split(r"≤|≥|<|>|=", cond):
            e = try_expr(piece)
            if e is None:
                return None
            syms |= e.free_symbols
        free[name] = syms - {X}
    fixed = [n for n in found if not free[n]]
    param = [n for n in found if len(free[n]) == 1]
    if len(fixed) != 1 or len(param) != 1:
        return None
    return fixed[0], found[fixed[0]], param[0], found[param[0]], next(iter(free[param[0]]))


def _zero_form(cond: str) -> sp.Expr | None:
    """`lhs = rhs` as lhs - rhs (one equation, no inequality), else None."""
    if cond.count("=") != 1 or re.search("[<>≤≥≠]", cond):
        return None
    lhs, rhs = (try_expr(s) for s in cond.split("="))
    return None if lhs is None or rhs is None else sp.expand(lhs - rhs)


# -- B = {x | (linear in x, with a parameter) = 0} inside a finite set -------------------------------------------
def detect_linear(p: Problem) -> Match | None:
    got = _fixed_and_param(p)
    if got is None or not p.has("求", "find", "determine"):
        return None
    fa, ca, fb, cb, a = got
    if _relation(p.text, fa, fb) != "sub":
        return None
    fa_expr, fb_expr = _zero_form(ca), _zero_form(cb)
    if fa_expr is None or fb_expr is None:
        return None
    if not fa_expr.is_polynomial(X) or sp.degree(fa_expr, X) not in (1, 2) or not fb_expr.is_polynomial(X, a):
        return None
    if sp.degree(fb_expr, X) != 1 or sp.degree(fb_expr, a) != 1:
        return None
    roots = sp.solveset(fa_expr, X, sp.S.Reals)
    if not isinstance(roots, sp.FiniteSet) or not roots:
        return None
    return Match([f"{fa}={{x | {ca}}}", f"{fb}={{x | {cb}}}", f"{fb} ⊆ {fa}"], a.name,
                 {"A": fa, "B": fb, "fa": fa_expr, "fb": fb_expr, "a": a, "roots": sorted(roots, key=float)}, 0.9)


def _linear_reference(d: dict) -> tuple[str, str]:
    """Independent: every candidate value builds B by SymPy's solveset and is kept when B ⊆ A."""
    a, fb, target = d["a"], d["fb"], sp.FiniteSet(*d["roots"])
    cands = set(sp.solve(sp.Poly(fb, X).LC(), a))
    for r in d["roots"]:
        cands |= set(sp.solve(fb.subs(X, r), a))
    keep = [v for v in cands if sp.solveset(fb.subs(a, v), X, sp.S.Reals).is_subset(target)]
    return (interval_text(sp.FiniteSet(*keep)),) * 2


def _solve_a(chain: Chain, d: dict) -> None:
    A, fa, roots = d["A"], d["fa"], d["roots"]
    chain.ask((f"先把集合 ${A}$ 具体化：方程 ${tex(fa)}=0$ 的根是什么？", f"First make ${A}$ explicit: what are the roots of ${tex(fa)}=0$?"),
              (f"${A}={interval_text(sp.FiniteSet(*roots))}$",) * 2, f"{plain(fa)} = 0 \\Leftrightarrow {relation_text(sp.FiniteSet(*roots), 'x')}",
              kps=["set.concept", "quad.equation"], hints=[("因式分解。", "Factor it.")])


def _empty_case(chain: Chain, d: dict) -> tuple[list, list]:
    """The coefficient of x vanishing: B is empty (kept) or everything (dropped). Returns (kept, dropped)."""
    a, fb = d["a"], d["fb"]
    lead = sp.Poly(fb, X).LC()
    kept, dropped = [], []
    for v in sp.solve(lead, a):
        rest = fb.subs(a, v)
        empty = rest != 0
        (kept if empty else dropped).append(v)
        chain.ask((f"${a}={tex(v)}$ 时方程变成什么？${d['B']}$ 是什么？满足条件吗？", f"What does the equation become when ${a}={tex(v)}$? What is ${d['B']}$, and does it satisfy the condition?"),
                  ((f"${tex(rest)}=0$ 无解，${d['B']}=\\varnothing$，空集是任何集合的子集，满足", f"${tex(rest)}=0$ has no solution, so ${d['B']}=\\varnothing$, a subset of every set: it satisfies the condition")
                   if empty else (f"$0=0$ 恒成立，${d['B']}=\\mathbb{{R}}$，不满足", f"$0=0$ always holds, ${d['B']}=\\mathbb{{R}}$: it fails")),
                  f"{plain(rest)} \\ne 0" if empty else f"{plain(lead)} = 0 \\Leftrightarrow {a} = {plain(v)}",
                  kps=["set.relation", "set.parametric", "case_analysis"],
                  hints=[("别忘了空集：一次项系数为 0 时方程可能无解。", "Do not forget the empty set: with a zero coefficient the equation may have no solution.")])
    return kept, dropped


def _by_roots(chain: Chain, d: dict) -> None:
    a, fb, roots = d["a"], d["fb"], d["roots"]
    _solve_a(chain, d)
    chain.ask((f"条件等价于 ${d['B']}$ 与 ${d['A']}$ 之间的什么关系？", f"What relation between ${d['B']}$ and ${d['A']}$ does the condition say?"),
              (f"${d['B']}\\subseteq {d['A']}$",) * 2, "", kps=["set.relation", "set.operations"],
              hints=[("并集（或交集）不变，说明较小集合的元素都落在哪里？", "If the union (or intersection) does not change, where must every element of the smaller set lie?")])
    kept, _ = _empty_case(chain, d)
    for r in roots:
        eq = sp.expand(fb.subs(X, r))
        vals = [v for v in sp.solve(eq, a) if sp.Poly(fb, X).LC().subs(a, v) != 0]
        kept += vals
        chain.ask((f"系数不为 0 时 ${d['B']}$ 只有一个元素。若它是 ${tex(r)}$，${a}$ 是多少？", f"With a nonzero coefficient ${d['B']}$ has one element. If it is ${tex(r)}$, what is ${a}$?"),
                  (roots_or_none(a, vals),) * 2, f"{plain(eq)} = 0 \\Rightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in vals) or "1 = 0"),
                  kps=["set.parametric"], hints=[(f"把 $x={tex(r)}$ 代入方程。", f"Substitute $x={tex(r)}$ into the equation.")])
    answer = f"${interval_text(sp.FiniteSet(*kept))}$"
    chain.ask((f"把各种情况合起来，${a}$ 的取值集合是什么？", f"Putting the cases together, what is the set of values of ${a}$?"), (answer,) * 2, "",
              kps=["set.parametric"], hints=[("别漏掉空集的情形。", "Do not leave out the empty-set case.")])
    chain.done((answer,) * 2, _linear_reference(d))


def roots_or_none(a, vals) -> str:
    return " 或 ".join(f"${a}={tex(v)}$" for v in vals) or "无"


def _by_subsets(chain: Chain, d: dict) -> None:
    a, fb, roots = d["a"], d["fb"], d["roots"]
    _solve_a(chain, d)
    subsets = [sp.FiniteSet(*c) for k in range(len(roots) + 1) for c in itertools.combinations(roots, k)]
    listing = ", ".join(interval_text(s) for s in subsets)
    chain.ask((f"${d['A']}$ 的子集有哪些？一次方程的解集最多有几个元素？", f"What are the subsets of ${d['A']}$? How many elements can the solution set of a linear equation have?"),
              (f"${listing}$；最多一个元素，所以 ${d['B']}$ 只能是空集或单元素集", f"${listing}$; at most one, so ${d['B']}$ is empty or a single element"),
              f"2^{len(roots)} = {len(subsets)}", kps=["set.relation"], hints=[("$n$ 元集合有 $2^n$ 个子集。", "A set of n elements has 2^n subsets.")])
    kept, _ = _empty_case(chain, d)
    lead = sp.Poly(fb, X).LC()
    sol = sp.solve(fb, X)[0]
    for r in roots:
        vals = [v for v in sp.solve(sp.together(sol - r).as_numer_denom()[0], a) if lead.subs(a, v) != 0]
        kept += vals
        chain.ask((f"${d['B']}=\\{{{tex(r)}\\}}$ 时，由 $x={tex(sol)}={tex(r)}$ 求 ${a}$。", f"For ${d['B']}=\\{{{tex(r)}\\}}$: solve $x={tex(sol)}={tex(r)}$ for ${a}$."),
                  (roots_or_none(a, vals),) * 2, f"{plain(sol)} = {plain(r)} \\Rightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in vals) or "1 = 0"),
                  kps=["set.parametric"], hints=[("解一次方程。", "Solve the linear equation.")])
    answer = f"${interval_text(sp.FiniteSet(*kept))}$"
    chain.done((answer,) * 2, _linear_reference(d))


register(Solver("set.parametric_linear", "sets", detect_linear, (
    Method(("转化为子集关系后分类讨论", "Subset relation, then cases"), _by_roots),
    Method(("列出子集逐一对应", "List the subsets and match each"), _by_subsets),
), ("set.parametric", "set.relation"), priority=62, answers=frozenset({"set", "unknown", "range"})))


# -- B = {x | L(m) ≤ x ≤ R(m)} and a fixed interval A ---------------------------------------------------------------
_RANGE = re.compile(r"^(.+?)(<|≤)\s*x\s*(<|≤)(.+)$")


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


def detect_interval(p: Problem) -> Match | None:
    got = _fixed_and_param(p)
    if got is None or not p.has("取值范围", "range", "求实数", "find the values"):
        return None
    fa, ca, fb, cb, m = got
    rel = _relation(p.text, fa, fb)
    pieces = _RANGE.match(cb.replace(" ", ""))
    A = _fixed_interval(ca.replace(" ", ""))
    if rel is None or not pieces or A is None:
        return None
    lo, hi = try_expr(pieces.group(1)), try_expr(pieces.group(4))
    if lo is None or hi is None or any(not e.is_polynomial(m) or sp.degree(e, m) > 1 for e in (lo, hi)) or sp.expand(hi - lo).is_number:
        return None
    opens = (pieces.group(2) == "<", pieces.group(3) == "<")
    data = {"A": fa, "B": fb, "ca": ca, "setA": A, "lo": lo, "hi": hi, "opens": opens, "m": m, "rel": rel}
    if _interval_reference(data)[0] == interval_text(sp.S.EmptySet):
        return None  # no value works: a claim of "no solution" cannot be checked, so leave it to a person
    return Match([f"{fa}={{x | {ca}}}", f"{fb}={{x | {cb}}}"], m.name,
                 {"A": fa, "B": fb, "ca": ca, "setA": A, "lo": lo, "hi": hi, "opens": opens, "m": m, "rel": rel}, 0.9)


def _holds(d: dict, v) -> bool:
    B = sp.Interval(d["lo"].subs(d["m"], v), d["hi"].subs(d["m"], v), *d["opens"])
    return B.is_subset(d["setA"]) if d["rel"] == "sub" else bool(d["setA"].is_subset(B))


def _interval_reference(d: dict) -> tuple[str, str]:
    """Independent: build B for a value of m in every piece between the critical values and test B ⊆ A."""
    m, A = d["m"], d["setA"]
    ends = [e for e in (A.start, A.end) if e.is_finite]
    crit = set(sp.solve(d["lo"] - d["hi"], m))
    for e in (d["lo"], d["hi"]):
        for t in ends:
            crit |= set(sp.solve(e - t, m))
    pts = sorted(crit, key=float)
    edges = [-sp.oo, *pts, sp.oo]
    out: sp.Set = sp.S.EmptySet
    for a, b in zip(edges, edges[1:], strict=False):
        probe = (a + b) / 2 if a.is_finite and b.is_finite else (b - 1 if a == -sp.oo and b.is_finite else a + 1 if a.is_finite else 0)
        if _holds(d, probe):
            out = out | sp.Interval.open(a, b)
    for v in pts:
        if _holds(d, v):
            out = out | sp.FiniteSet(v)
    return (interval_text(out),) * 2


def _end_rel(b_open: bool, a_open: bool, side: str) -> str:
    """The relation an end of B must keep with the same end of A for B ⊆ A (side 'lo' or 'hi')."""
    strict = a_open and not b_open
    return (">" if strict else "≥") if side == "lo" else ("<" if strict else "≤")


def _by_cases(chain: Chain, d: dict) -> None:
    m, lo, hi, A, (lo_open, hi_open) = d["m"], d["lo"], d["hi"], d["setA"], d["opens"]
    ca = d["ca"]
    if not _RANGE.match(ca.replace(" ", "")):  # A still has to be solved
        chain.ask((f"先解出集合 ${d['A']}$。", f"First work out the set ${d['A']}$."), (f"${d['A']}={interval_text(A)}$",) * 2,
                  f"{ca} \\Leftrightarrow {relation_text(A, 'x')}", kps=["quad.inequality", "set.concept"],
                  hints=[("因式分解后看二次函数的图象。", "Factor and read it off the parabola.")])
    empty_op = "≥" if lo_open or hi_open else ">"
    empty = solve_inequality(sp.expand(lo - hi), empty_op, m)
    conds = []
    result = sp.S.EmptySet
    if d["rel"] == "sub":
        chain.ask((f"${d['B']}$ 可能是空集吗？什么时候为空集？这时条件成立吗？", f"Can ${d['B']}$ be empty? When, and does the condition hold then?"),
                  (f"${tex(lo)} {empty_op.replace('≥', chr(92) + 'ge ')} {tex(hi)}$，即 {relation_math(empty, m.name)} 时 ${d['B']}=\\varnothing$，空集是任何集合的子集，成立",
                   f"when ${tex(lo)} {empty_op.replace('≥', chr(92) + 'ge ')} {tex(hi)}$, i.e. {relation_math(empty, m.name, 'en')}, ${d['B']}=\\varnothing$, a subset of every set: it holds"),
                  f"{plain(lo)} {empty_op} {plain(hi)} \\Leftrightarrow {relation_text(empty, m.name)}", kps=["set.relation", "set.parametric", "case_analysis"],
                  hints=[("空集是任何集合的子集，最容易漏掉。", "The empty set is a subset of every set: the case most often missed.")])
        result = empty
        conds.append(f"{plain(lo)} {'<' if empty_op == '≥' else '≤'} {plain(hi)}")
        if A.start.is_finite:
            conds.append(f"{plain(lo)} {_end_rel(lo_open, A.left_open, 'lo')} {plain(A.start)}")
        if A.end.is_finite:
            conds.append(f"{plain(hi)} {_end_rel(hi_open, A.right_open, 'hi')} {plain(A.end)}")
        ask = (f"${d['B']}$ 非空时，要使 ${d['B']}\\subseteq {d['A']}$，端点要满足哪些不等式？解出 ${m}$。",
               f"When ${d['B']}$ is not empty, which inequalities must its ends satisfy for ${d['B']}\\subseteq {d['A']}$? Solve for ${m}$.")
    else:
        if A.start.is_finite:
            conds.append(f"{plain(lo)} {'≤' if not lo_open or A.left_open else '<'} {plain(A.start)}")
        if A.end.is_finite:
            conds.append(f"{plain(hi)} {'≥' if not hi_open or A.right_open else '>'} {plain(A.end)}")
        ask = (f"要使 ${d['A']}\\subseteq {d['B']}$（此时 ${d['B']}$ 必非空），端点要满足哪些不等式？解出 ${m}$。",
               f"For ${d['A']}\\subseteq {d['B']}$ (so ${d['B']}$ is not empty), which inequalities must the ends satisfy? Solve for ${m}$.")
    nonempty = sp.S.Reals
    for c in conds:
        lhs, op, rhs = re.fullmatch(r"(.+?) (≤|≥|<|>) (.+)", c).groups()
        nonempty = nonempty.intersect(solve_inequality(sp.expand(parse_plain(lhs) - parse_plain(rhs)), op, m))
    shown = relation_text(nonempty, m.name) if nonempty != sp.S.EmptySet else "1 < 0"
    shown_tex = [re.sub(r"(.+?) (≤|≥|<|>) (.+)", lambda g: f"${tex(parse_plain(g[1]))} {_TEX_OP[g[2]]} {tex(parse_plain(g[3]))}$", c) for c in conds]
    chain.ask(ask, (f"{' 且 '.join(shown_tex)}，解得 {relation_math(nonempty, m.name) if nonempty != sp.S.EmptySet else '无解'}",
                    f"{' and '.join(shown_tex)}, so {relation_math(nonempty, m.name, 'en') if nonempty != sp.S.EmptySet else 'no solution'}"),
              f"{' 且 '.join(conds)} \\Leftrightarrow {shown}", kps=["set.parametric", "ineq.properties", "shape_number"],
              hints=[("在数轴上画出两个集合，看端点的位置；端点能否相等要单独检查。", "Draw both sets on a number line; check separately whether the ends may coincide.")])
    result = sp.Union(result, nonempty)
    answer = f"${interval_text(result)}$"
    chain.ask(("把各种情况合并，得到的范围是什么？", "Combining the cases, what is the range?"), (answer,) * 2,
              f"{relation_text(result, m.name)} \\Leftrightarrow {' 或 '.join(x for x in (relation_text(empty, m.name) if d['rel'] == 'sub' and empty else '', shown if nonempty else '') if x)}"
              if d["rel"] == "sub" and empty and nonempty else "", kps=["set.parametric"],
              hints=[("分类讨论的结果要取并集。", "The cases are joined by a union.")])
    chain.done((answer,) * 2, _interval_reference(d))


_TEX_OP = {"≤": "\\le", "≥": "\\ge", "<": "<", ">": ">"}


def parse_plain(s: str) -> sp.Expr:
    e = try_expr(s)
    if e is None:
        raise ValueError(s)
    return e


register(Solver("set.parametric_interval", "sets", detect_interval, (
    Method(("分空集与非空集讨论（数轴）", "Cases: empty or not (number line)"), _by_cases),
), ("set.parametric", "set.relation"), priority=62, answers=frozenset({"range"})))


# -- c ∈ {e₁(a), e₂(a), …}: cases, then the elements must stay distinct ------------------------------------------------
def detect_element(p: Problem) -> Match | None:
    m = re.search(r"(?<![\w^_])(-?\d+)\s*∈\s*\{([^{}|]+)\}", p.text)
    if not m or p.text.count("∈") != 1 or "求" not in p.text and not p.has("find", "determine"):
        return None
    c = sp.Integer(m.group(1))
    elems = [try_expr(e) for e in split_top(m.group(2), ",") if e.strip()]
    if not 2 <= len(elems) <= 4 or any(e is None for e in elems):
        return None
    syms = set().union(*(e.free_symbols for e in elems))
    if len(syms) != 1:
        return None
    a = next(iter(syms))
    if sum(1 for e in elems if e.free_symbols) < 1 or any(e.free_symbols and (not e.is_polynomial(a) or sp.degree(e, a) > 2) for e in elems):
        return None
    data = {"c": c, "elems": elems, "a": a, "body": m.group(2)}
    if _element_reference(data)[0] == "none":
        return None  # no value works: nothing checkable to teach towards
    return Match([f"{c} ∈ {{{m.group(2)}}}"], a.name, data, 0.9)


def _element_reference(d: dict) -> tuple[str, str]:
    """Independent: the real roots of the product ∏(eᵢ − c), kept when the listed elements are distinct."""
    a, c, elems = d["a"], d["c"], d["elems"]
    prod = sp.expand(sp.Mul(*[e - c for e in elems if e.free_symbols]))
    roots = sp.solveset(prod, a, sp.S.Reals)
    ok = [v for v in roots if len(set(sp.nsimplify(e.subs(a, v)) for e in elems)) == len(elems)]
    return (" 或 ".join(f"{a}={plain(v)}" for v in sorted(ok, key=float)) or "none",) * 2


def _by_elements(chain: Chain, d: dict) -> None:
    a, c, elems = d["a"], d["c"], d["elems"]
    listing = "\\{" + ", ".join(tex(e) for e in elems) + "\\}"
    chain.ask((f"${c}$ 属于集合 ${listing}$，说明 ${c}$ 可能等于哪个元素？有几种情况？", f"${c}$ belongs to ${listing}$: which element can equal ${c}$? How many cases?"),
              ("，或 ".join(f"${tex(e)}={c}$" for e in elems if e.free_symbols),) * 2, "", kps=["set.concept", "case_analysis"],
              hints=[("元素与集合的关系：属于就是等于其中某个元素。", "Belonging means being equal to one of the elements.")])
    kept: list = []
    seen: set = set()
    for e in elems:
        if not e.free_symbols:
            continue
        vals = sorted(sp.solveset(e - c, a, sp.S.Reals), key=float)
        chain.ask((f"若 ${tex(e)}={c}$，${a}$ 是多少？", f"If ${tex(e)}={c}$, what is ${a}$?"),
                  (" 或 ".join(f"${a}={tex(v)}$" for v in vals) or "无实数解", " or ".join(f"${a}={tex(v)}$" for v in vals) or "no real solution"),
                  f"{plain(e)} = {c} \\Leftrightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in vals) if vals else "1 = 0"),
                  kps=["set.concept", "quad.equation"], hints=[("解方程。", "Solve the equation.")])
        for v in vals:
            if v in seen:
                continue
            seen.add(v)
            values = [sp.nsimplify(x.subs(a, v)) for x in elems]
            dup = next(((i, j) for i in range(len(elems)) for j in range(i + 1, len(elems)) if values[i] == values[j]), None)
            shown = "\\{" + ", ".join(tex(x) for x in values) + "\\}"
            if dup is None:
                kept.append(v)
                claim = " 且 ".join(f"{plain(elems[i])} \\ne {plain(elems[j])}" for i in range(len(elems)) for j in range(i + 1, len(elems)))
                ans = (f"集合为 ${shown}$，元素互不相同，符合", f"the set is ${shown}$: the elements are distinct, so it is kept")
            else:
                i, j = dup
                claim = f"{plain(elems[i])} = {plain(elems[j])}"
                ans = (f"两个元素都等于 ${tex(values[i])}$，违反集合元素的互异性，舍去", f"two elements both equal ${tex(values[i])}$: they must be distinct, so it is rejected")
            chain.ask((f"检验：${a}={tex(v)}$ 时集合的元素是什么？互不相同吗？", f"Check: with ${a}={tex(v)}$, what are the elements? Are they distinct?"),
                      ans, claim, context=[f"{a} = {plain(v)}"], kps=["set.concept", "set.parametric"],
                      hints=[("集合中的元素必须互不相同。", "The elements of a set must be distinct.")])
    answer = " 或 ".join(f"${a}={tex(v)}$" for v in sorted(kept, key=float))
    chain.done((answer, answer.replace(" 或 ", " or ")), _element_reference(d))


register(Solver("set.element_parameter", "sets", detect_element, (
    Method(("分类讨论并检验互异性", "Cases, then check the elements are distinct"), _by_elements),
), ("set.concept", "set.parametric"), priority=62, answers=frozenset({"unknown"})))

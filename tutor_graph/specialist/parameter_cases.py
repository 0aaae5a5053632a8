"""A parameter from an extreme value on a closed interval, by cases (分类讨论): a quadratic whose axis moves
with the parameter (axis left of, inside, right of the interval) and an exponential a^x whose monotonicity
depends on the base (a > 1 vs 0 < a < 1). A solution outside its own case is rejected."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_text,
    paren,
    plain,
    relation_math,
    roots_math,
    roots_text,
    tex,
)

_NUMBER = r"(-?\s*\(\([^()]*\)/\([^()]*\)\)|-?\s*sqrt\(\d+\)|-?\s*\d+(?:\.\d+)?(?:/\d+)?)"
_VALUE = r"\s*(?:为|是|等于|\bis\b|\bequals?\b)\s*" + _NUMBER + r"(?=\s*[，。,;；.?]?\s*(?:求|则|find|determine|$|[,;，。；]))"
_EXTREME_ZH = re.compile(r"最(小|大)值" + _VALUE, re.I)
_EXTREME_EN = re.compile(r"\b(min|max)imum(?: value)?\b(?![^,;]*\b(?:min|max)imum\b)[^;]*?" + _VALUE, re.I)


def _one_param_function(p: Problem):
    """(x, body, a) for the `f(x) = …` (or y = …) whose body holds exactly one parameter besides x."""
    for lhs, op, rhs in p.relations:
        if op != "=":
            continue
        is_f = isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol)
        if is_f or (isinstance(lhs, sp.Symbol) and lhs.name == "y"):
            x = lhs.args[0] if is_f else sp.Symbol("x", real=True)
            params = rhs.free_symbols - {x}
            if x in rhs.free_symbols and len(params) == 1:
                return x, rhs, params.pop()
    return None


# -- a quadratic with a moving axis ------------------------------------------------------------------------------------
def detect_quadratic_axis(p: Problem) -> Match | None:
    """f(x) = A x² + B(a) x + C(a) with a number A and an axis linear in a; its min (or max) on [m, n] is v: find a."""
    found, iv = _one_param_function(p), interval(p.text)
    m = _EXTREME_ZH.search(p.text) or _EXTREME_EN.search(p.text)
    if found is None or iv is None or m is None or iv.left_open or iv.right_open or iv.measure == sp.oo:
        return None
    if p.has("最大值与最小值", "最小值与最大值", "maximum and minimum", "minimum and maximum", "maximum minus", "minimum minus"):
        return None
    x, body, a = found
    v = try_expr(m.group(2).strip())
    if v is None or v.free_symbols or not body.is_polynomial(x) or sp.degree(body, x) != 2:
        return None
    A, B, _ = sp.Poly(body, x).all_coeffs()
    h = sp.expand(-B / (2 * A))
    if A.free_symbols or not body.is_polynomial(a) or sp.degree(h, a) != 1:
        return None
    want = "min" if m.group(1).lower() in ("小", "min") else "max"
    d = {"x": x, "body": body, "a": a, "A": A, "h": h, "lo": iv.start, "hi": iv.end, "v": v, "want": want}
    d["cases"] = _axis_cases(d)
    d["answer"] = sorted({r for c in d["cases"] for r in c["kept"]}, key=float)
    if not d["answer"]:
        return None
    return Match([f"f({x}) = {plain(body)}", interval_text(iv, latex=False), f"{want} = {plain(v)}"], "parameter from an extreme value", d, 0.9)


def _roots(e: sp.Expr, a: sp.Symbol) -> list:
    e = sp.expand(e)
    if not e.has(a):
        return []
    return sorted(set(sp.roots(sp.Poly(e, a), filter="R")), key=float)


def _axis_cases(d: dict) -> list[dict]:
    """Where the extreme sits for each range of a, the equation there, its roots and those inside the range."""
    x, body, a, h, lo, hi, v = d["x"], d["body"], d["a"], d["h"], d["lo"], d["hi"], d["v"]
    vertex_kind = "min" if d["A"] > 0 else "max"
    if d["want"] == vertex_kind:  # left of, inside, right of the interval
        spots = [(h - lo, "≤", lo), (None, None, "axis"), (h - hi, "≥", hi)]
    else:  # the farther end: the axis left or right of the midpoint
        mid = (lo + hi) / 2
        spots = [(h - mid, "≤", hi), (h - mid, ">", lo)]
    out = []
    for expr, op, at in spots:
        if at == "axis":
            region = solve_inequality(h - lo, ">", a).intersect(solve_inequality(h - hi, "<", a))
            value = sp.expand(body.subs(x, h))
        else:
            region = solve_inequality(expr, op, a)
            value = sp.expand(body.subs(x, at))
        roots = _roots(value - v, a)
        out.append({"region": region, "at": at, "value": value, "roots": roots, "kept": [r for r in roots if region.contains(r) == sp.true]})
    return out


def _axis_reference(d: dict) -> tuple[str, str]:
    """Independent: every a where f(lo), f(hi) or the vertex value equals v, kept when SymPy's own
    minimum / maximum of that f on [lo, hi] equals v."""
    x, body, a = d["x"], d["body"], d["a"]
    pool = {r for at in (d["lo"], d["hi"], d["h"]) for r in sp.solve(sp.Eq(body.subs(x, at), d["v"]), a) if r.is_real}
    iv = sp.Interval(d["lo"], d["hi"])
    extreme = sp.calculus.util.minimum if d["want"] == "min" else sp.calculus.util.maximum
    ok = sorted((r for r in pool if sp.simplify(extreme(body.subs(a, r), x, iv) - d["v"]) == 0), key=float)
    return roots_text(a.name, ok, "zh"), roots_text(a.name, ok, "en")


def _answer(a: sp.Symbol, roots) -> tuple[str, str]:
    return roots_math(a.name, roots, "zh"), roots_math(a.name, roots, "en")


def _vertex_step(chain: Chain, d: dict) -> None:
    x, body, A, h = d["x"], d["body"], d["A"], d["h"]
    k = sp.expand(body.subs(x, h))
    inner = f"{x}+{tex(-h)}" if h.could_extract_minus_sign() else f"{x}-\\left({tex(h)}\\right)" if isinstance(h, sp.Add) else f"{x}-{tex(h)}"
    rest = "" if k == 0 else f"-\\left({tex(-k)}\\right)" if k.could_extract_minus_sign() and isinstance(k, sp.Add) else \
        f"-{tex(-k)}" if k.could_extract_minus_sign() else f"+\\left({tex(k)}\\right)" if isinstance(k, sp.Add) else f"+{tex(k)}"
    square = ("" if A == 1 else "-" if A == -1 else tex(A)) + f"\\left({inner}\\right)^2" + rest
    chain.ask(("配方求对称轴。最值在哪里取得与什么有关？", "Complete the square to find the axis. What decides where the extreme is attained?"),
              (f"$f({x})={square}$，对称轴 $x={tex(h)}$，随 ${d['a']}$ 移动；最值的位置取决于对称轴与区间的相对位置",
               f"$f({x})={square}$, axis $x={tex(h)}$ moves with ${d['a']}$; where the extreme sits depends on the axis vs the interval"),
              f"{plain(body)} = {plain(A)}*({x} - ({plain(h)}))^2 + ({plain(k)})", kps=["quad.function", "completing_square"],
              hints=[("先把二次项系数提出来。", "Take out the leading coefficient first.")])


def _by_cases(chain: Chain, d: dict) -> None:
    a, lo, hi = d["a"], d["lo"], d["hi"]
    _vertex_step(chain, d)
    word = ("最小值", "minimum") if d["want"] == "min" else ("最大值", "maximum")
    for c in d["cases"]:
        where = relation_math(c["region"], a.name, "zh")
        if c["at"] == "axis":
            spot = ("对称轴在区间内，在顶点处取得", "the axis is inside: at the vertex")
        else:
            spot = (f"在端点 $x={tex(c['at'])}$ 处取得", f"at the end $x={tex(c['at'])}$")
        kept, rejected = c["kept"], [r for r in c["roots"] if r not in c["kept"]]
        verdict_zh = ("，".join(f"${a}={tex(r)}$ 符合" for r in kept) + ("；" if kept and rejected else "")
                      + "，".join(f"${a}={tex(r)}$ 不在此范围内，舍去" for r in rejected)) or "无解"
        verdict_en = ("; ".join(f"${a}={tex(r)}$ fits" for r in kept) + ("; " if kept and rejected else "")
                      + "; ".join(f"${a}={tex(r)}$ is outside this case, rejected" for r in rejected)) or "no solution"
        claim = f"{plain(c['value'])} = {plain(d['v'])} \\Rightarrow {roots_text(a.name, c['roots'], 'zh')}" if c["roots"] else ""
        chain.ask((f"若 {where}，{word[0]}是哪里的值？列方程解出 ${a}$ 并检验。",
                   f"If {relation_math(c['region'], a.name, 'en')}, where is the {word[1]}? Solve for ${a}$ and check."),
                  (f"{spot[0]}：${tex(c['value'])}={tex(d['v'])}$，{verdict_zh}", f"{spot[1]}: ${tex(c['value'])}={tex(d['v'])}$; {verdict_en}"),
                  claim, kps=["quad.function", "func.extremum", "case_analysis"],
                  hints=[("解出的值必须落在这一类的前提里。", "A value found must lie in this case's own range."),
                         (f"区间是 $[{tex(lo)},{tex(hi)}]$。", f"The interval is $[{tex(lo)},{tex(hi)}]$.")])
    chain.done(_answer(a, d["answer"]), _axis_reference(d))


def _by_candidates(chain: Chain, d: dict) -> None:
    x, body, a, lo, hi, v = d["x"], d["body"], d["a"], d["lo"], d["hi"], d["v"]
    _vertex_step(chain, d)
    values = [sp.expand(body.subs(x, at)) for at in (lo, hi, d["h"])]
    pool = sorted({r for e in values for r in _roots(e - v, a)}, key=float)
    eqs = [f"${tex(e)}={tex(v)}$" for e in values]
    chain.ask((f"最值只能在端点或顶点取得。分别令 $f({tex(lo)})$、$f({tex(hi)})$、顶点值等于 ${tex(v)}$，得到哪些候选值？",
               f"The extreme can only be at an end or at the vertex. Set $f({tex(lo)})$, $f({tex(hi)})$ and the vertex value equal to ${tex(v)}$: which candidates?"),
              ("，".join(eqs) + "；候选 " + roots_math(a.name, pool, "zh"), ", ".join(eqs) + "; candidates " + roots_math(a.name, pool, "en")),
              " 或 ".join(f"{plain(e)} = {plain(v)}" for e in values if e.has(a)) + f" \\Rightarrow {roots_text(a.name, pool, 'zh')}",
              kps=["quad.function", "func.extremum"], hints=[("这是必要条件，还要逐个检验。", "This is only necessary: check each one.")])
    kept = []
    for r in pool:
        f = sp.expand(body.subs(a, r))
        h = d["h"].subs(a, r)
        points = sorted({lo, hi, *([h] if lo < h < hi else [])}, key=float)
        values = [(c, f.subs(x, c)) for c in points]
        best = min(values, key=lambda t: t[1]) if d["want"] == "min" else max(values, key=lambda t: t[1])
        good = best[1] == v
        kept += [r] if good else []
        chain.ask((f"检验 ${a}={tex(r)}$：此时 $f({x})={tex(f)}$ 在区间上的{'最小' if d['want'] == 'min' else '最大'}值是多少？",
                   f"Check ${a}={tex(r)}$: then $f({x})={tex(f)}$. What is its {d['want']}imum on the interval?"),
                  (f"对称轴 $x={tex(h)}$，{'最小' if d['want'] == 'min' else '最大'}值 $f({tex(best[0])})={tex(best[1])}$，" + ("符合" if good else "不符，舍去"),
                   f"axis $x={tex(h)}$, {d['want']}imum $f({tex(best[0])})={tex(best[1])}$: " + ("it fits" if good else "no, rejected")),
                  " 且 ".join(f"f({paren(c)}) = {plain(val)}" for c, val in values), context=[f"f({x}) = {plain(f)}"],
                  kps=["quad.function", "func.extremum"], hints=[("比较端点和顶点（若在区间内）的函数值。", "Compare the ends and the vertex (if inside).")])
    chain.done(_answer(a, kept), _axis_reference(d))


register(Solver("quadratic.axis_parameter", "quadratics", detect_quadratic_axis, (
    Method(("按对称轴位置分类讨论", "Cases by the position of the axis"), _by_cases),
    Method(("求候选值再检验", "Candidates, then check each"), _by_candidates),
), ("quad.function", "func.extremum"), priority=45, answers=frozenset({"unknown"})))


# -- a^x: the difference (or sum) of the max and min on [m, n] -------------------------------------------------------
_EXP = re.compile(r"(?:[fgh]\s*\(\s*x\s*\)|\by)\s*=\s*([a-z])\s*\^\s*\(?\s*x\s*\)?(?![\w^(])(?!\s*[-+*/])")
_DIFF = re.compile(r"(?:最大值与最小值之差|最大值减去?最小值|maximum minus the minimum|difference between the maximum and (?:the )?minimum"
                   r"|maximum and minimum differ by)\s*(?:(?:on|in)\s*(?:the interval\s*)?\[[^\]]*\]\s*)?(?:为|是|等于|\bis\b|\bequals?\b|by)?\s*([^，。,;；?]+?)\s*(?=[，。,;；?]|\.\s|\.?$)")
_SUM = re.compile(r"(?:最大值与最小值之和|最大值与最小值的和|sum of the maximum and (?:the )?minimum|maximum plus the minimum)"
                  r"\s*(?:(?:on|in)\s*(?:the interval\s*)?\[[^\]]*\]\s*)?(?:为|是|等于|\bis\b|\bequals?\b)?\s*([^，。,;；?]+?)\s*(?=[，。,;；?]|\.\s|\.?$)")


def detect_exp_base(p: Problem) -> Match | None:
    """f(x) = a^x (a > 0, a ≠ 1) on [m, n]: the max minus (or plus) the min is given: find the base a."""
    e, iv = _EXP.search(p.text), interval(p.text)
    diff, total = _DIFF.search(p.text), _SUM.search(p.text)
    if e is None or iv is None or (diff is None) == (total is None) or iv.measure == sp.oo:
        return None
    a = sp.Symbol(e.group(1), positive=True)
    rhs = try_expr((diff or total).group(1))
    if rhs is None:
        return None
    rhs = rhs.subs({s: a for s in rhs.free_symbols if s.name == a.name})
    lo, hi = iv.start, iv.end
    if rhs.free_symbols - {a} or not (lo.is_Integer and hi.is_Integer and lo >= 0) or not rhs.is_polynomial(a):
        return None
    f_lo, f_hi = a**lo, a**hi
    if diff:
        cases = [(sp.Interval.open(1, sp.oo), f_hi - f_lo), (sp.Interval.open(0, 1), f_lo - f_hi)]
    else:
        cases = [(sp.Interval.open(0, sp.oo), f_hi + f_lo)]
    out = []
    for region, lhs in cases:
        roots = _roots(lhs - rhs, a)
        out.append({"region": region, "lhs": lhs, "roots": roots, "kept": [r for r in roots if region.contains(r) == sp.true and r != 1]})
    answer = sorted({r for c in out for r in c["kept"]}, key=float)
    if not answer:
        return None
    d = {"a": a, "lo": lo, "hi": hi, "rhs": rhs, "diff": diff is not None, "cases": out, "answer": answer}
    return Match([f"f(x) = {a}^x", interval_text(iv, latex=False)], "base from max and min", d, 0.9)


def _exp_reference(d: dict) -> tuple[str, str]:
    """Independent: solveset of (a^n − a^m)² = rhs² (or the sum) over a > 0, a ≠ 1, each root kept when SymPy's
    maximum minus minimum of a^x on [m, n] gives the stated value."""
    a, x = d["a"], sp.Symbol("x", real=True)
    f_lo, f_hi = a ** d["lo"], a ** d["hi"]
    eq = (f_hi - f_lo) ** 2 - d["rhs"] ** 2 if d["diff"] else f_hi + f_lo - d["rhs"]
    found = sp.solveset(sp.expand(eq), a, sp.Interval.open(0, sp.oo)) - {1}
    iv, ok = sp.Interval(d["lo"], d["hi"]), []
    for r in found if isinstance(found, sp.FiniteSet) else []:
        hi_v, lo_v = sp.calculus.util.maximum(r**x, x, iv), sp.calculus.util.minimum(r**x, x, iv)
        if sp.simplify((hi_v - lo_v if d["diff"] else hi_v + lo_v) - d["rhs"].subs(a, r)) == 0:
            ok.append(r)
    return roots_text(a.name, ok, "zh"), roots_text(a.name, ok, "en")


def _exp_cases(chain: Chain, d: dict) -> None:
    a, lo, hi = d["a"], d["lo"], d["hi"]
    chain.ask(("最大值、最小值在哪里取得与什么有关？", "What decides where the maximum and the minimum are attained?"),
              (f"与单调性有关：${a}>1$ 时递增，$0<{a}<1$ 时递减；两种情况最值都在端点 $x={tex(lo)}$、$x={tex(hi)}$ 处取得",
               f"Monotonicity: increasing for ${a}>1$, decreasing for $0<{a}<1$; either way the extremes are at the ends $x={tex(lo)}$, $x={tex(hi)}$"),
              "", kps=["exp.function", "func.monotonicity", "case_analysis"],
              hints=[("指数函数的单调性由底数决定。", "The base decides whether an exponential rises or falls.")])
    for c in d["cases"]:
        where_zh, where_en = relation_math(c["region"], a.name, "zh"), relation_math(c["region"], a.name, "en")
        kept, rejected = c["kept"], [r for r in c["roots"] if r not in c["kept"]]
        zh = f"${tex(c['lhs'])}={tex(d['rhs'])}$，" + "，".join([*(f"${a}={tex(r)}$" for r in kept), *(f"${a}={tex(r)}$ 舍去" for r in rejected)] or ["无解"])
        en = f"${tex(c['lhs'])}={tex(d['rhs'])}$: " + ", ".join([*(f"${a}={tex(r)}$" for r in kept), *(f"${a}={tex(r)}$ rejected" for r in rejected)] or ["none"])
        chain.ask((f"若 {where_zh}，列方程并求解。" if d["diff"] else "列方程并求解。", f"If {where_en}, set up the equation and solve." if d["diff"] else "Set up the equation and solve."),
                  (zh, en), f"{plain(c['lhs'])} = {plain(d['rhs'])} \\Rightarrow {roots_text(a.name, c['roots'], 'zh')}" if c["roots"] else "",
                  kps=["exp.function", "quad.equation"], hints=[("解出的值要满足这一类的前提，且 $a>0, a\\ne 1$。", "A value must fit its own case, with $a>0, a\\ne 1$.")])
    chain.done(_answer(a, d["answer"]), _exp_reference(d))


def _exp_abs(chain: Chain, d: dict) -> None:
    a, lo, hi = d["a"], d["lo"], d["hi"]
    gap = a**hi - a**lo
    chain.ask(("单调函数在闭区间上的最大值与最小值之差，可以统一写成什么？", "For a monotonic function on a closed interval, how can max minus min be written without cases?"),
              (f"$|f({tex(hi)})-f({tex(lo)})|=|{tex(gap)}|={tex(d['rhs'])}$",) * 2, "", kps=["exp.function", "whole_view"],
              hints=[("最值在两端取得，差就是两端函数值之差的绝对值。", "The extremes are at the two ends: the gap is the absolute difference there.")])
    roots = sorted({r for sign in (1, -1) for r in _roots(sign * gap - d["rhs"], a)}, key=float)
    kept = [r for r in roots if r > 0 and r != 1]
    rejected = [r for r in roots if r not in kept]
    chain.ask(("去掉绝对值解方程，结果满足 $a>0$, $a\\ne 1$ 吗？", "Solve without the absolute value. Do the roots satisfy $a>0$, $a\\ne 1$?"),
              (roots_math(a.name, kept, "zh") + ("，" + "，".join(f"${a}={tex(r)}$ 舍去" for r in rejected) if rejected else ""),
               roots_math(a.name, kept, "en") + ("; " + ", ".join(f"${a}={tex(r)}$ rejected" for r in rejected) if rejected else "")),
              f"{plain(gap)} = {plain(d['rhs'])} 或 {plain(gap)} = -({plain(d['rhs'])}) \\Rightarrow {roots_text(a.name, roots, 'zh')}",
              kps=["exp.function", "ineq.properties"], hints=[("$|u|=v$ 即 $u=v$ 或 $u=-v$。", "$|u|=v$ means $u=v$ or $u=-v$.")])
    chain.done(_answer(a, kept), _exp_reference(d))


register(Solver("exp.base_from_extremes", "exp_log", detect_exp_base, (
    Method(("按底数分类讨论", "Cases on the base"), _exp_cases),
    Method(("最大减最小等于两端函数值之差的绝对值", "The difference equals |f(n)-f(m)|"), _exp_abs, lambda d: d["diff"]),
), ("exp.function",), priority=45, answers=frozenset({"unknown"})))

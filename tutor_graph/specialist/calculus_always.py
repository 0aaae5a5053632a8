"""Inequalities that hold for every x, with one parameter entering linearly: f(x) = A(x) + a·B(x) ≥ 0 (≤, >, <)
for all x in a domain D, find a (恒成立求参).

Two shapes are taken on, and everything else is declined:
- B keeps one strict sign on D: the parameter separates, a ≥ g(x) (or ≤) with g = -A/B, and the bound is the
  supremum (infimum) of g, found with g' — attained or not, which decides whether the bound itself is allowed;
- B vanishes at one interior point z of D where A vanishes too (so f(z) = 0 for every a, e.g. e^x - ax - 1):
  z must be the minimum (maximum) of f, so f'(z) = 0 fixes a, and the sign of f' for that a shows it suffices.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.calculus.util import continuous_domain, function_range

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, relation_math, relation_text, tex

_ALL = ("恒成立", "对一切", "对任意", "对于任意", "对所有", "for all", "for every", "for any", "always holds", "holds for all")
# other conditions or asks that change the problem: existence, solutions, extreme points, two variables
_OTHER = re.compile(r"存在|有解|能成立|极值点|零点|单调|x_\{?[12]|exist|some x|has (?:a )?solution|extreme point|zeros?\b|monoton", re.I)
_FLIP = {"≥": "≤", ">": "<", "≤": "≥", "<": ">"}
_TEX = {"≥": r"\ge", ">": ">", "≤": r"\le", "<": "<"}
_ZH_OP = {"≥": "≥", ">": ">", "≤": "≤", "<": "<"}


def _domain(p: Problem, x: sp.Symbol, rels) -> sp.Set | None:
    """The interval the statement is asked on: the stated conditions on x, within where f is continuous."""
    dom: sp.Set = sp.S.Reals
    for lhs, op, rhs in rels:
        rel = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}[op](lhs, rhs)
        dom = dom.intersect(sp.solveset(rel, x, sp.S.Reals))
    return dom if isinstance(dom, sp.Interval) or dom == sp.S.Reals else None


def detect_always(p: Problem) -> Match | None:
    """f(x) = A(x) + a·B(x) and f(x) op c for all x (in a stated domain): the range (value) of a."""
    if not p.has(*_ALL) or _OTHER.search(p.text):
        return None
    fdef, ineq, conds = None, None, []
    for lhs, op, rhs in p.relations:
        if isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol):
            if op == "=" and fdef is None and rhs.free_symbols:
                fdef = (lhs, rhs)
            elif op in _FLIP and ineq is None and not rhs.free_symbols:
                ineq = (lhs, op, rhs)
            else:
                return None
        elif op in _FLIP and len(lhs.free_symbols | rhs.free_symbols) == 1 and not lhs.atoms(sp.core.function.AppliedUndef):
            conds.append((lhs, op, rhs))
        else:
            return None  # another condition we do not read
    if fdef is None or ineq is None or ineq[0] != fdef[0]:
        return None
    x = fdef[0].args[0]
    params = sorted(fdef[1].free_symbols - {x}, key=lambda s: s.name)
    if len(params) != 1 or x not in fdef[1].free_symbols or any((c[0].free_symbols | c[2].free_symbols) != {x} for c in conds):
        return None
    a = params[0]
    F = sp.expand(fdef[1] - ineq[2])
    B = sp.diff(F, a)
    A = sp.expand(F - a * B)
    if B == 0 or a in B.free_symbols or x not in (A.free_symbols | B.free_symbols):
        return None
    if F.is_polynomial(x) and sp.degree(F, x) <= 2:
        return None  # quadratics have their own solvers (discriminant)
    stated = _domain(p, x, conds)
    if stated is None:
        return None
    try:
        D = continuous_domain(A, x, stated).intersect(continuous_domain(B, x, stated))
    except (NotImplementedError, ValueError):
        return None
    if not (isinstance(D, sp.Interval) or D == sp.S.Reals):
        return None
    zeros = sp.solveset(B, x, D)
    if zeros != sp.S.EmptySet and (not isinstance(zeros, sp.FiniteSet) or len(zeros) > 1):
        return None
    d = {"x": x, "a": a, "F": F, "A": A, "B": B, "op": ineq[1], "D": D, "conds": [f"{plain(c[0])} {c[1]} {plain(c[2])}" for c in conds],
         "body": fdef[1], "rhs": ineq[2]}
    d.update(_separated(d) if not zeros else _pinned(d, next(iter(zeros))) or {})
    if "answer" not in d:
        return None
    return Match([f"f({x}) = {plain(fdef[1])}", f"f({x}) {ineq[1]} {plain(ineq[2])}"], f"range of {a}", d, 0.85)


# -- B keeps its sign: separate the parameter -------------------------------------------------------------------
def _limit(g, x, end, inside) -> sp.Expr:
    """The limit of g at an end of the domain, taken from inside."""
    return sp.limit(g, x, end, "+" if inside > end else "-")


def _separated(d: dict) -> dict:
    """a op' g(x) on D: the bound from the extreme of g (sup for ≥ / >, inf for ≤ / <) and whether it is attained."""
    x, A, B, D = d["x"], d["A"], d["B"], d["D"]
    mid = _inner_point(D)
    sign = 1 if B.subs(x, mid) > 0 else -1
    op = d["op"] if sign > 0 else _FLIP[d["op"]]
    g = sp.cancel(sp.together(-A / B))
    gp = sp.factor(sp.together(sp.diff(g, x)))
    crit = sp.solveset(sp.numer(sp.together(gp)), x, D)
    if not isinstance(crit, sp.FiniteSet) or len(crit) > 2 or not all(c.is_real for c in crit):
        return {}
    want_max = op in ("≥", ">")
    attained = [(sp.simplify(g.subs(x, c)), c) for c in crit]
    limits = []
    for end, closed in ((D.inf, not D.left_open if D != sp.S.Reals else False), (D.sup, not D.right_open if D != sp.S.Reals else False)):
        if closed:
            attained.append((sp.simplify(g.subs(x, end)), end))
        else:
            limits.append((_limit(g, x, end, mid), end))
    values = [v for v, _ in attained + limits]
    if any(v.has(sp.AccumBounds, sp.zoo, sp.nan) or not (v.is_real or v.is_infinite) for v in values):
        return {}
    best = max(values) if want_max else min(values)
    if best.is_infinite:
        return {}  # no parameter works: a question we do not answer
    at = [c for v, c in attained if v == best]
    if at:
        s = (sp.Interval(best, sp.oo) if op == "≥" else sp.Interval.open(best, sp.oo) if op == ">" else
             sp.Interval(-sp.oo, best) if op == "≤" else sp.Interval.open(-sp.oo, best))
    else:  # the bound is approached, never reached: a = bound still works even for a strict inequality
        s = sp.Interval(best, sp.oo) if want_max else sp.Interval(-sp.oo, best)
    return {"case": "separate", "sign": sign, "sop": op, "g": g, "gp": gp, "crit": sorted(crit, key=float),
            "best": best, "at": at, "limits": limits, "answer": s}


def _inner_point(D: sp.Set) -> sp.Expr:
    if D == sp.S.Reals:
        return sp.Integer(0)
    lo, hi = D.inf, D.sup
    if lo.is_infinite and hi.is_infinite:
        return sp.Integer(0)
    if lo.is_infinite:
        return hi - 1
    if hi.is_infinite:
        return lo + 1
    return (lo + hi) / 2


def _separate_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's own range of g on D (function_range), its end open or closed."""
    try:
        rng = function_range(d["g"], d["x"], d["D"])
    except (NotImplementedError, ValueError):
        return ("", "")  # no independent reference: the answer is then never graded correct
    op, a = d["sop"], d["a"].name
    if op in ("≥", ">"):
        s = sp.Interval(rng.sup, sp.oo, op == ">" and not rng.right_open)
    else:
        s = sp.Interval(-sp.oo, rng.inf, True, op == "<" and not rng.left_open)
    return (relation_text(s, a, "zh"), relation_text(s, a, "en"))


def _dom_text(d: dict) -> str:
    D = d["D"]
    return r"\mathbb{R}" if D == sp.S.Reals else relation_text(D, d["x"].name, latex=True)


def _by_separation(chain: Chain, d: dict) -> None:
    x, a, g, gp, sop = d["x"], d["a"], d["g"], d["gp"], d["sop"]
    sign_zh, sign_en = ("正", "positive") if d["sign"] > 0 else ("负", "negative")
    flip = ("，两边除以它不等号不变", ": dividing keeps the direction") if d["sign"] > 0 else ("，两边除以它不等号反向", ": dividing reverses it")
    chain.idea(("含参数的不等式恒成立，能不能把参数分离出来，化成求一个函数的最值？", "Can an inequality that holds for all x, with a parameter, be turned into the extreme value of one function?"),
               ("能：把参数移到一边，另一边是新函数 $g(x)$；参数大于等于 $g$ 恒成立，就是参数大于等于 $g$ 的最大值（小于等于时看最小值）",
                "yes: isolate the parameter, the other side is a new function $g(x)$; being at least $g$ for all x means at least the maximum of $g$ (at most: the minimum)"),
               kps=["deriv.inequality", "deriv.max_min"],
               hints=[("参数在不等式里出现了几次？能不能移到一边？", "How often does the parameter occur, and can it be moved to one side?"),
                      ("一个数比函数的所有值都大，它和函数的最大值比较会怎样？", "If a number exceeds every value of a function, how does it compare with the maximum?")])
    chain.ask((f"在 ${_dom_text(d)}$ 上，${a}$ 的系数 ${tex(d['B'])}$ 是正还是负？把 ${a}$ 分离出来得到什么？",
               f"On ${_dom_text(d)}$, is the coefficient ${tex(d['B'])}$ of ${a}$ positive or negative? What do you get by isolating ${a}$?"),
              (f"${tex(d['B'])}$ 恒为{sign_zh}{flip[0]}：${a} {_TEX[sop]} {tex(g)}$ 对一切 ${_dom_text(d)}$ 成立",
               f"${tex(d['B'])}$ is always {sign_en}{flip[1]}: ${a} {_TEX[sop]} {tex(g)}$ for every ${_dom_text(d)}$"),
              f"{plain(d['F'])} {d['op']} 0 \\Leftrightarrow {a} {sop} {plain(g)}", context=d["conds"],
              kps=["deriv.inequality"],
              hints=[(f"在这个范围内，系数 ${tex(d['B'])}$ 的符号会变吗？", f"In this range, can the sign of the coefficient ${tex(d['B'])}$ change?"),
                     ("不等式两边同除以一个正数（负数），不等号方向怎样？", "Dividing both sides by a positive (negative) number, what happens to the inequality?")])
    chain.ask((f"令 $g({x})={tex(g)}$，$g'({x})$ 是什么？", f"Let $g({x})={tex(g)}$. What is $g'({x})$?"), (f"$g'({x})={tex(gp)}$",) * 2,
              f"g'({x}) = {plain(gp)}", context=[f"g({x}) = {plain(g)}"], kps=["deriv.rules"],
              hints=[("$g(x)$ 是怎样组合起来的：和、积还是商？", "How is $g(x)$ built: a sum, a product or a quotient?"),
                     ("用相应的求导法则，分子整理后是什么？", "With the matching rule, what is the simplified result?")])
    inc = sp.solveset(gp > 0, x, d["D"])
    chain.ask(("$g$ 在哪里递增、哪里递减？", "Where does $g$ increase, and where does it decrease?"),
              (f"$g'({x})>0 \\Leftrightarrow {relation_text(inc, x.name, latex=True)}$，其余处 $g'({x})\\le 0$",
               f"$g'({x})>0 \\Leftrightarrow {relation_text(inc, x.name, 'en', latex=True)}$; elsewhere $g'({x})\\le 0$"),
              f"{plain(gp)} > 0 \\Leftrightarrow {relation_text(inc, x.name)}", context=d["conds"], kps=["deriv.monotonicity"],
              hints=[("$g'(x)$ 的正负由哪一部分决定？分母在范围内恒正吗？", "Which part decides the sign of $g'(x)$? Is the denominator positive throughout?"),
                     ("令决定符号的部分大于 0，解出的范围是什么？", "Set that part greater than 0: what range do you get?")])
    word = ("最大值", "maximum", "上确界", "supremum") if sop in ("≥", ">") else ("最小值", "minimum", "下确界", "infimum")
    best = d["best"]
    if d["at"]:
        c = d["at"][0]
        chain.ask((f"$g$ 的{word[0]}是多少？", f"What is the {word[1]} of $g$?"),
                  (f"{word[0]} $g({tex(c)})={tex(best)}$", f"the {word[1]} is $g({tex(c)})={tex(best)}$"),
                  f"g({plain(c)}) = {plain(best)}", context=[f"g({x}) = {plain(g)}"], kps=["deriv.max_min"],
                  hints=[("$g$ 在哪一点由增变减（或由减变增）？", "Where does $g$ turn from rising to falling (or the reverse)?"),
                         ("把这一点代入 $g(x)$，得多少？", "Put that point into $g(x)$: what do you get?")])
        strict = sop in (">", "<")
        why = (("$g$ 能取到这个值，不等号严格时端点取不到", "g reaches it, so a strict inequality excludes it") if strict
               else ("$g$ 能取到这个值，端点可以取", "g reaches it; the bound itself is allowed"))
    else:
        end = next(e for v, e in d["limits"] if v == best)
        to = "+\\infty" if end == sp.oo else "-\\infty" if end == -sp.oo else tex(end)
        two_sided = end.is_infinite or sp.limit(g, x, end, "+") == sp.limit(g, x, end, "-")
        if two_sided:
            claim = f"\\lim_{{{x}\\to {to}}} {plain(g)} = {plain(best)}"
        else:  # approached from inside the domain only: a one-sided limit
            side = "+" if sp.limit(g, x, end, "+") == best else "-"
            claim = f"\\lim_{{{x}\\to {plain(end)}^{side}}} {plain(g)} = {plain(best)}"
        chain.ask((f"$g$ 的{word[0]}取得到吗？它的{word[2]}是多少？", f"Is the {word[1]} of $g$ reached? What is its {word[3]}?"),
                  (f"取不到：$x\\to {to}$ 时 $g({x})\\to {tex(best)}$", f"not reached: $g({x})\\to {tex(best)}$ as $x\\to {to}$"),
                  claim, kps=["deriv.max_min"],
                  hints=[("$g$ 在整个范围上单调吗？最值会在开区间的端点处吗？", "Is $g$ monotonic on the whole range? Could the extreme sit at an open end?"),
                         ("自变量趋向那一端时，$g(x)$ 趋向多少？", "As the variable tends to that end, what does $g(x)$ tend to?")])
        why = ("$g$ 取不到这个值，所以端点可以取", "g never reaches it, so the bound itself is allowed")
    s = d["answer"]
    chain.ask((f"${a} {_TEX[sop]} g({x})$ 恒成立，${a}$ 的范围是什么？", f"${a} {_TEX[sop]} g({x})$ for all ${x}$: what is the range of ${a}$?"),
              (f"{why[0]}：{relation_math(s, a.name, 'zh')}", f"{why[1]}: {relation_math(s, a.name, 'en')}"), "",
              kps=["deriv.inequality"],
              hints=[("参数要比 $g$ 的每个值都大（小），它和上一步的值比较怎样？", "The parameter must beat every value of $g$: how does it compare with the value just found?"),
                     ("那个值取得到吗？端点能不能取，要不要等号？", "Is that value reached? May the bound itself be taken: is equality allowed?")])
    chain.done((relation_math(s, a.name, "zh"), relation_math(s, a.name, "en")), _separate_reference(d))


# -- B vanishes where A does: f(z) = 0 for every a, so z is an extreme point -----------------------------------
def _pinned(d: dict, z) -> dict:
    """a from f'(z) = 0, kept only when f' for that a changes sign at z the right way (and only there)."""
    x, a, A, B, D, op = d["x"], d["a"], d["A"], d["B"], d["D"], d["op"]
    if op not in ("≥", "≤") or sp.simplify(A.subs(x, z)) != 0 or z in (D.inf, D.sup):
        return {}
    dB = sp.simplify(sp.diff(B, x).subs(x, z))
    if dB == 0:
        return {}
    fz = sp.simplify(sp.diff(A, x).subs(x, z) + a * dB)
    a0 = sp.simplify(-sp.diff(A, x).subs(x, z) / dB)
    F0 = sp.expand(d["F"].subs(a, a0))
    fp0 = sp.diff(F0, x)
    left, right = D.intersect(sp.Interval.open(-sp.oo, z)), D.intersect(sp.Interval.open(z, sp.oo))
    up, down = (right, left) if op == "≥" else (left, right)
    if sp.solveset(fp0 > 0, x, D) != up or sp.solveset(fp0 < 0, x, D) != down:
        return {}  # a = a0 does not make z the minimum (maximum) everywhere: not answered here
    return {"case": "pinned", "z": z, "fz": fz, "a0": a0, "F0": F0, "fp0": fp0, "up": up, "answer": sp.FiniteSet(a0)}


def _pinned_reference(d: dict) -> tuple[str, str]:
    """Independent: separating a on both sides of z squeezes it to the limit of -A/B at z (a ≤ g on one side,
    a ≥ g on the other, g continuous through z)."""
    s = sp.FiniteSet(sp.limit(-d["A"] / d["B"], d["x"], d["z"]))
    return (relation_text(s, d["a"].name, "zh"), relation_text(s, d["a"].name, "en"))


def _by_necessity(chain: Chain, d: dict) -> None:
    x, a, z, a0, op = d["x"], d["a"], d["z"], d["a0"], d["op"]
    kind = ("最小值点", "a minimum point") if op == "≥" else ("最大值点", "a maximum point")
    fdef = f"f({x}) = {plain(d['body'])}"
    chain.idea(("恒成立的不等式在某一点恰好取等号，这个点对函数意味着什么？由此能得到参数的什么条件？",
                "If an inequality holding for all x is an equality at one point, what is that point for the function, and what condition on the parameter follows?"),
               ("这个点是最值点，也是极值点，导数为 0：先由它求出参数（必要条件），再检验充分性",
                "it is an extreme point, so the derivative is 0 there: this gives the parameter (a necessary condition); then check sufficiency"),
               kps=["deriv.extremum", "deriv.inequality"],
               hints=[("有没有一个点，不论参数取何值，函数值都一样？", "Is there a point where the value does not depend on the parameter?"),
                      ("可导函数在内部的最值点处，导数等于多少？", "At an interior extreme point of a differentiable function, what is the derivative?")])
    chain.ask((f"$f({tex(z)})$ 是多少？结合 $f({x}) {_TEX[op]} {tex(d['rhs'])}$，$x={tex(z)}$ 是 $f$ 的什么点？",
               f"What is $f({tex(z)})$? Given $f({x}) {_TEX[op]} {tex(d['rhs'])}$, what kind of point is $x={tex(z)}$?"),
              (f"$f({tex(z)})={tex(d['rhs'])}$，所以 $x={tex(z)}$ 是{kind[0]}，也是极值点",
               f"$f({tex(z)})={tex(d['rhs'])}$, so $x={tex(z)}$ is {kind[1]}, hence an extremum"),
              f"f({plain(z)}) = {plain(d['rhs'])}", context=[fdef], kps=["deriv.extremum"],
              hints=[(f"把 $x={tex(z)}$ 代入 $f(x)$，参数还在吗？", f"Put $x={tex(z)}$ into $f(x)$: is the parameter still there?"),
                     ("函数值恰好等于不等式的另一边，这一点是最大值点还是最小值点？", "The value equals the other side exactly: is this a maximum or a minimum point?")])
    chain.ask((f"$f'({tex(z)})$ 是多少（用参数表示）？", f"What is $f'({tex(z)})$, in terms of the parameter?"),
              (f"$f'({tex(z)})={tex(d['fz'])}$",) * 2, f"f'({plain(z)}) = {plain(d['fz'])}", context=[fdef], kps=["deriv.basic", "deriv.extremum"],
              hints=[("求 $f'(x)$ 时，参数怎样对待？", "How is the parameter treated when differentiating?"),
                     (f"求出 $f'(x)$ 后代入 $x={tex(z)}$，得什么？", f"With $f'(x)$ found, put in $x={tex(z)}$: what do you get?")])
    chain.ask((f"由 $f'({tex(z)})=0$，${a}$ 是多少？", f"From $f'({tex(z)})=0$, what is ${a}$?"), (f"${a}={tex(a0)}$",) * 2,
              f"{plain(d['fz'])} = 0 \\Rightarrow {a} = {plain(a0)}", kps=["deriv.extremum"],
              hints=[("这是关于参数的什么方程？怎样解？", "What kind of equation in the parameter is this, and how is it solved?"),
                     ("解出的值一定满足题意吗？是必要条件还是充分条件？", "Must the value found satisfy the problem? Is it necessary or sufficient?")])
    up = d["up"]
    mono = ("先减后增", "decreases, then increases") if op == "≥" else ("先增后减", "increases, then decreases")
    chain.ask((f"检验充分性：${a}={tex(a0)}$ 时 $f'({x})={tex(d['fp0'])}$，$f$ 的单调性如何？$f({x}) {_TEX[op]} {tex(d['rhs'])}$ 恒成立吗？",
               f"Check sufficiency: for ${a}={tex(a0)}$, $f'({x})={tex(d['fp0'])}$. How does $f$ change? Does $f({x}) {_TEX[op]} {tex(d['rhs'])}$ always hold?"),
              (f"$f'({x})>0 \\Leftrightarrow {relation_text(up, x.name, latex=True)}$，$f$ {mono[0]}，最值 $f({tex(z)})={tex(d['rhs'])}$，成立",
               f"$f'({x})>0 \\Leftrightarrow {relation_text(up, x.name, 'en', latex=True)}$: $f$ {mono[1]}, extreme value $f({tex(z)})={tex(d['rhs'])}$: it holds"),
              f"{plain(d['fp0'])} > 0 \\Leftrightarrow {relation_text(up, x.name)}", context=d["conds"], kps=["deriv.monotonicity", "deriv.inequality"],
              hints=[("导数在这一点两侧的符号各是什么？", "What is the sign of f' on each side of the point?"),
                     ("这一点是不是最值点？最值是否恰好等于不等式的另一边？", "Is the point an extreme point, with the extreme value equal to the other side?")])
    s = d["answer"]
    chain.done((relation_math(s, a.name, "zh"), relation_math(s, a.name, "en")), _pinned_reference(d))


register(Solver("function.always_parameter", "derivatives", detect_always, (
    Method(("分离参数，求新函数的最值", "Separate the parameter, then the extreme of the new function"), _by_separation,
           lambda d: d["case"] == "separate"),
    Method(("必要性探路，再验证充分性", "Necessary condition first, then check sufficiency"), _by_necessity,
           lambda d: d["case"] == "pinned"),
), ("deriv.inequality", "deriv.parametric"), priority=30, answers=frozenset({"range", "unknown"})))

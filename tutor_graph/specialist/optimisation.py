"""Optimisation word problems modelled by one function of x: the open box folded from a square or rectangular
sheet with an x-by-x square cut from each corner, V(x) = x(L−2x)(W−2x) on 0 < x < min(L, W)/2; by the
derivative, and for a square sheet by the three-term AM-GM inequality."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, relation_text, tex

_N = r"(\d+(?:\.\d+)?)"
_SQUARE = (re.compile(r"边长(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m|dm|分米)?\s*的正方形"),
           re.compile(r"\b" + _N + r"\s*(?:cm|m)?\s*(?:-?by-?|×|x)\s*" + r"\1\s*(?:cm|m)?\s*square", re.I),
           re.compile(r"square (?:sheet|piece|card\w*|plate|tin)[^.,;]*?(?:side|side length|edge)\s*(?:of\s*)?" + _N, re.I))
_RECT = (re.compile(r"长(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m)?\s*[，,、]?\s*宽(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m)?\s*的(?:长方形|矩形)"),
         re.compile(r"\b" + _N + r"\s*(?:cm|m)?\s*(?:-?by-?|×)\s*" + _N + r"\s*(?:cm|m)?\s*(?:rectangular|rectangle)", re.I))
_CUT = re.compile(r"(?:四个?角|四角|each corner|every corner|the four corners|4 corners)", re.I)
_CUT_SIDE = re.compile(r"边长(?:为|是)?\s*x\s*的(?:小)?正方形|x\s*(?:-?by-?|×)\s*x\s*square|squares? of side\s*x|side (?:length )?x\b", re.I)
_OPEN = re.compile(r"无盖|open(?:-top)? box|box without (?:a )?lid|open top", re.I)
_ASKS_X = re.compile(r"x\s*(?:为|取|等于)\s*(?:多少|何值)|which x|what (?:value of )?x\b|for what x|value of x\b|find x\b", re.I)


def detect_box(p: Problem) -> Match | None:
    """An open box from a sheet with a square of side x cut from each corner: the x of the largest volume
    (or the largest volume)."""
    if not (_CUT.search(p.text) and _CUT_SIDE.search(p.text) and _OPEN.search(p.text)):
        return None
    if p.has("表面积", "surface", "成本", "cost", "最小", "minimum", "smallest"):
        return None
    sides = None
    for pattern in _RECT:
        m = pattern.search(p.text)
        if m:
            sides = (try_expr(m.group(1)), try_expr(m.group(2)))
            break
    if sides is None:
        for pattern in _SQUARE:
            m = pattern.search(p.text)
            if m:
                sides = (try_expr(m.group(1)),) * 2
                break
    if sides is None or any(s is None or not s.is_positive for s in sides):
        return None
    L, W = sp.nsimplify(sides[0]), sp.nsimplify(sides[1])
    V = X * (L - 2 * X) * (W - 2 * X)
    top = sp.Min(L, W) / 2
    crit = [c for c in sp.solve(sp.diff(V, X), X) if c.is_real and 0 < c < top]
    if len(crit) != 1:
        return None
    ask_x = bool(_ASKS_X.search(p.goal.text))
    if ask_x and re.search(r"并求|并且求|以及|(?:,|and)\s*(?:find|what is|state|give) the (?:maximum|largest)", p.text, re.I):
        return None  # both x and the volume asked: one answer cannot be graded for both
    d = {"L": L, "W": W, "V": V, "top": top, "best": crit[0], "vmax": sp.simplify(V.subs(X, crit[0])), "ask_x": ask_x}
    return Match([f"V(x) = {plain(V)}", f"0 < x < {plain(top)}"], "x for the largest volume" if ask_x else "largest volume", d, 0.85)


def _side(n) -> str:
    """`6-2x`, the textbook order (SymPy would print `- 2 x + 6`)."""
    return f"{tex(n)}-2x"


def _answer(d: dict, best, vmax) -> tuple[str, str]:
    text = f"${tex(best)}$" if d["ask_x"] else f"${tex(vmax)}$"
    return text, text


def _reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's own maximum of V on (0, top), then where V reaches it."""
    iv = sp.Interval.open(0, d["top"])
    vmax = sp.calculus.util.maximum(d["V"], X, iv)
    at = [r for r in sp.solve(sp.Eq(d["V"], vmax), X) if r.is_real and iv.contains(r) == sp.true]
    return _answer(d, at[0] if len(at) == 1 else sp.nan, vmax)


def _model_step(chain: Chain, d: dict) -> None:
    L, W, V, top = d["L"], d["W"], d["V"], d["top"]
    shown = f"x({_side(L)})^2" if L == W else f"x({_side(L)})({_side(W)})"
    chain.ask(("盒子的底和高各是多少？写出容积 $V(x)$ 和 $x$ 的范围。", "What are the base and the height of the box? Write the volume $V(x)$ and the allowed range of $x$."),
              (f"底面边长 ${_side(L)}$" + ("" if L == W else f"、${_side(W)}$") + f"，高 $x$；$V(x)={shown}$，$0<x<{tex(top)}$",
               f"base ${_side(L)}$" + ("" if L == W else f" by ${_side(W)}$") + f", height $x$; $V(x)={shown}$, $0<x<{tex(top)}$"),
              f"x*({plain(L - 2 * X)})*({plain(W - 2 * X)}) = {plain(sp.expand(V))}", kps=["deriv.optimization", "fapp.model"],
              hints=[("剪去后底面每边少了 $2x$，折起的高是 $x$。", "Each side of the base loses $2x$; the height is $x$."),
                     ("边长必须为正：$x>0$ 且底边大于 0。", "Lengths must be positive: $x>0$ and the base sides too.")])


def _by_derivative(chain: Chain, d: dict) -> None:
    V, top, best, vmax = d["V"], d["top"], d["best"], d["vmax"]
    _model_step(chain, d)
    vp = sp.factor(sp.diff(V, X))
    ctx = [f"V(x) = {plain(V)}"]
    chain.ask(("求 $V'(x)$ 并因式分解。", "Find $V'(x)$ and factor it."), (f"$V'(x)={tex(vp)}$",) * 2, f"V'(x) = {plain(vp)}", context=ctx,
              kps=["deriv.rules"], hints=[("先展开再求导，或用乘积的求导法则。", "Expand first, or use the product rule.")])
    rises = sp.Interval.open(0, best)
    chain.ask((f"在 $(0,{tex(top)})$ 内判断单调性，$x$ 为多少时容积最大？最大容积是多少？",
               f"Decide the monotonicity on $(0,{tex(top)})$. Which $x$ gives the largest volume, and what is it?"),
              (f"$(0,{tex(best)})$ 上 $V'>0$，$({tex(best)},{tex(top)})$ 上 $V'<0$，$x={tex(best)}$ 时最大，$V({tex(best)})={tex(vmax)}$",
               f"$V'>0$ on $(0,{tex(best)})$ and $V'<0$ on $({tex(best)},{tex(top)})$: largest at $x={tex(best)}$, $V({tex(best)})={tex(vmax)}$"),
              f"{plain(vp)} > 0 \\Leftrightarrow {relation_text(rises, 'x')}", context=[f"0 < x < {plain(top)}"], kps=["deriv.max_min", "deriv.optimization"],
              hints=[("区间内只有一个极值点，且先增后减，它就是最大值点。", "One critical point inside, rising then falling: it is the maximum.")])
    chain.ask((f"计算 $V({tex(best)})$。", f"Compute $V({tex(best)})$."), (f"$V({tex(best)})={tex(vmax)}$",) * 2,
              f"V({plain(best)}) = {plain(vmax)}", context=ctx, kps=["deriv.optimization"], hints=[("代入 $V(x)$。", "Substitute into $V(x)$.")])
    chain.done(_answer(d, best, vmax), _reference(d))


def _by_mean(chain: Chain, d: dict) -> None:
    L, top = d["L"], d["top"]
    _model_step(chain, d)
    total = 2 * L
    chain.ask((f"把 $V=x({_side(L)})^2$ 改写成三个因式之积，使它们的和为定值。",
               f"Rewrite $V=x({_side(L)})^2$ as a product of three factors with a constant sum."),
              (f"$V=\\frac{{1}}{{4}}\\cdot 4x\\cdot({_side(L)})\\cdot({_side(L)})$，三个因式之和为 ${tex(total)}$",
               f"$V=\\frac{{1}}{{4}}\\cdot 4x\\cdot({_side(L)})\\cdot({_side(L)})$; the three factors add up to ${tex(total)}$"),
              f"4*x + ({plain(L - 2 * X)}) + ({plain(L - 2 * X)}) = {plain(total)}", kps=["ineq.basic_mean", "construction"],
              hints=[("系数配成 $4x$，才能让 $x$ 消掉。", "Scale to $4x$ so that x cancels in the sum.")])
    bound = (total / 3) ** 3
    best = L / 6
    chain.ask(("用 $abc\\le(\\frac{a+b+c}{3})^3$ 估计 $4V$，何时取等号？", "Use $abc\\le(\\frac{a+b+c}{3})^3$ on $4V$. When is it an equality?"),
              (f"$4V\\le {tex(bound)}$，即 $V\\le {tex(bound / 4)}$；当 $4x={_side(L)}$ 即 $x={tex(best)}$ 时取等号",
               f"$4V\\le {tex(bound)}$, so $V\\le {tex(bound / 4)}$, with equality when $4x={_side(L)}$, i.e. $x={tex(best)}$"),
              f"4*x*({plain(L - 2 * X)})^2 <= {plain(bound)}", context=[f"0 < x < {plain(top)}"], kps=["ineq.mean_extremum"],
              hints=[("三个正数相等时取等号。", "Equality holds when the three positive factors are equal.")])
    chain.ask(("解取等号的条件，并确认它在范围内。", "Solve the equality condition and check it is allowed."),
              (f"$x={tex(best)}$，在 $(0,{tex(top)})$ 内",
               f"$x={tex(best)}$, inside $(0,{tex(top)})$"), f"4*x = {plain(L - 2 * X)} \\Rightarrow x = {plain(best)}",
              kps=["ineq.mean_extremum"], hints=[("等号能取到，上界才是最大值。", "The bound is the maximum only if equality can hold.")])
    chain.done(_answer(d, best, bound / 4), _reference(d))


register(Solver("application.open_box", "derivatives", detect_box, (
    Method(("建立函数用导数求最值", "Model and differentiate"), _by_derivative),
    Method(("三元基本不等式", "AM-GM with three terms"), _by_mean, lambda d: d["L"] == d["W"]),
), ("deriv.optimization",), priority=60, answers=frozenset({"max", "volume", "extreme_point", "unknown"})))

"""Zeros with absolute values: all zeros of a function of x and |x| (cases on the sign of x vs the
substitution t = |x|), and the parameter a for which |g(x)| − a has exactly 3 or 4 zeros (the graph of
|g| vs the discriminants of g = a and g = −a)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import T, X, definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    paren,
    plain,
    relation_math,
    relation_text,
    roots_math,
    roots_text,
    tex,
)


# -- zeros of f(x, |x|) -------------------------------------------------------------------------------------------------
def detect_abs_zeros(p: Problem) -> Match | None:
    if not p.has("零点", "zeros", "zero of", "roots of"):
        return None
    d = definition(p)
    if d is None:
        return None
    f = d[2].subs(d[1], X)
    if sp.Abs(X) not in f.atoms(sp.Abs) or f.atoms(sp.Abs) != {sp.Abs(X)}:
        return None
    g = f.subs(sp.Abs(X), T)
    if not g.is_polynomial(X, T) or sp.Poly(g, X, T).total_degree() > 2:
        return None
    zeros = solve_inequality(f, "=", X)
    if not isinstance(zeros, sp.FiniteSet) or not zeros:
        return None
    even = sp.expand(f.subs(X, -X) - f) == 0
    return Match([f"f(x) = {plain(f)}"], "all zeros", {"f": f, "zeros": sorted(zeros), "even": even}, 0.85)


def _abs_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's solveset on the whole equation (it splits |x| itself)."""
    s = sp.solveset(sp.Eq(d["f"], 0), X, sp.S.Reals)
    return roots_text("x", s, "zh"), roots_text("x", s, "en")


def _by_cases(chain: Chain, d: dict) -> None:
    f = d["f"]
    found = []
    for cond, sign, words in (("≥", 1, ("x\\ge 0", "x \\ge 0")), ("<", -1, ("x<0", "x < 0"))):
        g = sp.expand(f.subs(sp.Abs(X), sign * X))
        sols = sorted(s for s in solve_inequality(g, "=", X) if (s >= 0 if sign > 0 else s < 0))
        found += sols
        chain.ask((f"当 ${words[0]}$ 时，方程化为什么？解是什么？", f"For ${words[1]}$, what does the equation become, and its solutions?"),
                  (f"${tex(g)}=0$，" + (roots_math('x', sols, 'zh') if sols else "无解"),
                   f"${tex(g)}=0$: " + (roots_math('x', sols, 'en') if sols else "none")),
                  f"{plain(g)} = 0 且 x {cond} 0 \\Rightarrow " + (" 或 ".join(f"x = {plain(s)}" for s in sols) if sols else f"{plain(g)} = 0"),
                  kps=["fapp.zero", "func.piecewise"], hints=[("$|x|$ 按 $x$ 的正负去掉绝对值。", "Remove |x| according to the sign of x.")])
    chain.done((roots_math("x", found, "zh"), roots_math("x", found, "en")), _abs_reference(d))


def _by_substitution(chain: Chain, d: dict) -> None:
    f = d["f"]
    g = sp.expand(f.subs(sp.Abs(X), T).subs(X**2, T**2))
    ts = sorted(s for s in solve_inequality(g, "=", T) if s >= 0)
    chain.ask(("因为 $x^2=|x|^2$，令 $t=|x|\\ge 0$，方程化为什么？$t$ 是多少？", "Since $x^2=|x|^2$, put $t=|x|\\ge 0$: what is the equation, and t?"),
              (f"${tex(g)}=0$，$t={', '.join(tex(v) for v in ts)}$",) * 2,
              f"{plain(g)} = 0 且 t ≥ 0 \\Rightarrow " + " 或 ".join(f"t = {plain(v)}" for v in ts), kps=["fapp.zero", "func.parity"],
              hints=[("$t$ 不能是负数。", "t cannot be negative.")])
    xs = sorted({s for v in ts for s in (v, -v)})
    chain.ask(("由 $|x|=t$ 求出 $x$。", "Recover x from $|x|=t$."), (roots_math('x', xs, 'zh'), roots_math('x', xs, 'en')),
              " 且 ".join(f"|{plain(s)}| = {plain(abs(s))}" for s in xs), kps=["fapp.zero"],
              hints=[("$|x|=t>0$ 有两个解，$|x|=0$ 只有一个。", "$|x|=t>0$ gives two values, $|x|=0$ only one.")])
    chain.done((roots_math("x", xs, "zh"), roots_math("x", xs, "en")), _abs_reference(d))


register(Solver("function.abs_zeros", "functions", detect_abs_zeros, (
    Method(("分类讨论", "Cases on the sign of x"), _by_cases),
    Method(("换元 t=|x|", "Substitute t = |x|"), _by_substitution, lambda d: d["even"]),
), ("fapp.zero",), priority=45, answers=frozenset({"zero"})))


# -- |g(x)| = a with exactly N solutions ------------------------------------------------------------------------------
_COUNT = {"三": 3, "四": 4, "3": 3, "4": 4, "three": 3, "four": 4}


def detect_abs_count(p: Problem) -> Match | None:
    m = re.search(r"(?:恰有|有且只有|exactly)\s*(三|四|3|4|three|four)\s*(?:个)?\s*(?:不同的)?\s*(?:零点|实根|实数根|zeros|roots|real roots|solutions)", p.text)
    if not m:
        return None
    d = definition(p)
    body = d[2] if d else None
    if body is None:
        for lhs, op, rhs in p.relations:  # f(x) = |g(x)| − a (a parameter, so not a plain definition), or |g(x)| = a
            if op == "=" and isinstance(lhs, sp.core.function.AppliedUndef) and lhs.args == (X,):
                body = rhs
                break
            if op == "=" and isinstance(lhs, sp.Abs):
                body = lhs - rhs
                break
    if body is None:
        return None
    abs_parts = list(body.atoms(sp.Abs))
    if len(abs_parts) != 1:
        return None
    g = abs_parts[0].args[0]
    rest = sp.expand(body - sp.Abs(g))
    params = rest.free_symbols - {X}
    if g.free_symbols != {X} or len(params) != 1 or sp.degree(g, X) != 2 or rest.has(X):
        return None
    a = params.pop()
    if sp.expand(rest + a) != 0:
        return None  # only |g(x)| − a
    if sp.Poly(g, X).LC() < 0:
        g = -g
    vx = -sp.Poly(g, X).all_coeffs()[1] / (2 * sp.Poly(g, X).LC())
    low = g.subs(X, vx)
    if low >= 0:
        return None
    n = _COUNT[m.group(1)]
    return Match([f"|{plain(g)}| = {a}"], f"{n} zeros", {"g": g, "a": a, "n": n, "vx": vx, "low": low}, 0.85)


def _answer(d: dict) -> sp.Set:
    h = -d["low"]
    return sp.Interval.open(0, h) if d["n"] == 4 else sp.FiniteSet(h)


def _by_graph(chain: Chain, d: dict) -> None:
    g, a, vx, low = d["g"], d["a"], d["vx"], d["low"]
    chain.ask((f"$y={tex(g)}$ 的顶点在哪里？", f"Where is the vertex of $y={tex(g)}$?"), (f"$({tex(vx)},{tex(low)})$",) * 2,
              f"{plain(g.subs(X, paren(vx)))} = {plain(low)}", kps=["quad.function"], hints=[("配方或用 $-\\frac{b}{2a}$。", "Complete the square or use $-\\frac{b}{2a}$.")])
    chain.ask(("把 $x$ 轴下方的部分翻折到上方，得到 $y=|g(x)|$ 的图象，它的形状是什么？", "Reflect the part below the x-axis upwards to get $y=|g(x)|$: what does it look like?"),
              (f"“W”形，中间的局部最高点是 $({tex(vx)},{tex(-low)})$", f"a “W” with a local peak at $({tex(vx)},{tex(-low)})$"),
              f"|{plain(low)}| = {plain(-low)}", kps=["fapp.zero_count", "func.graph_transform"],
              hints=[("零点个数 = 水平线 $y=a$ 与图象交点的个数。", "The number of zeros is the number of crossings with the line y = a.")])
    ans = _answer(d)
    chain.ask((f"水平线 $y={a}$ 与图象恰有 {d['n']} 个交点时，${a}$ 在什么范围？", f"For exactly {d['n']} crossings with $y={a}$, what must ${a}$ be?"),
              (relation_math(ans, a.name, 'zh'),) * 2, "", kps=["fapp.zero_count"],
              hints=[("从下往上移动水平线，数交点。", "Slide the line up and count the crossings.")])
    chain.done((relation_math(ans, a.name, "zh"), relation_math(ans, a.name, "en")), _count_reference(d))


def _count_reference(d: dict) -> tuple[str, str]:
    """Independent: count the real roots of g = a and g = −a through their discriminants."""
    g, a = d["g"], d["a"]
    A, B, C = sp.Poly(g, X).all_coeffs()
    d1, d2 = sp.expand(B**2 - 4 * A * (C - a)), sp.expand(B**2 - 4 * A * (C + a))
    if d["n"] == 4:
        s = solve_inequality(d1, ">", a).intersect(solve_inequality(d2, ">", a)).intersect(sp.Interval.open(0, sp.oo))
    else:
        s = solve_inequality(d1, ">", a).intersect(solve_inequality(d2, "=", a)).intersect(sp.Interval.open(0, sp.oo))
    return (relation_text(s, a.name),) * 2


def _by_discriminants(chain: Chain, d: dict) -> None:
    g, a = d["g"], d["a"]
    A, B, C = sp.Poly(g, X).all_coeffs()
    d1, d2 = sp.expand(B**2 - 4 * A * (C - a)), sp.expand(B**2 - 4 * A * (C + a))
    chain.ask((f"$|g(x)|={a}$（${a}>0$）等价于 $g(x)={a}$ 或 $g(x)=-{a}$。两个方程的判别式各是多少？",
               f"$|g(x)|={a}$ (${a}>0$) means $g(x)={a}$ or $g(x)=-{a}$. What are the two discriminants?"),
              (f"$\\Delta_1={tex(d1)}$，$\\Delta_2={tex(d2)}$", f"$\\Delta_1={tex(d1)}$, $\\Delta_2={tex(d2)}$"),
              f"({plain(B)})^2 - 4*({plain(A)})*({plain(C - a)}) = {plain(d1)} 且 ({plain(B)})^2 - 4*({plain(A)})*({plain(C + a)}) = {plain(d2)}",
              kps=["quad.discriminant", "fapp.zero_count"], hints=[("$a>0$ 时两个方程没有公共根。", "For a > 0 the two equations share no root.")])
    ans = _answer(d)
    if d["n"] == 4:
        claim = f"{plain(d1)} > 0 且 {plain(d2)} > 0 且 {a} > 0 \\Leftrightarrow {relation_text(ans, a.name)}"
        why = ("两个方程都有两个不等实根", "both equations have two distinct roots")
    else:
        claim = f"{plain(d1)} > 0 且 {plain(d2)} = 0 且 {a} > 0 \\Leftrightarrow {relation_text(ans, a.name)}"
        why = ("一个方程有两根、另一个有一个重根", "one equation has two roots and the other a double root")
    chain.ask((f"恰有 {d['n']} 个零点需要什么？解出 ${a}$。", f"What do exactly {d['n']} zeros need? Solve for ${a}$."),
              (f"{why[0]}：{relation_math(ans, a.name, 'zh')}", f"{why[1]}: {relation_math(ans, a.name, 'en')}"), claim,
              kps=["fapp.zero_count"], hints=[("$a=0$ 时只有 $g(x)=0$ 的两个根。", "For a = 0 only the two roots of g(x) = 0 remain.")])
    chain.done((relation_math(ans, a.name, "zh"), relation_math(ans, a.name, "en")), _count_reference(d))


register(Solver("fapp.abs_zero_count", "function_applications", detect_abs_count, (
    Method(("数形结合", "The graph of |g|"), _by_graph),
    Method(("两个判别式", "Two discriminants"), _by_discriminants),
), ("fapp.zero_count",), priority=62, answers=frozenset({"unknown", "range"})))


# -- zeros of a polynomial function: the equation f(x) = 0 ----------------------------------------------------------
def detect_zeros(p: Problem) -> Match | None:
    if not p.has("零点", "zeros", "zero of"):
        return None
    d = definition(p)
    if d is None or d[2].has(sp.Abs):
        return None
    f = sp.expand(d[2].subs(d[1], X))
    if not f.is_polynomial(X) or not 1 <= sp.degree(f, X) <= 4:
        return None
    zeros = solve_inequality(f, "=", X)
    if not isinstance(zeros, sp.FiniteSet) or not zeros or any(not z.is_rational for z in zeros):
        return None
    return Match([f"f(x) = {plain(f)}"], "zeros", {"f": f, "zeros": sorted(zeros)}, 0.85)


def _zeros(chain: Chain, d: dict) -> None:
    f, zs = d["f"], d["zeros"]
    chain.ask(("函数的零点就是方程 $f(x)=0$ 的实根。把 $f(x)$ 因式分解。", "The zeros are the real roots of $f(x)=0$. Factor $f(x)$."),
              (f"${tex(sp.factor(f))}$",) * 2, f"{plain(f)} = {plain(sp.factor(f))}", kps=["fapp.zero"],
              hints=[("试试十字相乘或提公因式。", "Try cross-multiplication or a common factor.")])
    chain.ask(("零点是哪些？", "What are the zeros?"), (roots_math('x', zs, 'zh'), roots_math('x', zs, 'en')),
              f"{plain(f)} = 0 \\Rightarrow " + " 或 ".join(f"x = {plain(z)}" for z in zs), kps=["fapp.zero"],
              hints=[("每个因式为 0 给出一个零点。", "Each factor equal to 0 gives a zero.")])
    ref = sp.roots(sp.Poly(f, X), filter="R")  # independent: SymPy's root finder
    chain.done((roots_math("x", zs, "zh"), roots_math("x", zs, "en")), (roots_text("x", ref, "zh"), roots_text("x", ref, "en")))


register(Solver("function.zeros", "functions", detect_zeros, (
    Method(("因式分解", "Factoring"), _zeros),
), ("fapp.zero",), priority=44, answers=frozenset({"zero"})))

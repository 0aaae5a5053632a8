"""Minimum of a·x + b/x for x > 0 (and "1-substitution" minima of p/a + q/b with a + b = s):
the basic inequality (AM–GM) against the derivative / Cauchy–Schwarz-style expansion."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex


def detect_x_plus(p: Problem) -> Match | None:
    if not p.has("最小值", "minimum") or not re.search(r"x\s*>\s*0", p.text):
        return None
    if "min" not in p.goal.kinds:  # "取得最小值时 x 的值" alone asks where, and the answer here is the minimum
        return None
    for frag in p.fragments:
        if "=" in frag or ">" in frag:
            continue
        e = try_expr(frag)
        if e is None or e.free_symbols != {X}:
            continue
        e = sp.expand(e)
        a, b = e.coeff(X, 1), e.coeff(X, -1)
        c = sp.expand(e - a * X - b / X)
        if a.is_positive and b.is_positive and not c.free_symbols:
            return Match(["x > 0", plain(e)], "minimum", {"e": e, "a": a, "b": b, "c": c}, 0.9)
    return None


def _x_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's minimum on (0, ∞)."""
    return (plain(sp.nsimplify(sp.calculus.util.minimum(d["e"], X, sp.Interval.open(0, sp.oo)))),) * 2


def _am_gm(chain: Chain, d: dict) -> None:
    a, b, c = d["a"], d["b"], d["c"]
    prod = sp.nsimplify(a * b)
    chain.ask((f"${tex(a * X)}$ 与 $\\frac{{{tex(b)}}}{{x}}$ 都是正数，它们的积是多少？", f"Both ${tex(a * X)}$ and $\\frac{{{tex(b)}}}{{x}}$ are positive. What is their product?"),
              (f"${tex(a * X)}\\cdot\\frac{{{tex(b)}}}{{x}}={tex(prod)}$（定值）", f"${tex(a * X)}\\cdot\\frac{{{tex(b)}}}{{x}}={tex(prod)}$ (a constant)"),
              f"({plain(a * X)})*({plain(b)}/x) = {plain(prod)}", context=["x > 0"], kps=["ineq.basic_mean"],
              hints=[("“一正二定三相等”。", "Positive, constant product, equality attainable.")])
    low = sp.nsimplify(2 * sp.sqrt(prod))
    chain.ask(("用基本不等式 $a+b\\ge2\\sqrt{ab}$ 估计，最小值是多少？", "Apply $a+b\\ge2\\sqrt{ab}$. What lower bound do you get?"),
              (f"${tex(a * X + b / X)}\\ge {tex(low)}$",) * 2, f"{plain(a * X + b / X)} ≥ {plain(low)}", context=["x > 0"],
              kps=["ineq.basic_mean", "ineq.mean_extremum"], hints=[("$2\\sqrt{ab}$ 中的 $ab$ 就是上一步的积。", "The ab under the root is the product above.")])
    x0 = sp.sqrt(b / a)
    chain.ask(("等号何时成立？这个 $x$ 满足 $x>0$ 吗？", "When does equality hold? Is that x positive?"), (f"${tex(a * X)}=\\frac{{{tex(b)}}}{{x}}$，$x={tex(x0)}$",) * 2,
              f"{plain(a)}*({plain(x0)}) = {plain(b)}/({plain(x0)})", kps=["ineq.mean_extremum"],
              hints=[("两项相等时取等号。", "Equality when the two terms are equal.")])
    value = sp.nsimplify(low + c)
    chain.done((dollar(value),) * 2, _x_ref(d))


def _x_derivative(chain: Chain, d: dict) -> None:
    e = d["e"]
    fp = sp.together(sp.diff(e, X))
    chain.ask(("设 $f(x)$ 为所求式子，求导。", "Call the expression f(x) and differentiate."), (f"$f'(x)={tex(fp)}$",) * 2,
              f"f'(x) = {plain(fp)}", context=[f"f(x) = {plain(e)}"], kps=["deriv.rules"],
              hints=[("$(\\frac1x)'=-\\frac{1}{x^2}$。", "$(1/x)'=-1/x^2$.")])
    x0 = sp.sqrt(d["b"] / d["a"])
    chain.ask(("在 $x>0$ 上 $f'(x)=0$ 的解是什么？两侧单调性如何？", "Where is f'(x) = 0 for x > 0, and how does f change around it?"),
              (f"$x={tex(x0)}$，左减右增", f"$x={tex(x0)}$: decreasing before, increasing after"),
              f"{plain(sp.numer(fp))} = 0 \\Rightarrow x = {plain(x0)}", context=["x > 0"], kps=["deriv.monotonicity", "deriv.max_min"],
              hints=[("看分子的符号。", "Look at the sign of the numerator.")])
    value = sp.nsimplify(e.subs(X, x0))
    chain.ask(("最小值是多少？", "What is the minimum?"), (f"$f({tex(x0)})={tex(value)}$",) * 2, f"f({plain(x0)}) = {plain(value)}",
              context=[f"f(x) = {plain(e)}"], kps=["deriv.max_min"], hints=[("代入原式。", "Substitute into f.")])
    chain.done((dollar(value),) * 2, _x_ref(d))


register(Solver("inequality.mean_minimum", "inequalities", detect_x_plus, (
    Method(("基本不等式", "AM–GM inequality"), _am_gm),
    Method(("导数法", "Derivative"), _x_derivative),
), ("ineq.mean_extremum",), priority=38, answers=frozenset({"min", "max", "extreme_point"})))


# -- p/a + q/b with a + b = s ---------------------------------------------------------------------------------
def detect_one_substitution(p: Problem) -> Match | None:
    if not p.has("最小值", "minimum"):
        return None
    m = re.search(r"a\s*\+\s*b\s*=\s*(\d+)", p.text)
    t = re.search(r"\(\(?(\d+)\)?\)/\(\(?a\)?\)\s*\+\s*\(\(?(\d+)\)?\)/\(\(?b\)?\)|(\d+)/a\s*\+\s*(\d+)/b", p.text)
    if not m or not t or not re.search(r"a\s*>\s*0", p.text) or not re.search(r"b\s*>\s*0", p.text):
        return None
    s = sp.Integer(m.group(1))
    P, Q = sp.Integer(t.group(1) or t.group(3)), sp.Integer(t.group(2) or t.group(4))
    return Match(["a > 0", "b > 0", f"a + b = {s}"], f"min {P}/a + {Q}/b", {"s": s, "P": P, "Q": Q}, 0.9)


def _one_ref(d: dict) -> tuple[str, str]:
    a = sp.Symbol("a", positive=True)
    f = d["P"] / a + d["Q"] / (d["s"] - a)
    return (plain(sp.nsimplify(sp.calculus.util.minimum(f, a, sp.Interval.open(0, d["s"])))),) * 2


def _one_times(chain: Chain, d: dict) -> None:
    s, P, Q = d["s"], d["P"], d["Q"]
    a, b = sp.symbols("a b", positive=True)
    chain.ask((f"利用 $a+b={tex(s)}$，把所求式子乘以 $\\frac{{a+b}}{{{tex(s)}}}$（等于 1）并展开。", f"Multiply by $\\frac{{a+b}}{{{tex(s)}}}=1$ and expand."),
              (f"$\\frac{{1}}{{{tex(s)}}}\\left({tex(P + Q)}+\\frac{{{tex(P)}b}}{{a}}+\\frac{{{tex(Q)}a}}{{b}}\\right)$",) * 2,
              f"({plain(P)}/a + {plain(Q)}/b)*(a + b) = {plain(P + Q)} + {plain(P)}*b/a + {plain(Q)}*a/b", kps=["ineq.basic_mean"],
              hints=[("“1”的代换。", "Substitute the 1.")])
    low = sp.nsimplify((P + Q + 2 * sp.sqrt(P * Q)) / s)
    chain.ask(("对 $\\frac{Pb}{a}+\\frac{Qa}{b}$ 用基本不等式，最小值是多少？", "Apply AM–GM to $\\frac{Pb}{a}+\\frac{Qa}{b}$. What is the minimum?"),
              (f"$\\ge\\frac{{1}}{{{tex(s)}}}({tex(P + Q)}+2\\sqrt{{{tex(P * Q)}}})={tex(low)}$",) * 2,
              f"({plain(P + Q)} + 2*sqrt({plain(P * Q)}))/{plain(s)} = {plain(low)}", kps=["ineq.mean_extremum"],
              hints=[("两项之积是定值 $PQ$。", "The two terms multiply to the constant PQ.")])
    ratio = sp.sqrt(Q / P)  # b = ratio * a at equality
    a0 = sp.nsimplify(s / (1 + ratio))
    chain.ask(("等号何时成立？", "When does equality hold?"), (f"$a={tex(a0)}, b={tex(s - a0)}$",) * 2,
              f"{plain(P)}/({plain(a0)}) + {plain(Q)}/({plain(s - a0)}) = {plain(low)}", kps=["ineq.mean_extremum"],
              hints=[("$\\frac{Pb}{a}=\\frac{Qa}{b}$ 且 $a+b=s$。", "Pb/a = Qa/b together with a + b = s.")])
    chain.done((dollar(low),) * 2, _one_ref(d))


register(Solver("inequality.one_substitution", "inequalities", detect_one_substitution, (
    Method(("“1”的代换 + 基本不等式", "Multiply by 1 = (a+b)/s, then AM–GM"), _one_times),
), ("ineq.mean_extremum",), priority=38, answers=frozenset({"min"})))

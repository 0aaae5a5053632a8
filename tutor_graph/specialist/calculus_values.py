"""Numbers from derivatives: f'(a) (rules / the limit definition) and the overall maximum or minimum
of a function with one critical point (monotonicity / completing the square for quadratics)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.calculus import _derivative_step
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, tidy
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, interval_text, paren, plain, tex
from tutor_graph.specialist.types.derivatives.analysis import function_data, sign_pieces


# -- f'(a) ----------------------------------------------------------------------------------------------
def detect_derivative_value(p: Problem) -> Match | None:
    m = re.search(r"(?<![A-Za-z])([fgh])'\(\s*([-0-9./()]+?)\s*\)", p.text)
    if not m or p.has("切线", "tangent", "单调", "极值", "最大", "最小"):
        return None
    d = function_data(p)
    at = try_expr(m.group(2))
    if d is None or at is None or at.free_symbols or d["domain"].contains(at) != sp.true:
        return None
    return Match([fdef(d["name"], d["var"], d["body"])], f"{m.group(1)}'({m.group(2)})", {**d, "at": at}, 0.9)


def _value_ref(d: dict) -> tuple[str, str]:
    """Independent: the limit of the difference quotient, by SymPy."""
    h = sp.Symbol("h")
    x, body, at = d["var"], d["body"], d["at"]
    return (plain(sp.nsimplify(sp.limit((body.subs(x, at + h) - body.subs(x, at)) / h, h, 0))),) * 2


def _value_by_rules(chain: Chain, d: dict) -> None:
    f, x, at = d["name"], d["var"], d["at"]
    _derivative_step(chain, d)
    value = tidy(d["fp"].subs(x, at))
    chain.ask((f"把 ${x}={tex(at)}$ 代入导函数，${f}'({tex(at)})$ 是多少？", f"Substitute ${x}={tex(at)}$ into the derivative: what is ${f}'({tex(at)})$?"),
              (f"${f}'({tex(at)})={tex(value)}$",) * 2, f"{f}'({plain(at)}) = {plain(value)}", context=[fdef(f, x, d["body"])],
              kps=["deriv.basic"], hints=[("先求导函数，再代值。", "Differentiate first, then substitute.")])
    chain.done((dollar(value),) * 2, _value_ref(d))


def _value_by_limit(chain: Chain, d: dict) -> None:
    f, x, body, at = d["name"], d["var"], d["body"], d["at"]
    h = sp.Symbol("h", real=True)
    quotient = sp.expand(sp.cancel((body.subs(x, at + h) - body.subs(x, at)) / h))
    chain.ask((f"写出平均变化率 $\\frac{{{f}({tex(at)}+h)-{f}({tex(at)})}}{{h}}$ 并化简。", f"Write the difference quotient $\\frac{{{f}({tex(at)}+h)-{f}({tex(at)})}}{{h}}$ and simplify."),
              (f"${tex(quotient)}$",) * 2, f"({plain(body.subs(x, paren(at + h)))} - ({plain(body.subs(x, at))}))/h = {plain(quotient)}",
              kps=["deriv.rate_of_change", "deriv.concept"], hints=[("展开后分子的常数项会抵消，可以约去 $h$。", "After expanding, the constant terms cancel and h divides out.")])
    value = quotient.subs(h, 0)
    chain.ask(("令 $h\\to0$，极限是多少？", "Let $h\\to0$. What is the limit?"), (f"${f}'({tex(at)})={tex(value)}$",) * 2,
              f"\\lim_{{h \\to 0}} ({plain(quotient)}) = {plain(value)}", kps=["deriv.concept"],
              hints=[("导数是平均变化率的极限。", "The derivative is the limit of the difference quotient.")])
    chain.done((dollar(value),) * 2, _value_ref(d))


register(Solver("function.derivative_value", "derivatives", detect_derivative_value, (
    Method(("求导法则后代入", "Differentiate, then substitute"), _value_by_rules),
    Method(("导数的定义（极限）", "The limit definition"), _value_by_limit,
           lambda d: d["body"].is_polynomial(d["var"]) and sp.degree(d["body"], d["var"]) <= 4),
), ("deriv.basic",), priority=37, answers=frozenset({"derivative"})))


# -- the overall maximum / minimum ---------------------------------------------------------------------------
def detect_global(p: Problem) -> Match | None:
    mx, mn = p.has("最大值", "maximum", "largest value"), p.has("最小值", "minimum", "smallest value")
    if mx == mn or interval(p.text) is not None or p.has("区间", "interval", "取值范围", "range of", "极"):
        return None
    if re.search(r"[a-z]\s*>\s*0|x\s*[<>≤≥]", p.text):
        return None  # a restricted domain is a different question
    d = function_data(p)
    if d is None or len(d["crit"]) != 1:
        return None
    want = "max" if mx else "min"
    pieces = sign_pieces(d)
    signs = [s for _, s in pieces]
    if signs != ([1, -1] if want == "max" else [-1, 1]):
        return None  # the one critical point is not the overall extreme asked for
    return Match([fdef(d["name"], d["var"], d["body"])], f"{want}imum", {**d, "want": want, "pieces": pieces}, 0.9)


def _global_ref(d: dict) -> tuple[str, str]:
    x = d["var"]
    v = sp.calculus.util.maximum(d["body"], x, d["domain"]) if d["want"] == "max" else sp.calculus.util.minimum(d["body"], x, d["domain"])
    return (plain(sp.nsimplify(v)),) * 2


def _global_derivative(chain: Chain, d: dict) -> None:
    f, x, body = d["name"], d["var"], d["body"]
    _derivative_step(chain, d)
    c = d["crit"][0]
    (left, s1), (right, _) = d["pieces"]
    chain.ask((f"${f}'({x})=0$ 的解是什么？在它左右两侧函数怎样变化？", f"Solve ${f}'({x})=0$. How does the function behave on each side?"),
              (f"${x}={tex(c)}$；在 ${interval_text(left)}$ 上{'递增' if s1 > 0 else '递减'}，在 ${interval_text(right)}$ 上{'递减' if s1 > 0 else '递增'}",
               f"${x}={tex(c)}$; {'increasing' if s1 > 0 else 'decreasing'} on ${interval_text(left)}$, {'decreasing' if s1 > 0 else 'increasing'} on ${interval_text(right)}$"),
              f"{plain(d['fp'])} = 0 \\Rightarrow {x} = {plain(c)}",
              kps=["deriv.monotonicity", "deriv.max_min"], hints=[("看导数在该点两侧的符号。", "Look at the sign of the derivative on each side.")])
    value = tidy(body.subs(x, c))
    chain.ask((f"所以最{'大' if d['want'] == 'max' else '小'}值在哪里取得？是多少？", f"So where is the {d['want']}imum, and what is it?"),
              (f"${f}({tex(c)})={tex(value)}$",) * 2, f"{f}({plain(c)}) = {plain(value)}", context=[fdef(f, x, body)],
              kps=["deriv.max_min"], hints=[("唯一的极值就是最值。", "The only extremum is the overall one.")])
    chain.done((dollar(value),) * 2, _global_ref(d))


def _global_square(chain: Chain, d: dict) -> None:
    f, x, body = d["name"], d["var"], d["body"]
    a, b, _ = sp.Poly(body, x).all_coeffs()
    h = -b / (2 * a)
    k = tidy(body.subs(x, h))
    chain.ask(("配方写成顶点式。", "Complete the square."), (f"${f}({x})={tex(a * (x - h) ** 2 + k)}$",) * 2,
              f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})", kps=["completing_square", "quad.function"],
              hints=[("先提出二次项系数。", "Factor out the leading coefficient.")])
    chain.ask((f"平方项何时为 0？最{'大' if d['want'] == 'max' else '小'}值是多少？", f"When is the square 0? What is the {d['want']}imum?"),
              (f"${x}={tex(h)}$ 时取得 ${tex(k)}$", f"at ${x}={tex(h)}$ it is ${tex(k)}$"), f"{f}({plain(h)}) = {plain(k)}",
              context=[fdef(f, x, body)], kps=["quad.function"], hints=[("平方非负。", "A square is never negative.")])
    chain.done((dollar(k),) * 2, _global_ref(d))


register(Solver("function.global_extreme", "derivatives", detect_global, (
    Method(("导数法（单调性）", "Derivative and monotonicity"), _global_derivative),
    Method(("配方法", "Completing the square"), _global_square,
           lambda d: d["body"].is_polynomial(d["var"]) and sp.degree(d["body"], d["var"]) == 2),
), ("deriv.max_min",), priority=34, answers=frozenset({"max", "min"})))

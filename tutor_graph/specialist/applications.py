"""Word problems that reduce to a known model: growth / decay by a fixed rate until a threshold
(trying whole years vs logarithms), profit maximisation with a quadratic (vertex vs derivative), and a
two-part tariff (base fare plus a rate beyond a distance)."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_N = r"(\d+(?:\.\d+)?)"


def _num(s: str) -> sp.Expr:
    return sp.nsimplify(s)


# -- growth and decay --------------------------------------------------------------------------------------------
_THRESHOLDS = [  # (pattern, ratio, relation of the amount to ratio × start)
    (r"不足(?:原来的)?一半|低于(?:原来的)?一半|少于(?:原来的)?一半|less than half", sp.Rational(1, 2), "<"),
    (r"不超过(?:原来的)?一半|at most half", sp.Rational(1, 2), "≤"),
    (r"翻一番|翻番|doubles?|twice", sp.Integer(2), "≥"),
    (r"超过(?:原来的)?\s*(\d+)\s*倍|more than (\d+) times", None, ">"),
    (r"(?:达到|不少于)(?:原来的)?\s*(\d+)\s*倍|at least (\d+) times", None, "≥"),
]


def detect_growth(p: Problem) -> Match | None:
    m = re.search(rf"(?:每年|每月|每天|每小时|per year|each year|a year|per month|each month)[^\d]{{0,8}}?(衰减|减少|降低|增长|增加|提高|loses?|decreases?|decays?|grows?|increases?)(?:\s*by)?\s*{_N}\s*\\?%", p.text)
    m = m or re.search(rf"(loses?|decreases?|decays?|grows?|increases?)(?:\s*by)?\s*{_N}\s*\\?%\s*(?:each|per|a)\s+(?:year|month)", p.text)
    if not m or not p.has("至少", "多少年", "几年", "how many", "after how", "least"):
        return None
    down = m.group(1) in ("衰减", "减少", "降低") or m.group(1).startswith(("lose", "decrease", "decay"))
    rate = _num(m.group(2)) / 100
    factor = 1 - rate if down else 1 + rate
    found = next(((t, ratio, op) for pattern, ratio, op in _THRESHOLDS if (t := re.search(pattern, p.text))), None)
    if found is None:
        return None
    t, ratio, op = found
    if ratio is None:
        ratio = sp.Integer(next(g for g in t.groups() if g))
    if not (0 < rate < 1) or (down and op in (">", "≥")) or (not down and op in ("<", "≤")):
        return None
    n = _first_year(factor, ratio, op)
    if n is None:
        return None
    unit = "月" if "月" in m.group(0) or "month" in m.group(0) else "年"
    return Match([f"factor {plain(factor)} per period", f"threshold {op} {plain(ratio)}"], "least whole number of periods",
                 {"factor": factor, "ratio": ratio, "op": op, "n": n, "down": down, "rate": rate, "unit": unit}, 0.85)


def _holds(v, op, r) -> bool:
    return bool({"<": v < r, "≤": v <= r, ">": v > r, "≥": v >= r}[op])


def _first_year(factor, ratio, op) -> int | None:
    for n in range(1, 200):
        if _holds(factor**n, op, ratio):
            return n
    return None


def _growth_reference(d: dict) -> tuple[str, str]:
    """Independent: solve factor^n = ratio with logarithms (floating point), then round the right way."""
    n_real = math.log(float(d["ratio"])) / math.log(float(d["factor"]))
    n = math.floor(n_real) + 1 if d["op"] in ("<", ">") or abs(n_real - round(n_real)) > 1e-12 else round(n_real)
    return (str(n),) * 2


def _by_trying(chain: Chain, d: dict) -> None:
    f, r, op, n = d["factor"], d["ratio"], d["op"], d["n"]
    chain.ask(("设原来的量为 1，经过 $n$ 个周期后是多少？要满足什么不等式？", "Call the starting amount 1. What is it after n periods, and what inequality must hold?"),
              (f"${dec(f)}^n {'<' if op == '<' else chr(92) + 'le' if op == '≤' else '>' if op == '>' else chr(92) + 'ge'} {dec(r)}$",) * 2, "",
              kps=["fapp.model", "exp.function"], hints=[("每个周期都乘同一个数。", "Each period multiplies by the same factor.")])
    chain.ask((f"逐个试：$n={n - 1}$ 和 $n={n}$ 时各是多少？", f"Try $n={n - 1}$ and $n={n}$: what do you get?"),
              (f"${dec(f)}^{{{n - 1}}}\\approx {float(f ** (n - 1)):.4f}$, ${dec(f)}^{{{n}}}\\approx {float(f ** n):.4f}$",) * 2,
              f"({plain(f)})^{n - 1} {_flip(op)} {plain(r)} 且 ({plain(f)})^{n} {op} {plain(r)}", kps=["fapp.model"],
              hints=[("指数函数单调，所以第一个满足的就是答案。", "The power is monotonic, so the first n that works is the answer.")])
    chain.done((dollar(n),) * 2, _growth_reference(d))


def dec(v) -> str:
    """A terminating decimal as textbooks write it (0.9), other numbers in LaTeX."""
    v = sp.nsimplify(v)
    q = int(v.q) if v.is_Rational else 0
    while q and q % 2 == 0:
        q //= 2
    while q and q % 5 == 0:
        q //= 5
    return (f"{float(v):g}" if q == 1 else tex(v)) if v.is_Rational else tex(v)


def _flip(op: str) -> str:
    return {"<": "≥", "≤": ">", ">": "≤", "≥": "<"}[op]


def _by_logs(chain: Chain, d: dict) -> None:
    f, r, op, n = d["factor"], d["ratio"], d["op"], d["n"]
    bound = math.log(float(r)) / math.log(float(f))
    chain.ask(("两边取对数解 $" + dec(f) + "^n=" + dec(r) + "$，$n$ 约为多少？", "Take logarithms in $" + dec(f) + "^n=" + dec(r) + "$: about what is n?"),
              (f"$n=\\log_{{{dec(f)}}}{dec(r)}\\approx {bound:.2f}$",) * 2, f"\\log_{{{plain(f)}}}({plain(r)}) \\approx {bound:.2f}",
              kps=["fapp.model", "exp.function"], hints=[("底数小于 1 时，不等号在取对数后要改变方向。", "With a base below 1 the inequality turns round.")])
    chain.ask(("$n$ 取整数，最少是多少？", "n must be whole: what is the least value?"), (f"$n={n}$",) * 2,
              f"({plain(f)})^{n - 1} {_flip(op)} {plain(r)} 且 ({plain(f)})^{n} {op} {plain(r)}", kps=["fapp.model"],
              hints=[("取比它大的最小整数，再验证。", "Take the next whole number, then check it.")])
    chain.done((dollar(n),) * 2, _growth_reference(d))


register(Solver("application.growth", "function_applications", detect_growth, (
    Method(("逐年试算", "Try whole periods"), _by_trying),
    Method(("取对数", "Logarithms"), _by_logs),
), ("fapp.model",), priority=60, answers=frozenset({"time", "count", "quantity"})))


# -- profit with a linear demand -----------------------------------------------------------------------------------------
def detect_profit(p: Problem) -> Match | None:
    if not p.has("利润", "profit"):
        return None
    t = p.text
    cost = re.search(rf"(?:进价|成本)[^\d]{{0,6}}{_N}|costs?\s*{_N}|cost price (?:of|is)\s*{_N}|buys?\s+(?:\w+\s+){{0,3}}for\s*{_N}", t)
    base = re.search(rf"(?:售价|单价|定价)(?:为|是)?\s*{_N}\s*元?\s*时[^\d]{{0,10}}{_N}|price of\s*{_N}[^\d]{{0,12}}{_N}\s*(?:sell|are sold|units)", t)
    step = re.search(rf"(?:每|each)\s*(?:上涨|涨价|提高|increase of)?\s*{_N}\s*(?:元|-yuan|yuan)?\s*(?:increase)?[^\d]{{0,16}}?(?:减少|少卖|loses|fewer|drop of)\s*{_N}", t)
    step_down = re.search(rf"每\s*(?:降价|降低|下降)\s*{_N}\s*元[^\d]{{0,12}}?(?:增加|多卖)\s*{_N}", t)
    if not cost or not base or not (step or step_down):
        return None
    c = _num(next(g for g in cost.groups() if g))
    p0, q0 = (_num(g) for g in [g for g in base.groups() if g][:2])
    s, k = (_num(g) for g in (step or step_down).groups())
    # quantity at price x: q0 − (k/s)(x − p0) either way (a price drop of s sells k more)
    q = q0 - k / s * (X - p0)
    profit = sp.expand((X - c) * q)
    best = sp.solve(sp.diff(profit, X), X)
    if len(best) != 1 or not (best[0] > c) or q.subs(X, best[0]) <= 0:
        return None
    if (step and best[0] < p0) or (step_down and best[0] > p0):
        return None  # the best price lies on the side the text does not describe (a rise for a "每降价" rule)
    goal = ("price" if re.search(r"售价定为|定价为|多少元时|which price|what price", t, re.I)
            else "profit" if re.search(r"最大利润|最大.*利润.*多少|maximum profit|largest profit", t, re.I) else None)
    if goal is None:
        return None
    return Match([f"cost {plain(c)}", f"{plain(q0)} at {plain(p0)}", f"-{plain(k)} per +{plain(s)}"], f"best {goal}",
                 {"c": c, "p0": p0, "q0": q0, "q": q, "profit": profit, "best": best[0], "goal": goal}, 0.85)


def _profit_model(chain: Chain, d: dict) -> None:
    chain.ask(("设售价为 $x$ 元，日销量和每天的利润 $y$ 各是多少？", "Let the price be x. What are the daily sales and the profit y?"),
              (f"销量 ${tex(d['q'])}$，$y=(x-{tex(d['c'])})({tex(d['q'])})={tex(d['profit'])}$",
               f"sales ${tex(d['q'])}$, $y=(x-{tex(d['c'])})({tex(d['q'])})={tex(d['profit'])}$"),
              f"(x - {plain(d['c'])})*({plain(d['q'])}) = {plain(d['profit'])}", kps=["fapp.model", "quad.function"],
              hints=[("利润 = 每件的利润 × 件数。", "Profit = profit per item × number sold.")])


def _profit_answer(d: dict, x0) -> tuple[str, str]:
    return (dollar(x0),) * 2 if d["goal"] == "price" else (dollar(d["profit"].subs(X, x0)),) * 2


def _profit_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's `maximum` over the prices where the sales are non-negative."""
    top = sp.solve(sp.Eq(d["q"], 0), X)[0]
    value = sp.maximum(d["profit"], X, sp.Interval(d["c"], top))
    x0 = [v for v in sp.solve(sp.Eq(d["profit"], value), X)]
    return (plain(x0[0]),) * 2 if d["goal"] == "price" else (plain(value),) * 2


def _by_vertex(chain: Chain, d: dict) -> None:
    _profit_model(chain, d)
    a, b, _ = sp.Poly(d["profit"], X).all_coeffs()
    x0 = -b / (2 * a)
    chain.ask(("这是开口向下的二次函数，顶点横坐标 $x=-\\frac{b}{2a}$ 是多少？", "A downward parabola: what is the vertex $x=-\\frac{b}{2a}$?"),
              (f"$x={tex(x0)}$",) * 2, f"-({plain(b)})/(2*({plain(a)})) = {plain(x0)}", kps=["quad.function", "fapp.model"],
              hints=[("开口向下时顶点处取最大值。", "A downward parabola is highest at its vertex.")])
    top = d["profit"].subs(X, x0)
    chain.ask(("最大利润是多少？", "What is the largest profit?"), (f"$y={tex(top)}$",) * 2, f"{plain(d['profit'].subs(X, sp.Symbol(f'({plain(x0)})')))} = {plain(top)}",
              kps=["fapp.model"], hints=[("把顶点横坐标代回。", "Substitute the vertex back.")])
    chain.done(_profit_answer(d, x0), _profit_reference(d))


def _by_derivative(chain: Chain, d: dict) -> None:
    _profit_model(chain, d)
    dy = sp.diff(d["profit"], X)
    x0 = d["best"]
    chain.ask(("求导，$y'=0$ 时 $x$ 是多少？", "Differentiate: where is $y'=0$?"), (f"$y'={tex(dy)}$，$x={tex(x0)}$", f"$y'={tex(dy)}$, $x={tex(x0)}$"),
              f"f'(x) = {plain(dy)}", context=[f"f(x) = {plain(d['profit'])}"], kps=["deriv.optimization"],
              hints=[("$y'$ 先正后负，所以是最大值点。", "$y'$ changes from positive to negative: a maximum.")])
    chain.ask(("$y'=0$ 的解是多少？", "Solve $y'=0$."), (f"$x={tex(x0)}$",) * 2, f"{plain(dy)} = 0 \\Rightarrow x = {plain(x0)}", kps=["deriv.optimization"],
              hints=[("一次方程。", "A linear equation.")])
    chain.done(_profit_answer(d, x0), _profit_reference(d))


register(Solver("application.profit", "function_applications", detect_profit, (
    Method(("二次函数顶点", "Vertex of the quadratic"), _by_vertex),
    Method(("导数法", "Derivative"), _by_derivative),
), ("fapp.model",), priority=60, answers=frozenset({"max", "profit", "price", "quantity"})))

"""销量随售价线性变化时的最大利润（或最优售价）/ The best price or largest profit when sales fall linearly with
the price."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"(\d+(?:\.\d+)?)"
_COST = re.compile(rf"(?:进价|成本)[^\d]{{0,6}}{_N}|costs?\s*{_N}|cost price (?:of|is)\s*{_N}|buys?\s+(?:\w+\s+){{0,3}}for\s*{_N}")
_BASE = re.compile(rf"(?:售价|单价|定价)(?:为|是)?\s*{_N}\s*元?\s*时[^\d]{{0,10}}{_N}|price of\s*{_N}[^\d]{{0,12}}{_N}\s*(?:sell|are sold|units)")
_STEP_UP = re.compile(rf"(?:每|each)\s*(?:上涨|涨价|提高|increase of)?\s*{_N}\s*(?:元|-yuan|yuan)?\s*(?:increase)?[^\d]{{0,16}}?"
                      rf"(?:减少|少卖|loses|fewer|drop of)\s*{_N}")
_STEP_DOWN = re.compile(rf"每\s*(?:降价|降低|下降)\s*{_N}\s*元[^\d]{{0,12}}?(?:增加|多卖)\s*{_N}")
_ASKS_PRICE = re.compile(r"售价定为|定价为|多少元时|which price|what price", re.I)
_ASKS_PROFIT = re.compile(r"最大利润|最大.*利润.*多少|maximum profit|largest profit", re.I)


@dataclass(frozen=True)
class Profit:
    """Cost `c` per item; `q0` sell at price `p0`; each `s` off the price sells `k` more (or each `s` on, `k` fewer)."""

    c: sp.Expr
    p0: sp.Expr
    q0: sp.Expr
    s: sp.Expr
    k: sp.Expr
    goal: str  # "price" or "profit"

    def sales(self) -> sp.Expr:
        """Sales at price x: q0 − (k/s)(x − p0), whichever way the text states the rule."""
        return self.q0 - self.k / self.s * (X - self.p0)


def detect(p: Problem) -> Profit | None:
    """`进价 8 元，售价 14 元时每天卖 100 件；每降价 1 元多卖 20 件。求最大利润`: the best price lies on the side described."""
    if not p.has("利润", "profit"):
        return None
    t = p.text
    cost, base = _COST.search(t), _BASE.search(t)
    step, step_down = _STEP_UP.search(t), _STEP_DOWN.search(t)
    if not cost or not base or not (step or step_down):
        return None
    c = sp.nsimplify(next(g for g in cost.groups() if g))
    p0, q0 = (sp.nsimplify(g) for g in [g for g in base.groups() if g][:2])
    s, k = (sp.nsimplify(g) for g in (step or step_down).groups())  # type: ignore[union-attr]
    goal = "price" if _ASKS_PRICE.search(t) else "profit" if _ASKS_PROFIT.search(t) else None
    if goal is None or s == 0 or k == 0:
        return None
    found = Profit(c, p0, q0, s, k, goal)
    q = found.sales()
    best = sp.solve(sp.diff(sp.expand((X - c) * q), X), X)
    if len(best) != 1 or not (best[0] > c) or q.subs(X, best[0]) <= 0:
        return None
    if (step and best[0] < p0) or (step_down and best[0] > p0):
        return None  # the best price lies on the side the text does not describe (a rise for a "每降价" rule)
    return found


def values(d: Profit) -> Values:
    """The sales and profit, the vertex, the derivative, and the product form m(x − c)(T − x) for the mean inequality."""
    q = d.sales()
    y = sp.expand((X - d.c) * q)
    a, b, _ = sp.Poly(y, X).all_coeffs()
    x0 = -b / (2 * a)
    top = y.subs(X, x0)
    dy = sp.diff(y, X)
    m = d.k / d.s
    T = d.p0 + d.q0 / m  # the price at which nothing sells
    return {
        "c": tex(d.c), "c_plain": plain(d.c), "q": tex(q), "q_plain": plain(q), "y": tex(y), "y_plain": plain(y),
        "a_plain": plain(a), "b_plain": plain(b), "x0": tex(x0), "x0_plain": plain(x0), "top": tex(top), "top_plain": plain(top),
        "top_claim": f"{plain(y.subs(X, sp.Symbol(f'({plain(x0)})')))} = {plain(top)}",
        "dy": tex(dy), "dy_plain": plain(dy), "m": tex(m), "m_plain": plain(m), "T": tex(T), "T_plain": plain(T),
        "half": tex((T - d.c) / 2), "half_plain": plain((T - d.c) / 2), "sum": tex(T - d.c), "sum_plain": plain(T - d.c),
        "answer": tex(x0) if d.goal == "price" else tex(top), "asks_price": d.goal == "price",
    }


def reference(d: Profit) -> str:
    """Independent: SymPy's `maximum` over the prices where the sales are non-negative."""
    q = d.sales()
    y = sp.expand((X - d.c) * q)
    end = sp.solve(sp.Eq(q, 0), X)[0]
    value = sp.maximum(y, X, sp.Interval(d.c, end))
    return plain(sp.solve(sp.Eq(y, value), X)[0]) if d.goal == "price" else plain(value)


TYPE: ProblemType[Profit] = ProblemType(
    type_id="application.profit", module="function_applications", name="profit", detect=detect, values=values,
    reference=reference,
    givens=lambda d: [f"cost {plain(d.c)}", f"{plain(d.q0)} at {plain(d.p0)}", f"-{plain(d.k)} per +{plain(d.s)}"],
    goal=lambda d: f"best {d.goal}", answers=frozenset({"max", "profit", "price", "quantity"}),
)

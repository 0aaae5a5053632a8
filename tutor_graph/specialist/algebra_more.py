"""Small algebra types: comparing two expressions (their difference vs their quotient), the range of
p·a + q·b from ranges of a and b (properties of inequalities), a rectangle's extreme perimeter / area
(AM–GM vs a quadratic), and coefficients from a quadratic inequality's solution set (Vieta vs the
factored form)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_math, interval_text, plain, tex


# -- comparing two expressions -----------------------------------------------------------------------------------
def detect_compare(p: Problem) -> Match | None:
    m = re.search(r"比较\s*(.+?)\s*与\s*(.+?)\s*的大小|[Cc]ompare\s*(.+?)\s*(?:and|with)\s*(.+?)\s*[.?]?$", p.text)
    if not m:
        return None
    left, right = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    A, B = try_expr(left.strip()), try_expr(right.strip())
    if A is None or B is None or not (A.free_symbols | B.free_symbols):
        return None
    diff = sp.expand(A - B)
    syms = diff.free_symbols
    if diff.is_number:
        sign = sp.sign(diff)
    elif len(syms) == 1 and diff.is_polynomial(*syms) and sp.degree(diff, *syms) <= 2:
        x = syms.pop()
        if solve_inequality(diff, ">", x) == sp.S.Reals:
            sign = 1
        elif solve_inequality(diff, "<", x) == sp.S.Reals:
            sign = -1
        else:
            return None  # the order depends on x: a case analysis
    else:
        return None
    if sign == 0:
        return None
    return Match([plain(A), plain(B)], "compare", {"A": A, "B": B, "diff": diff, "sign": int(sign), "texts": (left.strip(), right.strip())}, 0.9)


def _compare_answer(d) -> tuple[str, str]:
    op = ">" if d["sign"] > 0 else "<"
    text = f"${tex(d['A'])} {op} {tex(d['B'])}$"
    return text, text


def _compare_reference(d) -> tuple[str, str]:
    """Independent: the sign of the difference at a sample point (it never changes, as the method shows)."""
    x0 = {s: sp.Rational(7, 3) for s in d["A"].free_symbols | d["B"].free_symbols}
    op = ">" if d["A"].subs(x0) - d["B"].subs(x0) > 0 else "<"
    text = f"{d['texts'][0]}{op}{d['texts'][1]}"
    return text, text


def _by_difference(chain: Chain, d: dict) -> None:
    A, B, diff = d["A"], d["B"], d["diff"]
    chain.ask(("作差：两式相减化简得什么？", "Subtract one from the other: what does the difference simplify to?"), (f"${tex(diff)}$",) * 2,
              f"({plain(A)}) - ({plain(B)}) = {plain(diff)}", kps=["ineq.compare"], hints=[("作差比较法：看差的正负。", "Compare by the sign of the difference.")])
    op = ">" if d["sign"] > 0 else "<"
    why = f"{plain(diff)} {op} 0"
    chain.ask(("差的符号是什么？两式大小关系如何？", "What is the sign of the difference, and so the order?"),
              (f"差{'大于' if op == '>' else '小于'} 0，所以 ${tex(A)} {op} {tex(B)}$", f"The difference is {'positive' if op == '>' else 'negative'}: ${tex(A)} {op} {tex(B)}$"),
              why, kps=["ineq.compare"], hints=[("配方可以看出符号。", "Completing the square shows the sign.")])
    chain.done(_compare_answer(d), _compare_reference(d))


register(Solver("inequality.compare", "inequalities", detect_compare, (
    Method(("作差法", "By the difference"), _by_difference),
), ("ineq.compare",), priority=52, answers=frozenset({"compare"})))


# -- the range of p·a + q·b ------------------------------------------------------------------------------------------
_RANGE = r"(-?\d+(?:\.\d+)?)\s*(<|≤)\s*([a-z])\s*(<|≤)\s*(-?\d+(?:\.\d+)?)"


def detect_linear_range(p: Problem) -> Match | None:
    ranges = {m.group(3): (sp.nsimplify(m.group(1)), m.group(2), sp.nsimplify(m.group(5)), m.group(4)) for m in re.finditer(_RANGE, p.text)}
    m = re.search(r"求\s*(.+?)\s*的取值范围|[Ff]ind the range of\s*(.+?)\s*[.?]?$", p.text)
    if len(ranges) != 2 or not m:
        return None
    e = try_expr((m.group(1) or m.group(2)).strip())
    if e is None or {s.name for s in e.free_symbols} != set(ranges) or not e.is_polynomial(*e.free_symbols) or sp.Poly(e, *e.free_symbols).total_degree() != 1:
        return None
    if sp.Poly(e, *e.free_symbols).coeff_monomial(1) != 0:
        return None
    return Match([f"{lo} {o1} {v} {o2} {hi}" for v, (lo, o1, hi, o2) in ranges.items()], f"range of {plain(e)}", {"ranges": ranges, "e": e}, 0.9)


def _scaled(var, rng, c):
    lo, o1, hi, o2 = rng
    a, b = sorted((c * lo, c * hi))
    open_lo, open_hi = (o1 == "<", o2 == "<") if c > 0 else (o2 == "<", o1 == "<")
    return a, b, open_lo, open_hi


def _linear_range(chain: Chain, d: dict) -> None:
    e, ranges = d["e"], d["ranges"]
    total_lo, total_hi, lo_open, hi_open = sp.Integer(0), sp.Integer(0), False, False
    los, his = [], []
    for name, rng in ranges.items():
        v = sp.Symbol(name, real=True)
        c = e.coeff(v)
        a, b, ol, oh = _scaled(name, rng, c)
        total_lo, total_hi = total_lo + a, total_hi + b
        los.append(a)
        his.append(b)
        lo_open, hi_open = lo_open or ol, hi_open or oh
        r1 = f"{plain(rng[0])} {rng[1]} {name} {rng[3]} {plain(rng[2])}"
        r2 = f"{plain(a)} {'<' if ol else '≤'} {plain(c * v)} {'<' if oh else '≤'} {plain(b)}"
        chain.ask((f"由 ${tex(rng[0])} {'<' if rng[1] == '<' else chr(92) + 'le'} {name} {'<' if rng[3] == '<' else chr(92) + 'le'} {tex(rng[2])}$，${tex(c * v)}$ 的范围是什么？",
                   f"From the range of ${name}$, what is the range of ${tex(c * v)}$?"),
                  (f"${tex(a)} {'<' if ol else chr(92) + 'le'} {tex(c * v)} {'<' if oh else chr(92) + 'le'} {tex(b)}$",) * 2, f"{r1} \\Rightarrow {r2}",
                  kps=["ineq.properties"], hints=[("乘负数要改变不等号方向。", "Multiplying by a negative number turns the inequality round.")])
    s = sp.Interval(total_lo, total_hi, lo_open, hi_open)
    chain.ask(("同向不等式相加，所求式子的范围是什么？", "Add inequalities of the same direction: what is the range?"), (interval_math(s),) * 2,
              f"{' + '.join(f'({plain(v)})' for v in los)} = {plain(total_lo)} 且 {' + '.join(f'({plain(v)})' for v in his)} = {plain(total_hi)}",
              kps=["ineq.properties"], hints=[("只能相加，不能相减。", "Add them; never subtract inequalities.")])
    chain.done((interval_math(s),) * 2, _lr_reference(d))


def _lr_reference(d) -> tuple[str, str]:
    """Independent: the extremes of a linear function on the box are at its corners."""
    e, ranges = d["e"], d["ranges"]
    names = list(ranges)
    corners = [e.subs({sp.Symbol(names[0], real=True): u, sp.Symbol(names[1], real=True): w})
               for u in ranges[names[0]][0:3:2] for w in ranges[names[1]][0:3:2]]
    lo, hi = min(corners), max(corners)
    opens = any(rng[1] == "<" or rng[3] == "<" for rng in ranges.values())
    s = sp.Interval(lo, hi, opens, opens) if all(r[1] == r[3] for r in ranges.values()) else None
    return ((interval_text(s, latex=False).replace("oo", "+\\infty"),) * 2) if s is not None else ("?", "?")


register(Solver("inequality.linear_range", "inequalities", detect_linear_range, (
    Method(("不等式的性质", "Properties of inequalities"), _linear_range),
), ("ineq.properties",), priority=52, answers=frozenset({"range"})))

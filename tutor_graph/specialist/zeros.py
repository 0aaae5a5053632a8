"""Zeros of functions: the interval holding the zero of a monotonic function (signs at the ends, also as
a choice question), bisection steps, all zeros of a function with |x| (cases vs t = |x|), and the
parameter a for which |g(x)| − a has exactly 3 or 4 zeros (the graph vs two discriminants)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import split_choices
from tutor_graph.specialist.detecting import X, definition, interval, solve_inequality
from tutor_graph.specialist.functions import domain_of
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, paren, plain, relation_text, tex

_INTERVAL = re.compile(r"\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)")


def _increasing_or_decreasing(f: sp.Expr, dom: sp.Set) -> str | None:
    fp = sp.simplify(sp.diff(f, X))
    num, den = sp.fraction(sp.together(fp))
    if not (num.is_polynomial(X) and den.is_polynomial(X)):
        # exponentials and logarithms: SymPy's sign assumptions (x positive when the domain is)
        t = sp.Symbol("t", positive=True) if dom.is_subset(sp.Interval.open(0, sp.oo)) else sp.Symbol("t", real=True)
        g = fp.subs(X, t)
        return "up" if g.is_positive else "down" if g.is_negative else None
    pos = solve_inequality(sp.together(fp), ">", X)
    if dom.is_subset(pos):
        return "up"
    if dom.is_subset(solve_inequality(sp.together(fp), "<", X)):
        return "down"
    return None


def _at(v):
    """A value to substitute in a claim: bracketed when it is negative or not a whole number."""
    return v if v.is_Integer and v >= 0 else paren(v)


def _sign(v) -> int:
    v = sp.N(v, 30)
    return 1 if v > 0 else -1 if v < 0 else 0


def detect_location(p: Problem) -> Match | None:
    if not p.has("零点所在", "零点位于", "zero of", "root lies", "zero lies", "零点所在的区间"):
        return None
    d = definition(p)
    if d is None or d[2].has(sp.I):
        return None
    _, var, body = d
    f = body.subs(var, X)
    dom = domain_of(f, X)
    mono = _increasing_or_decreasing(f, dom)
    if mono is None:
        return None
    split = split_choices(p.text)
    if not split:
        return None
    options = {}
    for k, v in split[1].items():
        m = _INTERVAL.fullmatch(v.strip())
        if not m:
            return None
        a, b = sp.nsimplify(m.group(1)), sp.nsimplify(m.group(2))
        if not (dom.contains(a) is sp.true and dom.contains(b) is sp.true) or not a < b:
            return None
        options[k] = (a, b)
    right = [k for k, (a, b) in options.items() if _sign(f.subs(X, a)) * _sign(f.subs(X, b)) < 0]
    if len(right) != 1:
        return None
    return Match([f"f(x) = {plain(f)}"], "interval of the zero", {"f": f, "dom": dom, "mono": mono, "options": options, "answer": right[0]}, 0.85)


def _location(chain: Chain, d: dict) -> None:
    f, dom = d["f"], d["dom"]
    fp = sp.simplify(sp.diff(f, X))
    op = ">" if d["mono"] == "up" else "<"
    chain.ask(("函数在定义域上单调吗？零点有几个？", "Is the function monotonic on its domain? How many zeros can it have?"),
              (f"$f'(x)={tex(fp)}{op}0$，{'单调递增' if op == '>' else '单调递减'}，至多一个零点",
               f"$f'(x)={tex(fp)}{op}0$: {'increasing' if op == '>' else 'decreasing'}, so at most one zero"),
              f"{plain(fp)} {op} 0", context=[relation_text(dom, "x")] if dom != sp.S.Reals else None,
              kps=["fapp.existence", "deriv.monotonicity"], hints=[("单调函数的图象至多穿过 x 轴一次。", "A monotonic graph crosses the x-axis at most once.")])
    for k, (a, b) in d["options"].items():
        fa, fb = sp.simplify(f.subs(X, a)), sp.simplify(f.subs(X, b))
        sa, sb = _sign(fa), _sign(fb)
        rel = lambda s: ">" if s > 0 else "<"  # noqa: E731
        chain.ask((f"{k}：$f({tex(a)})$ 与 $f({tex(b)})$ 的符号是什么？", f"{k}: what are the signs of $f({tex(a)})$ and $f({tex(b)})$?"),
                  (f"$f({tex(a)}){rel(sa)}0$，$f({tex(b)}){rel(sb)}0$" + ("，异号" if sa * sb < 0 else "，同号"),
                   f"$f({tex(a)}){rel(sa)}0$, $f({tex(b)}){rel(sb)}0$" + (": opposite signs" if sa * sb < 0 else ": same sign")),
                  f"{plain(f.subs(X, _at(a)))} {rel(sa)} 0 且 {plain(f.subs(X, _at(b)))} {rel(sb)} 0",
                  kps=["fapp.existence"], hints=[("端点函数值异号，区间内就有零点。", "Opposite signs at the ends mean a zero inside.")])
    ans = d["answer"]
    chain.done((ans, ans), (_location_reference(d),) * 2)


def _location_reference(d: dict) -> str:
    """Independent: the zero found numerically (nsolve from the middle of the domain's options)."""
    f = d["f"]
    for k, (a, b) in d["options"].items():
        try:
            root = sp.nsolve(f, X, (float(a), float(b)), solver="bisect")
        except (ValueError, ZeroDivisionError, TypeError):
            continue
        if a < root < b:
            return k
    return "?"


register(Solver("fapp.zero_location", "function_applications", detect_location, (
    Method(("零点存在定理", "Intermediate value theorem"), _location),
), ("fapp.existence",), priority=62, choices=True, answers=frozenset({"zero", "interval"})))


# -- bisection ---------------------------------------------------------------------------------------------------------
def detect_bisection(p: Problem) -> Match | None:
    if not p.has("二分法", "bisection"):
        return None
    eq = next(((lhs, rhs) for lhs, op, rhs in p.relations if op == "=" and (lhs - rhs).free_symbols == {X}), None)
    span = interval(p.text)
    times = re.search(r"(两|三|四|二|\d+|two|three|four)\s*次|(two|three|four)\s+midpoints?|(\d+)\s+midpoints?", p.text)
    if eq is None or span is None or not times:
        return None
    word = next(g for g in times.groups() if g)
    k = {"两": 2, "二": 2, "三": 3, "四": 4, "two": 2, "three": 3, "four": 4}.get(word) or int(word)
    f = sp.expand(eq[0] - eq[1])
    if not f.is_polynomial(X) or not 1 <= k <= 6 or _sign(f.subs(X, span.start)) * _sign(f.subs(X, span.end)) >= 0:
        return None
    return Match([f"{plain(f)} = 0", interval_text(span, latex=False)], f"{k} bisection steps", {"f": f, "a": span.start, "b": span.end, "k": k}, 0.85)


def _bisection(chain: Chain, d: dict) -> None:
    f, a, b = d["f"], d["a"], d["b"]
    chain.ask(("先检验端点：$f(a)$ 与 $f(b)$ 异号吗？", "Check the ends first: do $f(a)$ and $f(b)$ have opposite signs?"),
              (f"$f({tex(a)})={tex(f.subs(X, a))}$，$f({tex(b)})={tex(f.subs(X, b))}$", f"$f({tex(a)})={tex(f.subs(X, a))}$, $f({tex(b)})={tex(f.subs(X, b))}$"),
              f"{plain(f.subs(X, _at(a)))} = {plain(f.subs(X, a))} 且 {plain(f.subs(X, _at(b)))} = {plain(f.subs(X, b))}",
              kps=["fapp.bisection"], hints=[("异号才能保证区间内有根。", "Opposite signs guarantee a root inside.")])
    sa = _sign(f.subs(X, a))
    for _ in range(d["k"]):
        m = (a + b) / 2
        v = f.subs(X, m)
        s = _sign(v)
        op = ">" if s > 0 else "<" if s < 0 else "="
        a, b = (m, b) if s == sa else (a, m)
        chain.ask((f"取中点 $x={tex(m)}$，$f({tex(m)})$ 的符号是什么？根在哪一半？", f"Take the midpoint $x={tex(m)}$: what is the sign of $f({tex(m)})$, and which half holds the root?"),
                  (f"$f({tex(m)})={tex(v)}{op}0$，根在 $({tex(a)},{tex(b)})$ 内", f"$f({tex(m)})={tex(v)}{op}0$: the root is in $({tex(a)},{tex(b)})$"),
                  f"{plain(f.subs(X, _at(m)))} {op} 0", kps=["fapp.bisection"],
                  hints=[("保留端点函数值异号的那一半。", "Keep the half whose ends have opposite signs.")])
    chain.done((f"$({tex(a)}, {tex(b)})$",) * 2, (_bisection_reference(d),) * 2)


def _bisection_reference(d: dict) -> str:
    """Independent: locate the real root itself, then the dyadic piece of length (b−a)/2^k around it."""
    roots = [r for r in sp.Poly(d["f"], X).real_roots() if d["a"] < r < d["b"]]
    if len(roots) != 1:
        return "?"
    width = (d["b"] - d["a"]) / 2 ** d["k"]
    i = int(sp.floor((roots[0] - d["a"]) / width))
    return f"({plain(d['a'] + i * width)}, {plain(d['a'] + (i + 1) * width)})"


register(Solver("fapp.bisection", "function_applications", detect_bisection, (
    Method(("二分法", "Bisection"), _bisection),
), ("fapp.bisection",), priority=62, answers=frozenset({"interval"})))

"""The largest (or smallest) partial sum of an arithmetic sequence given its first term and common
difference: by the sign of the terms, or as a quadratic in n read at the integer nearest its axis."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.sequences import _givens

N = sp.Symbol("n", positive=True, integer=True)
_N = sp.Symbol("n", real=True)  # for the sign inequality, solved over the reals


def detect_sum_extreme(p: Problem) -> Match | None:
    if not p.has("等差", "arithmetic") or p.has("等比", "geometric", "|", "绝对值", "absolute", "T_n", "b_n"):
        return None
    kinds = p.goal.kinds
    if not p.has("S_n", "前 n 项和", "前n项和", "sum of the first n", "partial sum") or not kinds & {"max", "min"}:
        return None
    if "extreme_point" in kinds or kinds & {"max", "min"} == {"max", "min"}:
        return None
    g = _givens(p.text)
    if set(g) != {"a_1", "d"} or not all(v.is_Rational for v in g.values()):
        return None  # only a₁ and d: other givens would be conditions this solver ignores
    a1, d = g["a_1"], g["d"]
    want = "max" if "max" in kinds else "min"
    if d == 0 or (want == "max") != (d < 0) or (want == "max") != (a1 > 0):
        return None  # no extreme, or it is simply S₁
    return Match([f"a_1 = {plain(a1)}", f"d = {plain(d)}"], f"{want} S_n", {"a1": a1, "d": d, "want": want}, 0.9)


def _reference(d: dict) -> tuple[str, str]:
    """Independent: add the terms one by one until they change sign for good, keeping the extreme sum."""
    a1, step, pick = d["a1"], d["d"], max if d["want"] == "max" else min
    sums, total, term = [], sp.Integer(0), a1
    for _ in range(int(abs(a1 / step)) + 3):
        total += term
        sums.append(total)
        term += step
    return (plain(pick(sums)),) * 2


def _last_index(d: dict) -> tuple[sp.Expr, int]:
    a1, step = d["a1"], d["d"]
    an = sp.expand(a1 + (_N - 1) * step)
    k = int(sp.ceiling(sp.solve(an, _N)[0])) - 1  # the last index with a term strictly of the sign
    return an, k


def _by_terms(chain: Chain, d: dict) -> None:
    a1, step = d["a1"], d["d"]
    an, k = _last_index(d)
    big = d["want"] == "max"
    op = ">" if big else "<"
    word = ("正", "positive") if big else ("负", "negative")
    bound = sp.solve(an, _N)[0]
    chain.ask((f"写出通项 $a_n$。哪些项为{word[0]}？", f"Write $a_n$. Which terms are {word[1]}?"),
              (f"$a_n={tex(an)}$，$a_n{op}0 \\iff n<{tex(bound)}$，即前 ${k}$ 项为{word[0]}", f"$a_n={tex(an)}$; $a_n{op}0 \\iff n<{tex(bound)}$: the first ${k}$ terms are {word[1]}"),
              f"{plain(an)} {op} 0 \\Leftrightarrow n < {plain(bound)}",
              kps=["seq.arith.def"], hints=[("公差为负时各项逐渐减小，找最后一个正项。" if big else "公差为正时各项逐渐增大，找最后一个负项。",
                                             "With d < 0 the terms decrease: find the last positive one." if big else "With d > 0 the terms increase: find the last negative one.")])
    total = k * a1 + sp.Rational(k * (k - 1), 2) * step
    chain.ask((f"把所有{word[0]}项加起来时和{'最大' if big else '最小'}。求 $S_{{{k}}}$。", f"The sum is {'largest' if big else 'smallest'} with all the {word[1]} terms in it. Find $S_{{{k}}}$."),
              (f"$S_{{{k}}}={tex(total)}$",) * 2, f"S_{k} = {plain(total)}", context=[f"a_1 = {plain(a1)}", f"d = {plain(step)}"], kps=["seq.arith.sum"],
              hints=[("$S_n=na_1+\\frac{n(n-1)}{2}d$。", "$S_n=na_1+\\frac{n(n-1)}{2}d$.")])
    chain.done((dollar(total),) * 2, _reference(d))


def _by_quadratic(chain: Chain, d: dict) -> None:
    a1, step = d["a1"], d["d"]
    sn = sp.expand(_N * a1 + _N * (_N - 1) / 2 * step)
    chain.ask(("写出 $S_n$ 关于 $n$ 的表达式。", "Write $S_n$ as a function of $n$."), (f"$S_n={tex(sn)}$",) * 2,
              f"n*({plain(a1)}) + n*(n - 1)/2*({plain(step)}) = {plain(sn)}", kps=["seq.arith.sum"],
              hints=[("它是关于 $n$ 的二次函数（常数项为 0）。", "A quadratic in n with no constant term.")])
    A, B = sn.coeff(_N, 2), sn.coeff(_N, 1)
    axis = -B / (2 * A)
    lo = int(sp.floor(axis))
    cands = [v for v in (lo, lo + 1) if v >= 1]
    best = min(cands, key=lambda v: abs(v - axis))
    chain.ask(("对称轴是多少？离它最近的正整数是哪个？", "Where is the axis of symmetry, and which positive integer is closest?"),
              (f"$n={tex(axis)}\\approx {float(axis):.2f}$，最近的正整数是 ${best}$", f"$n={tex(axis)}\\approx {float(axis):.2f}$; the nearest positive integer is ${best}$"),
              f"-({plain(B)})/(2*({plain(A)})) = {plain(axis)}", kps=["quad.function", "shape_number"],
              hints=[("$n$ 只能取正整数，要看离对称轴最近的整数。", "n is a positive integer: take the integer nearest the axis.")])
    value = sn.subs(_N, best)
    chain.ask((f"求 $S_{{{best}}}$。", f"Find $S_{{{best}}}$."), (f"$S_{{{best}}}={tex(value)}$",) * 2,
              f"({plain(A)})*{best}^2 + ({plain(B)})*{best} = {plain(value)}", kps=["seq.arith.sum"],
              hints=[("代入二次式。", "Substitute into the quadratic.")])
    chain.done((dollar(value),) * 2, _reference(d))


register(Solver("sequence.arithmetic_sum_extreme", "sequences", detect_sum_extreme, (
    Method(("看通项的正负", "Watch the sign of the terms"), _by_terms),
    Method(("看成二次函数求最值", "Treat S_n as a quadratic in n"), _by_quadratic),
), ("seq.arith.sum",), priority=62, answers=frozenset({"max", "min", "sum"})))

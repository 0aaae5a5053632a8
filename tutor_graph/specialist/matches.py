"""Matches between two players who win each game with a fixed probability: best of 2k−1 (listing the
cases by number of games vs the complement) and play until one leads by two (rounds of two games, a
geometric series, vs a state equation)."""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.counting import C
from tutor_graph.specialist.probability_more import _prob
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_WINS = {"三局两胜": 2, "五局三胜": 3, "七局四胜": 4, "best of three": 2, "best of 3": 2, "best of five": 3, "best of 5": 3,
         "best-of-three": 2, "best-of-five": 3}


def detect_match(p: Problem) -> Match | None:
    m = re.search(r"(?:获胜|赢|wins?)[^.\d]{0,16}?(?:概率|probability)[^\d(]{0,6}(?:为|是|都是|of)?\s*(\d*\.\d+|\(\(\d+\)/\(\d+\)\)|\d+/\d+)", p.text)
    m = m or re.search(r"(?:probability|概率)\s*(?:为|是|of)?\s*(\d*\.\d+|\(\(\d+\)/\(\d+\)\)|\d+/\d+)", p.text)
    if not m or not p.has("独立", "independent"):
        return None
    q = _prob(m.group(1))
    if q is None or not 0 < q < 1:
        return None
    need = next((k for w, k in _WINS.items() if w in p.lower), None)
    if need:
        return Match([f"p = {plain(q)}", f"first to {need}"], "P(A wins the match)", {"p": q, "need": need, "kind": "best_of"}, 0.85)
    if re.search(r"多赢\s*2\s*局|多胜\s*2\s*局|leads? by (?:2|two)|two (?:games )?ahead", p.text):
        return Match([f"p = {plain(q)}", "until a lead of two"], "P(A wins)", {"p": q, "kind": "lead2"}, 0.85)
    return None


def _best_of_reference(d: dict) -> tuple[str, str]:
    """Independent: every way to play all 2k−1 games (the match result does not change)."""
    p, k = d["p"], d["need"]
    total = sp.Integer(0)
    for games in itertools.product((1, 0), repeat=2 * k - 1):
        if sum(games) >= k:
            total += sp.Mul(*[p if g else 1 - p for g in games])
    return (plain(total),) * 2


def _by_cases(chain: Chain, d: dict) -> None:
    p, k = d["p"], d["need"]
    q = 1 - p
    parts = []
    for lost in range(k):
        ways = C(k - 1 + lost, lost)
        v = ways * p**k * q**lost
        parts.append((lost, ways, v))
        chain.ask((f"甲在第 {k + lost} 局结束比赛获胜（前面输 {lost} 局）的概率是多少？", f"What is the chance A wins in game {k + lost} (losing {lost} before)?"),
                  (f"$C_{{{k - 1 + lost}}}^{{{lost}}}\\cdot p^{{{k}}}q^{{{lost}}}={tex(v)}$",) * 2,
                  f"C_{{{k - 1 + lost}}}^{{{lost}}}*({plain(p)})^{k}*({plain(q)})^{lost} = {plain(v)}", kps=["prob.independence", "prob.binomial"],
                  hints=[("最后一局必须是甲赢。", "The last game must be won by A.")])
    total = sum(v for *_, v in parts)
    chain.ask(("各种情况互斥，相加得甲获胜的概率。", "The cases are exclusive: add them."), (f"${tex(total)}$",) * 2,
              " + ".join(plain(v) for *_, v in parts) + f" = {plain(total)}", kps=["prob.basic_properties"],
              hints=[("互斥事件的概率相加。", "Probabilities of exclusive events add.")])
    chain.done((dollar(total),) * 2, _best_of_reference(d))


def _by_complement(chain: Chain, d: dict) -> None:
    p, k = d["p"], d["need"]
    q = 1 - p
    lose = sum(C(k - 1 + w, w) * q**k * p**w for w in range(k))
    chain.ask(("先求乙获胜（甲输掉比赛）的概率。", "First find the chance that B wins the match."), (f"${tex(lose)}$",) * 2,
              " + ".join(f"C_{{{k - 1 + w}}}^{{{w}}}*({plain(q)})^{k}*({plain(p)})^{w}" for w in range(k)) + f" = {plain(lose)}",
              kps=["prob.independence"], hints=[("对立事件：甲不赢就是乙赢。", "Complement: if A does not win, B does.")])
    v = 1 - lose
    chain.ask(("甲获胜的概率是多少？", "So what is the chance that A wins?"), (f"$1-{tex(lose)}={tex(v)}$",) * 2, f"1 - ({plain(lose)}) = {plain(v)}",
              kps=["prob.basic_properties"], hints=[("$P(A)=1-P(\\bar A)$。", "$P(A)=1-P(\\bar A)$.")])
    chain.done((dollar(v),) * 2, _best_of_reference(d))


def _lead_reference(d: dict) -> tuple[str, str]:
    """Independent: the absorbing chain on the score difference, solved as a linear system."""
    p = d["p"]
    behind, level, ahead = sp.symbols("w_m1 w_0 w_1")  # A's chance when one game behind / level / ahead
    eqs = [sp.Eq(ahead, p + (1 - p) * level), sp.Eq(level, p * ahead + (1 - p) * behind), sp.Eq(behind, p * level)]
    return (plain(sp.solve(eqs, [behind, level, ahead], dict=True)[0][level]),) * 2


def _by_rounds(chain: Chain, d: dict) -> None:
    p = d["p"]
    q = 1 - p
    win, tie = p**2, 2 * p * q
    chain.ask(("把每两局看成一轮：一轮中甲连胜、双方各胜一局的概率各是多少？", "Take the games two at a time: what are the chances that A wins both, or that they split?"),
              (f"甲连胜 ${tex(win)}$，各胜一局 ${tex(tie)}$", f"A wins both: ${tex(win)}$; a split: ${tex(tie)}$"),
              f"({plain(p)})^2 = {plain(win)} 且 2*({plain(p)})*({plain(q)}) = {plain(tie)}", kps=["prob.independence"],
              hints=[("各胜一局时比分回到原样。", "After a split the score is level again.")])
    v = win / (1 - tie)
    chain.ask(("甲在第 $n$ 轮获胜的概率是 $(2pq)^{n-1}p^2$，求和。", "A wins in round n with probability $(2pq)^{n-1}p^2$: add them up."),
              (f"$\\frac{{{tex(win)}}}{{1-{tex(tie)}}}={tex(v)}$",) * 2, f"({plain(win)})/(1 - ({plain(tie)})) = {plain(v)}",
              kps=["prob.independence", "seq.geom.sum"], hints=[("无穷等比数列求和。", "An infinite geometric series.")])
    chain.done((dollar(v),) * 2, _lead_reference(d))


def _by_state(chain: Chain, d: dict) -> None:
    p = d["p"]
    q = 1 - p
    v = p**2 / (p**2 + q**2)
    chain.ask(("设比分相同时甲最终获胜的概率为 $P$。从平局出发再打两局，列方程。", "Let P be A's chance from a level score. Play two more games and write an equation."),
              (f"$P=p^2+2pq\\cdot P$，即 $P={tex(p**2)}+{tex(2 * p * q)}P$",) * 2,
              f"P = {plain(p**2)} + {plain(2 * p * q)}*P \\Rightarrow P = {plain(v)}", kps=["prob.independence"],
              hints=[("两局后：甲领先两局就赢，各胜一局回到平局。", "After two games: A two ahead wins; a split returns to level.")])
    chain.done((dollar(v),) * 2, _lead_reference(d))


register(Solver("probability.match", "probability", detect_match, (
    Method(("按局数分类", "Cases by the number of games"), _by_cases, lambda d: d["kind"] == "best_of"),
    Method(("对立事件", "The complement"), _by_complement, lambda d: d["kind"] == "best_of"),
    Method(("两局一轮（等比数列）", "Rounds of two games"), _by_rounds, lambda d: d["kind"] == "lead2"),
    Method(("状态方程", "A state equation"), _by_state, lambda d: d["kind"] == "lead2"),
), ("prob.independence",), priority=86, answers=frozenset({"probability"})))

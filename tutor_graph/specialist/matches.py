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
    chain.idea(("甲获胜的比赛可以按什么分类？每一类的概率怎样求？", "How can the matches that A wins be split into cases, and how is each case's chance found?"),
               ("按比赛进行的局数分类：最后一局甲胜，之前甲输若干局，用独立事件的乘法和组合数，各类互斥再相加",
                "by the number of games played: A wins the last game and loses some before; multiply independent games with a count of orders, then add the exclusive cases"),
               kps=["prob.independence", "prob.binomial"],
               hints=[("比赛最少打几局、最多打几局就结束？", "What is the fewest and the most games the match can last?"),
                      ("决定比赛结束的最后一局是谁赢的？", "Who wins the last game, the one that ends the match?")])
    parts = []
    for lost in range(k):
        ways = C(k - 1 + lost, lost)
        v = ways * p**k * q**lost
        parts.append((lost, ways, v))
        chain.ask((f"甲在第 {k + lost} 局结束比赛获胜（前面输 {lost} 局）的概率是多少？", f"What is the chance A wins in game {k + lost} (losing {lost} before)?"),
                  (f"$C_{{{k - 1 + lost}}}^{{{lost}}}\\cdot p^{{{k}}}q^{{{lost}}}={tex(v)}$",) * 2,
                  f"C_{{{k - 1 + lost}}}^{{{lost}}}*({plain(p)})^{k}*({plain(q)})^{lost} = {plain(v)}", kps=["prob.independence", "prob.binomial"],
                  hints=[("最后一局必须是谁赢？前面的局中甲输的局可以排在哪些位置？", "Who must win the last game, and where can A's lost games fall among the earlier ones?"),
                         ("每种排法的概率相同吗？一共有几种排法？", "Does each order have the same chance, and how many orders are there?")])
    total = sum(v for *_, v in parts)
    chain.ask(("各种情况互斥，甲获胜的概率是多少？", "The cases are exclusive: what is the chance that A wins?"), (f"${tex(total)}$",) * 2,
              " + ".join(plain(v) for *_, v in parts) + f" = {plain(total)}", kps=["prob.basic_properties"],
              hints=[("这几类情况能同时发生吗？", "Can these cases happen together?"),
                     ("互斥事件的概率怎样合起来？", "How do the chances of exclusive events combine?")])
    chain.done((dollar(total),) * 2, _best_of_reference(d))


def _by_complement(chain: Chain, d: dict) -> None:
    p, k = d["p"], d["need"]
    q = 1 - p
    lose = sum(C(k - 1 + w, w) * q**k * p**w for w in range(k))
    chain.idea(("“甲获胜”的对立事件是什么？先求哪一个更方便？", "What is the complement of 'A wins', and which is easier to find first?"),
               ("对立事件是乙获胜；求出乙获胜的概率，再用 $1$ 减去它", "B wins the match; find that chance, then subtract it from $1$"),
               kps=["prob.basic_properties", "complement"],
               hints=[("比赛一定有人获胜吗？", "Does someone always win the match?"),
                      ("两个对立事件的概率之和是多少？", "What do the chances of two complementary events add up to?")])
    chain.ask(("乙获胜（甲输掉比赛）的概率是多少？", "What is the chance that B wins the match?"), (f"${tex(lose)}$",) * 2,
              " + ".join(f"C_{{{k - 1 + w}}}^{{{w}}}*({plain(q)})^{k}*({plain(p)})^{w}" for w in range(k)) + f" = {plain(lose)}",
              kps=["prob.independence"],
              hints=[("乙获胜时，比赛可能打几局？最后一局谁赢？", "When B wins, how many games can be played, and who wins the last?"),
                     ("每一类的概率各是多少？加起来呢？", "What is each case's chance, and the total?")])
    v = 1 - lose
    chain.ask(("甲获胜的概率是多少？", "So what is the chance that A wins?"), (f"$1-{tex(lose)}={tex(v)}$",) * 2, f"1 - ({plain(lose)}) = {plain(v)}",
              kps=["prob.basic_properties"],
              hints=[("甲获胜与乙获胜是什么关系？", "How are 'A wins' and 'B wins' related?"),
                     ("用 $1$ 减去上一步的结果，得多少？", "Subtract the last result from $1$: what is it?")])
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
    chain.idea(("“领先两局才获胜”的比赛，可以怎样分段来看？", "How can a match won by a two-game lead be cut into pieces?"),
               ("每两局看成一轮：一轮中甲连胜就赢，各胜一局回到原样，甲获胜的概率是一个无穷等比数列的和",
                "take two games as a round: A wins the match by winning both, a split starts over, so A's chance is the sum of a geometric series"),
               kps=["prob.independence", "seq.geom.sum"],
               hints=[("每两局之后，比分可能出现哪几种情况？", "After two games, what can the score be?"),
                      ("各胜一局后，局面和开始时有什么不同？", "After a split, how does the position differ from the start?")])
    chain.ask(("把每两局看成一轮：一轮中甲连胜、双方各胜一局的概率各是多少？", "Take the games two at a time: what are the chances that A wins both, or that they split?"),
              (f"甲连胜 ${tex(win)}$，各胜一局 ${tex(tie)}$", f"A wins both: ${tex(win)}$; a split: ${tex(tie)}$"),
              f"({plain(p)})^2 = {plain(win)} 且 2*({plain(p)})*({plain(q)}) = {plain(tie)}", kps=["prob.independence"],
              hints=[("一轮两局中甲两局都赢的概率怎样算？", "How is the chance that A wins both games of a round found?"),
                     ("“各胜一局”有几种先后顺序？", "In how many orders can a split happen?")])
    v = win / (1 - tie)
    chain.ask(("甲在第 $n$ 轮获胜的概率是 $(2pq)^{n-1}p^2$，对所有 $n$ 求和是多少？", "A wins in round n with probability $(2pq)^{n-1}p^2$: what is the sum over all n?"),
              (f"$\\frac{{{tex(win)}}}{{1-{tex(tie)}}}={tex(v)}$",) * 2, f"({plain(win)})/(1 - ({plain(tie)})) = {plain(v)}",
              kps=["prob.independence", "seq.geom.sum"],
              hints=[("这些概率组成的数列，首项和公比各是多少？", "For the sequence of these chances, what are the first term and the ratio?"),
                     ("公比的绝对值小于 1 时，无穷等比数列的和怎样求？", "With a ratio below 1 in size, how is an infinite geometric series summed?")])
    chain.done((dollar(v),) * 2, _lead_reference(d))


def _by_state(chain: Chain, d: dict) -> None:
    p = d["p"]
    q = 1 - p
    v = p**2 / (p**2 + q**2)
    chain.idea(("比分相同时，局面是不是总在“重来”？能不能设一个未知概率，列方程求它？", "With the score level, does the match keep starting over, and can an unknown chance be set and solved for?"),
               ("能：设平局时甲最终获胜的概率为 $P$，再打两局后要么分出胜负，要么回到平局，得到关于 $P$ 的方程",
                "yes: let $P$ be A's chance from a level score; after two more games the match is either decided or level again, which gives an equation in $P$"),
               kps=["prob.independence"],
               hints=[("回到平局以后，甲最终获胜的概率还和原来一样吗？", "Back at a level score, is A's chance the same as before?"),
                      ("“先怎样、后回到原样”的概率可以怎样用 $P$ 表示？", "How is 'something, then back to level' written with $P$?")])
    chain.ask(("设比分相同时甲最终获胜的概率为 $P$：从平局出发再打两局，能列出什么方程？$P$ 是多少？",
               "Let P be A's chance from a level score: playing two more games, what equation do you get, and what is P?"),
              (f"$P=p^2+2pq\\cdot P$，即 $P={tex(p**2)}+{tex(2 * p * q)}P$",) * 2,
              f"P = {plain(p**2)} + {plain(2 * p * q)}*P \\Rightarrow P = {plain(v)}", kps=["prob.independence"],
              hints=[("再打两局后，有哪三种结果？各自之后甲获胜的概率是多少？", "After two more games, what are the three outcomes, and A's chance after each?"),
                     ("把三种情况加起来等于 $P$，这个一次方程怎样解？", "Adding the three cases gives $P$: how is that linear equation solved?")])
    chain.done((dollar(v),) * 2, _lead_reference(d))


register(Solver("probability.match", "probability", detect_match, (
    Method(("按局数分类", "Cases by the number of games"), _by_cases, lambda d: d["kind"] == "best_of"),
    Method(("对立事件", "The complement"), _by_complement, lambda d: d["kind"] == "best_of"),
    Method(("两局一轮（等比数列）", "Rounds of two games"), _by_rounds, lambda d: d["kind"] == "lead2"),
    Method(("状态方程", "A state equation"), _by_state, lambda d: d["kind"] == "lead2"),
), ("prob.independence",), priority=86, answers=frozenset({"probability"})))

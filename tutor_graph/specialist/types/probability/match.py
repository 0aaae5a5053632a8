"""比赛中的概率：几局几胜制，或领先两局才获胜 / Matches: best of 2k−1, or play until one leads by two."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.probability.givens import named_probability, probability
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Games:
    """A's chance p of winning one game; `need` games to win the match (best of 2·need − 1), or None: lead by two."""

    p: sp.Expr
    need: int | None


def detect(p: Problem) -> Games | None:
    """`采用五局三胜制，每局甲获胜的概率都是 0.5，各局结果相互独立` or `多赢 2 局时结束`."""
    # the chance of winning one game and how the match is won (五局三胜: 3 wins; 多赢 2 局: a lead of 2), as read
    rate = named_probability(p, "P(win)")
    if not rate or not p.has("独立", "independent"):
        return None
    q = probability(rate)
    if q is None or not 0 < q < 1:
        return None
    need = count(p, "wins_needed")
    if need:
        return Games(q, need)
    if count(p, "lead") == 2:
        return Games(q, None)
    return None


def _power(base: str, e: int) -> str:
    return "" if e == 0 else base if e == 1 else f"{base}^{{{e}}}"


def values(g: Games) -> Values:
    """Best of 2k−1: each way A wins (by the game it ends in) and B's chance; lead by two: a round of two games."""
    p, q = g.p, 1 - g.p
    out: Values = {"best_of": g.need is not None, "lead2": g.need is None, "p": tex(p), "q": tex(q),
                   "p_plain": plain(p), "q_plain": plain(q)}
    if g.need is None:
        win, tie = p**2, 2 * p * q
        v = win / (1 - tie)
        out.update({"win": tex(win), "win_plain": plain(win), "tie": tex(tie), "tie_plain": plain(tie), "v": tex(v),
                    "v_plain": plain(v), "state_plain": f"P = {plain(p**2)} + {plain(2 * p * q)}*P \\Rightarrow P = "
                                                         f"{plain(p**2 / (p**2 + q**2))}"})
        return out
    k = g.need
    out.update({"k": str(k), "games": str(2 * k - 1), "k3": k >= 3, "k4": k >= 4})
    cases = []
    for lost in range(k):
        ways = sp.binomial(k - 1 + lost, lost)
        v = ways * p**k * q**lost
        cases.append(v)
        i = lost + 1
        out.update({f"g{i}": str(k + lost), f"l{i}": str(lost), f"c{i}": tex(v),
                    f"c{i}_show": f"C_{{{k - 1 + lost}}}^{{{lost}}}\\cdot {_power('p', k)}{_power('q', lost)}",
                    f"c{i}_plain": f"C_{{{k - 1 + lost}}}^{{{lost}}}*({plain(p)})^{k}*({plain(q)})^{lost} = {plain(v)}"})
    total = sum(cases, sp.Integer(0))
    lose = sum((sp.binomial(k - 1 + w, w) * q**k * p**w for w in range(k)), sp.Integer(0))
    out.update({"v": tex(total), "v_plain": plain(total), "sum_plain": " + ".join(plain(v) for v in cases),
                "lose": tex(lose), "lose_plain": plain(lose), "one_minus": tex(1 - lose), "one_minus_plain": plain(1 - lose),
                "lose_terms_plain": " + ".join(f"C_{{{k - 1 + w}}}^{{{w}}}*({plain(q)})^{k}*({plain(p)})^{w}"
                                               for w in range(k))})
    return out


def reference(g: Games) -> str:
    """Independent: best of 2k−1 by playing all 2k−1 games (the result does not change); lead by two by the
    absorbing chain on the score difference, solved as a linear system."""
    p = g.p
    if g.need is not None:
        total = sp.Integer(0)
        for games in itertools.product((1, 0), repeat=2 * g.need - 1):
            if sum(games) >= g.need:
                total += sp.Mul(*[p if x else 1 - p for x in games])
        return plain(total)
    behind, level, ahead = sp.symbols("w_m1 w_0 w_1")  # A's chance when one game behind / level / ahead
    eqs = [sp.Eq(ahead, p + (1 - p) * level), sp.Eq(level, p * ahead + (1 - p) * behind), sp.Eq(behind, p * level)]
    return plain(sp.solve(eqs, [behind, level, ahead], dict=True)[0][level])


TYPE: ProblemType[Games] = ProblemType(
    type_id="probability.match", module="probability", name="match", detect=detect, values=values,
    reference=reference,
    givens=lambda g: [f"p = {plain(g.p)}", f"first to {g.need}" if g.need else "until a lead of two"],
    goal=lambda g: "P(A wins the match)" if g.need else "P(A wins)", answers=frozenset({"probability"}),
)

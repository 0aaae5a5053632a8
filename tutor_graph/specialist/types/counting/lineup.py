"""排队：甲、乙两人相邻或不相邻 / A line-up with two people together or apart."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_APART = ("不相邻", "not adjacent", "not be adjacent", "never adjacent", "not next to", "not stand next", "不能相邻",
          "互不相邻", "apart")
_TOGETHER = ("相邻", "adjacent", "next to each other", "together", "站在一起", "排在一起")


@dataclass(frozen=True)
class Lineup:
    """n people in a row; A and B together or apart."""

    n: int
    together: bool


def detect(p: Problem) -> Lineup | None:
    """`5 个人排成一排，甲乙两人必须相邻` / `6 people stand in a line … A and B not be adjacent`."""
    n = count(p, "row")
    if n is None or p.has("概率", "probability"):
        return None
    if not 2 <= n <= 10:
        return None
    if p.has(*_APART):
        together = False
    elif p.has(*_TOGETHER):
        together = True
    else:
        return None
    if n < 3 or p.has("丙", "丁", "three of"):
        return None  # a third person named: a rule on more than the pair
    return Lineup(n, together)


def values(u: Lineup) -> Values:
    """The counts of every method: the block, the gaps, the complement and the neighbouring places."""
    n, f = u.n, sp.factorial
    adj = 2 * f(n - 1)
    others, gaps = f(n - 2), sp.ff(n - 1, 2)
    return {
        "n": str(n), "nm1": str(n - 1), "nm2": str(n - 2), "block": str(f(n - 1)), "adj": str(adj),
        "others": str(others), "gaps": str(gaps), "apart": str(others * gaps), "all": str(f(n)),
        "pairs_total": str(2 * others), "total": str(adj if u.together else f(n) - adj),
        "together": u.together,
    }


def reference(u: Lineup) -> str:
    """Independent: list every order (n ≤ 8) and count those with persons 0 and 1 side by side, or not."""
    n = u.n
    if n <= 8:
        return str(sum(1 for perm in itertools.permutations(range(n))
                       if (abs(perm.index(0) - perm.index(1)) == 1) == u.together))
    adjacent = (n - 1) * 2 * sp.factorial(n - 2)  # the pair's neighbouring places, their order, the others
    return str(adjacent if u.together else sp.factorial(n) - adjacent)


TYPE: ProblemType[Lineup] = ProblemType(
    type_id="counting.lineup", module="counting", name="lineup", detect=detect, values=values, reference=reference,
    givens=lambda u: [f"{u.n} people in a row", f"A and B {'together' if u.together else 'apart'}"],
    goal=lambda u: "count", answers=frozenset({"count"}),
)

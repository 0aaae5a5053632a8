"""不同的球放入不同的盒子，每盒不空 / Distinct balls into distinct boxes with no box empty."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import signed_sum
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Boxes:
    """n distinct balls into k distinct boxes, none empty."""

    n: int
    k: int


def detect(p: Problem) -> Boxes | None:
    """`把 5 个不同的小球放入 4 个不同的盒子，每个盒子至少放 1 个`."""
    n, k = count(p, "balls"), count(p, "boxes")
    # none empty is a type word: 至少放 1 个 / 至少一个 / 不空
    if n is None or k is None or not p.has("至少放1个", "至少放 1 个", "至少放一个", "至少 1 个", "至少1个", "至少一个",
                                           "不空", "no box empty", "no box is empty", "none empty", "at least one") \
            or p.has("概率", "probability"):
        return None
    if not 2 <= k <= n <= 6:
        return None  # the reference lists every placement: 6⁶ = 46 656 at most
    return Boxes(n, k)


def values(b: Boxes) -> Values:
    """The counts of both methods: the pair and the groups' orders; kⁿ and the inclusion–exclusion terms."""
    n, k = b.n, b.k
    pair = sp.binomial(n, 2)
    terms = [(-1) ** i * sp.binomial(k, i) * (k - i) ** n for i in range(k + 1)]
    total = sum(terms)
    return {
        "n": str(n), "k": str(k), "km1": str(k - 1), "pair": str(pair), "orders": str(sp.factorial(k)),
        "all": str(k**n), "total": str(total),
        "ie": signed_sum(terms[:k]),  # the last term, 0ⁿ, is 0: a textbook leaves it out
        "ie_symbols": f"{k}^{{{n}}}" + "".join(
            f"{'-' if i % 2 else '+'}C_{{{k}}}^{{{i}}}\\cdot {k - i}^{{{n}}}" for i in range(1, k)),
        "ie_plain": " + ".join(f"(-1)^{i}*C_{k}^{i}*{k - i}^{n}" for i in range(k + 1)),
        # group, then assign: one box holds two balls, the others one each
        "one_pair": n == k + 1,
    }


def reference(b: Boxes) -> str:
    """Independent: list every placement of the balls and keep those that fill all the boxes."""
    return str(sum(1 for f in itertools.product(range(b.k), repeat=b.n) if len(set(f)) == b.k))


TYPE: ProblemType[Boxes] = ProblemType(
    type_id="counting.boxes", module="counting", name="boxes", detect=detect, values=values, reference=reference,
    givens=lambda b: [f"{b.n} balls, {b.k} boxes"], goal=lambda b: "count", answers=frozenset({"count"}),
)

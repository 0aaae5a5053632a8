"""由二项式系数之和 2ⁿ 求最大的二项式系数 / The largest binomial coefficient from the coefficient sum 2ⁿ."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class CoefficientSum:
    """The binomial coefficients of a power add up to `total` = 2ⁿ; the largest is asked."""

    total: int
    n: int


def detect(p: Problem) -> CoefficientSum | None:
    """`展开式中各项二项式系数之和为 128，求二项式系数最大的项的二项式系数`."""
    total = count(p, "binomial_sum")
    if total is None or not p.has("二项式系数最大", "largest binomial coefficient", "greatest binomial coefficient"):
        return None
    n = total.bit_length() - 1
    if total != 2**n or not 1 <= n <= 30:
        return None
    return CoefficientSum(total, n)


def values(c: CoefficientSum) -> Values:
    """n, the middle index and its coefficient; the row of Pascal's triangle for a small n."""
    n, mid = c.n, c.n // 2
    row = [sp.binomial(n, k) for k in range(n + 1)]
    return {
        "total": str(c.total), "n": str(n), "mid": str(mid), "best": str(sp.binomial(n, mid)),
        "which_zh": f"第 {mid + 1} 项" if n % 2 == 0 else f"第 {mid + 1}、{mid + 2} 项",
        "which_en": "the middle term" if n % 2 == 0 else "the two middle terms",
        "row": ",\\ ".join(map(str, row)),
        "row_plain": " 且 ".join(f"C_{n}^{k} = {v}" for k, v in enumerate(row)),
        "small": n <= 10,  # a row short enough to write out
    }


def reference(c: CoefficientSum) -> str:
    """Independent: every C(n, k) of the row computed and the largest taken."""
    return str(max(sp.binomial(c.n, k) for k in range(c.n + 1)))


TYPE: ProblemType[CoefficientSum] = ProblemType(
    type_id="counting.coefficient_sum", module="counting", name="coefficient_sum", detect=detect, values=values,
    reference=reference, givens=lambda c: [f"2^n = {c.total}"], goal=lambda c: "largest binomial coefficient",
    answers=frozenset({"coefficient", "max"}),
)

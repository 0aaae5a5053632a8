"""计数原理 / Counting principles: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). Before the
move these types had priorities 81 (`counting_more.py`) and 80 (`counting.py`) and no other module's type
had a priority between 77 and 83, so the block enters the specialist's order at 81
(since all types moved: its place in `types.MODULES`) with the old order kept inside it. The detectors are disjoint by the shape
of the problem:
1. `ends` — 一人站（不站）在排头、排尾 (a row of people and a rule on the ends; it declines 相邻, which is
   `lineup`'s shape).
2. `boxes` — 不同的球放入不同的盒子，每盒不空 (balls and boxes: no other type here reads boxes).
3. `digits` — 用含 0 的数字组成没有重复数字的数 (a list of digits and an n-digit number asked).
4. `coefficient_sum` — 由二项式系数之和 2ⁿ 求最大的二项式系数 (it needs 二项式系数之和 and 最大).
5. `books` — 不同的书平均分给几个人 (books shared out, so many each).
6. `value` — 计算排列数、组合数的值 (one expression of numbers C_n^k, A_n^k and nothing unknown; old order:
   first of `counting.py`).
7. `at_least` — 从两组人中选人，“至少”若干个 (two groups and 至少; it declines 恰 / 至多 / 概率).
8. `lineup` — 排队：甲、乙两人相邻或不相邻 (a row and 相邻 / 不相邻: the shape `ends` declines).
9. `binomial` — 二项展开式中指定项的系数 ((…)^n and 展开式 / 系数; after `coefficient_sum`, which reads the
   sum 2ⁿ and the largest coefficient, a shape this one has no power for).
"""

from __future__ import annotations

from tutor_graph.specialist.types.counting import (
    at_least,
    binomial,
    books,
    boxes,
    coefficient_sum,
    digits,
    ends,
    lineup,
    value,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    ends.TYPE, boxes.TYPE, digits.TYPE, coefficient_sum.TYPE, books.TYPE, value.TYPE,
    at_least.TYPE, lineup.TYPE, binomial.TYPE,
)

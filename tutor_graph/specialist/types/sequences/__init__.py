"""数列 / Sequences: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are written to be disjoint; where two could both fit, the more specific shape comes first:
1. `middle_term` — 等差数列 S_{2m-1} 已知，求中间项 a_m (a sum given and one term asked: before the plain
   types, whose detectors decline sums as givens anyway).
2. `recurrence` — a_1 与 a_{n+1} = p·a_n + r(n) 已知，求某项或通项 (the plain types decline recurrences).
3. `from_partial_sum` — S_n = f(n) 已知，求通项 a_n.
4. `series_sum` — 用省略号写出的和 a_1 + … + a(n) (裂项、错位相减、等差).
5. `arithmetic` — 等差数列的项、通项、前 n 项和 (plain questions only: its detector declines recurrences,
   sums given as conditions, extremes and logarithms, which are other types' shapes).
6. `geometric` — 等比数列的项、通项、前 n 项和 (a problem names 等差 or 等比, not both).
7. `log_sum` — 正项等比数列的 log a_1 + … + log a_n (declined by `geometric`: it names logarithms).
8. `sum_extreme` — 等差数列 S_n 的最大（小）值 (declined by `arithmetic`: it asks an extreme).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import (
    arithmetic,
    from_partial_sum,
    geometric,
    log_sum,
    middle_term,
    recurrence,
    series_sum,
    sum_extreme,
)

PRECEDENCE: tuple[ProblemType, ...] = (
    middle_term.TYPE, recurrence.TYPE, from_partial_sum.TYPE, series_sum.TYPE, arithmetic.TYPE, geometric.TYPE,
    log_sum.TYPE, sum_extreme.TYPE,
)

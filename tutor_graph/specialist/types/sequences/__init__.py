"""数列 / Sequences: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are written to be disjoint; where two could both fit, the more specific shape comes first:
1. `middle_term` — 等差数列 S_{2m-1} 已知，求中间项 a_m (a sum given and one term asked: before the plain
   types, whose detectors decline sums as givens anyway).
2. `from_partial_sum` — S_n = f(n) 已知，求通项 a_n.
3. `arithmetic` — 等差数列的项、通项、前 n 项和 (plain questions only: its detector declines recurrences,
   sums given as conditions, extremes and logarithms, which are other types' shapes).
4. `geometric` — 等比数列的项、通项、前 n 项和 (a problem names 等差 or 等比, not both).
5. `log_sum` — 正项等比数列的 log a_1 + … + log a_n (declined by `geometric`: it names logarithms).
6. `sum_extreme` — 等差数列 S_n 的最大（小）值 (declined by `arithmetic`: it asks an extreme).

Two sequence types still live in `tutor_graph/specialist/` and keep their registry priorities until they move
here: `sequence.recurrence` (`sequences.py`) and `sequence.series_sum` (`series.py`).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import (
    arithmetic,
    from_partial_sum,
    geometric,
    log_sum,
    middle_term,
    sum_extreme,
)

PRECEDENCE: tuple[ProblemType, ...] = (
    middle_term.TYPE, from_partial_sum.TYPE, arithmetic.TYPE, geometric.TYPE, log_sum.TYPE, sum_extreme.TYPE,
)

"""数列 / Sequences: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
1. `arithmetic` — 等差数列的项、通项、前 n 项和 (plain questions only: its detector declines recurrences,
   sums given as conditions, extremes and logarithms, which are other types' shapes).
2. `geometric` — 等比数列的项、通项、前 n 项和 (the same shapes; a problem names 等差 or 等比, not both).

The types still in `tutor_graph/specialist/` (recurrence, partial sums, series, middle term, the logarithm
sum and the extreme sum) keep their registry priorities until they move here.
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import arithmetic, geometric

PRECEDENCE: tuple[ProblemType, ...] = (arithmetic.TYPE, geometric.TYPE)

"""统计 / Statistics: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
1. `chi_square` — 2×2 列联表的 χ² 值 (its detector asks for χ², 卡方 or 列联表 words and four counts, and
   declines a decision at a significance level, which needs the critical-value table).

The block enters the registry at priority 89, the priority `statistics.chi_square` had in
`contingency.py`; the statistics types still in the old files keep their own priorities.
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.statistics import chi_square

PRECEDENCE: tuple[ProblemType, ...] = (chi_square.TYPE,)

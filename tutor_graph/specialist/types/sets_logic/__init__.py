"""集合与常用逻辑用语 / Sets and logic: the problem types of the sets and logic modules, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the shape they read, so the order inside the block does not decide a recognition:
1. `count_between` — 满足 {…} ⊆ M ⊆ {…} 的集合个数 (a chain of two ⊆ between listed sets).
2. `venn_count` — 两个集合的容斥计数 (four counts of people and the words 都参加 / 都没: no braced sets).

The block enters the registry at priority 62 (`BLOCK_PRIORITY`), the highest the sets types had
(`set_parameters` 62, `count_between` and `venn_count` 61, `operations` 60).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic import count_between, venn_count

PRECEDENCE: tuple[ProblemType, ...] = (count_between.TYPE, venn_count.TYPE)

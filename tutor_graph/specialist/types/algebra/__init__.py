"""代数（不等式、二次函数与一元二次方程） / Algebra: the problem types of the inequalities and quadratics modules,
in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the question they read, so the order only matters against the other modules' types:
1. `compare` — 比较 A 与 B 的大小, A − B of one sign for every x (a case analysis is declined).
2. `linear_range` — 两个字母的范围已知，求它们的一次式 p·a + q·b 的范围 (no constant term).
"""

from __future__ import annotations

from tutor_graph.specialist.types.algebra import compare, linear_range
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (compare.TYPE, linear_range.TYPE)

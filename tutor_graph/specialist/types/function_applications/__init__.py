"""函数的应用 / Applications of functions: the types of this module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by their key words, so the order inside the module decides nothing yet:
1. `zero_location` — 单调函数的零点在哪个选项区间 (a choice question naming 零点所在/zero lies).
2. `bisection` — 二分法算 k 次中点后根所在的区间 (names 二分法/bisection).

The module enters the specialist's order as one block at priority 62 (`BLOCK_PRIORITY`), the priority both
types had in `zeros.py`. The bank's multiple-choice solving needs `choices=True` on `zero_location`, as before.
"""

from __future__ import annotations

from tutor_graph.specialist.types.function_applications import bisection, zero_location
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (zero_location.TYPE, bisection.TYPE)

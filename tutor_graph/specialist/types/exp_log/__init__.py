"""幂函数、指数函数、对数函数 / Power, exponential and logarithmic functions: the types of this module in order.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the shape of the problem, so the order inside the module decides nothing yet:
1. `power_function` — 幂函数 f(x)=x^α 过一点，求另一点的函数值 (needs the words 幂函数 and x^α).
2. `equal_powers` — p^a = q^b = N，求 1/a + 1/b (needs the chain `p^a = q^b = N` and a reciprocal asked).

The module enters the specialist's order as one block at priority 60 (`BLOCK_PRIORITY`), the priority both
types had in `explog_more.py`, so they win and lose against the other modules' types as before.
"""

from __future__ import annotations

from tutor_graph.specialist.types.exp_log import equal_powers, power_function
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (power_function.TYPE, equal_powers.TYPE)

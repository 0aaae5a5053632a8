"""幂函数、指数函数、对数函数 / Power, exponential and logarithmic functions: the types of this module in order.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the shape of the problem, so the order inside the module decides nothing yet:
1. `power_function` — 幂函数 f(x)=x^α 过一点，求另一点的函数值 (needs the words 幂函数 and x^α).
2. `equal_powers` — p^a = q^b = N，求 1/a + 1/b (needs the chain `p^a = q^b = N` and a reciprocal asked).
3. `log_exp` — 解不等式 log_a u ⋚ c 或 a^u ⋚ c (one inequality in one unknown with a constant right side;
   the two types above have no inequality).
4. `base_from_extremes` — a^x 在闭区间上最大值与最小值之差（和）已知，求底数 (old priority 45, from
   `parameter_cases.py`; it needs f(x) = a^x, an interval and "最大值与最小值之差/之和"; the types above read
   x^α with 幂函数, a chain p^a = q^b, or an inequality: disjoint; lifting it to 60 passes
   `quadratic.axis_parameter`, which declines these words — checked by the bank diff and the type tests).

The module enters the specialist's order as one block at priority 60 (`BLOCK_PRIORITY`), the priority of
`explog_more.py`'s types. `log_exp` had 46 in `log_inequalities.py`; lifting it to 60 changed no recognition:
every bank problem and every type-test case is recognised as before (checked when it moved), because its
detector already declines everything but a lone log/exp inequality.
"""

from __future__ import annotations

from tutor_graph.specialist.types.exp_log import base_from_extremes, equal_powers, log_exp, power_function
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (power_function.TYPE, equal_powers.TYPE, log_exp.TYPE,
                                       base_from_extremes.TYPE)

"""幂函数、指数函数、对数函数 / Power, exponential and logarithmic functions: the types of this module in order.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the shape of the problem, so the order inside the module decides nothing yet:
1. `compare` — 比较大小 (explog.compare): a choice question naming 2–4 numbers by letters, every option an
   ordering like `c<b<a`. First as `explog_compare.py` was tried before the other types at 60; disjoint from
   the rest (they are no choice questions of orderings).
2. `power_function` — 幂函数 f(x)=x^α 过一点，求另一点的函数值 (needs the words 幂函数 and x^α).
3. `equal_powers` — p^a = q^b = N，求 1/a + 1/b (needs the chain `p^a = q^b = N` and a reciprocal asked).
4. `log_exp` — 解不等式 log_a u ⋚ c 或 a^u ⋚ c (one inequality in one unknown with a constant right side;
   `power_function` and `equal_powers` have no inequality).
5. `evaluate` — 指数、对数式求值 (explog.evaluate): one numeric expression (no `=`, no unknown) with a logarithm or
   a negative / fractional exponent. Before the equations as `explog.py` came before `explog_equations.py` at the
   same old priority; the detectors are disjoint anyway (an expression vs an equation).
6. `exp_equation` — 指数方程 (explog.equation): one equation, the unknown only in exponents, every base a power
   of one base. Disjoint from `log_exp` (an equation, not an inequality) and from `evaluate` (which takes no `=`).
7. `log_equation` — 对数方程 (explog.log_equation): one equation, the unknown only inside logarithms; disjoint
   from `exp_equation` by that (the shared reader `equation_reading.py` declines an equation with both).
8. `base_from_extremes` — a^x 在闭区间上最大值与最小值之差（和）已知，求底数 (old priority 45, from
   `parameter_cases.py`; it needs f(x) = a^x, an interval and "最大值与最小值之差/之和"; the types above read
   x^α with 幂函数, a chain p^a = q^b, an inequality, an ordering, or one expression or equation without
   an interval: disjoint; last, as `parameter_cases.py` came after the exp/log files at 45; lifting it to 60 passes
   `quadratic.axis_parameter`, which declines these words — checked by the bank diff and the type tests).

The module enters the specialist's order as one block at priority 60 (since all types moved: its place in `types.MODULES`), the priority of
`explog_more.py`'s types. `log_exp` had 46 in `log_inequalities.py`; lifting it to 60 changed no recognition:
every bank problem and every type-test case is recognised as before (checked when it moved), because its
detector already declines everything but a lone log/exp inequality.
`evaluate` and the two equation types had 45 in `explog.py` / `explog_equations.py`; lifting them to 60 keeps
every recognition of the bank, the type tests, the paraphrase tables and the exam items (checked when they
moved, text by text: the solvers at 46–59 are inequalities, conics, trigonometry and function rules, none of
which takes a lone exp/log equation in x or a numeric log/power expression).
"""

from __future__ import annotations

from tutor_graph.specialist.types.exp_log import (
    base_from_extremes,
    compare,
    equal_powers,
    evaluate,
    exp_equation,
    log_equation,
    log_exp,
    power_function,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    compare.TYPE,
    power_function.TYPE,
    equal_powers.TYPE,
    log_exp.TYPE,
    evaluate.TYPE,
    exp_equation.TYPE,
    log_equation.TYPE,
    base_from_extremes.TYPE,
)

"""复数 / Complex numbers: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first. The old priorities were 75 (real_coefficients), 70 (quadrant), 69
(expression, parameter), 68 (arithmetic), 66 (modulus_equation) and 62
(power_sum); the block now enters the specialist's order at 69. Priorities 62–75 hold no other module's type
that reads these problems (each bank and type-test text of this module is detected by its own type only),
and the detectors below are disjoint in what they need, so the order among them is the old one:
1. `real_coefficients` — 实系数方程 x²+px+q=0 的一个虚根已知，求 p, q (needs 实系数 and an equation in x).
2. `quadrant` — z（或其共轭）对应的点在第几象限，填空或四个象限的选择题 (the only one that takes choice
   questions; `arithmetic` declines every text naming 象限 / quadrant).
3. `expression` — 已知 z，求 |f(z)|（f 为 z 的多项式）: before `arithmetic`, whose reading would take the
   `z = …` given as the number asked and miss the expression.
4. `parameter` — 复数为纯虚数（实数）时求参数: its number has a letter in it, which `arithmetic` declines.
5. `arithmetic` — 积、商、由 z·w = u 求 z，及其模、共轭、实部、虚部 (quadrants are `quadrant`'s).
6. `modulus_equation` — α|z| + βz = w: `arithmetic` declines it (|z| makes the equation non-linear in z).
7. `power_sum` — i + i² + … + iⁿ written with an ellipsis.
"""

from __future__ import annotations

from tutor_graph.specialist.types.complex_numbers import (
    arithmetic,
    expression,
    modulus_equation,
    parameter,
    power_sum,
    quadrant,
    real_coefficients,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    real_coefficients.TYPE, quadrant.TYPE, expression.TYPE, parameter.TYPE, arithmetic.TYPE, modulus_equation.TYPE, power_sum.TYPE,
)

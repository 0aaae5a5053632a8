"""代数（不等式、二次函数与一元二次方程） / Algebra: the problem types of the inequalities and quadratics modules,
in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the question they read, so the order only matters against the other modules' types:
1. `compare` — 比较 A 与 B 的大小, A − B of one sign for every x (a case analysis is declined).
2. `linear_range` — 两个字母的范围已知，求它们的一次式 p·a + q·b 的范围 (no constant term).
3. `rectangle` — 矩形面积（周长）一定，求周长的最小值（面积的最大值） (it needs the word 矩形/rectangle).
4. `from_solution_set` — 一元二次不等式的解集（有界区间）已知，求两个系数组成的式子.
5. `mean_minimum` — x>0 时 ax + b/x (+ c) 的最小值 (a, b > 0).
6. `one_substitution` — a, b > 0，a + b = s，求 P/a + Q/b 的最小值 (no x: disjoint from `mean_minimum`).
7. `root_condition` — 含一个参数的一元二次方程“有两个不相等的（相等的、没有、有）实数根”，求参数.
8. `absolute` — 解含绝对值的不等式 (old priority 20, moved from `inequalities.py`; it needs one inequality
   in one letter with |…| of linear expressions and 不等式/解集/solve, and declines set-builder text; none of
   the types above reads an absolute value, and the types that sat between 20 and 56 in other modules read
   other shapes, so lifting it into this block keeps every recognition).
9. `quadratic_inequality` — 解一元二次不等式 (old priority 20, from `inequalities.py`; the same reader as
   `absolute`, for a quadratic difference without |…|, so the two never both fit; `from_solution_set` and
   `root_condition` above need an unknown coefficient or a parameter, which this reader declines: one letter).
10. `linear_inequality`, `fractional_inequality` — 解一元一次不等式、分式不等式 (old priority 20, from
   `inequalities.py`; the same reader, which gives each inequality one kind, so these and the two above never
   both fit).
11. `always` — 二次不等式对一切实数 x 恒成立，求参数的范围 (old priority 33, from `quadratics.py`; it needs
   恒成立 / for all and an order sign between a quadratic in x with one parameter and 0; `root_condition` reads
   an equation and the kind of its roots, the inequality readers above one letter only: disjoint).
12. `order_options` — 不等式的性质（选择题）：a>b>0, c<0 …，哪个选项一定成立 (old priority 60, moved from
   `inequality_options.py`; it needs lettered options that each compare two rational expressions in letters whose
   order alone is given, which no type above reads: they need one letter x, a parameter, or the words 比较/矩形/
   最小值. Entering at 56 instead of 60 keeps every recognition of the bank, the type tests and the paraphrase table).
13. `axis_parameter` — 二次函数对称轴随参数移动，已知闭区间上的最小（大）值求参数 (old priority 45, from
   `parameter_cases.py`; it needs f(x) with one parameter, a closed interval and "最小值为 v / minimum is v", and
   declines "最大值与最小值…" sums and differences (`exp.base_from_extremes`' shape); the types above read no
   extreme value on an interval, and none at 46–56 takes these texts: checked by the bank diff and the type tests).
14. `vieta`, `through_points` — 两根的对称式（韦达定理）、过三点的二次函数 (old priority 34, from `quadratics.py`;
   `vieta` needs x_1 and x_2 in the text and a target symmetric in them, `through_points` 二次函数/抛物线 + 经过 +
   解析式 and exactly three points: no type above reads either shape).
15. `linear_equation`, `quadratic_equation`, `higher_equation`, `fractional_equation` — 解一元一次（二次、高次、分式）
   方程 (old priority 10, the lowest of all, from `equations.py`). Last in the block because they are the most
   general: one reader (`equation_reading`) takes the problem's only equation in one letter and gives it one kind,
   so the four never both fit; it declines a question about the roots (x_1, x_2, 两根: `vieta`), and the types
   above read inequalities, parameters or other shapes. Lifting them from 10 to this block changes no recognition:
   the 1,645 texts of the bank, the type tests, the paraphrase tables and GAOKAO-Bench paper I are recognised as
   the same type as before the move (the types between 10 and 56 read functions, sets, sequences, exponentials…,
   not a lone polynomial or fractional equation in one letter).

The block enters the registry at priority 56 (since all types moved: its place in `types.MODULES`), the highest its types had (`from_solution_set`
56, `rectangle` 55, `compare` and `linear_range` 52, `mean_minimum` and `one_substitution` 38, `vieta` and
`through_points` 34, `root_condition` 32, the equations 10): their detectors
read shapes no type between 32 and 56 reads (a rectangle's area/perimeter, a bounded solution set with two unknown
coefficients, 比较…的大小, two letters' ranges, ax + b/x with x > 0, P/a + Q/b with a + b = s, the kind of roots of
a quadratic equation with a parameter), so lifting the
lower ones changes no recognition: every text of the bank, the type tests and the paraphrase tables (1,224) is
recognised as the same type as before the move.
"""

from __future__ import annotations

from tutor_graph.specialist.types.algebra import (
    absolute,
    always,
    axis_parameter,
    compare,
    fractional_equation,
    fractional_inequality,
    from_solution_set,
    higher_equation,
    linear_equation,
    linear_inequality,
    linear_range,
    mean_minimum,
    one_substitution,
    order_options,
    quadratic_equation,
    quadratic_inequality,
    rectangle,
    root_condition,
    through_points,
    vieta,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    compare.TYPE, linear_range.TYPE, rectangle.TYPE, from_solution_set.TYPE, mean_minimum.TYPE, one_substitution.TYPE,
    root_condition.TYPE, absolute.TYPE, quadratic_inequality.TYPE, linear_inequality.TYPE, fractional_inequality.TYPE,
    always.TYPE, order_options.TYPE, axis_parameter.TYPE, vieta.TYPE, through_points.TYPE, linear_equation.TYPE,
    quadratic_equation.TYPE, higher_equation.TYPE, fractional_equation.TYPE,
)

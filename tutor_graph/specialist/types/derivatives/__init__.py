"""导数及其应用 / Derivatives: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The order is the
one these types had among themselves before the move (by their old priorities), and the detectors are disjoint
except where said:
1. `extremum_parameters` — 已知在 x=x₀ 处取得极值（为 v），求参数 (old priority 40, above every other type here:
   first keeps it first). It needs a function with parameters and "在 x=x₀ 处取得极值 / has an extremum at x = x₀".
   Entering at 36 instead of 40 passes `function.domain` and `function.parity` (40, 定义域 / 奇偶), whose words
   these texts lack (bank diff: derivatives, functions).
2. `zero_count` — 函数有几个零点 (old priority 36, the one old solver tried before this block at 36: first here
   keeps it first). It needs "几个零点 / how many zeros", which none of the types below takes.
3. `tangent_through` — 过一点作曲线的切线 (the point of tangency unknown; old priority 37). Before `tangent`:
   "过点 (1,1) 作曲线 y=x^3 的切线" names a point that is on the curve, and `tangent` would take it as the point of
   tangency; this detector declines "在点 … 处" / "at the point", which is `tangent`'s shape.
4. `derivative_value` — 求 f'(a) (37). It declines tangents, monotonicity, extrema and max / min.
5. `tangent` — 曲线在某点处的切线 (36; a point ON the curve, or x = x0).
6. `monotonic` — 求函数的单调（递增/递减）区间 (35). It declines extrema, max / min, tangents and parameters.
7. `global_extreme` — 求函数的最大（小）值，唯一极值点 (34). It declines intervals, extrema (极) and parameters.
8. `extrema` — 求函数的极值（点） (35). It declines a stated interval (that is `maxmin_interval`'s shape);
   `monotonic` and `global_extreme` decline 极值, so before or after them changes nothing.
9. `maxmin_interval` — 闭区间上的最大（小）值、值域 (35). It needs a closed interval, which `global_extreme`
   declines, and declines a parameter to find.
10. `always_parameter` — 恒成立求参 (old priority 30). It needs 恒成立 / 对任意 and a parameter, which every type
   above declines (or has no word for); it declines quadratics (`quadratic.always`'s discriminant shape), so
   entering at 36 instead of 30 passes the quadratics' 34s and 33 without taking their texts (bank diff:
   derivatives, quadratics, inequalities, functions).
11. `derivative` (`function.derivative`) — 求导函数 f'(x) (old priority 30, the lowest here: last keeps it last). It
   needs 导数 / derivative words and declines tangents, monotonicity, extrema, max / min and ranges, so every type
   above that shares its words (`derivative_value`'s f'(a), `tangent`, `monotonic`, …) still comes first. Entering
   at 36 instead of 30 passes only the quadratics' 34s (`quad.vieta`, `quad.through_points`: roots and points,
   never 导数), checked by the bank diff (derivatives) and the type tests.

The block enters the specialist's priority order at 36, no old solver at 36 being left (`zero_count`, the last,
moved in first). Against the solvers not yet moved it comes before the quadratics' 34s and 33 (`quad.vieta`,
`quad.through_points`, `quadratic.always`: their texts have no derivative shape these detectors take, and `always_parameter` declines
quadratics), checked by the bank diff.
"""

from __future__ import annotations

from tutor_graph.specialist.types.derivatives import (
    always_parameter,
    derivative,
    derivative_value,
    extrema,
    extremum_parameters,
    global_extreme,
    maxmin_interval,
    monotonic,
    tangent,
    tangent_through,
    zero_count,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    extremum_parameters.TYPE, zero_count.TYPE, tangent_through.TYPE, derivative_value.TYPE, tangent.TYPE,
    monotonic.TYPE, global_extreme.TYPE, extrema.TYPE, maxmin_interval.TYPE, always_parameter.TYPE,
    derivative.TYPE,
)

"""导数及其应用 / Derivatives: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
1. `monotonic` — 求函数的单调（递增/递减）区间. Its detector declines every text that names an extremum,
   a maximum or minimum, a tangent, or a parameter to find, so it is disjoint from the other types here.
2. `tangent_through` — 过一点作曲线的切线 (the point of tangency unknown). Before `tangent`, as before the move
   (37 against 36): "过点 (1,1) 作曲线 y=x^3 的切线" names a point that is on the curve, and `tangent` would take
   it as the point of tangency; this detector declines "在点 … 处" / "at the point", which is `tangent`'s shape.
3. `tangent` — 曲线在某点处的切线 (a point ON the curve, or x = x0).

The block enters the specialist's priority order at 36 (`function.tangent` had 36, `function.monotonic` 35,
`function.tangent_through` 37; the only other solver at 37, `function.derivative_value`, declines tangents).
Ties at 36 are tried in `TOPIC_MODULES` order with this block last, so the order against the solvers not yet
moved is as before: after `function.zero_count` (36), before `function.extrema` and `function.maxmin_interval`
(35; the old `calculus` module came before `calculus_extrema` in the tie, and nothing else sits at 35 or 36).
"""

from __future__ import annotations

from tutor_graph.specialist.types.derivatives import monotonic, tangent, tangent_through
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (monotonic.TYPE, tangent_through.TYPE, tangent.TYPE)

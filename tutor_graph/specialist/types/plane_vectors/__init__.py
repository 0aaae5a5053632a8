"""平面向量 / Plane vectors: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first. The figure types come first, as their old priority (67) put them before
the others (66, 65); each needs named points or a named figure, which the first two never read:
1. `projection` — 由点的坐标求 AB 在 AC 上的投影的数量 (points A(x, y) and 投影 / projection).
2. `median` — 三角形两边及夹角已知，求中线长 (a triangle, two sides, the included angle, a midpoint).
3. `square_dot` — 正方形、矩形中（含中点）的向量数量积 (a named square or rectangle).
4. `angle_from_dot` — |a|, |b| 与 a·b（或 (a+mb)⊥a）已知，求夹角.
5. `computation` — 坐标或模与夹角已知，求数量积、模、夹角，或由垂直、平行求参数.
The last two read the problem through `plane.read`, which gives either an `Angle` (lengths and a dot
product or a perpendicular condition, no coordinates, the angle asked) or a `Plane` (everything else), so
they are disjoint by construction.

The module's block enters the specialist's order at priority 67 (the figure types' old priority);
`vector.angle_from_dot` had 66 and `vector.computation` 65. The only other types at 66–67 (lines_more's
two at 66) answer equations, which no vector type answers; the bank diff and the type tests check that
no recognition moved.
"""

from __future__ import annotations

from tutor_graph.specialist.types.plane_vectors import (
    angle_from_dot,
    computation,
    median,
    projection,
    square_dot,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    projection.TYPE, median.TYPE, square_dot.TYPE, angle_from_dot.TYPE, computation.TYPE,
)

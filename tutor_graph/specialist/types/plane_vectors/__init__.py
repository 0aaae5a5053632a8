"""平面向量 / Plane vectors: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first. Both types read the problem through `plane.read`, which gives either an
`Angle` (lengths and a dot product or a perpendicular condition, no coordinates, the angle asked) or a
`Plane` (everything else), so the two detectors are disjoint by construction:
1. `angle_from_dot` — |a|, |b| 与 a·b（或 (a+mb)⊥a）已知，求夹角.
2. `computation` — 坐标或模与夹角已知，求数量积、模、夹角，或由垂直、平行求参数.

The module's block enters the specialist's order at priority 66 (the old `vector.angle_from_dot`'s);
`vector.computation` had 65. No priority-65 or -66 type of another module reads a problem that names
vectors by coordinates or lengths (the bank diff and the type tests check that nothing moved).
The figure types (`vector_figures.py`: projection, median, square dot product) still live in the old files.
"""

from __future__ import annotations

from tutor_graph.specialist.types.plane_vectors import angle_from_dot, computation
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (angle_from_dot.TYPE, computation.TYPE)

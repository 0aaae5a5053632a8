"""空间向量与立体几何 / Solid geometry and space vectors: the problem types of this module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
0. `solid_coordinates` — 正方体、长方体、直三棱柱、四棱锥、三棱锥中的空间角与距离，建系求解 (a named solid that
   `frames.py` can place, like ABCD-A_1B_1C_1D_1, and an angle or a distance between its named points, lines and
   faces; it reads no coordinates from the text, so it never meets `space_vector` or `space_distance`; it came
   before `solid_measure` (68) and still does). It had priority 72 in `solid_angles.py`,
   above this block (70) and tied with the sequence block (72), which it came before; the sequence types need
   a sequence (a_n, 数列), never a solid, so entering at 70 after them moves no recognition (the bank diff and
   the type tests check it).
1. `space_vector` — 坐标给出的空间向量 a=(…), b=(…)：数量积、夹角、模，或由 ⊥ / ∥ 求参数 (vectors written
   with a lower-case name and three coordinates; it reads no points, so it never meets the next type).
2. `space_distance` — 坐标给出的点：两点间的距离，或点到三点所定平面的距离 (points written with a capital
   name and three coordinates, and 距离 / distance asked).
3. `solid_measure` — 几何体（球、圆锥、圆柱、正方体、长方体、正棱锥、正棱柱）的面积、体积、高、母线，外接球与内切球
   (a named solid and a size asked; it reads no coordinates, so it never meets the two types above).
The module's block enters the specialist's order at priority 70, the priority both space types had before the
move; no other type has 70. `solid_measure` had 68: between 68 and 70 there is only the complex-number block
(69), which needs a complex number or i, never a solid, so trying the solids first moves no recognition (the
bank diff and the type tests check it).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.solid_geometry import (
    solid_coordinates,
    solid_measure,
    space_distance,
    space_vector,
)

PRECEDENCE: tuple[ProblemType, ...] = (solid_coordinates.TYPE, space_vector.TYPE, space_distance.TYPE, solid_measure.TYPE)

"""直线与圆 / Lines and circles: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint: each asks for a different number of lines and points and a different goal.
1. `reflection` — 点关于直线的对称点 (one line, one point, the words 对称点 / reflection; before
   `through_point`, whose detector also sees one line and one point when the problem says 垂直).
2. `through_point` — 过一点作已知直线的平行线或垂线 (one line without parameters, one point off it, an
   equation asked).
3. `parameter` — 两直线平行或垂直求参数 (two lines sharing one parameter and no point: disjoint from the
   two above, which want one line and one point).

The module enters the specialist's order at priority 64 (`BLOCK_PRIORITY`), the highest its types had
before the move (`reflection` 64, the other two 63); no other type had priority 63 or 64, so no
recognition moved.
"""

from __future__ import annotations

from tutor_graph.specialist.types.lines_circles import parameter, reflection, through_point
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (reflection.TYPE, through_point.TYPE, parameter.TYPE)

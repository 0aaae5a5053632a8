"""直线与圆 / Lines and circles: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint: each asks for a different number of lines, circles and points and a different goal.
1. `common_chord` — 两圆的公共弦所在直线 (two circles' equations and the words 公共弦; no line given, so none
   of the line types below sees it).
2. `equal_intercepts` — 过一点且截距相等的直线 (one point, no equation given, the words 截距相等; it declines
   平行/垂直/圆, which the types below need).
3. `reflection` — 点关于直线的对称点 (one line, one point, the words 对称点 / reflection; before
   `through_point`, whose detector also sees one line and one point when the problem says 垂直).
4. `through_point` — 过一点作已知直线的平行线或垂线 (one line without parameters, one point off it, an
   equation asked).
5. `parameter` — 两直线平行或垂直求参数 (two lines sharing one parameter and no point: disjoint from the
   two above, which want one line and one point).
6. `three_points` — 过三点的圆 (three points not on one line, a circle asked, no equation given: the line
   types above want a line's equation given, `equal_intercepts` one point).
7. `tangent_parameter` — 直线与圆相切求参数 (a circle's equation, one line with one parameter and the word
   相切: `parameter` wants two lines, the others no circle).
8. `distance` — 点到直线、两平行直线间的距离 (the word 距离 and either one line and one point or two
   parallel lines, nothing else: `reflection` and `through_point` want 对称 / 平行 / 垂直 and an equation
   asked, and a point with 距离 but no 对称 is none of theirs).
9. `two_points` — 过两点的直线 (a line's equation asked, no equation given, two points: every type above
   except `equal_intercepts` (one point) and `three_points` (three points, a circle) wants an equation given).
10. `centre_radius` — 由圆的方程求圆心和半径 (one circle's equation, no line, 圆心 or 半径 asked).
11. `line_circle` — 直线与圆的位置关系、弦长 (one circle and one parameter-free line, 弦长 or a position
   asked). These two share one reader (`circle_line.read_circle`) that gives each its own goal, so they are
   disjoint; `common_chord` wants two circles, `tangent_parameter` a line with a parameter.

The module enters the specialist's order at priority 66 (since all types moved: its place in `types.MODULES`), the highest its types had
before the move (`common_chord` and `equal_intercepts` 66, `reflection` 64, `through_point` and `parameter`
63, `distance` 62, `tangent_parameter` 61, `centre_radius` and `line_circle` 60, `three_points` 59,
`two_points` 58). No other type has priority 63–66, so the first five kept
their place. `three_points` and `tangent_parameter` moved up past the old priority 59–62 solvers (sets,
applications, zero counts, `geometry.distance`, `geometry.circle`, `geometry.line_circle`): none of those
reads three points with no equation given, and `tangent_parameter` wants a line with a parameter, which
`geometry.line_circle` declines (its detector reads parameter-free equations only); the bank diff and the type
tests confirm no recognition moved. `distance` moved up past the priority 62 set and zero-count types
(they want sets or a function, never a line's equation and a point); `two_points` (`geometry.line`, 58)
moved up past everything at 58–65, whose detectors want an equation, a story, sets, a conic or three points:
none answers "the line through two points"; `centre_radius` and `line_circle` moved up past the priority
60–62 sets, applications, zero counts and comparisons, which read no circle's equation. The bank diff and the
type tests are the check.
"""

from __future__ import annotations

from tutor_graph.specialist.types.lines_circles import (
    centre_radius,
    common_chord,
    distance,
    equal_intercepts,
    line_circle,
    parameter,
    reflection,
    tangent_parameter,
    three_points,
    through_point,
    two_points,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    common_chord.TYPE, equal_intercepts.TYPE, reflection.TYPE, through_point.TYPE, parameter.TYPE,
    three_points.TYPE, tangent_parameter.TYPE, distance.TYPE, two_points.TYPE,
    centre_radius.TYPE, line_circle.TYPE,
)

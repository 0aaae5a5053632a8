"""圆锥曲线 / Conics: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint: each wants a different curve and a different given.
1. `chord_length` — 直线被圆锥曲线截得的弦长 (one conic and one line given, |AB| or 弦长 asked).
2. `midpoint_chord` — 已知弦的中点求弦所在直线 (an ellipse or hyperbola, no line given, one point: the
   midpoint; 中点 and 弦 named). The types below decline a line given (`chord_length` needs one) and none
   of them reads a midpoint.
3. `focus_asymptote` — 双曲线的焦点到渐近线的距离 (a hyperbola; the words 焦点, 渐近线 and 距离).
4. `parabola_focal` — 抛物线上一点由到焦点的距离求坐标 (a parabola and a distance to the focus).
5. `focal_triangle` — 椭圆、双曲线的焦点三角形面积 (an angle ∠F₁PF₂ given and an area asked).
6. `standard_equation` — 由两个条件求椭圆、双曲线的标准方程 (no equation written in the problem, an equation
   asked: the three above are given a curve's equation and never answer an equation).
7. `features` — 由标准方程求焦点、离心率、准线、渐近线 (one curve's equation and nothing else given; it
   declines a point on the curve, a distance, an area or an equation asked, which are the shapes above).

The module enters the specialist's order at priority 58 (since all types moved: its place in `types.MODULES`), the priority the first six
had before the move. `features` (`geometry.conic`) had 61: it now comes after the priority 59–61 types of
other modules (circles, sets, applications), whose detectors want a circle, sets or a story, never a conic
in standard position; the bank diff and the type tests confirm no recognition moved. Template types come
after the old solvers of the same priority, so these are now tried after `geometry.line` (58: it reads a
line's equation from points and slopes and wants no conic; `chord_length` wants a conic and a line given,
`midpoint_chord` a conic, `standard_equation` 椭圆 or 双曲线 named and no equation written, none of which
`geometry.line` answers). `chord_length` and `midpoint_chord` (old `conic_chords.py`) were tried before
`geometry.line` and still come first of this block, in their old order.
"""

from __future__ import annotations

from tutor_graph.specialist.types.conics import (
    chord_length,
    features,
    focal_triangle,
    focus_asymptote,
    midpoint_chord,
    parabola_focal,
    standard_equation,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    chord_length.TYPE, midpoint_chord.TYPE, focus_asymptote.TYPE, parabola_focal.TYPE, focal_triangle.TYPE,
    standard_equation.TYPE, features.TYPE,
)

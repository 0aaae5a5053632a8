"""三角函数 / Trigonometry: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). Before the
move these types had priorities between 50 and 56, interleaved with a few other modules' types; the block now
enters the specialist's order at one priority (since all types moved: its place in `types.MODULES`), so the detectors are kept
disjoint rather than ordered by numbers:
1. `split_angle` — 配角：已知 sin(α+c) 或 cos(α+c) 与 α 的范围，求 sin α 或 cos α (it needs sin(…) or
   cos(…) of α plus a constant equal to a number; `sum_given` needs sin α ± cos α).
2. `sum_given` — 已知 sin α ± cos α 与角的范围求值 (it needs the equation sin α ± cos α = k and a range
   of α; `reduction` declines any `=`).
3. `reduction` — 化简 kπ/2 ± α 的三角函数之积、商 (诱导公式; it declines any `=`, 已知 or ∈, so no
   type below that reads a given value can fit).
4. `triangle_sas`, `triangle_area`, `triangle_sss`, `triangle_ssa`, `triangle_aas` — 解三角形 (they need △ /
   三角形 / triangle, which no other type here reads; the shared reader `triangle.py` gives each problem one
   case, so these five never both fit; their old priority was 55).
5. `graph_transform` — 图象的平移、伸缩后求解析式 (it needs a stated shift or stretch and declines a
   given result `得到 y=…`; the types below read no transformations).
6. `sector` — 扇形的弧长、面积 (it needs 扇形 / sector: no other type here reads sectors).
7. `interval_range` — 正弦型函数在闭区间上的值域、最值 (an interval is given; it declines 单调).
8. `sinusoid` — 正弦型函数的周期、最值 over the whole real line (it declines 区间 / interval and `[`, so it and
   `interval_range` never both fit; the order only mirrors the old priorities, 53 before 52).
9. `from_tangent` — 已知 tan α 求 sin、cos 的齐次式 (it declines a quadrant or a range `∈`, which are
   `given_ratio`'s shape).
10. `given_ratio` — 已知一个三角函数值与象限求其余的值 (it needs the quadrant or a range: disjoint from
   `from_tangent`).
11. `value` — 特殊角的三角函数值 (nothing unknown: it declines 已知, 函数, △ and any `=`, which every type
   above needs; its old priority 50 was the lowest of the types above).
12. `expression_value` — 求两三个非特殊角三角函数值组成的式子的值 (moved from `small_types.py`, old priority 45,
   below every type here: kept after `value`, which would read a whole expression too; it needs 求…的值 /
   Find/Evaluate/Compute with at least two values at degree angles and nothing unknown).
The block's priority is the highest of its types' old priorities (56, `reduction`); it still comes after the
other modules' types of priority 56 (`quadratic.from_solution_set`), as before. The other modules' types that
sat between 51 and 56 before (`inequality.rectangle` at 55, `inequality.compare` and `inequality.linear_range`
at 52) read inequalities and ranges of linear expressions, which none of these detectors accepts.
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.trigonometry import (
    expression_value,
    from_tangent,
    given_ratio,
    graph_transform,
    interval_range,
    reduction,
    sector,
    sinusoid,
    split_angle,
    sum_given,
    triangle_aas,
    triangle_area,
    triangle_sas,
    triangle_ssa,
    triangle_sss,
    value,
)

PRECEDENCE: tuple[ProblemType, ...] = (
    split_angle.TYPE, sum_given.TYPE, reduction.TYPE,
    triangle_sas.TYPE, triangle_area.TYPE, triangle_sss.TYPE, triangle_ssa.TYPE, triangle_aas.TYPE,
    graph_transform.TYPE, sector.TYPE, interval_range.TYPE, sinusoid.TYPE, from_tangent.TYPE, given_ratio.TYPE,
    value.TYPE, expression_value.TYPE,
)

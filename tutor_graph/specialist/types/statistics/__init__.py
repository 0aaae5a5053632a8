"""统计 / Statistics: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
1. `basic` — 一组数据的平均数、中位数、众数、极差、方差、标准差 (needs one of those words, a data word and one run
   of four or more numbers; it had priority 90 in `statistics.py`, above every statistics type, and stays first:
   the block now enters at 90, its old priority, so it is still tried before `grouped_data.py`'s
   `transform` (89), which needs x_1-style data it does not read).
2. `transform` — 数据 a·xᵢ+b 的平均数、方差、标准差 (needs `a x_1 + b,` written out and a given mean, variance or
   standard deviation; at priority 89 in `grouped_data.py` it came before every type of this block but `basic`,
   and it still does).
3. `percentile` — 一组数据的第 p 百分位数 (needs 第 p 百分位数 / p-th percentile and one run of four or more
   numbers; it had priority 91 in `statistics.py`, above everything. In this block it comes after
   `basic` (90 in `statistics.py`) and the grouped-data types (89, `grouped_data.py`, before the move): none
   of them reads a percentile (basic needs 平均数/中位数/众数/方差/标准差/极差 words, the histogram asks
   for a bar's height, the mean, the median or the mode), and the bank diff shows no recognition moved).
4. `chi_square` — 2×2 列联表的 χ² 值 (its detector asks for χ², 卡方 or 列联表 words and four counts, and
   declines a decision at a significance level, which needs the critical-value table).
5. `regression` — 成对数据：回归方程、相关系数、已知斜率求 â 或预测、残差 (needs 回归 / 相关系数 / 残差 /
   最小二乘 words and paired data or a stated line; it had priority 88 in `regression.py`, one below this
   block, and after `chi_square`: no text of the bank or the type tests has both a χ² and a regression
   question, and the bank diff shows no recognition moved).
6. `histogram` — 频率分布直方图：求未知的高 a，估计中位数、平均数或众数 (needs 直方图 / histogram, the
   classes, the width and the heights; at priority 89 in `grouped_data.py` it came before the types of this
   block, now after them: none of them reads a histogram, and the bank diff shows no recognition moved).
7. `stratified` — 分层抽样：某一层应抽取多少 (needs 分层抽样 / stratified, the strata's sizes and the sample
   size; priority 89 in `grouped_data.py`, before this block; no other type reads 分层抽样).

The block enters the registry at priority 90, the priority `statistics.basic` had in `statistics.py` (3–7 had
89 here before, the priority `statistics.chi_square` had in `contingency.py`).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.statistics import (
    basic,
    chi_square,
    histogram,
    percentile,
    regression,
    stratified,
    transform,
)

PRECEDENCE: tuple[ProblemType, ...] = (basic.TYPE, transform.TYPE, percentile.TYPE, chi_square.TYPE, regression.TYPE,
                                      histogram.TYPE, stratified.TYPE)

"""函数的应用 / Applications of functions: the types of this module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by their key words, so the order inside the module decides nothing yet:
1. `zero_location` — 单调函数的零点在哪个选项区间 (a choice question naming 零点所在/zero lies).
2. `bisection` — 二分法算 k 次中点后根所在的区间 (names 二分法/bisection).
3. `tariff` — 起步价加超出部分按单价的分段计费，已知付费求行程 (needs the "…以内收费…超过…每…元" shape and a
   fare paid; from `applications.py`, where it had priority 60: no other text of the bank or the type tests has
   that shape, so lifting it to the block's 62 takes nothing from another type — checked by the bank diff).
4. `growth` — 按固定百分率增长（衰减），至少几个周期达到某个倍数 (a rate "每年增长 5%" with 至少/how many and a
   threshold such as 翻一番/less than half; from `applications.py`, priority 60, lifted to 62 as `tariff`).
5. `profit` — 销量随售价线性变化，求最大利润或最优售价 (needs 利润/profit, a cost, a price with its sales and a
   "每降价/每上涨 … 多卖/少卖" rule; from `applications.py`, priority 60, lifted to 62 as `tariff`).
6. `abs_zero_count` — |g(x)| = a（g 二次）恰有 3 个或 4 个实根，求 a (needs 恰有三个/四个 … 根/零点 and one |…| of
   a quadratic minus a parameter; from `zero_count.py`, priority 62 as this block: no other type here reads it).
7. `open_box` — 四角剪去边长为 x 的小正方形做无盖盒子，求容积最大时的 x 或最大容积 (needs 四角/each corner, a cut
   of side x and 无盖/open box; from `optimisation.py`, priority 60, lifted to the block's 62: no type here or at
   60–62 elsewhere reads that shape; its topic stays the bank's `derivatives`).

The module enters the specialist's order as one block at priority 62 (since all types moved: its place in `types.MODULES`), the priority both
types had in `zeros.py`. The bank's multiple-choice solving needs `choices=True` on `zero_location`, as before.
"""

from __future__ import annotations

from tutor_graph.specialist.types.function_applications import (
    abs_zero_count,
    bisection,
    growth,
    open_box,
    profit,
    tariff,
    zero_location,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    zero_location.TYPE, bisection.TYPE, tariff.TYPE, growth.TYPE, profit.TYPE,
    abs_zero_count.TYPE,
    open_box.TYPE,
)

"""概率 / Probability: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint: each needs words the other lacks.
1. `independent` — 两个相互独立的事件，概率分别为…，求至少一个 / 都 / 恰有一个发生的概率 (needs 独立/各 words
   and the pair 分别为 a 和 b; at priority 86 in `probability.py` it was tried before every type of this block,
   and it stays first: `match` also needs 独立 and one probability, and a match text that also gave a pair
   of probabilities after 分别为 was read as two independent events before, as it is now).
2. `conditional` — 不放回地依次摸球，已知第一次的颜色求第二次的概率 (needs 不放回 and a bag of two colours).
3. `total` — 按来源分类的次品率：全概率公式，或已知是次品求来源（贝叶斯）(needs 次品/defective and
   two or more "share … defect rate" pairs).
4. `distribution_table` — 分布列 X=…，概率分别为…，求 a、E(X) 或 D(X) (needs the table's two lists).
5. `hypergeometric` — 不放回地取球，X 为取到某色球的个数，求 E(X) (needs 不放回, a bag and E(X);
   `conditional` needs 已知第一次…, which it lacks).
6. `normal_symmetry` — X~N(μ, σ²)，由 P(X<a) 求关于 μ 对称的区间的概率 (needs N(μ, and two P(…)).
7. `match` — 几局几胜制或领先两局才获胜的比赛，求甲获胜的概率 (needs 独立 and 几局几胜 / 多赢 2 局 words;
   it came after `random_variables.py`'s types at the same priority 86 in `matches.py`).
8. `binomial` — X~B(n, p)，求 P(X=k)、E(X)、D(X) 或 E/D(aX+b) (needs B(n, p); it had priority 85 in
   `probability.py`, one below this block: no other type of the bank or the type tests reads B(n, p)
   with these goals, and the bank diff shows no recognition moved).
9. `dice` — 掷两枚骰子，点数之和为 / 不小于某数的概率 (needs 骰子/dice and 之和/sum words; priority 85 in
   `probability.py`, after every type above, which all need words a dice problem lacks).
10. `balls` — 一次从两种颜色的球中任取几个，恰有 / 至少几个某色球的概率 (needs 球/ball, a bag of two colours,
    a draw and 恰/至少/都 words, and declines 放回/依次/先后; priority 85 in `probability.py`, after `dice`;
    `conditional` and `hypergeometric` need 不放回 or E(X), which a text it reads has not).
11. `pick_numbers` — 从几个数中一次任取几个不同的数，和或积满足某条件的概率 (needs 从 1,2,… 中任取 k 个数 and
    one event about 和/积, and declines 放回/依次/组成/卡片 words; priority 84 in `probability_numbers.py`, the
    last probability type: the types above need balls, dice, B(n,p), 独立 or 分布列 words it does not read).

The block enters the registry at priority 86, the highest priority its types had before the move: 2–7 had
it in `probability_more.py`, `random_variables.py` and `matches.py` (kept in the order they were tried there),
and `independent` had it in `probability.py`, whose solvers were tried before them. 8–10 had 85 and 11 had 84;
no solver of another module sits between 84 and 86, so moving them up into this block changes no order
against other modules (the bank diff shows no recognition moved).
"""

from __future__ import annotations

from tutor_graph.specialist.types.probability import (
    balls,
    binomial,
    conditional,
    dice,
    distribution_table,
    hypergeometric,
    independent,
    match,
    normal_symmetry,
    pick_numbers,
    total,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    independent.TYPE, conditional.TYPE, total.TYPE, distribution_table.TYPE, hypergeometric.TYPE, normal_symmetry.TYPE,
    match.TYPE, binomial.TYPE, dice.TYPE, balls.TYPE, pick_numbers.TYPE,
)

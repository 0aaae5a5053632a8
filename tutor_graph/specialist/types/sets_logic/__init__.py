"""集合与常用逻辑用语 / Sets and logic: the problem types of the sets and logic modules, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The
detectors are disjoint by the shape they read, so the order inside the block does not decide a recognition:
1. `count_between` — 满足 {…} ⊆ M ⊆ {…} 的集合个数 (a chain of two ⊆ between listed sets).
2. `element_parameter` — c ∈ {e₁(a), …}，求 a (one ∈ and a listed set whose elements hold one letter).
3. `parametric_linear` — B = {x | 含参数的一次方程} ⊆ 有限集 A，求参数 (an equation where `parametric_interval` reads
   a range: disjoint).
4. `parametric_interval` — B = {x | L(m) ≤ x ≤ R(m)} 与定区间 A 的子集关系，求 m 的范围 (two `{x | …}` sets).
5. `venn_count` — 两个集合的容斥计数 (four counts of people and the words 都参加 / 都没: no braced sets).
6. `operations` — 集合的交、并、补运算 (braced sets with numbers only and ∩ ∪ ∁ asked; old priority 60, moved from
   `sets.py`: it declines ⊆, 若, 实数 a and 取值范围, which every parametric type above needs, and the sets above
   read ⊆ or ∈ or no braces, so lifting it from 60 to 62 keeps every recognition).

The block enters the registry at priority 62 (`BLOCK_PRIORITY`), the highest these types had (the three of
`set_parameters.py` 62, `count_between` and `venn_count` 61). Lifting the two at 61 above `circle.tangent_parameter`
(61) changes no recognition: that one reads a circle, these braced number sets or counts of people. The bank
diff of the sets and logic modules against the snapshot before the move shows no lost type, verdict or answer.
Still in the old files (not moved yet): `set.operations` (sets.py, 60), the logic types (logic.py,
logic_parameter.py, quantifiers.py, 75–76): when `set.operations` moves here it rises from 60 to 62, and the
logic types need a block of their own priority (76) or a check that lowering them to 62 keeps every recognition.
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic import (
    count_between,
    element_parameter,
    operations,
    parametric_interval,
    parametric_linear,
    venn_count,
)

PRECEDENCE: tuple[ProblemType, ...] = (
    count_between.TYPE, element_parameter.TYPE, parametric_linear.TYPE, parametric_interval.TYPE,
    venn_count.TYPE,
    operations.TYPE,
)

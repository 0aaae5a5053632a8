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

The block enters the registry at priority 62 (since all types moved: its place in `types.MODULES`), the highest these types had (the three of
`set_parameters.py` 62, `count_between` and `venn_count` 61). Lifting the two at 61 above `circle.tangent_parameter`
(61) changes no recognition: that one reads a circle, these braced number sets or counts of people. The bank
diff of the sets and logic modules against the snapshot before the move shows no lost type, verdict or answer.

常用逻辑用语 / Logic: `LOGIC`, a block of its own at priority 76 (since all types moved: its place in `types.MODULES`), the highest the
logic types had (75–76). They read words (充分 / 必要, ∀ / ∃, 真命题) that a set type's text lacks, but some of
their texts also hold what other types read (a quadratic inequality, `p: x^2-… ≤ 0`, a range question), so they
keep the block above the inequality and function types that they were above before; nothing else sits at 75–76,
so the order between them and every other type is the old one. Inside the block, first tried first:
1. `parameter` (old 76) — 由 p 是 q 的充分（必要）条件求参数的范围 (`p: …, q: …` with a parameter in q and a range asked).
2. `quantifier_parameter` (old 76) — 若命题“∀x∈R, f(x)>0”是真命题（或“∃x∈R, …”是假命题），求参数的范围 (the words
   是真 / 是假 and 求 … 范围 with a quantified statement that holds a second letter).
3. `condition` (old 75) — “p”是“q”的什么条件 (options naming the four kinds, or the question itself; it declines a
   question that asks for a range after the word 条件, which `logic.parameter` reads).
4. `quantifier` (old 75) — 含量词命题的真假、否定，选出真（假）命题 (no range asked: a statement without a second letter,
   or options; after `condition`, as before, for a choice question about conditions holds no ∀ / ∃ statement).
"""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic import (
    condition,
    count_between,
    element_parameter,
    operations,
    parameter,
    parametric_interval,
    parametric_linear,
    quantifier,
    quantifier_parameter,
    venn_count,
)

PRECEDENCE: tuple[ProblemType, ...] = (
    count_between.TYPE, element_parameter.TYPE, parametric_linear.TYPE, parametric_interval.TYPE,
    venn_count.TYPE,
    operations.TYPE,
)
LOGIC: tuple[ProblemType, ...] = (
    parameter.TYPE, quantifier_parameter.TYPE, condition.TYPE, quantifier.TYPE,
)

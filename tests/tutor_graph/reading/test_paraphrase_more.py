"""Paraphrase table, vectors, lines and the sequence templates: each type in three phrasings.

Exam LaTeX, plain textbook Chinese and English; each row is solved as the graph solves it without a model,
and must be correct (verified where the row says so). The working behind each expected answer is in the comments.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'vector.projection': [
        # AB = (2, 1), AC = (3, 4): 10 / 5
        ('(5 分) 已知点 $A(1,1)$，$B(3,2)$，$C(4,5)$，求向量 $\\overrightarrow{AB}$ 在向量 $\\overrightarrow{AC}$ 上的投影的数量。',
         '2', False),
        ('已知点 A(0,0)，B(3,3)，C(4,0)，求向量 AB 在向量 AC 上的投影的数量。', '3', False),  # 12 / 4
        # PQ = (3, 4), PR = (0, 3): 12 / 3
        ('Given P(1,0), Q(4,4) and R(1,3), find the scalar projection of $\\vec{PQ}$ on $\\vec{PR}$.', '4', False),
    ],
    'vector.median': [
        # AM = |AB + AC| / 2 = √(4 + 16 + 8) / 2
        ('(5 分) 在 $\\triangle ABC$ 中，$AB=2$，$AC=4$，$\\angle BAC=60^\\circ$，$M$ 为 $BC$ 的中点，求 $AM$ 的长。', '\\sqrt7', False),
        ('在三角形 ABC 中，AB=2，AC=2，∠A=120°，D 是 BC 的中点，求 AD 的长。', '1', False),  # √(4 + 4 - 4) / 2
        ('In triangle ABC, AB = 3, AC = 3 and ∠A = 60°, and M is the midpoint of BC. Find the length of AM.',
         '\\frac{3\\sqrt3}{2}', False),  # √27 / 2
    ],
    'vector.square_dot': [
        # A(0,0), B(2,0), C(2,2), D(0,2): AE = (2, 1), BD = (-2, 2)
        ('(5 分) 已知正方形 $ABCD$ 的边长为 $2$，$E$ 为 $BC$ 的中点，求 $\\overrightarrow{AE}\\cdot\\overrightarrow{BD}$。', '-2', False),
        ('正方形 ABCD 的边长为 2，E 为 CD 的中点，求向量 AE·AC。', '6', False),  # (1, 2)·(2, 2)
        ('Square ABCD has side 6, and M is the midpoint of BC. Find $\\vec{AM}\\cdot\\vec{AC}$.', '54', False),  # (6, 3)·(6, 6)
    ],
    'vector.angle_from_dot': [
        ('(5 分) 已知 $|\\vec a|=1$，$|\\vec b|=2$，$\\vec a\\cdot\\vec b=-1$，求 $\\vec a$ 与 $\\vec b$ 的夹角。', '\\frac{2\\pi}{3}', False),
        ('已知向量 a、b 满足 |a|=2，|b|=√2，a·b=2，求 a 与 b 的夹角。', '\\frac{\\pi}{4}', False),  # cos = √2/2
        ('Given |a| = 2, |b| = 4 and a*b = -4, find the angle between a and b.', '\\frac{2\\pi}{3}', False),  # cos = -1/2
    ],
    'vector.computation': [
        ('(5 分) 已知向量 $\\vec a=(2,1)$，$\\vec b=(-1,3)$，求 $|\\vec a+\\vec b|$。', '\\sqrt{17}', True),  # (1, 4)
        ('已知向量 a=(1,-2)，b=(x,1)，且 a⊥b，求 x。', 'x=2', True),  # x - 2 = 0
        ('Given vectors a = (3, 4) and b = (1, -2), find a · b.', '-5', True),
    ],
    'line.reflection': [
        # over y = x + 1: (x, y) → (y - 1, x + 1)
        ('(5 分) 求点 $P(2,0)$ 关于直线 $x-y+1=0$ 的对称点的坐标。', '(-1,3)', False),
        ('求点 (1,3) 关于直线 y=-x 的对称点的坐标。', '(-3,-1)', False),
        # P' = P - 2·(2·5 - 0)/5·(2, -1)
        ('Find the reflection of the point (5, 0) in the line 2x - y = 0.', '(-3,4)', False),
    ],
    'line.through_point': [
        ('(5 分) 求过点 $(2,-1)$ 且与直线 $x-2y+3=0$ 垂直的直线方程。', '2x+y-3=0', False),
        ('求经过点 (0,3) 且与直线 y=2x-1 平行的直线方程。', '2x-y+3=0', False),
        ('Find the equation of the line through (2, 1) parallel to 3x + y - 2 = 0.', '3x+y-7=0', False),
    ],
    'line.parameter': [
        ('(5 分) 已知直线 $l_1:ax+y-1=0$ 与直线 $l_2:x-2y+3=0$ 互相垂直，求实数 $a$ 的值。', 'a=2', True),  # a - 2 = 0
        ('直线 2x+ay+1=0 与直线 x+y-3=0 平行，求 a。', 'a=2', True),
        # m^2 = 4; m = -2 makes the two lines coincide
        ('The lines mx + 4y - 2 = 0 and x + my + 1 = 0 are parallel. Find m.', 'm=2', False),
    ],
    'circle.common_chord': [
        # subtract: 4x - 4y + 8 = 0 (centres 2√2 apart, radii 2 and 2√5: they meet)
        ('(5 分) 求圆 $x^2+y^2=4$ 与圆 $x^2+y^2-4x+4y-12=0$ 的公共弦所在直线的方程。', 'x-y+2=0', False),
        ('求圆 x^2+y^2-2x=0 与圆 x^2+y^2+4y=0 的公共弦所在直线的方程。', 'x+2y=0', False),  # -2x - 4y = 0
        ('Find the equation of the line containing the common chord of the circles x^2 + y^2 = 4 and '
         'x^2 + y^2 - 4x + 4y - 12 = 0.', 'x-y+2=0', False),
    ],
    'line.equal_intercepts': [
        ('(5 分) 直线 $l$ 过点 $(2,3)$，且在两坐标轴上的截距相等，求直线 $l$ 的方程。', '3x-2y=0 或 x+y-5=0', False),
        ('直线过点 (1,-2)，在 x 轴和 y 轴上的截距相等，求这条直线的方程。', '2x+y=0 或 x+y+1=0', False),
        ('A line passes through (-3, 1) and has equal intercepts on the two coordinate axes. Find its equation.',
         'x+3y=0 或 x+y+2=0', False),
    ],
    'sequence.middle_term': [
        ('(5 分) 记 $S_n$ 为等差数列 $\\{a_n\\}$ 的前 $n$ 项和，若 $S_7=35$，求 $a_4$。', '5', False),
        ('等差数列 {a_n} 前 13 项的和是 39，求 a_7。', '3', False),
        ('In an arithmetic sequence {a_n}, S_15 = 90. Find a_8.', '6', False),
    ],
    'sequence.from_partial_sum': [
        ('(5 分) 已知数列 $\\{a_n\\}$ 的前 $n$ 项和 $S_n=2n^2-n$，求通项公式 $a_n$。', 'a_n=4n-3', True),
        ('数列 {a_n} 的前 n 项和为 S_n=n^2-3n，求它的通项公式。', 'a_n=2n-4', False),
        ('The partial sums of a sequence {a_n} are S_n = n^2 + 4n. Find the general term a_n.', 'a_n=2n+3', False),
    ],
    'sequence.series_sum': [
        ('(5 分) 求和：$\\frac{1}{1\\times 3}+\\frac{1}{3\\times 5}+\\cdots+\\frac{1}{(2n-1)(2n+1)}$。', '\\frac{n}{2n+1}', True),
        ('求和 2+4+6+…+2n。', 'n(n+1)', True),
        ('Find the sum 1/(2·3) + 1/(3·4) + ... + 1/((n+1)(n+2)).', '\\frac{n}{2(n+2)}', False),  # 1/2 - 1/(n+2)
    ],
    'sequence.geometric_log_sum': [
        # a_1 a_10 = a_3 a_8 = 9: the product is 9^5 = 3^10
        ('(5 分) 在各项均为正数的等比数列 $\\{a_n\\}$ 中，$a_3a_8=9$，求 $\\log_3a_1+\\log_3a_2+\\cdots+\\log_3a_{10}$。', '10', False),
        ('正项等比数列 {a_n} 中 a_4a_5=4，求 log_2 a_1+log_2 a_2+…+log_2 a_8。', '8', False),  # 4^4 = 2^8
        ('In a geometric sequence of positive terms, a_3 a_5 = 16. Find log_2 a_1 + log_2 a_2 + ... + log_2 a_7.',
         '14', False),  # a_4 = 4, the product is 4^7
    ],
    'sequence.arithmetic_sum_extreme': [
        # a_10 = 1, a_11 = -1: S_10 = 10 · 20 / 2
        ('(5 分) 已知等差数列 $\\{a_n\\}$ 的首项 $a_1=19$，公差 $d=-2$，求其前 $n$ 项和 $S_n$ 的最大值。', '100', True),
        # a_8 = -1, a_9 = 1: S_8 = 8 · (-16) / 2
        ('等差数列 {a_n} 中 a_1=-15，公差 d=2，求前 n 项和的最小值。', '-64', False),
        # a_8 = 2, a_9 = -2: S_8 = 8 · 32 / 2
        ('An arithmetic sequence has a_1 = 30 and d = -4. Find the maximum value of S_n.', '128', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_more_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

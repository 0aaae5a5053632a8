"""Paraphrase table, solids and space (立体几何与空间向量): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified). Answers worked by hand.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'solid.measure': [  # (1/3)·π·9·4
        (r'(5 分) 已知圆锥的底面半径为 $3$，高为 $4$，则该圆锥的体积为 ____', r'12\pi', True),
        ('已知圆锥的底面半径为 3，高为 4，求它的体积', r'12\pi', True),
        ('A cone has base radius 3 and height 4. Find its volume.', r'12\pi', False),
    ],
    'solid.coordinates': [  # A_1B = (1,0,−1), B_1C = (0,1,−1): cos = 1/2
        (r'(5 分) 在棱长为 $1$ 的正方体 $ABCD-A_1B_1C_1D_1$ 中，异面直线 $A_1B$ 与 $B_1C$ 所成角的大小为 ____', r'60^\circ', False),
        ('在棱长为 1 的正方体 ABCD-A_1B_1C_1D_1 中，求异面直线 A_1B 与 B_1C 所成角的大小', r'60^\circ', False),
        ('In the cube ABCD-A_1B_1C_1D_1 with edge 1, find the angle between the skew lines A_1B and B_1C.', r'60^\circ', False),
    ],
    'space.vector': [  # 4 − 2 − 2k = 0
        (r'(5 分) 已知向量 $\vec a=(1,2,-2)$，$\vec b=(4,-1,k)$，若 $\vec a\perp\vec b$，则 $k=$ ____', 'k=1', True),
        ('已知空间向量 a=(1,2,-2)，b=(4,-1,k)，且 a⊥b，求 k', 'k=1', False),
        ('Given space vectors a = (1, 2, -2) and b = (4, -1, k) with a perpendicular to b, find k.', 'k=1', False),
    ],
    'space.distance': [  # (2,2,1)
        (r'(5 分) 已知空间两点 $A(1,2,3)$，$B(3,4,4)$，则 $A$，$B$ 两点间的距离为 ____', '3', False),
        ('求空间两点 A(1,2,3) 与 B(3,4,4) 之间的距离', '3', True),
        ('Find the distance between the points A(1, 2, 3) and B(3, 4, 4).', '3', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_solids_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

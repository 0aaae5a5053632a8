"""Paraphrase table, complex numbers (复数): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'complex.expression': [  # z^2 = -2i, 2z = 2 - 2i: |2 - 4i| = √20
        ('已知复数 $z=1-i$，则 $\\left|z^2+2z\\right|=$ ____', '2\\sqrt5', True),
        ('设 z=1-i，求 |z^2+2z|', '2\\sqrt5', True),
        ('Let z = 1 - i. Find |z^2 + 2z|.', '2\\sqrt5', True),
    ],
    'complex.parameter': [  # m^2 - 4 = 0 and m - 2 ≠ 0
        ('若复数 $(m^2-4)+(m-2)i$ 是纯虚数，求实数 $m$ 的值。', 'm=-2', True),
        ('复数 (m^2-4)+(m-2)i 是纯虚数，求实数 m', 'm=-2', False),
        ('If (m^2 - 4) + (m - 2)i is a purely imaginary number, find the real number m.', 'm=-2', False),
    ],
    'complex.power_sum': [  # 2023 = 4·505 + 3: i - 1 - i
        ('$i+i^2+i^3+\\cdots+i^{2023}=$ ____', '-1', False),
        ('计算 i+i^2+i^3+...+i^{2023} 的值', '-1', False),
        ('Compute i + i^2 + i^3 + ... + i^{2023}.', '-1', False),
    ],
    'complex.real_coefficients': [  # roots 1 ± 2i: sum 2, product 5
        ('已知 $1+2i$ 是关于 $x$ 的实系数方程 $x^2+px+q=0$ 的一个根，求 $p,q$。', 'p=-2, q=5', False),
        ('若 1+2i 是实系数方程 x^2+px+q=0 的根，求 p 和 q', 'p=-2, q=5', False),
        ('Given that 1 + 2i is a root of x^2 + px + q = 0 with real coefficients, find p and q.', 'p=-2, q=5', False),
    ],
    'complex.modulus_equation': [  # z = a + 8i, a + √(a²+64) = 2: a = -15 (|z| = 17)
        ('若复数 $z$ 满足 $z+\\left|z\\right|=2+8i$，求 $z$。', '-15+8i', True),
        ('复数 z 满足 z+|z|=2+8i，求 z', '-15+8i', True),
        ('The complex number z satisfies z + |z| = 2 + 8i. Find z.', '-15+8i', True),
    ],
    'complex.quadrant': [  # (3+i)(1-i)/2 = 2 - i
        ('(5 分) 复数 $z=\\frac{3+i}{1+i}$ 在复平面内对应的点位于（　）。A. 第一象限　B. 第二象限　C. 第三象限　D. 第四象限',
         'D', True),
        ('复数 z=(3+i)/(1+i) 在复平面内对应的点在第几象限？', '第四象限', False),
        ('In the complex plane, the point of z = (3+i)/(1+i) lies in ( ). A. the first quadrant B. the second quadrant '
         'C. the third quadrant D. the fourth quadrant', 'D', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_complex_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

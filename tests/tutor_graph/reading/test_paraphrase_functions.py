"""Paraphrase table, functions and derivatives (函数与导数): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'function.value': [
        ('设函数 $f(x)=2^{x}+1$，则 $f(3)=$', '9', True),
        ('已知函数 f(x)=2^x+1，求 f(3) 的值', '9', True),
        ('Let f(x)=2^x+1. Find f(3).', '9', True),
    ],
    'function.extrema': [
        ('已知函数 $f(x)=x^{3}-12x$，则 $f(x)$ 在 $[-3,3]$ 上的最小值为', '-16', True),
        ('求函数 f(x)=x^3-12x 在区间 [-3,3] 上的最小值', '-16', True),
        ('Find the minimum value of f(x)=x^3-12x on [-3,3].', '-16', True),
    ],
    'function.derivative_value': [
        ("已知 $f(x)=x^{3}+2x$，则 $f'(1)=$", '5', True),
        ("设 f(x)=x^3+2x，求 f'(1)", '5', True),
        ("Let f(x)=x^3+2x. Find f'(1).", '5', True),
    ],
    'function.tangent': [
        ('曲线 $y=x^{3}$ 在点 $(1,1)$ 处的切线方程为', 'y=3x-2', True),
        ('求曲线 y=x^3 在点 (1,1) 处的切线方程', 'y=3x-2', True),
        ('Find the tangent line to y=x^3 at the point (1,1).', 'y=3x-2', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_functions_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

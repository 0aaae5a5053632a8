"""Paraphrase table, equations, systems and inequalities (方程与不等式): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'equation.linear': [
        ('已知 $3x-5=7$，则 $x=$', '4', True),
        ('若 3x-5=7，求 x', '4', True),
        ('If 3x-5=7, find x.', '4', True),
    ],
    'equation.quadratic': [
        ('方程 $x^{2}-x-6=0$ 的解为', 'x=-2 或 x=3', True),
        ('解方程 x^2-x-6=0', 'x=-2 或 x=3', True),
        ('Solve x^2-x-6=0.', 'x=-2 或 x=3', True),
    ],
    'system': [
        ('解方程组 $\\left\\{\\begin{array}{l}x+2y=5\\\\ 3x-y=1\\end{array}\\right.$', 'x=1, y=2', True),
        ('解方程组 x+2y=5, 3x-y=1', 'x=1, y=2', True),
        ('Solve the system of equations x+2y=5, 3x-y=1', 'x=1, y=2', True),
    ],
    'inequality.quadratic': [
        ('不等式 $x^{2}-3x+2<0$ 的解集为', '(1,2)', True),
        ('解不等式 x^2-3x+2<0', '(1,2)', True),
        ('Solve the inequality x^2-3x+2<0.', '(1,2)', True),
    ],
    'inequality.mean_minimum': [
        ('已知 $x>0$，则 $x+\\frac{9}{x}$ 的最小值为', '6', True),
        ('若 x>0，求 x+9/x 的最小值', '6', True),
        ('Given x>0, find the minimum value of x+9/x.', '6', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_equations_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

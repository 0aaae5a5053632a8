"""Paraphrase table, exponentials and logarithms (指数与对数): every type in exam LaTeX, plain textbook Chinese
and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'explog.log_equation': [  # (x+1)(x-1) = 8 with x > 1: x = 3 (x = -3 is outside the domain)
        ('解方程 $\\log_2(x+1)+\\log_2(x-1)=3$。', 'x=3', True),
        ('解方程 log_2(x+1)+log_2(x-1)=3', 'x=3', True),
        ('Solve the equation log_2(x + 1) + log_2(x - 1) = 3.', 'x=3', True),
    ],
    'explog.compare': [  # a = 2^0.3 > 1, b = 0.09, c = log_2 0.3 < 0: a > b > c
        ('(5 分) 设 $a=2^{0.3}$，$b=0.3^2$，$c=\\log_2 0.3$，则（　）A. $c>a>b$ B. $b>a>c$ C. $a>b>c$ D. $a>c>b$',
         'C', False),
        ('已知 a=2^0.3，b=0.3^2，c=log_2 0.3，比较 a,b,c 的大小。A. c>a>b B. b>a>c C. a>b>c D. a>c>b', 'C', False),
        ('Let a = 2^{0.3}, b = 0.3^2, c = log_2 0.3. Which is correct? A. c>a>b B. b>a>c C. a>b>c D. a>c>b', 'C', True),
    ],
    'explog.power_function': [  # 4^α = 2: α = 1/2, f(9) = 3
        ('已知幂函数 $f(x)=x^\\alpha$ 的图象经过点 $\\left(4,2\\right)$，求 $f(9)$。', '3', False),
        ('幂函数 f(x)=x^a 的图像经过点 (4,2)，求 f(9) 的值', '3', False),
        ('A power function f(x) = x^a passes through the point (4, 2). Find f(9).', '3', False),
    ],
    'explog.equal_powers': [  # 1/a + 1/b = log_36 2 + log_36 3 = log_36 6 = 1/2
        ('已知 $2^a=3^b=36$，则 $\\frac{1}{a}+\\frac{1}{b}=$ ____', '\\frac12', True),
        ('若 2^a=3^b=36，求 1/a+1/b 的值', '\\frac12', True),
        ('Given 2^a = 3^b = 36, find 1/a + 1/b.', '\\frac12', True),
    ],
    'inequality.log_exp': [  # base 1/2 < 1: 0 < x - 1 < 2
        ('不等式 $\\log_{\\frac12}(x-1)>-1$ 的解集为 ____', '(1,3)', True),
        ('解不等式 log_{1/2}(x-1)>-1', '(1,3)', True),
        ('Solve the inequality log_{1/2}(x - 1) > -1.', '(1,3)', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_explog_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

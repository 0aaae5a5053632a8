"""Paraphrase table, inequalities (不等式): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'inequality.linear': [  # 2x - 2 ≤ 5x + 4: -6 ≤ 3x
        ('不等式 $2(x-1)\\le 5x+4$ 的解集为 ____', '[-2,+\\infty)', True),
        ('解不等式 2(x-1)≤5x+4', '[-2,+\\infty)', True),
        ('Solve the inequality 2(x - 1) <= 5x + 4.', '[-2,+\\infty)', True),
    ],
    'inequality.fractional': [  # numerator and denominator of one sign, x ≠ 3
        ('不等式 $\\frac{x+1}{x-3}\\ge 0$ 的解集为 ____', '(-\\infty,-1]\\cup(3,+\\infty)', True),
        ('解不等式 (x+1)/(x-3)≥0', '(-\\infty,-1]\\cup(3,+\\infty)', True),
        ('Solve the inequality (x + 1)/(x - 3) >= 0.', '(-\\infty,-1]\\cup(3,+\\infty)', True),
    ],
    'inequality.absolute': [  # 2x - 3 ≤ -5 or 2x - 3 ≥ 5
        ('不等式 $\\left|2x-3\\right|\\ge 5$ 的解集是 ____', '(-\\infty,-1]\\cup[4,+\\infty)', True),
        ('解不等式 |2x-3|≥5', '(-\\infty,-1]\\cup[4,+\\infty)', True),
        ('Solve the inequality |2x - 3| >= 5.', '(-\\infty,-1]\\cup[4,+\\infty)', True),
    ],
    'inequality.one_substitution': [  # (1/x + 1/y)(x + 2y) = 3 + 2y/x + x/y ≥ 3 + 2√2
        ('已知 $x>0$，$y>0$，且 $x+2y=1$，则 $\\frac{1}{x}+\\frac{1}{y}$ 的最小值为 ____', '3+2\\sqrt2', True),
        ('已知 x>0，y>0，且 x+2y=1，求 1/x+1/y 的最小值', '3+2\\sqrt2', True),
        ('Given x > 0, y > 0 and x + 2y = 1, find the minimum of 1/x + 1/y.', '3+2\\sqrt2', True),
    ],
    'inequality.options': [  # c < 0 flips ac>bc and a/c>b/c; 1/a < 1/b times c < 0 gives c/a > c/b
        ('若 $a>b>0$，$c<0$，则下列不等式成立的是（　）A. $ac>bc$ B. $\\frac{a}{c}>\\frac{b}{c}$ '
         'C. $\\frac{c}{a}>\\frac{c}{b}$ D. $a^2<b^2$', 'C', False),
        ('已知 a>b>0，c<0，下列不等式中一定成立的是 A. ac>bc B. a/c>b/c C. c/a>c/b D. a^2<b^2', 'C', True),
        ('If a>b>0 and c<0, which of the following must hold? A. ac>bc B. a/c>b/c C. c/a>c/b D. a^2<b^2', 'C', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_inequalities_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

"""Paraphrase table, lines in the plane (直线): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'lines.perp': [
        ('直线 $ax+2y-1=0$ 与直线 $x+(a-1)y+2=0$ 互相垂直，则 $a=$', '\\frac{2}{3}', True),
        ('已知直线 ax+2y-1=0 与直线 x+(a-1)y+2=0 垂直，求 a 的值', '\\frac{2}{3}', True),
        ('The lines ax+2y-1=0 and x+(a-1)y+2=0 are perpendicular. Find a.', '\\frac{2}{3}', False),
    ],
    'lines.distance': [
        ('点 $(2,1)$ 到直线 $3x+4y-5=0$ 的距离为', '1', True),
        ('求点 (2,1) 到直线 3x+4y-5=0 的距离', '1', True),
        ('Find the distance from the point (2,1) to the line 3x+4y-5=0.', '1', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_lines_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

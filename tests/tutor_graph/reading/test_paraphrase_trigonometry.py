"""Paraphrase table, trigonometry (三角函数): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'trig.value': [
        ('$\\sin 30^{\\circ}\\cos 60^{\\circ}+\\cos 30^{\\circ}\\sin 60^{\\circ}=$', '1', True),
        ('计算 sin30°cos60°+cos30°sin60°', '1', True),
        ('Compute sin(30°)cos(60°)+cos(30°)sin(60°).', '1', True),
    ],
    'trig.from_tangent': [
        ('已知 $\\tan\\alpha=3$，则 $\\frac{\\sin\\alpha+\\cos\\alpha}{\\sin\\alpha-\\cos\\alpha}=$', '2', True),
        ('已知 tanα=3，求 (sinα+cosα)/(sinα-cosα) 的值', '2', False),
        ('Given tan(a)=3, find (sin(a)+cos(a))/(sin(a)-cos(a)).', '2', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_trigonometry_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

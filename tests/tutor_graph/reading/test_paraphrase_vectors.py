"""Paraphrase table, plane vectors (平面向量): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'vector.dot': [
        ('已知向量 $\\vec a=(1,2)$，$\\vec b=(3,-1)$，则 $\\vec a\\cdot\\vec b=$', '1', True),
        ('已知向量 a=(1,2)，b=(3,-1)，求 a·b', '1', True),
        ('Given vectors a=(1,2), b=(3,-1), find a·b.', '1', True),
    ],
    'vector.perpendicular': [
        ('已知向量 $\\vec a=(1,2)$，$\\vec b=(x,1)$，若 $\\vec a\\perp\\vec b$，则 $x=$', '-2', True),
        ('已知向量 a=(1,2)，b=(x,1)，且 a 与 b 垂直，求 x', '-2', True),
        ('Given vectors a=(1,2), b=(x,1). If a ⊥ b, find x.', '-2', True),
    ],
    'vector.parallel': [
        ('已知向量 $\\vec a=(2,4)$，$\\vec b=(1,m)$，若 $\\vec a\\parallel\\vec b$，则 $m=$', '2', True),
        ('已知向量 a=(2,4)，b=(1,m)，且 a 与 b 平行，求 m', '2', True),
        ('Given vectors a=(2,4), b=(1,m). If a ∥ b, find m.', '2', True),
    ],
    'vector.modulus': [
        ('已知向量 $\\vec a=(3,4)$，则 $|\\vec a|=$', '5', True),
        ('已知向量 a=(3,4)，求 |a|', '5', True),
        ('Given the vector a=(3,4), find |a|.', '5', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_vectors_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

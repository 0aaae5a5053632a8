"""Paraphrase table, complex numbers, sets, exponents and logarithms (复数、集合、指数对数): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'complex.arithmetic': [
        ('$\\frac{2}{1+\\mathrm{i}}=$', '1-i', True),
        ('计算 2/(1+i)', '1-i', True),
        ('Compute 2/(1+i).', '1-i', True),
    ],
    'complex.modulus': [
        ('若 $z=3+4\\mathrm{i}$，则 $|z|=$', '5', True),
        ('已知复数 z=3+4i，求 |z|', '5', True),
        ('Find the modulus of 3+4i.', '5', True),
    ],
    'set.operations': [
        ('已知集合 $A=\\{1,2,3\\}$，$B=\\{2,3,4\\}$，则 $A\\cap B=$', '\\{2,3\\}', True),
        ('设集合 A={1,2,3}，B={2,3,4}，求 A∩B', '\\{2,3\\}', True),
        ('Let A={1,2,3} and B={2,3,4}. Find A∩B.', '\\{2,3\\}', True),
    ],
    'explog.evaluate': [
        ('$\\log_{2}8+\\lg 100=$', '5', True),
        ('计算 log_2 8 + lg100', '5', True),
        ('Compute \\log_2 8 + \\log_{10} 100.', '5', True),
    ],
    'explog.equation': [
        ('方程 $2^{x}=16$ 的解为', 'x=4', True),
        ('解方程 2^x=16', 'x=4', True),
        ('Solve 2^x=16.', 'x=4', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_numbers_sets_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

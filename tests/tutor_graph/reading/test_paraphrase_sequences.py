"""Paraphrase table, sequences (数列): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'sequence.arithmetic': [
        ('已知等差数列 $\\{a_n\\}$ 中，$a_3=5$，$a_7=13$，则 $a_{10}=$ ____', '19', True),
        ('等差数列 {a_n} 的第 3 项是 5，第 7 项是 13，求 a_10', '19', True),
        ('In an arithmetic sequence {a_n}, a_3=5 and a_7=13. Find a_10.', '19', True),
    ],
    'sequence.geometric': [
        ('在等比数列 $\\{a_n\\}$ 中，$a_2=6$，$a_5=162$，则 $a_1=$', '2', False),
        ('等比数列 {a_n} 中 a_2=6，a_5=162，求首项 a_1', '2', False),
        ('In a geometric sequence {a_n}, a_2=6 and a_5=162. Find a_1.', '2', False),
    ],
    'sequence.arith_sum': [
        ('记 $S_n$ 为等差数列 $\\{a_n\\}$ 的前 $n$ 项和，若 $a_1=2$，$d=3$，则 $S_{10}=$', '155', True),
        ('等差数列 {a_n} 的首项为 2，公差为 3，求前 10 项和 S_10', '155', True),
        ('An arithmetic sequence {a_n} has a_1=2 and d=3. Find S_10.', '155', True),
    ],
    'sequence.recurrence': [
        ('数列 $\\{a_n\\}$ 满足 $a_1=1$，$a_{n+1}=2a_n+1$，则 $a_5=$', '31', True),
        ('已知数列 {a_n} 的首项 a_1=1，且 a_{n+1}=2a_n+1，求 a_5', '31', True),
        ('A sequence {a_n} satisfies a_1=1 and a_{n+1}=2a_n+1. Find a_5.', '31', True),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_sequences_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

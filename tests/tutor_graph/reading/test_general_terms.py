"""The general term (通项公式) and S_n of arithmetic / geometric sequences as formulas in n, every solution listed."""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_answered

CASES = [
    ("记 $S_{n}$ 为等差数列 $\\{a_{n}\\}$ 的前 $n$ 项和, 已知 $a_{1}=-7, S_{3}=-15$. 求 $\\{a_{n}\\}$ 的通项公式", "a_n=2n-9"),
    ("已知等差数列 {a_n} 的首项为 2，公差为 3，求通项公式 a_n", "a_n=3n-1"),
    ("An arithmetic sequence {a_n} has a_1=2 and d=3. Find a_n.", "a_n=3n-1"),
    ("记 S_n 为等差数列 {a_n} 的前 n 项和, 已知 a_1=-7, S_3=-15. 求 S_n", "S_n=n^2-8n"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_general_term(text, expected):
    first = assert_answered(text, expected)
    assert any(s["claim"].startswith(("a_n =", "S_n =")) for s in first["steps"])  # the formula itself is checked


def test_every_solution_is_listed():
    first = assert_answered("等比数列 $\\{a_{n}\\}$ 中, $a_{1}=1, a_{5}=4 a_{3}$. 求 $\\{a_{n}\\}$ 的通项公式", "a_n=2^{n-1} 或 a_n=(-2)^{n-1}")
    assert "或" in first["final_answer"]

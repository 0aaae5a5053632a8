"""Sequence facts of exam text: 前 k 项和为 N, 公差不为 0, a_i, a_j, a_k 成等比数列, 各项均为正数的等比数列."""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "sum_given": [("3. 已知等差数列 $\\left\\{a_{n}\\right\\}$ 前 9 项的和为 $27, a_{10}=8$, 则 $a_{20}=(\\quad)$\nA. 16\nB. 17\nC. 18\nD. 19", "C"),
                  ("等差数列 {a_n} 的前 9 项和为 27, a_{10}=8, 求 a_{20}", "18"),
                  ("In an arithmetic sequence {a_n}, the sum of the first 9 terms is 27 and a_{10}=8. Find a_{20}.", "18")],
    "nonzero_difference": [("9. 等差数列 $\\left\\{a_{n}\\right\\}$ 的首项为 1, 公差不为 0 . 若 $a_{2}, a_{3}, a_{6}$ 成等比数列, 则 $\\left\\{a_{n}\\right\\}$ 前 6 项的和为 $(\\quad)$\nA. -24\nB. -3\nC. 3\nD. 8", "A"),
                           ("等差数列 {a_n} 的首项为 1, 公差不为 0, 且 a_2, a_3, a_6 成等比数列, 求 S_6", "-24"),
                           ("In an arithmetic sequence {a_n}, a_1=1, the common difference is nonzero, and a_2, a_3, a_6 form a geometric sequence. Find S_6.", "-24")],
    "positive_terms": [("5.已知各项均为正数的等比数列 $\\left\\{a_{n}\\right\\}$ 的前 4 项和为 15 , 且 $a_{5}=3 a_{3}+4 a_{1}$, 则 $a_{3}=(\\quad)$\nA. 16\nB. 8\nC. 4\nD. 2", "C"),
                       ("已知各项均为正数的等比数列 {a_n} 的前 4 项和为 15, 且 a_5=3a_3+4a_1, 求 a_3", "4"),
                       ("已知各项均为正数的等比数列 {a_n} 的前 3 项和为 7, 且 a_3=4a_1, 求 a_5", "16")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_sequence_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_without_the_nonzero_difference_two_answers_remain_and_none_is_given():
    _, first = answered("等差数列 {a_n} 的首项为 1, 且 a_2, a_3, a_6 成等比数列, 求 S_6")
    assert first is None  # d = 0 gives 6, d = -2 gives -24


def test_a_planted_wrong_term_is_refuted():
    reading = read("等差数列 {a_n} 的前 9 项和为 27, a_{10}=8, 求 a_{20}")
    assert reading["complete"]
    assert back_substitute(reading, "17").status == "refuted"

"""Expansions: the constant term, a coefficient, a parameter fixed by a coefficient or by the sum of coefficients.

Each kind in exam LaTeX, plain textbook Chinese and English; planted wrong answers are refused.
"""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "constant_term": [("14. $\\left(x^{2}+\\frac{1}{x}\\right)^{6}$ 的展开式中常数项是 (用数字作答).", "15"),
                      ("求 (x^2 + 1/x)^6 的展开式中的常数项", "15"),
                      ("Find the constant term in the expansion of (x^2 + 1/x)^6.", "15")],
    "coefficient": [("13. $(x-y)(x+y)^{6}$ 的展开式中 $x^{2} y^{5}$ 的系数为___. (用数字填写答案)", "-9"),
                    ("求 (2x+\\sqrt{x})^4 的展开式中 x^3 的系数", "24"),
                    ("Find the coefficient of x^2 in the expansion of (1+x)^6.", "15")],
    "parameter": [("13. $(x+a)^{5}$ 的展开式中, $x^{2}$ 的系数为 80, 则 $a=$", "2"),
                  ("已知 (1+ax)(1+x)^4 的展开式中 x^2 的系数为 2，求 a", "-1"),
                  ("已知 $(a+x)(1+x)^{4}$ 的展开式中 $x$ 的奇数次幂项的系数之和为 24, 则 $a=$", "2")],
    "sum_then_term": [("8. $\\left(x+\\frac{a}{x}\\right)\\left(2 x-\\frac{1}{x}\\right)^{5}$ 的展开式中各项系数的和为 2, 则该展开式中常数项为 $(\\quad)$\n"
                       "A. -40\nB. -20\nC. 20\nD. 40", "D"),
                      ("已知 (x+a/x)(2x-1/x)^5 的展开式中各项系数的和为 2, 则该展开式中常数项为", "40"),
                      ("已知 (1+ax)^3 的展开式中各项系数的和为 27, 求该展开式中 x^2 的系数", "12")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_expansion_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


def test_the_sum_of_coefficients_is_a_checked_formula_that_refutes_a_wrong_parameter():
    reading = read("已知 $(a+x)(1+x)^{4}$ 的展开式中 $x$ 的奇数次幂项的系数之和为 32, 则 $a=$")
    assert reading["complete"]
    assert back_substitute(reading, "a=3").status == "verified"
    assert back_substitute(reading, "a=5").status == "refuted"


def test_a_coefficient_with_two_real_solutions_is_not_answered():
    # 15 a^2 = 60 gives a = ±2: the text does not say which, so nothing is answered
    _, first = answered("$(x+a)^{6}$ 的展开式中 $x^{4}$ 的系数为 60, 则 $a=$")
    assert first is None


def test_a_wrong_option_set_gives_no_letter():
    _, first = answered("$\\left(x^{2}+\\frac{1}{x}\\right)^{6}$ 的展开式中常数项为 $(\\quad)$\nA. 6\nB. 20\nC. 30\nD. 60")
    assert first is None

"""Sequences defined term by term: the reading of the sum and the recurrence, a term's value, the least n."""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_answered
from tutor_graph.reading import read

LEAST = [
    ("已知数列 $\\{a_n\\}$ 满足 $a_1=1$，$a_{n+1}=\\frac{a_n}{2a_n+1}$。设 $b_n=a_na_{n+1}$，$T_n$ 为 $\\{b_n\\}$ 的前 $n$ 项和，"
     "求使 $T_n>\\frac{9}{20}$ 成立的最小正整数 $n$。", "5"),
    ("数列 {a_n} 中，a_1=2，a_{n+1}=2a_n，{a_n} 的前 n 项和为 S_n，求使 S_n>100 成立的最小正整数 n", "6"),
    ("设数列 {a_n} 满足 a_1=1, a_{n+1}=a_n+3，记 {a_n} 的前 n 项和为 S_n，则使 S_n>=50 成立的最小正整数 n 为", "6"),
]
TERMS = [
    ("已知数列 {a_n} 满足 a_1=1，a_{n+1}=\\frac{a_n}{a_n+1}，求 a_4", "\\frac{1}{4}"),
    ("数列 $\\{a_n\\}$ 中, $a_1=3$, $a_{n+1}=3a_n-2$, 则 $a_3=$ ____", "19"),
    ("已知 a_1=1, a_{n+1}=a_n+n，求 a_5 的值", "11"),
]


def test_the_sum_and_the_recurrence_are_read_as_given():
    reading = read(LEAST[0][0])
    claims = [g["claim"] for g in reading["givens"]]
    assert "T_n=\\sum_{k=1}^{n} b_k" in claims  # the sum is a given, not a dropped phrase
    assert "a_{n+1}=\\frac{a_n}{2a_n+1}" in claims  # the {a_n} inside \frac is not taken for the sequence's name
    assert reading["complete"] and reading["goals"][0]["kind"] == "least"


@pytest.mark.parametrize(("text", "expected"), LEAST)
def test_least_n_is_found_term_by_term(text, expected):
    first = assert_answered(text, expected)
    assert first["steps"][-1]["claim"]  # the condition at the answer is a checked claim


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_a_term_of_a_recurrence(text, expected):
    assert_answered(text, expected)


def test_a_term_the_givens_do_not_fix_is_not_answered():
    from tutor_graph.checks import run_bounded

    reading = read("已知数列 {a_n} 满足 a_{n+1}=2a_n，求 a_5")  # no first term: nothing to compute from
    assert not run_bounded("reading.answer", reading, "zh", timeout_s=120)

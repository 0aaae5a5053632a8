"""Monotonic intervals from the sign of the derivative, in three phrasings, with a parameter put in."""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_answered
from tutor_graph.reading import read

CASES = [
    ("设函数 $f(x)=e^{x}-1-x-a x^{2}$. 若 $a=0$, 求 $f(x)$ 的单调区间", "增区间 $(0, +\\infty)$；减区间 $(-\\infty, 0)$"),
    ("已知函数 f(x)=x^3-3x^2+2，求 f(x) 的单调区间", "增区间 $(-\\infty, 0)$, $(2, +\\infty)$；减区间 $(0, 2)$"),
    ("求函数 $f(x)=x^{3}-3 x$ 的单调区间", "增区间 $(-\\infty, -1)$, $(1, +\\infty)$；减区间 $(-1, 1)$"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_monotonic_intervals(text, expected):
    from tutor_graph.checks import run_bounded

    reading = read(text)
    assert reading["complete"] and reading["goals"][0]["kind"] == "interval"
    first = run_bounded("reading.answer", reading, "zh", timeout_s=120)[0]
    assert first["final_answer"] == expected
    assert first["verified"]
    signs = [s for s in first["steps"] if s["claim"]]
    assert len(signs) == 2 and all(s["verdict"]["status"] == "verified" for s in signs)  # f' > 0 and f' < 0, checked


def test_a_wrong_sign_set_would_be_refuted():
    from tutor_graph.checks import check_step

    assert check_step("3x^2-3 > 0 ⇔ -1 < x < 1").status == "refuted"  # the claim form the chain uses can fail


def test_the_paraphrase_helper_is_used_here_too():
    assert_answered("求函数 f(x)=x^3-3x 在 [0,2] 上的最大值", "2")

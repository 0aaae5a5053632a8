"""Phrasings the paraphrase tables found answered wrongly (not verified, but wrong): now answered right.

- "\\hat y=1.5x+\\hat a … \\bar y=8": the mean ȳ was read as the 1 of "1.5x" (LaTeX hats and bars both
  normalise to bar{…}), predicting 10 instead of 17;
- "A point M on the parabola … Find the x-coordinate of M": read as asking the focus, answered (2, 0);
- "|a|=3, |b|=2, a·b=3√3": the dot product read as 3 (the surd dropped), angle π/3 instead of π/6;
- "stretched horizontally to 3 times its width and then shifted left by π/2": the stretch ignored.
"""

from __future__ import annotations

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved


@pytest.mark.parametrize(("text", "expected"), [
    (r"(5 分) 已知 $x$ 与 $y$ 之间的经验回归方程为 $\hat y=1.5x+\hat a$，且 $\bar x=4$，$\bar y=8$，"
     r"则当 $x=10$ 时，$y$ 的预测值为 ____", "17"),
    (r"已知回归方程 $\hat y=2.5x+\hat a$，样本中心 $\bar x=2$，$\bar y=7$，求 $x=4$ 时的预测值", "12"),
    ("A point M on the parabola y^2 = 8x is at distance 6 from the focus. Find the x-coordinate of M.", "4"),
    ("已知 |a|=3，|b|=2，a·b=3√3，求 a 与 b 的夹角", r"\frac{\pi}{6}"),
    (r"已知 $|\vec a|=3$，$|\vec b|=2$，$\vec a\cdot\vec b=3\sqrt{3}$，求 $\vec a$ 与 $\vec b$ 的夹角", r"\frac{\pi}{6}"),
    ("Vectors a and b satisfy |a| = 3, |b| = 2 and a·b = 3√3. Find the angle between them.", r"\frac{\pi}{6}"),
])
def test_misread_phrasings_are_answered_right(text, expected):
    assert_solved(text, expected, verified=False)


def test_an_unread_wording_of_it_is_left_unanswered_rather_than_answered_as_the_focus():
    from tutor_graph.reading.bench import answer_text

    out = answer_text("Point Q lies on the parabola y^2 = 4x and is 5 away from the focus. Find the x-coordinate of Q.")
    assert out["answer"] in (None, "$4$")  # never "(1, 0)", the focus


def test_the_focus_itself_is_still_asked_as_before():
    assert_solved("Find the focus of the parabola y^2 = 8x.", "(2, 0)", verified=True)


@pytest.mark.parametrize("text", [
    "The graph of y = sin x is stretched horizontally to 3 times its width and then shifted left by π/2.",
    "Stretch the x-coordinates of y = sin x to 3 times, then shift left by π/2. Find the new function.",
    "已知 |a|=3，|b|=2，a·b=3+1，求 a 与 b 的夹角",
])
def test_a_condition_no_pattern_reads_leaves_the_problem_unanswered(text):
    from tutor_graph.reading.bench import answer_text

    assert answer_text(text)["answer"] is None


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("在△ABC中，A=30°，B=45°，a=2，求 b", r"2\sqrt{2}", "3"),
    ("△ABC 中，B=30°，C=45°，c=4，求 b", r"2\sqrt{2}", "4"),
])
def test_a_triangle_side_is_not_refuted_by_a_law_with_another_side_unknown(text, right, wrong):
    from tutor_graph.reading import back_substitute, read

    reading = read(text)
    assert back_substitute(reading, right).status != "refuted"
    assert back_substitute(reading, wrong).status != "verified"
    assert_solved(text, right, verified=False)

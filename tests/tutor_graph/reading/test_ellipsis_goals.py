"""A sum written with an ellipsis is read whole; a goal cut to a fragment is never a complete reading.

Regression: "计算 i+i^2+i^3+…+i^2023 的值" was read as the goal "+i^2023" with a complete reading, so the
general strategy answered -i and it was labelled verified (the answer is -1)."""

from __future__ import annotations

import pytest

from tutor_graph.checks import grade
from tutor_graph.reading import read
from tutor_graph.reading.bench import answer_text


@pytest.mark.parametrize("text", ["计算 i+i^2+i^3+…+i^2023 的值", "计算 $i+i^2+i^3+\\cdots+i^{2023}$ 的值",
                                  "计算 i+i^2+i^3+⋯+i^{2023} 的值", "计算 i+i^2+i^3+...+i^2023 的值"])
def test_an_ellipsis_sum_is_read_whole_and_never_answered_wrong(text):
    reading = read(text)
    assert reading["goals"][0]["expression"].startswith("i+i^2"), reading["goals"]
    out = answer_text(text)
    if out["answer"]:
        assert grade("-1", out["answer"]).correct, out
    assert not (out["verified"] and not grade("-1", out["answer"] or "").correct)


def test_a_goal_cut_to_a_fragment_leaves_the_reading_partial():
    reading = read("计算 2+3→+4 的值")  # "→" is no formula symbol the asking rules know: the goal is cut at it
    fragment = [g for g in reading["goals"] if g["expression"].lstrip().startswith("+")]
    assert fragment and not reading["complete"] and reading["unread"]

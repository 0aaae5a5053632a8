"""Several goals in one problem: each goal answered and checked on its own, the final answer listing each part."""

import pytest

from tutor_graph.checks import grade, run_bounded
from tutor_graph.reading import back_substitute, read
from tutor_graph.reading.goals import labels, split_answer, sub_reading

MULTI = [  # (problem, expected answer of each goal, in order)
    ("求函数 f(x)=x^3-3x 的单调区间和极值", ["增区间 (-\\infty,-1),(1,+\\infty)；减区间 (-1,1)", "极大值 2，极小值 -2"]),
    ("已知函数 $f(x)=x^{3}-3 x$，求 $f(x)$ 的单调区间和极值。", ["增区间 (-\\infty,-1),(1,+\\infty)；减区间 (-1,1)",
                                                      "极大值 2，极小值 -2"]),
    ("已知 x>0, y>0, 且 x+y=1. (1) 求 xy 的最大值; (2) 求 1/x+1/y 的最小值.", ["\\frac{1}{4}", "4"]),
    ("已知 $x>0$, $y>0$, 且 $x+y=1$.\n(1) 求 $xy$ 的最大值;\n(2) 求 $\\frac{1}{x}+\\frac{1}{y}$ 的最小值.", ["\\frac{1}{4}", "4"]),
    ("Let f(x)=x^2-4x+3. (1) Find f(1). (2) Find the minimum value of f(x).", ["0", "-1"]),
    ("已知 f(x)=x^2+ax. (1) 若 a=2, 求 f(1) 的值; (2) 若 a=-2, 求 f(1) 的值.", ["3", "-1"]),
]


def _answer(text):
    reading = read(text)
    assert reading["complete"], reading["unread"]
    assert len(reading["goals"]) == 2
    solutions = run_bounded("reading.answer", reading, "zh", timeout_s=120)
    assert solutions, f"nothing answered {text!r}"
    return reading, solutions[0]


@pytest.mark.parametrize(("text", "expected"), MULTI)
def test_each_goal_is_answered_and_checked(text, expected):
    reading, first = _answer(text)
    marks = labels(reading["goals"])
    parts = split_answer(first["final_answer"], marks)
    assert parts is not None, first["final_answer"]
    for want, got in zip(expected, parts, strict=True):
        assert got and (grade(want, got).correct or got.replace("$", "").replace(" ", "") == want.replace(" ", "")), (want, got)
    assert first["verified"]
    assert all(any(s["question"].startswith(m) for s in first["steps"]) for m in marks)  # steps labelled by goal
    assert back_substitute(reading, first["final_answer"]).passed


def test_a_given_of_one_part_does_not_reach_another():
    reading = read(MULTI[-1][0])
    first, second = (sub_reading(reading, g) for g in reading["goals"])
    assert [g["claim"] for g in first["givens"] if g["claim"].startswith("a")] == ["a=2"]
    assert [g["claim"] for g in second["givens"] if g["claim"].startswith("a")] == ["a=-2"]


def test_a_wrong_part_fails_back_substitution():
    reading = read(MULTI[-1][0])
    assert back_substitute(reading, "（1）3；（2）-1").status == "verified"
    assert back_substitute(reading, "（1）3；（2）1").status == "refuted"  # part (2) planted wrong
    assert back_substitute(reading, "3").status == "unknown"  # one value for two goals: not checkable as such


def test_labels_follow_the_parts():
    assert labels([{"part": "(1)"}, {"part": "(2)"}]) == ["（1）", "（2）"]
    assert split_answer("（1）a=1；（2）未解答", ["（1）", "（2）"]) == ["a=1", "未解答"]
    assert split_answer("a=1", ["（1）", "（2）"]) is None


@pytest.mark.slow
def test_the_solve_graph_answers_both_goals():
    from tutor_graph.context import Settings
    from tutor_graph.solve import solve

    result = solve("求函数 f(x)=x^3-3x 的单调区间和极值", Settings())
    first = result["solutions"][0]
    assert "（1）" in first["final_answer"] and "（2）" in first["final_answer"]
    assert first["verified"]
    assert len(result["reading"]["goals"]) == 2


def test_the_reading_says_which_part_a_given_belongs_to():
    from tutor_graph.reading import describe

    text = describe(read(MULTI[-1][0]))
    assert "(1) a=2" in text and "(2) a=-2" in text

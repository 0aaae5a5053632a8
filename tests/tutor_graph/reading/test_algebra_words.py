"""What the reader formalises for the algebra types (issue #11: detectors take their parameters from the Reading):
solution sets, rectangles, points passed through, 比较…的大小, English ranges and extremes, options after （　）,
equations and inequalities written with LaTeX."""

from __future__ import annotations

import pytest

from tutor_graph.reading import read
from tutor_graph.specialist.problem import Problem


def _claims(text: str) -> list[str]:
    return [g["claim"] for g in read(text)["givens"]]


def _goals(text: str) -> list[tuple[str, str]]:
    return [(g["kind"], g["expression"]) for g in read(text)["goals"]]


@pytest.mark.parametrize(("text", "claim"), [
    ("已知不等式 $ax^2+bx-2<0$ 的解集为 $(-1,2)$，求 $a+b$ 的值。", "ax^2+bx-2<0 \\Leftrightarrow x \\in (-1,2)"),
    ("The solution set of ax^2 + bx + 6 > 0 is (-2, 3). Find a - b.", "ax^2 + bx + 6 > 0 \\Leftrightarrow x \\in (-2, 3)"),
    ("已知不等式 $ax^2+bx+2>0$ 的解集为 $(-\\frac{1}{2},\\frac{1}{3})$，求 $a+b$ 的值。",
     "ax^2+bx+2>0 \\Leftrightarrow x \\in (-\\frac{1}{2},\\frac{1}{3})"),
])
def test_a_stated_solution_set_is_a_given_and_its_words_are_read(text, claim):
    reading = read(text)
    assert claim in _claims(text)
    assert reading["unread"] == []


def test_a_solution_set_of_no_inequality_in_x_is_not_a_given():
    assert not any("Leftrightarrow" in c for c in _claims("已知集合 A 的解集为 (1,2)，求 a 的值。"))


@pytest.mark.parametrize(("text", "value", "asked"), [
    ("一个矩形的周长为 24，求它面积的最大值。", "perimeter=24", "area"),
    ("矩形的面积为 8，求周长的最小值。", "area=8", "perimeter"),
    ("A rectangle has area 36. Find its smallest possible perimeter.", "area=36", "perimeter"),
])
def test_a_rectangle_carries_its_measure_and_the_measure_asked(text, value, asked):
    reading = read(text)
    assert [(o["kind"], o["value"]) for o in reading["objects"]] == [("rectangle", value)]
    assert _goals(text) == [("extremum", asked)]
    assert reading["unread"] == []


def test_the_area_asked_of_another_figure_is_not_a_rectangles_measure():
    assert ("extremum", "area") not in _goals("求△ABC面积的最大值。")


@pytest.mark.parametrize("text", ["二次函数的图象经过点 $(0,3)$、$(1,0)$、$(3,0)$，求它的解析式。",
                                  "A quadratic function passes through (0, 3), (1, 0) and (3, 0). Find its expression."])
def test_unnamed_points_passed_through_are_point_objects(text):
    assert [o["value"] for o in read(text)["objects"] if o["kind"] == "point"] == ["(0,3)", "(1,0)", "(3,0)"]


@pytest.mark.parametrize(("text", "goal"), [
    ("比较 $x^2+3$ 与 $2x$ 的大小。", ("compare", "x^2+3, 2x")),
    ("Compare (x-1)^2 and x^2 - 2x.", ("compare", "(x-1)^2, x^2 - 2x")),
    ("Given 1 < a < 3 and 2 < b < 4, find the range of a + 2b.", ("range", "a + 2b")),
    ("If x^2 + 2x + m > 0 holds for all real x, find the range of m.", ("range", "m")),
    ("For $x>0$, find the minimum of $x+\\frac{4}{x}$ and where it is attained.", ("extremum", "x+\\frac{4}{x}")),
])
def test_what_is_asked_is_read_without_the_words_around_it(text, goal):
    assert _goals(text) == [goal]


@pytest.mark.parametrize(("text", "claim"), [
    ("The equation x^2 - 2x + 2k = 0 has real roots. Find the range of k.", "x^2 - 2x + 2k = 0"),
    ("If x^2 + 2x + m > 0 holds for all real x, find the range of m.", "x^2 + 2x + m > 0"),
    ("For $x>0$, find the minimum of $x+\\frac{4}{x}$.", "x>0"),
])
def test_english_words_around_a_given_formula_are_not_part_of_its_claim(text, claim):
    assert _claims(text) == [claim]


def test_options_right_after_the_blank_brackets_are_read_and_the_stem_keeps_its_givens():
    text = "若 $a>b>0$，$c<0$，则下列不等式成立的是（　）A. $ac>bc$ B. $\\frac{a}{c}>\\frac{b}{c}$ C. $a^2<b^2$ D. $c<a$"
    reading = read(text)
    assert reading["options"] == {"A": "ac>bc", "B": "\\frac{a}{c}>\\frac{b}{c}", "C": "a^2<b^2", "D": "c<a"}
    assert _claims(text) == ["a>b>0", "c<0"] and _goals(text) == [("choice", "")]


def test_the_givens_before_which_must_hold_are_read():
    text = "If a<b<0, which of the following must hold? A. 1/a<1/b B. a^2<b^2 C. ab<b^2 D. b/a<1"
    assert _claims(text) == ["a<b<0"] and _goals(text) == [("choice", "")] and read(text)["unread"] == []


def test_latex_relations_of_the_reading_parse_for_the_detectors():
    p = Problem("若不等式 $x^2-ax+4\\ge 0$ 对一切实数 $x$ 恒成立，求实数 $a$ 的取值范围。")
    assert [op for _, op, _ in p.given_relations] == ["≥"]
    q = Problem("解方程 $\\frac{1}{x-1}=\\frac{2}{x+1}$")
    assert len(q.goal_relations) == 1 and q.goal_relations[0][1] == "="


@pytest.mark.parametrize(("text", "claim"), [
    ("已知函数 $f(x)=x^2-2ax+2$ 在区间 $[0,2]$ 上的最小值为 $-2$，求实数 $a$ 的值。", "\\min_{x \\in [0,2]} f(x) = -2"),
    ("The maximum of f(x) = -x^2 + 2ax + 1 on [0, 1] is 2. Find a.", "\\max_{x \\in [0, 1]} f(x) = 2"),
])
def test_an_extreme_value_on_an_interval_is_a_given_beside_the_definition(text, claim):
    reading = read(text)
    assert claim in _claims(text) and reading["unread"] == []
    assert [(o["name"], o["kind"]) for o in reading["objects"]] == [("f", "function")]
    assert "on" not in reading["objects"][0]["value"]


def test_the_sum_of_both_extremes_is_not_read_as_one_extreme():
    assert not any("\\min" in c or "\\max" in c
                   for c in _claims("已知函数 $f(x)=x^2-2ax$ 在区间 $[0,2]$ 上的最大值与最小值之和为 $3$，求 $a$。"))


def test_comparing_three_letters_is_left_unread_and_their_definitions_stay_givens():
    reading = read("设 a=2^{0.3}, b=0.3^2, c=\\log_2 0.3，比较 a, b, c 的大小。")
    assert reading["goals"] == [] and not reading["complete"]
    assert _claims("设 a=2^{0.3}, b=0.3^2, c=\\log_2 0.3，比较 a, b, c 的大小。") == ["a=2^{0.3}", "b=0.3^2", "c=\\log_2 0.3"]

"""The answer grader on every format of the issue: right forms pass, near misses never do."""

import pytest

from tutor_graph.checks.answers import choice_letters, extract_answer, split_unit
from tutor_graph.checks.grading import judge

SAME = [
    # numbers in exact and decimal forms, radicals, π, complex
    (r"\frac{3}{4}", "0.75"),
    (r"\frac{3}{4}", r"\dfrac{6}{8}"),
    ("12", "12.0"),
    (r"-\frac12", "-0.5"),
    (r"2\sqrt{3}", r"\sqrt{12}"),
    (r"\frac{\sqrt2}{2}", r"\frac{1}{\sqrt{2}}"),
    (r"\sqrt{2}", "1.4142"),
    (r"2\pi", "2π"),
    (r"1+2\mathrm{i}", "2i+1"),
    (r"\frac12+\frac{\sqrt3}{2}i", r"\frac{1+\sqrt{3}i}{2}"),
    # sets of roots written every way
    ("x=2 或 x=3", r"\{3, 2\}"),
    ("x=2 或 x=3", "x=3 or x=2"),
    ("x=2 或 x=3", "x_1=2, x_2=3"),
    ("x=2 或 x=3", "2, 3"),
    ("x=2或x=-2", "x=±2"),
    (r"\{1,2\}", "1或2"),
    ("-1", "k=-1"),
    # intervals, inequalities, set-builder, unions
    ("(1,3)", "1<x<3"),
    ("[1,3)", r"1\le x<3"),
    ("(1,3)", r"\{x \mid 1<x<3\}"),
    (r"(-\infty,1)\cup(2,+\infty)", "x<1 或 x>2"),
    (r"(-\infty,1)\cup(2,+\infty)", r"\{x|x<1或x>2\}"),
    (r"(-\infty, 2]", r"x \leq 2"),
    ("(1,2)", "x∈(1,2)"),
    (r"(2,+\infty)", "m>2"),
    # points vs assignments
    ("(3,2)", "x=3, y=2"),
    ("(3,2)", r"\left(3, 2\right)"),
    # equations of lines and curves
    ("y=2x+1", "2x-y+1=0"),
    ("x^2+y^2=4", "y^2+x^2-4=0"),
    # angles in degrees vs radians
    (r"\frac{\pi}{3}", r"60^\circ"),
    (r"60^\circ", r"\frac{\pi}{3}"),
    (r"60^\circ", "60°"),
    (r"60^\circ", "60"),
    # multiple choice, any order
    ("AC", "CA"),
    ("AC", "A、C"),
    ("B", "(B)"),
    ("ABD", "DBA"),
    # units and measure words
    ("46种", "46"),
    ("46", "46种"),
    ("72 km/h", "72"),
    (r"72\text{ km/h}", "72 km/h"),
    ("12 cm^2", "12"),
    ("7年", "7"),
    ("7", "7年"),
    ("3个", "3"),
    ("5 cm", "5"),
    ("2 km", "2"),
    ("12平方米", "12"),
    ("4 m", "4"),
    # a labelled answer (a function, sequence or derivative name) vs the bare expression, both ways
    ("a_n=2n-1", "2n-1"),
    ("2n-1", "a_n=2n-1"),
    ("S_n=(n-1)\\cdot 2^{n+1}+2", "(n-1)2^{n+1}+2"),
    ("f(x)=x^2-x", "x^2-x"),
    ("x^2-x", "f(x)=x(x-1)"),
    ("y'=10(2x+1)^4", "10(2x+1)^4"),
    ("10(2x+1)^4", "y'=10(2x+1)^4"),
    ("f'(x)=3x^2-3", "3(x^2-1)"),
    ("f(x)=x^2-x", "x^2-x-f(x)=0"),
    # lines joined by 或 in either order
    ("y=4x-4 或 y=0", "y=0 或 y=4x-4"),
    ("y=0 或 y=4x-4", "4x-y-4=0 或 y=0"),
    # the range of an expression, when the reference names the expression
    (r"2a-b\in(-2,4)", "(-2,4)"),
    (r"2a-b\in(-2,4)", "-2<2a-b<4"),
    ("-2<2a-b<4", r"2a-b\in(-2,4)"),
    (r"2a-b\ge 1", r"[1,+\infty)"),
]


@pytest.mark.parametrize(("reference", "prediction"), SAME)
def test_equivalent_forms_pass(reference, prediction):
    assert reference != prediction
    g = judge(extract_answer(reference), extract_answer(prediction))
    assert g.correct, g.reason


DIFFERENT = [
    (r"\frac{3}{4}", "0.7"),
    (r"-\frac12", "0.5"),
    (r"\sqrt{2}", "1.4"),  # too coarse to stand for √2
    (r"\pi", "3.14"),
    (r"2\sqrt{3}", r"4\sqrt{3}"),
    ("1+2i", "1-2i"),
    ("x=2 或 x=3", "x=2"),
    ("x=2 或 x=3", "x=2 或 x=-3"),
    ("x=2 或 x=3", r"\{2, 3, 4\}"),
    ("(1,3)", "[1,3)"),
    ("(1,3)", r"1\le x<3"),
    (r"(-\infty,1)\cup(2,+\infty)", "(1,2)"),
    (r"(-\infty,1)\cup(2,+\infty)", r"x<1 或 x\ge 2"),
    ("(3,2)", "x=2, y=3"),
    ("(3,2)", "(2,3)"),
    ("y=2x+1", "y=2x-1"),
    ("y=2x+1", "y=-2x+1"),
    (r"\frac{\pi}{3}", r"\frac{\pi}{6}"),
    (r"\frac{\pi}{3}", "60"),
    ("AC", "A"),
    ("AC", "ACD"),
    ("B", "C"),
    ("46种", "45种"),
    ("72 km/h", "72 m/s"),
    ("5", "x"),
    ("x>1", r"x\ge 1"),
    (r"\frac{50}{1001}", r"\frac{1}{20}"),  # a fraction is exact, never an approximation
    ("x=2", "y=2"),
    ("3", "3x=9"),
    ("1.5 km", "1500 m"),  # unit conversion is not attempted: a false reject, never a wrong accept
    ("7年", "8年"),
    ("7年", "8"),
    ("7年", "7月"),
    ("3个", "4"),
    # labels: the value must agree and two labels must name the same thing
    ("a_n=2n-1", "2n+1"),
    ("2n-1", "a_n=2n+1"),
    ("a_n=2n-1", "S_n=2n-1"),
    ("a_n=2n-1", "a_{n+1}=2n-1"),
    ("f(x)=x^2-x", "g(x)=x^2-x"),
    ("f(x)=x^2-x", "x^2+x"),
    ("f(x)=x^2-x", "f'(x)=x^2-x"),
    ("f(x)=x^2-x", "y=x^2-x"),  # y is an unknown of a curve, never a label
    ("y'=10(2x+1)^4", "10(2x+1)^5"),
    ("10(2x+1)^4", "y'=5(2x+1)^4"),
    ("10(2x+1)^4", "y=10(2x+1)^4"),
    ("x_1=2", "y=2"),  # a root's name is not a label
    # equation lists: every line, the same connective
    ("y=0 或 y=4x-4", "y=4x+4 或 y=0"),
    ("y=0 或 y=4x-4", "y=0"),
    ("y=0 或 y=4x-4", "y=0 或 y=4x-4 或 y=x"),
    ("y=0 或 y=4x-4", "y=0 且 y=4x-4"),
    # ranges: the same expression and the same set; a bare interval does not say which expression
    (r"2a-b\in(-2,4)", "-2<a-b<4"),
    (r"2a-b\in(-2,4)", r"-2<2a-b\le 4"),
    (r"2a-b\in(-2,4)", "(-2,5)"),
    (r"2a-b\in(-2,4)", "-2<x<4"),
    ("(-2,4)", "-2<2a-b<4"),
    ("(-2,4)", r"2a-b\in(-2,4)"),
]


@pytest.mark.parametrize(("reference", "prediction"), DIFFERENT)
def test_near_misses_fail(reference, prediction):
    g = judge(extract_answer(reference), extract_answer(prediction))
    assert not g.correct, g.reason


@pytest.mark.parametrize(("reference", "prediction", "subject", "correct"), [
    ("(-2,4)", "-2<2a-b<4", "2a-b", True),
    ("(-2,4)", r"2a-b\in(-2,4)", "2a-b", True),
    ("-2<2a-b<4", "(-2,4)", "2a-b", True),
    ("(-2,4)", "-2<a-b<4", "2a-b", False),
    ("(-2,4)", "-2<2a-b<5", "2a-b", False),
    ("(-2,4)", "-2<x<4", "2a-b", False),
    ("(-2,4)", "(-2,4)", "2a-b", True),
    ("(1,3)", "1<x<3", "x", True),
])
def test_a_range_is_accepted_when_the_grader_is_told_the_expression(reference, prediction, subject, correct):
    g = judge(extract_answer(reference), extract_answer(prediction), subject)
    assert g.correct is correct, g.reason


def test_grade_passes_the_subject_to_the_worker():
    from tutor_graph.checks import grade

    assert not grade("(-2,4)", "-2<2a-b<4").correct
    assert grade("(-2,4)", "-2<2a-b<4", subject="2a-b").correct
    assert not grade("(-2,4)", "-2<2a-b<4", subject="a-b").correct


def test_boxed_and_answer_phrases_are_extracted():
    assert extract_answer(r"由题意 a = 5，所以答案为 \boxed{\frac{1}{2}}。") == r"\frac{1}{2}"
    assert extract_answer(r"\boxed{x=\boxed{3}}") == "3"
    assert extract_answer("答案是 7。") == "7"
    assert extract_answer("The answer is: 12") == "12"


def test_choice_letters_and_units_helpers():
    assert choice_letters("A、C") == frozenset("AC")
    assert choice_letters(r"\text{(B)}") == frozenset("B")
    assert choice_letters("x = 2") is None
    assert split_unit("72 km/h") == ("72", "km/h")
    assert split_unit("46种") == ("46", "种")
    assert split_unit("2m") == ("2m", "")  # 2·m is an expression, not 2 metres
    assert split_unit("7年") == ("7", "年")
    assert split_unit("3 个月") == ("3", "个月")

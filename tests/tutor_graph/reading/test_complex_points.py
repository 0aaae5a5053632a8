"""Complex numbers as points: the quadrant asked with quadrants as options; "\\bar{z} 是 z 的共轭复数" as notation."""

import pytest

from tutor_graph.reading import read

from .exam_helpers import answered, assert_answers

QUADRANT = [
    ("2. 设 $z=-3+2 \\mathrm{i}$, 则在复平面内 $\\bar{z}$ 对应的点位于\nA. 第一象限\nB. 第二象限\nC. 第三象限\nD. 第四象限", "C"),
    ("复数 z=\\frac{2}{1+i} 在复平面内对应的点位于 A. 第一象限 B. 第二象限 C. 第三象限 D. 第四象限", "D"),
    ("In the complex plane, the point of (1-i)^2+3 lies in A. the first quadrant B. the second quadrant C. the third quadrant D. the fourth quadrant", "D"),
]


@pytest.mark.parametrize(("text", "expected"), QUADRANT)
def test_the_quadrant_is_answered(text, expected):
    assert_answers(text, expected)


def test_a_point_on_an_axis_is_in_no_quadrant():
    _, first = answered("复数 z=(1+i)^2 在复平面内对应的点位于 A. 第一象限 B. 第二象限 C. 第三象限 D. 第四象限")
    assert first is None  # 2i lies on the imaginary axis


def test_the_conjugate_notation_is_read():
    text = ("2. 已知复数 $z=\\frac{\\sqrt{3}+i}{(1-\\sqrt{3} i)^{2}}, \\bar{z}$ 是 $z$ 的共轭复数, 则 $z\\cdot\\bar{z}=(\\quad)$\n"
            "A. $\\frac{1}{4}$\nB. $\\frac{1}{2}$\nC. 1\nD. 2")
    assert read(text)["complete"]
    assert_answers(text, "A")


PARTS = [
    ("2. (5 分) 若复数 $z$ 满足 $(3-4 i) z=|4+3 i|$, 则 $z$ 的虚部为（ ）\nA. -4\nB. $-\\frac{4}{5}$\nC. 4\nD. $\\frac{4}{5}$", "D"),
    ("若复数 z 满足 (1+i)z=2, 则 z 的虚部为", "-1"),
    ("The complex number z satisfies (1-i)z=2i. Find the imaginary part of z.", "1"),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_a_part_of_a_complex_unknown_is_answered(text, expected):
    assert_answers(text, expected)

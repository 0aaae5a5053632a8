"""A tangent's slope or equation given: the point on the curve and the slope as the derivative's own definition."""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = [
    ("14. (5 分) 曲线 $y=(a x+1) e^{x}$ 在点 $(0,1)$ 处的切线的斜率为 -2 , 则 $a=$", "-3"),
    ("已知曲线 y=ax^2+x 在点 (1, a+1) 处的切线的斜率为 5, 求 a", "2"),
    ("8. 设曲线 $y=a x-\\ln (x+1)$ 在点 $(0,0)$ 处的切线方程为 $y=2 x$, 则 $a=$ (\\quad)\nA. 0\nB. 1\nC. 2\nD. 3", "D"),
    ("6. 已知曲线 $y=a \\mathrm{e}^{x}+x \\ln x$ 在点 $(1, a e)$ 处的切线方程为 $y=2 x+b$, 则 ( )\nA. $a=e, b=-1$\nB. $a=e, b=1$\n"
     "C. $a=e^{-1}, b=1$\nD. $a=e^{-1}, b=-1$", "D"),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_a_parameter_from_a_tangent_is_answered(text, expected):
    assert_answers(text, expected)


def test_the_slope_is_a_limit_the_math_layer_reads():
    reading = read("曲线 $y=(a x+1) e^{x}$ 在点 $(0,1)$ 处的切线的斜率为 -2 , 则 $a=$")
    assert reading["complete"] and any("\\lim" in g["claim"] for g in reading["givens"])
    assert back_substitute(reading, "a=-3").status == "verified"
    assert back_substitute(reading, "a=-2").status == "refuted"


def test_a_logarithm_keeps_its_argument():
    # "\ln x" at x = 1 is \ln(1), never \ln times 1
    reading = read("已知曲线 y=a e^{x}+x \\ln x 在点 (1, a e) 处的切线的斜率为 2, 求 a")
    assert not any("\\ln *" in g["claim"] for g in reading["givens"])
    _, first = answered("已知曲线 y=a e^{x}+x \\ln x 在点 (1, a e) 处的切线的斜率为 2, 求 a")
    assert first is not None and first["final_answer"].strip("$") in ("e^{-1}", "\\frac{1}{e}")

"""Conic sections read and solved: eccentricity, asymptotes, focal length, foci, directrix, equation, a parameter.

Each kind in exam LaTeX, plain textbook Chinese and English; planted wrong answers are refused.
"""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "eccentricity": [("已知椭圆 $C: \\frac{x^{2}}{25}+\\frac{y^{2}}{9}=1$, 则 $C$ 的离心率为 ____", "\\frac{4}{5}"),
                     ("求椭圆 x^2/25 + y^2/9 = 1 的离心率。", "4/5"),
                     ("Find the eccentricity of the ellipse x^2/25 + y^2/9 = 1.", "4/5")],
    "asymptote": [("5. 已知双曲线 $C: \\frac{x^{2}}{a^{2}}-\\frac{y^{2}}{b^{2}}=1(a>0, b>0)$ 的离心率为 $\\sqrt{5}$, 则 $C$ 的渐近线方程为 $(\\quad)$\n"
                   "A. $y= \\pm \\frac{1}{2} x$\nB. $y= \\pm 2 x$\nC. $y= \\pm 4 x$\nD. $y= \\pm \\sqrt{5} x$", "B"),
                  ("已知双曲线 x^2/a^2 - y^2/b^2 = 1 (a>0, b>0) 的离心率为 2，求它的渐近线方程", "y=\\pm\\sqrt{3}x"),
                  ("Find the asymptotes of the hyperbola x^2/4 - y^2/9 = 1.", "y=\\pm \\frac{3}{2}x")],
    "focal": [("13. 已知双曲线 $C: \\frac{x^{2}}{m}-y^{2}=1(m>0)$ 的一条渐近线为 $x+2 y=0$, 则 $C$ 的焦距为", "2\\sqrt{5}"),
              ("双曲线 x^2/4 - y^2/5 = 1 的焦距为", "6"),
              ("Find the focal length of the hyperbola x^2/4 - y^2/5 = 1.", "6")],
    "focus": [("抛物线 $y^{2}=8 x$ 的焦点坐标是 ____", "(2,0)"), ("求抛物线 y^2 = 8x 的焦点坐标", "(2,0)"),
              ("Find the focus of the parabola y^2 = 8x.", "(2,0)")],
    "directrix": [("抛物线 $x^{2}=4 y$ 的准线方程为", "y=-1"), ("求抛物线 x^2 = 4y 的准线方程", "y=-1"),
                  ("Find the directrix of the parabola x^2 = 4y.", "y=-1")],
    "equation": [("已知双曲线 $C: \\frac{x^{2}}{a^{2}}-\\frac{y^{2}}{b^{2}}=1 \\quad(a>0, b>0)$ 的一条渐近线方程为 $y=2 x$, 且与椭圆 "
                  "$\\frac{x^{2}}{12}+\\frac{y^{2}}{7}=1$ 有公共焦点, 则 $C$ 的方程为 $(\\quad)$\nA. $\\frac{x^{2}}{4}-\\frac{y^{2}}{1}=1$\n"
                  "B. $x^{2}-\\frac{y^{2}}{4}=1$\nC. $\\frac{x^{2}}{2}-\\frac{y^{2}}{3}=1$\nD. $\\frac{x^{2}}{3}-\\frac{y^{2}}{2}=1$", "B"),
                 ("已知双曲线 x^2/a^2 - y^2/b^2 = 1 (a>0, b>0) 的焦距为 10, 实轴长为 6, 求双曲线的方程", "x^2/9-y^2/16=1"),
                 ("The hyperbola x^2/a^2 - y^2/b^2 = 1 (a>0, b>0) has focal length 10 and eccentricity 5/3. Find the equation of the hyperbola.",
                  "x^2/9-y^2/16=1")],
    "parameter": [("已知双曲线 $\\frac{x^{2}}{m}-y^{2}=1(m>0)$ 的一条渐近线为 $y=\\frac{1}{2} x$, 则 $m=$", "4"),
                  ("已知抛物线 y^2 = 2px (p>0) 的焦点坐标为 (2,0)，求 p", "4"),
                  ("The parabola y^2 = 2px (p>0) has focus (3,0). Find p.", "6")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_conic_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


def test_a_planted_wrong_parameter_is_refuted_by_back_substitution():
    reading = read("已知双曲线 $\\frac{x^{2}}{m}-y^{2}=1(m>0)$ 的一条渐近线为 $y=\\frac{1}{2} x$, 则 $m=$")
    assert reading["complete"]
    assert back_substitute(reading, "m=2").status == "refuted"
    assert back_substitute(reading, "4").status == "verified"


def test_no_option_is_chosen_when_none_is_right():
    _, first = answered("已知双曲线 $C: \\frac{x^{2}}{a^{2}}-\\frac{y^{2}}{b^{2}}=1(a>0, b>0)$ 的离心率为 $\\sqrt{5}$, "
                        "则 $C$ 的渐近线方程为 $(\\quad)$\nA. $y= \\pm \\frac{1}{2} x$\nB. $y= \\pm 3 x$\nC. $y= \\pm 4 x$\nD. $y= \\pm \\sqrt{5} x$")
    assert first is None


def test_an_ellipse_whose_focal_axis_is_not_known_stays_partial():
    # x²/(3p) + y²/p = 1: which denominator is larger is not read from the text, so its foci are not formalised
    reading = read("若抛物线 $y^{2}=2 p x(p>0)$ 的焦点是椭圆 $\\frac{x^{2}}{3 p}+\\frac{y^{2}}{p}=1$ 的一个焦点, 则 $p=$")
    assert not reading["complete"]


def test_a_property_not_determined_by_the_givens_is_not_answered():
    # only a > 0, b > 0: the eccentricity is not fixed
    _, first = answered("已知双曲线 x^2/a^2 - y^2/b^2 = 1 (a>0, b>0)，求它的离心率")
    assert first is None

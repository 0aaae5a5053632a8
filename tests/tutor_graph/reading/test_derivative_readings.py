"""The reader reads the derivative and zero questions the derivative types take their parameters from:
the curve of a tangent asked at x = a or through a point, the function of a zero-count or zero-location question."""

import pytest

from tutor_graph.reading import read


@pytest.mark.parametrize("text, claim, kind, expression", [
    ("求曲线 $y=x^3-3x$ 在 $x=2$ 处的切线方程。", "y=x^3-3x", "tangent", "x^3-3x @ 2"),
    ("Find the tangent line to y = x^2 at the point (1, 1).", "y = x^2", "tangent", "x^2 @ 1"),
    ("Find the tangent to $y=x\\ln x$ at $(1,0)$.", "y=x\\ln x", "tangent", "x\\ln x @ 1"),
    ("求过点 $(0,2)$ 且与曲线 $y=x^3$ 相切的直线方程。", "y=x^3", "tangent_through", "x^3 through (0, 2)"),
    ("How many zeros does f(x) = x^3 - 3x + 1 have?", "f(x) = x^3 - 3x + 1", "count", "zeros(f(x))"),
    ("函数 $f(x)=\\ln x+2x-6$ 的零点所在的区间是（　）。A. $(1,2)$　B. $(2,3)$　C. $(3,4)$　D. $(4,5)$",
     "f(x)=\\ln x+2x-6", "choice", "零点所在区间(f(x))"),
    ("The zero of f(x) = 2^x + x - 4 lies in ( ). A. (0,1) B. (1,2) C. (2,3) D. (3,4)",
     "f(x) = 2^x + x - 4", "choice", "zero(f(x))"),
])
def test_the_function_asked_about_is_read_as_a_definition(text, claim, kind, expression):
    r = read(text)
    assert [g["claim"] for g in r["givens"]] == [claim]
    assert [(g["kind"], g["expression"]) for g in r["goals"]] == [(kind, expression)]
    assert r["unread"] == []


def test_a_tangent_at_a_point_of_a_curve_defined_before_is_not_defined_twice():
    r = read("已知函数 $f(x)=x^3$，求曲线 $y=f(x)$ 在点 $(1,1)$ 处的切线方程。")
    assert [g["claim"] for g in r["givens"]].count("f(x)=x^3") == 1


def test_differentiate_asks_the_derivative_of_the_defined_function():
    reading = read("Differentiate $y=(2x+1)^5$.")
    assert [g["claim"] for g in reading["givens"]] == ["y=(2x+1)^5"]
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("value", "derivative of y")]
    assert [o["kind"] for o in reading["objects"]] == ["curve"]  # a fifth power: not a line

"""The Reading's lines, curves and points of the plane (reading/plane_objects.py), and the conic features asked
in a word (焦点, 准线, 渐近线) or as "the equations of the asymptotes" (reading/conics.py)."""

from __future__ import annotations

import pytest

from tutor_graph.reading import read


def _objects(text: str, *kinds: str) -> list[tuple[str, str, str]]:
    return [(o["name"], o["kind"], o["value"]) for o in read(text)["objects"] if o["kind"] in kinds]


@pytest.mark.parametrize("text, expected", [
    ("求点 $P(1,2)$ 到直线 $3x+4y-5=0$ 的距离。", [("line1", "line", "3x+4y-5=0"), ("P", "point", "(1,2)")]),
    ("Find the distance from the point (2, 1) to the line 4x - 3y + 5 = 0.",
     [("line1", "line", "4x - 3y + 5 = 0"), ("point1", "point", "(2,1)")]),
    ("求两条平行直线 $3x+4y-12=0$ 与 $6x+8y+6=0$ 之间的距离。",
     [("line1", "line", "3x+4y-12=0"), ("line2", "line", "6x+8y+6=0")]),
    ("直线 $x-y+m=0$ 与圆 $(x-1)^2+y^2=2$ 相切，求实数 $m$。",
     [("line1", "line", "x-y+m=0"), ("curve1", "curve", "(x-1)^2+y^2=2")]),
    ("求过三点 $A(-1,5)$、$B(5,5)$、$C(6,-2)$ 的圆的方程。",
     [("A", "point", "(-1,5)"), ("B", "point", "(5,5)"), ("C", "point", "(6,-2)")]),
    ("The line y = 2x - 1 meets the ellipse x^2/4 + y^2/2 = 1 at A and B. Find |AB|.",
     [("line1", "line", "y = 2x - 1"), ("curve1", "curve", "x^2/4 + y^2/2 = 1")]),
])
def test_lines_curves_and_points_are_objects(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _objects(text, "line", "curve", "point") == expected


def test_a_point_read_by_the_clause_reader_is_not_read_twice() -> None:
    text = "已知椭圆 $\\frac{x^2}{16}+\\frac{y^2}{4}=1$ 的弦 $AB$ 的中点为 $M(2,1)$，求直线 $AB$ 的方程。"
    assert _objects(text, "point") == [("M", "point", "(2,1)")]
    assert [k for _, k, _ in _objects(text, "conic", "curve")] == ["conic", "curve"]


def test_inequalities_and_functions_of_one_variable_are_not_lines() -> None:
    assert _objects("解不等式 $2x-1>3$。", "line", "curve") == []
    assert _objects("已知 $f(x)=x^2-2x$，求 $f(3)$。", "line", "curve", "point") == []


def test_sequence_and_vector_problems_get_no_plane_objects() -> None:
    assert _objects("已知向量 $a=(1,2)$，$b=(3,-1)$，求 $a\\cdot b$。", "point", "line") == []
    assert _objects("等差数列 $\\{a_n\\}$ 中 $a_1=2$，$a_3=6$，求 $a_5$。", "point", "line", "curve") == []


@pytest.mark.parametrize("text, expression", [
    ("求抛物线 $y^2=8x$ 的焦点。", "focus @ parabola1"),
    ("求抛物线 $y^2=8x$ 的准线。", "directrix @ parabola1"),
    ("求双曲线 $x^2-\\frac{y^2}{3}=1$ 的渐近线。", "asymptote @ hyperbola1"),
    ("Find the equations of the asymptotes of the hyperbola x^2/4 - y^2/9 = 1.", "asymptote @ hyperbola1"),
])
def test_a_conic_feature_asked_in_one_word(text: str, expression: str) -> None:
    goals = read(text)["goals"]
    assert [(g["kind"], g["expression"]) for g in goals] == [("conic", expression)]


def test_a_conic_named_only_by_its_equation_in_an_english_question():
    reading = read("Find the eccentricity of $\\frac{x^2}{25}+\\frac{y^2}{16}=1$.")
    assert {"name": "ellipse1", "kind": "conic", "value": "ellipse;x;25;16"} in reading["objects"]
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("conic", "e @ ellipse1")]
    focus = read("Find the focus of $x^2=4y$.")
    assert [(g["kind"], g["expression"]) for g in focus["goals"]] == [("conic", "focus @ parabola1")]

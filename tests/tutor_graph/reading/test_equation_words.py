"""Equation words read as givens (a named root, perpendicular / parallel lines), brackets kept whole, 全集."""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_answered
from tutor_graph.checks import run_bounded
from tutor_graph.reading import back_substitute, read

ROOTS = [
    ("设 $x_1$ 是方程 $2^x+x-4=0$ 的根，$x_2$ 是方程 $\\log_2 x+x-4=0$ 的根，求 $x_1+x_2$。", "4"),
    ("已知 m 是方程 2^x=8 的根，n 是方程 \\log_3 x=2 的根，则 m+n=", "12"),
    ("设 t 是方程 3x-7=2 的解，求 t^2", "9"),
]
LINES = [
    ("直线 $ax+2y-1=0$ 与直线 $x+(a-1)y+2=0$ 互相垂直，求 $a$。", "\\frac{2}{3}"),
    ("已知直线 $l_1: x+my+6=0$ 与直线 $l_2: 2x-y+1=0$ 垂直，则 $m=$ ____", "2"),
    ("若直线 ax+y-1=0 与直线 2x-y+3=0 平行，求 a 的值", "-2"),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS)
def test_a_named_root_is_a_given_and_is_solved(text, expected):
    reading = read(text)
    assert any(g["kind"] == "equation" and "x" not in g["claim"].replace("x_", "") for g in reading["givens"]), \
        reading["givens"]  # the equation's x is the named root, not a free x
    assert_answered(text, expected)


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_perpendicular_and_parallel_lines_are_read_and_solved(text, expected):
    assert_answered(text, expected)


def test_parallel_lines_that_coincide_break_the_reading():
    text = "已知直线 ax+2y+6=0 与直线 x+(a-1)y+a^2-1=0 平行，求 a 的值"
    reading = read(text)
    assert reading["complete"]
    assert back_substitute(reading, "a=-1").status == "verified"
    assert back_substitute(reading, "a=2").status == "refuted"  # a = 2 makes them the same line


def test_a_wrong_root_fails_back_substitution():
    reading = read("设 t 是方程 3x-7=2 的解，求 t")
    assert reading["complete"]
    assert back_substitute(reading, "t=2").status == "refuted"
    assert back_substitute(reading, "t=3").status == "verified"


@pytest.mark.parametrize("text", [
    "已知 $\\cos(\\alpha+\\frac{\\pi}{4})=\\frac{3}{5}$，$\\alpha\\in(0,\\frac{\\pi}{4})$，求 $\\cos\\alpha$。",
    "设全集 $U=\\{1,2,3,4,5,6,7,8\\}$，$A=\\{1,3,5,7\\}$，$B=\\{2,3,5\\}$，求 $\\complement_U(A\\cup B)$。",
    "已知 $A=\\{x\\mid -1<x\\le 3\\}$，$B=\\{x\\mid x\\ge 2\\}$，全集为 $\\mathbf{R}$，求 $A\\cap(\\complement_{\\mathbf R}B)$。",
])
def test_an_interval_with_a_fraction_and_the_universal_set_are_read(text):
    reading = read(text)
    assert reading["complete"], reading["unread"]


def test_an_equation_with_two_real_roots_does_not_name_one():
    reading = read("设 t 是方程 x^2-5x+6=0 的根，求 t")
    solutions = run_bounded("reading.answer", reading, "zh", timeout_s=120)
    assert not solutions  # two roots: t is not one number, so nothing is answered

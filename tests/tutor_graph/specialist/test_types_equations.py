"""The moved equation and quadratic types (`types/algebra/`: linear, quadratic, higher-degree and fractional
equations, Vieta, the quadratic through three points): each lives in `types/`, no old-style solver registers it,
it recognises what `equations.py` / `quadratics.py` recognised, and its template checks on its own instances."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor_graph.specialist import recognise
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.algebra import (
    fractional_equation,
    higher_equation,
    quadratic_equation,
    vieta,
)
from tutor_graph.specialist.types.problem_type import ProblemType

from .registration import assert_registered_once_from_templates, assert_template_checks

MOVED = ("equation.linear", "equation.quadratic", "equation.higher", "equation.fractional", "quadratic.vieta",
         "quadratic.through_points")
ONE_METHOD = {"equation.linear", "equation.fractional"}  # procedures: no genuinely different second way here


def _types() -> list[ProblemType]:
    from tutor_graph.specialist.types import all_types

    return [t for t in all_types() if t.type_id in MOVED]


def test_each_moved_type_is_registered_once_from_its_template():
    assert {t.type_id for t in _types()} == set(MOVED)
    assert_registered_once_from_templates(MOVED)


@pytest.mark.parametrize(("text", "type_id"), [
    ("解方程 3x+5=2x-1", "equation.linear"),
    ("解方程 $x^2-5x+6=0$。", "equation.quadratic"),
    ("Solve x^3 - 6x^2 + 11x - 6 = 0.", "equation.higher"),
    ("解方程 x^4-x^2-6=0", "equation.higher"),  # no rational root, but a quadratic in x²
    ("Solve the equation 3/x = 1/(x - 2).", "equation.fractional"),
    ("设 $x_1,x_2$ 是方程 $x^2-3x+1=0$ 的两根，求 $x_1^2+x_2^2$。", "quadratic.vieta"),
    ("二次函数的图象经过点 $(0,3)$、$(1,0)$、$(3,0)$，求它的解析式。", "quadratic.through_points"),
])
def test_recognised_as_before(text, type_id):
    rec = recognise(text)
    assert rec is not None and rec.type_id == type_id


@pytest.mark.parametrize("text", [
    "解方程 x^3+x+1=0",  # degree 3, no rational root and not in x² only: no method of ours
    "设 $x_1,x_2$ 是方程 $x^2-3x+1=0$ 的两根，求 $x_1-x_2$。",  # not symmetric in the two roots
    "二次函数的图象经过点 $(0,1)$、$(1,2)$、$(2,3)$，求它的解析式。",  # three points on a line
])
def test_declined(text):
    rec = recognise(text)
    assert rec is None or rec.type_id not in MOVED


def test_a_question_about_the_roots_is_not_solve_the_equation():
    p = Problem("设 $x_1,x_2$ 是方程 $x^2-3x+1=0$ 的两根，求 $x_1^2+x_2^2$。")
    assert quadratic_equation.detect(p) is None and vieta.detect(p) is not None


def test_grouping_fits_only_when_the_two_pairs_share_a_factor():
    grouped = higher_equation.values(higher_equation.detect(Problem("解方程 x^3-x^2-4x+4=0")))
    assert grouped["groupable"] and grouped["product"] == r"\left(x - 1\right)\left(x^{2} - 4\right)"
    assert not higher_equation.values(higher_equation.detect(Problem("解方程 x^3-6x^2+11x-6=0")))["groupable"]


def test_the_trial_root_is_an_integer_before_a_fraction():
    found = higher_equation.values(higher_equation.detect(Problem("解方程 2x^3+x^2-8x-4=0")))
    assert found["r0"] in ("-2", "2") and found["trial_factor"] in ("x + 2", "x - 2")


def test_the_common_denominator_is_the_lcm_and_an_extraneous_root_is_dropped():
    d = fractional_equation.detect(Problem("解方程 x/(x-1) - 1 = 2/(x^2-1)"))
    found = fractional_equation.values(d)
    x = sp.Symbol("x")
    assert sp.expand(sp.sympify(found["cleared_plain"]) - (x - 1)) == 0  # not (x-1)(x²-1): the lcm of the denominators
    assert found["extraneous"] and found["answer"] == "原方程无解"
    assert fractional_equation.reference(d) == ("原方程无解", "the equation has no solution")


def test_vieta_writes_the_target_with_the_sum_first():
    v = vieta.detect(Problem("设 $x_1,x_2$ 是方程 $x^2-3x+1=0$ 的两根，求 $x_1^2+x_2^2$。"))
    assert vieta.values(v)["in_sp"] == r"\left(x_1+x_2\right)^{2} - 2 x_1x_2"


@pytest.mark.slow
@pytest.mark.parametrize("ptype", _types(), ids=lambda t: t.type_id)
def test_template_checks_on_its_instances(ptype):
    assert_template_checks(ptype, second_method=ptype.type_id not in ONE_METHOD)

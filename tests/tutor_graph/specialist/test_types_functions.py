"""The moved types of the function modules (exp_log, function_applications, functions): each lives in
`types/`, no old-style solver registers it any more, and its template checks on its own instances (every
claim verified, every method used, the reference agreeing) — so a second method that stops verifying fails here."""

from __future__ import annotations

import pytest

from tutor_graph.specialist.types import MODULES

from .registration import assert_registered_once_from_templates, assert_template_checks

MINE = ("exp_log", "function_applications", "functions")
# procedures with no genuinely different second way (yet: log_equation could add monotonicity + a guessed root)
ONE_METHOD = {"fapp.bisection", "function.piecewise", "function.domain", "function.value", "explog.log_equation"}


def _types():
    return [t for module in MINE if module in MODULES for t in MODULES[module]]


def test_each_moved_type_is_registered_once_from_its_template():
    moved = {t.type_id for t in _types()}
    assert moved >= {"explog.power_function", "explog.equal_powers", "explog.equation", "explog.log_equation",
                     "explog.evaluate", "explog.compare"}
    assert_registered_once_from_templates(moved)


@pytest.mark.slow
@pytest.mark.parametrize("ptype", _types(), ids=lambda t: t.type_id)
def test_template_checks_on_its_instances_with_two_methods(ptype):
    assert_template_checks(ptype, second_method=ptype.type_id not in ONE_METHOD)

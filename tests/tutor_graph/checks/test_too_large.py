"""Overflowing inputs read "too large", never "internal error" (issue 14)."""

import pytest

from tutor_graph.checks import check_step, grade

TOWER = r"\mathrm{e}^{\mathrm{e}^{\mathrm{e}^{\mathrm{e}^{9}}}}"


@pytest.mark.parametrize("claim", [f"{TOWER} = 1", r"(x^{999})^{999} = x", f"{TOWER} > 0"])
def test_overflowing_claims_are_too_large(claim):
    verdict = check_step(claim)
    assert verdict.status == "unknown"
    assert "internal error" not in verdict.reason and "too large" in verdict.reason


def test_overflowing_answers_grade_too_large():
    graded = grade(TOWER, "1")
    assert not graded.correct and "internal error" not in graded.reason and "too large" in graded.reason

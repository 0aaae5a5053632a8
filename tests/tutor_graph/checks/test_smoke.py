"""The public API answers through the bounded worker: one claim of each verdict and one grade each way."""

from tutor_graph.checks import check_step, grade


def test_check_step_verdicts_through_the_worker():
    assert check_step("x^2-5x+6=(x-2)(x-3)").status == "verified"
    refuted = check_step("a_5 = 17", "a_1=2, d=3")
    assert refuted.status == "refuted" and "14" in refuted.counterexample
    assert check_step("x = 2").status == "unknown"


def test_grade_through_the_worker():
    assert grade("x=2 或 x=3", r"\{3, 2\}").correct
    assert not grade("x=2 或 x=3", "x=2").correct

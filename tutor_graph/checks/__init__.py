"""The math layer: safe parsing, step checking, answer grading. A leaf: imports nothing else of ours.

Public API (everything else in this package is internal):
    check_step(claim: str, context: str | Sequence[str] | None = None) -> Verdict
    grade(reference: str, prediction: str) -> Grade
    Verdict, Grade
"""

from tutor_graph.checks.verdict import Grade, Verdict

__all__ = ["Grade", "Verdict", "check_step", "grade"]


def check_step(claim, context=None) -> Verdict:
    """Check one claim against optional givens; see tutor_graph.checks.checking."""
    from tutor_graph.checks.checking import check_step as _check

    return _check(claim, context)


def grade(reference, prediction) -> Grade:
    """Grade a final answer; see tutor_graph.checks.grading."""
    from tutor_graph.checks.grading import grade as _grade

    return _grade(reference, prediction)

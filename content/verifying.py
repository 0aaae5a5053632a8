"""The one door from content to the math layer: check a step claim, grade an answer."""

from __future__ import annotations

from tutor_graph.checks import Grade, Verdict, check_step, grade


def check_claim(claim: str, context: str | list[str] | tuple[str, ...] | None = None) -> Verdict:
    """Check one claim (LaTeX or plain text) against optional givens, bounded in the checker's worker."""
    return check_step(claim, list(context) if isinstance(context, tuple) else context)


def grade_answer(reference: str, prediction: str) -> Grade:
    """Grade `prediction` against `reference`."""
    return grade(reference, prediction)

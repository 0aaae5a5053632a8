"""The math layer: safe parsing, step checking, answer grading. A leaf: imports nothing else of ours.

Public API (everything else in this package is internal):
    check_step(claim: str, context: str | Sequence[str] | None = None) -> Verdict
    grade(reference: str, prediction: str, subject: str | None = None) -> Grade
    parse_expression(text: str, equation: bool = False) -> ParsedExpression
        the expression a text denotes (`f(x) = x^2 - x` -> x**2 - x), for plots and the like
    Verdict, Grade, ParsedExpression
    warm_up() -> None   (optional: start the worker processes early, e.g. when the app starts)

Which claim forms are understood, and what each verdict means: see CLAIMS.md in this folder.
All three run SymPy in a worker process under a hard time bound and never raise.
"""

from tutor_graph.checks.reading import ParsedExpression, parse_expression
from tutor_graph.checks.verdict import Grade, Verdict

__all__ = ["Grade", "ParsedExpression", "Verdict", "check_step", "grade", "parse_expression", "warm_up"]


def check_step(claim, context=None) -> Verdict:
    """Check one claim against optional givens; see tutor_graph.checks.checking."""
    from tutor_graph.checks.checking import check_step as _check

    return _check(claim, context)


def grade(reference, prediction, subject=None) -> Grade:
    """Grade a final answer; `subject` optionally names the expression whose range is asked (`2a-b`).
    See tutor_graph.checks.grading."""
    from tutor_graph.checks.grading import grade as _grade

    return _grade(reference, prediction, subject)


def warm_up() -> None:
    """Start the checker's worker processes now so the first check does not wait for SymPy to import."""
    from tutor_graph.checks.pool import get_pool

    get_pool().warm_up()

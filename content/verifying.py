"""The one door from content to the math layer: check a step claim, grade an answer.

Uses `tutor_graph.checks.check_step` / `grade` (the project's step checker and grader). While that
layer is not installed yet (it is built in parallel), a small SymPy fallback decides what it safely
can (plain LaTeX equalities, via SymPy's ANTLR LaTeX parser, which does not eval) and otherwise
answers `unknown` / None: never a silent pass.
"""

from __future__ import annotations

import functools
import importlib.util

import sympy as sp

from content.identities import time_limit
from tutor_graph.checks import Grade, Verdict

FALLBACK_NOTE = (
    "math layer (tutor_graph.checks) not available; SymPy fallback / 数学层尚不可用，使用 SymPy 后备"
)


@functools.cache
def math_layer_available() -> bool:
    """Whether `tutor_graph.checks` has its checker and grader implementations."""
    names = ("tutor_graph.checks.checking", "tutor_graph.checks.grading")
    return all(importlib.util.find_spec(name) is not None for name in names)


def check_claim(claim: str, context: str | list[str] | tuple[str, ...] | None = None) -> Verdict:
    """Check one claim (LaTeX or plain text) against optional givens."""
    if math_layer_available():
        from tutor_graph.checks import check_step

        return check_step(claim, list(context) if isinstance(context, tuple) else context)
    return _fallback_check(claim, context)


def grade_answer(reference: str, prediction: str) -> Grade | None:
    """Grade `prediction` against `reference`; None when no grader can decide (math layer missing)."""
    if math_layer_available():
        from tutor_graph.checks import grade

        return grade(reference, prediction)
    left, right = _latex(reference), _latex(prediction)
    if left is None or right is None:
        return None
    try:
        same = sp.simplify(left - right) == 0
    except (TypeError, ValueError, AttributeError):
        return None
    return Grade(same, f"SymPy fallback: difference {'is' if same else 'is not'} 0")


def _latex(text: str) -> sp.Expr | None:
    from sympy.parsing.latex import parse_latex

    text = text.strip().strip("$")
    if not text or len(text) > 300:
        return None
    try:
        with time_limit(2):
            return parse_latex(text)
    except Exception:  # noqa: BLE001 - ANTLR raises assorted errors on text it cannot read
        return None


def _fallback_check(claim: str, context) -> Verdict:
    if context:
        return Verdict.unknown(f"{FALLBACK_NOTE}: claims with givens need the math layer")
    if claim.count("=") != 1 or any(op in claim for op in ("\\le", "\\ge", "\\ne", "<", ">")):
        return Verdict.unknown(f"{FALLBACK_NOTE}: only single equalities are checked")
    left, right = (_latex(side) for side in claim.split("="))
    if left is None or right is None:
        return Verdict.unknown(f"{FALLBACK_NOTE}: cannot parse")
    try:
        with time_limit(2):
            difference = sp.simplify(left - right)
    except Exception:  # noqa: BLE001 - an unreadable or slow claim stays unknown
        return Verdict.unknown(f"{FALLBACK_NOTE}: SymPy could not decide")
    if difference == 0:
        return Verdict("verified", f"{FALLBACK_NOTE}: both sides simplify to the same value")
    if not difference.free_symbols and difference.is_number and difference.is_zero is False:
        return Verdict(
            "refuted", f"{FALLBACK_NOTE}: the two sides are different numbers", f"lhs - rhs = {difference}"
        )
    return Verdict.unknown(f"{FALLBACK_NOTE}: sides differ symbolically; left for the math layer to refute")

"""The tutor's calls into the math layer: a student's turn assessed, a message checked for leaks (both bounded)."""

from __future__ import annotations

from typing import Any

from tutor_graph.checks import TaskError, run_bounded
from tutor_graph.tutoring.state import TutorStep


def assess(steps: list[TutorStep], cursor: int, final: str, said: str, problem: str, timeout_s: float) -> dict[str, Any]:
    """Check `said` against the current step, later steps and the final answer (see checks.answering)."""
    plain = [{"answer": s["answer"], "claim": s["claim"], "problem": problem} for s in steps]
    try:
        return run_bounded("checks.assess_turn", plain, cursor, final, said, timeout_s=timeout_s)
    except TaskError as err:  # too large, timed out, unreadable: an honest "unclear", never a traceback
        return {"checkable": True, "correct": False, "target": None, "jump": None,
                "diagnosis": {"readable": False, "reason": err.reason, "misconception": None,
                              "substitutions": [], "sample": None}}


def secrets_of(steps: list[TutorStep], cursor: int, final: str, produced: list[str]) -> tuple[list[str], list[dict]]:
    """What a message may not reveal now: the final answer and the current step's answer (unless produced)."""
    step = [{"answer": steps[cursor]["answer"], "claim": steps[cursor]["claim"]}] if cursor < len(steps) else []
    return [final], step


def find_leak(message: str, final: str, step: list[dict], allowed: list[str], timeout_s: float,
              given: list[str] | None = None) -> str | None:
    """The piece of `message` that gives away a secret, or None. A check that cannot finish counts as a leak.

    `allowed`: what the student produced (any equivalent form may be repeated); `given`: formulas that may be
    quoted as written (the problem's own)."""
    try:
        found = run_bounded("checks.find_leak", message, [final], allowed, step, given or [], timeout_s=timeout_s)
    except TaskError:
        return message
    return found.get("leak")

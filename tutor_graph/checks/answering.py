"""Checking a student's answer to one guiding question, and saying what is wrong with it; runs in the worker.

Reached through `run_bounded("checks.assess_turn", …)` so that every parse and substitution of what a
student typed happens inside the checker's hard time bound. A step's *targets* are read from its answer
text and confirmed against its claim (a target's value must occur in the verified claim), so a stray
symbol in a prose answer never becomes something a student must type.
"""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.checks.answers import extract_answer
from tutor_graph.checks.claim_sides import ARROWS as _ARROWS
from tutor_graph.checks.claim_sides import LABEL as _LABEL
from tutor_graph.checks.claim_sides import echo_of, premise, squash
from tutor_graph.checks.grading import judge

_SPAN = re.compile(r"\$([^$]+)\$")

__all__ = ["assess_turn", "echo_of", "matches", "premise", "squash", "targets"]



def _confirmed(value: str, claim: str) -> bool:
    """Whether a target's value occurs in the claim (as text, or equal to a right side of its conclusion)."""
    if not squash(value):
        return False
    if squash(value) in squash(claim):
        return True
    conclusion = _ARROWS.split(claim)[-1]
    for piece in re.split(r"或|且|,|，|\\text\{or\}", conclusion):
        if "=" in piece and not re.search(r"[<>≤≥]", piece):
            try:
                if judge(piece.rsplit("=", 1)[1].strip(), value.strip()).correct:
                    return True
            except Exception:  # noqa: BLE001 - unreadable pieces confirm nothing
                continue
    return False


def _right(text: str) -> str | None:
    """The value side of `E = V` when E is a computation (not a label such as x, f'(x), a_n, |AB|)."""
    if "=" not in text or re.search(r"[<>≤≥]", text):
        return None
    left, _, right = text.rpartition("=")
    return None if _LABEL.match(left.split("=")[-1]) else right


def targets(answer: str, claim: str) -> list[str]:
    """What a student may type for a step: pieces of its answer text whose value the claim confirms.

    Spans joined by 或 / 且 are one answer (never its last part alone); spans joined by commas are one
    answer too, also as the list of their values.

    >>> targets("4 个元素：$A_{4}^{4}=24$", "A_4^4 = 24")
    ['24', 'A_{4}^{4}=24']
    >>> targets("$x$ 的指数为 $- 2 r + 6$，$r=3$", "(1)*(6 - 3) + (-1)*(3) = 0")
    ['r=3']
    >>> targets("$4 m^{2} - 4 m - 8 > 0$，得 $m < -1$ 或 $m > 2$", "4*m^2 - 4*m - 8 > 0 \\Leftrightarrow m < -1 或 m > 2")
    ['m < -1 或 m > 2']
    """
    if not claim.strip():
        return []
    parts = _SPAN.split(answer)
    spans, between = parts[1::2], parts[2:-1:2]
    if not spans:
        spans, between = [answer], []
    found: list[str] = []

    def add(text: str, value: str | None = None) -> None:
        text = text.strip().strip("，,。；;")
        value = value if value is not None else (text.split("=")[-1] if "=" in text else text)
        if text and text not in found and _confirmed(value, claim):
            found.append(text)

    run = [spans[-1]]  # the last spans joined by 或 / 且 (or by commas)
    for index in range(len(between) - 1, -1, -1):
        word = between[index].strip()
        if re.fullmatch(r"或|或者|且|和|or|and", word) or (word in (",", "，") and "=" in spans[index] and "=" in run[0]):
            run.insert(0, spans[index])
            continue
        break
    if len(run) > 1:
        joiner = " 或 " if any(re.search(r"或|or", w) for w in between[-len(run) + 1:]) else ", "
        add(joiner.join(run), run[-1].split("=")[-1])
        values = [_right(s) for s in run]
        if all(values):
            add(", ".join(v.strip() for v in values if v), values[-1])
        return found
    last = spans[-1]
    right = _right(last)
    if right is not None:
        add(right)
    add(last)
    return found


def matches(answer: str, claim: str, said: str, final: str | None = None) -> str | None:
    """The target `said` grades equal to (any equivalent form), or None."""
    said_text = extract_answer(said)
    echo = echo_of(claim)
    if echo and squash(said_text) == echo:
        return None
    for target in targets(answer, claim) + ([final] if final else []):
        try:
            if judge(extract_answer(target), said_text).correct:
                return target
        except Exception:  # noqa: BLE001 - a target our reader cannot take is simply not matched
            continue
    return None


def assess_turn(steps: list[dict[str, Any]], cursor: int, final: str, said: str) -> dict[str, Any]:
    """Check `said` against step `cursor`, then against later steps and the final answer (jumping ahead).

    Returns {"checkable", "correct", "target", "jump" (index of a later step matched, len(steps) for the
    final answer, or None), "diagnosis" (see diagnosing.diagnose, when wrong)}.
    """
    from tutor_graph.checks.diagnosing import diagnose

    step = steps[cursor]
    is_last = cursor == len(steps) - 1
    checkable = bool(targets(step["answer"], step["claim"])) or is_last
    target = matches(step["answer"], step["claim"], said, final if is_last else None)
    out: dict[str, Any] = {"checkable": checkable, "correct": target is not None, "target": target,
                           "jump": None, "diagnosis": None}
    if target is not None:
        return out
    if matches("", "", said, final):
        out["jump"] = len(steps)
        return out
    for later in range(cursor + 1, len(steps)):
        if matches(steps[later]["answer"], steps[later]["claim"], said):
            out["jump"] = later
            return out
    if checkable:
        reference = (targets(step["answer"], step["claim"]) or [final])[0]
        try:
            out["diagnosis"] = diagnose(reference, said, step["claim"], step.get("problem", ""))
        except Exception:  # noqa: BLE001 - the verdict stands (wrong); only the explanation is missing
            out["diagnosis"] = {"misconception": None, "substitutions": [], "sample": None, "readable": True}
    return out

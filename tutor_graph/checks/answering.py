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
from tutor_graph.checks.grading import judge

_SPAN = re.compile(r"\$([^$]+)\$")
_ARROWS = re.compile(r"\\Rightarrow|\\Leftrightarrow|⇒|⇔|\\implies|\\iff")
_LABEL = re.compile(r"^\s*(?:[A-Za-z](?:_\{?\w+\}?)?'*(?:\([^()]*\))?|\|[A-Za-z]+\||[A-Za-z]'+)\s*$")


def squash(text: str) -> str:
    """Plain comparable text: no spaces, `$`, `*`, braces or \\left/\\right.

    >>> squash(r"$(x - 2)\\left(x-3\\right)$") == squash("(x-2)*(x-3)")
    True
    """
    text = re.sub(r"\\left|\\right|\\,|\\!|\\;|\s|\$|\*|\{|\}", "", text)
    return text.replace("\\cdot", "").replace("\\dfrac", "\\frac")


def targets(answer: str, claim: str) -> list[str]:
    """What a student may type for a step: pieces of its answer text whose value the claim confirms.

    >>> targets("4 个元素：$A_{4}^{4}=24$", "A_4^4 = 24")
    ['24', 'A_{4}^{4}=24']
    >>> targets("$x$ 的指数为 $- 2 r + 6$，$r=3$", "(1)*(6 - 3) + (-1)*(3) = 0")
    ['r=3']
    """
    if not claim.strip():
        return []
    spans = _SPAN.findall(answer) or [answer]
    squashed_claim = squash(claim)
    found: list[str] = []

    def add(text: str) -> None:
        text = text.strip().strip("，,。；;")
        value = text.split("=")[-1] if "=" in text else text
        if text and text not in found and squash(value) and squash(value) in squashed_claim:
            found.append(text)

    between = _SPAN.split(answer)[2:-1:2]
    if len(spans) > 1 and all(re.fullmatch(r"\s*(或|或者|且|和|,|，|or|and)?\s*", b) for b in between):
        add(re.sub(r"\$", "", answer[answer.index("$"):]))  # `$x=2$ 或 $x=3$`: one answer, never its last part
        return found
    last = spans[-1]
    if "=" in last:
        left, _, right = last.rpartition("=")
        if not _LABEL.match(left.split("=")[-1]) and not re.search(r"[<>≤≥]", right):
            add(right)
    add(last)
    return found


def echo_of(claim: str) -> str:
    """The given side of a claim `E = V` (a student typing E back has not answered), else ''."""
    consequent = _ARROWS.split(claim)[-1]
    if _ARROWS.search(claim) or consequent.count("=") != 1:
        return ""
    left = consequent.split("=")[0]
    return "" if _LABEL.match(left) else squash(left)


def premise(claim: str) -> str:
    """The part of a claim before ⇒ (the equation or inequality a student's values can be put into)."""
    parts = _ARROWS.split(claim)
    return parts[0].strip() if len(parts) > 1 else ""


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
        out["diagnosis"] = diagnose(reference, said, step["claim"], step.get("problem", ""))
    return out

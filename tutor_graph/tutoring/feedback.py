"""The tutor's replies built from checked facts: what is wrong in the student's own terms, and the hint ladder."""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.tutoring.prompts import misconception, say
from tutor_graph.tutoring.state import TutorStep

_ARROW = re.compile(r"\\Rightarrow|\\Leftrightarrow|⇒|⇔")
_LABEL = re.compile(r"^\s*[A-Za-z](_\{?\w+\}?)?'*(\([^()]*\))?\s*$")


def wrong_message(diagnosis: dict[str, Any] | None, lang: str, step: TutorStep | None = None) -> str:
    """Say what is wrong with the student's answer: substitution of their values, a differing point, the
    likely misconception. Only the student's values and the given expression appear, never the reference."""
    diagnosis = diagnosis or {}
    if diagnosis.get("readable") is False:
        return say("unreadable", lang)
    parts = [say("wrong", lang)]
    for sub in diagnosis.get("substitutions", []):
        key = "subst_undefined" if sub.get("undefined") else "subst_true" if sub.get("holds") else "subst_false"
        parts.append(say(key, lang, **{k: str(v) for k, v in sub.items()}))
    sample = diagnosis.get("sample")
    if sample:
        key = "sample_given" if sample.get("given") else "sample"
        parts.append(say(key, lang, **{k: str(v) for k, v in sample.items() if v is not None}))
    named = misconception(diagnosis.get("misconception"), lang)
    if named:
        parts.append(named)
    if len(parts) == 1 and step is not None:  # nothing to substitute into: say what kind of answer is asked
        parts.append(shape_hint(step, lang))
    return "".join(parts) if lang != "en" else " ".join(parts)


def first_half(step: TutorStep, lang: str) -> str:
    """The last hint rung: the first half of the step (where it starts from), never its result."""
    claim = step["claim"]
    if _ARROW.search(claim):
        start = _ARROW.split(claim)[0].strip()
        return say("first_half", lang, start=start)
    if claim.count("=") == 1:
        left = claim.split("=")[0].strip()
        if left and not _LABEL.match(left):
            return say("first_half_expr", lang, start=left)
    return shape_hint(step, lang)


def shape_hint(step: TutorStep, lang: str) -> str:
    """What kind of thing the step's answer is (no value in it): the safest rung."""
    from tutor_graph.tutoring.prompts import SHAPES

    shape = "expr"
    if re.search(r"或|\bor\b", step["answer"]):
        shape = "values"
    elif re.search(r"[<>≤≥]|\\le(q)?\b|\\ge(q)?\b|\\in\b", step["answer"]):
        shape = "interval"
    zh, en = SHAPES[shape]
    return say("shape", lang, shape=en if lang == "en" else zh)


def ladder(step: TutorStep, lang: str) -> list[str]:
    """The hint rungs of a step, weakest first: its own hints, then the first half of the step."""
    return [say("hint", lang, hint=h) for h in step["hints"] if h.strip()] + [first_half(step, lang)]


def rung(step: TutorStep, level: int, lang: str) -> str:
    """The hint shown at `level` (1-based; past the top the last rung is repeated)."""
    rungs = ladder(step, lang)
    return rungs[min(max(level, 1), len(rungs)) - 1]

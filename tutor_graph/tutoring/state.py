"""The typed state of the tutoring graph. Plain JSON-able values only, so the SQLite checkpointer can store it."""

from __future__ import annotations

import operator
from typing import Annotated, Literal, TypedDict

Verdict = Literal["correct", "wrong", "unclear"]


class TutorStep(TypedDict):
    """One guiding question the student answers (from a verified solution's step)."""

    question: str
    answer: str  # the reference (never shown before the student produced it)
    claim: str
    knowledge_points: list[str]
    hints: list[str]


class Reply(TypedDict):
    """One tutor reply: what the CLI prints as a JSON line."""

    reply: str
    step: int  # index of the question being asked (len(steps) once done)
    verdict: Verdict | None  # None for a turn that was not an answer
    hint_level: int  # hint rungs shown for the current question
    done: bool


class Observation(TypedDict):
    """A BKT observation: the first answer on a step (a hint opened before it counts as wrong)."""

    step: int
    knowledge_points: list[str]
    correct: bool
    misconception: str | None


class Chain(TypedDict):
    """A verified question chain handed in ready-made (skips solving; the app and the benchmark cache these)."""

    steps: list[TutorStep]
    final_answer: str
    knowledge_points: list[str]


class TutorInput(TypedDict, total=False):
    """What a caller passes to start a session."""

    problem: str
    problem_id: str
    lang: str
    chain: Chain


class TutorState(TypedDict, total=False):
    """Everything the nodes read and write."""

    problem: str
    problem_id: str
    lang: str
    chain: Chain
    steps: list[TutorStep]
    final_answer: str
    knowledge_points: list[str]
    cursor: int  # the question being asked
    hint_level: int
    tried: bool  # the current step has had an answer attempt
    hinted: bool  # a hint was opened on the current step
    explain: int | None  # a step the student is asked to explain (after jumping ahead)
    produced: list[str]  # the student's correct answers so far (no longer secret)
    said: str
    reply: Reply
    observations: Annotated[list[Observation], operator.add]
    mistakes: Annotated[list[str], operator.add]  # misconception names, for the diagnosis view
    blocked: Annotated[list[str], operator.add]  # messages the leak guard stopped (for measurement)
    log: Annotated[list[dict[str, str]], operator.add]  # the conversation: {"who": "student"|"tutor", "text"}
    done: bool

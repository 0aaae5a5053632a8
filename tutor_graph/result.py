"""The Result contract: what `python -m tutor_graph solve --json` prints and the app renders.

Plain JSON-able TypedDicts (SymPy objects do not survive checkpoints: math stays as strings).
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

Source = Literal["model", "repaired", "symbolic", "teacher", "teacher_edited"]  # the last two: the app's editor
VerdictStatus = Literal["verified", "refuted", "unknown"]


class VerdictDict(TypedDict):
    status: VerdictStatus
    reason: str
    counterexample: str | None


class Step(TypedDict):
    question: str  # the guiding question (问题链 link)
    answer: str  # the answer shown, LaTeX allowed in $…$
    claim: str  # the machine-checkable math the answer establishes ("" when none)
    verdict: VerdictDict
    source: Source
    knowledge_points: list[str]  # content knowledge-point ids
    hints: list[str]  # graded hints, weakest first, never the answer itself
    prerequisites: NotRequired[list[str]]  # knowledge-point ids the step's points build on (set by the link node)


class Solution(TypedDict):
    method: str  # e.g. "因式分解法 / Factoring"
    steps: list[Step]
    final_answer: str
    verified: bool  # every step with a claim verified and the final answer checked
    knowledge_points: list[str]


class Variant(TypedDict):
    question: str
    answer: str
    verified: bool
    change: str  # what was changed or generalised
    level: NotRequired[Literal["easier", "harder"]]  # number changes: smaller or larger numbers, answer as nice


class NodeTrace(TypedDict):
    node: str
    seconds: float
    model_calls: int
    prompt_tokens: int
    completion_tokens: int
    reasoning: str  # model thinking text, kept out of the answers


class ReadGiven(TypedDict):
    text: str  # the span of the (normalised) problem text it came from, e.g. "a+b 与 a 垂直"
    span: list[int]  # [start, end) character offsets in Reading["text"]
    claim: str  # the formal claim the math layer parses, e.g. "(a+b)\\cdot a = 0" ("" if not formalised)
    kind: str  # "equation" | "inequality" | "relation" | "membership" | "definition" | "condition"


class ReadGoal(TypedDict):
    text: str  # the asking clause, e.g. "求 m 的值"
    kind: str  # "value" | "range" | "extremum" | "interval" | "solve" | "prove" | "choice" | "expression" | ...
    expression: str  # the asked quantity as LaTeX/plain ("" when only a kind is known)
    part: str  # "" or the part label "(1)", "(2)" of an open-ended item


class ReadObject(TypedDict):
    name: str  # "a", "f", "{a_n}", "C", "△ABC"
    kind: str  # "vector" | "function" | "sequence" | "point" | "line" | "circle" | "conic" | "triangle" | "set" | ...
    value: str  # e.g. "(-1,2)", "x^2-2x", "arithmetic, a_1=2, d=3", "" if unknown


class Reading(TypedDict):
    """What the problem says, formally: the reading layer's output (tutor_graph/reading)."""

    text: str  # normalised problem text
    objects: list[ReadObject]
    givens: list[ReadGiven]
    goals: list[ReadGoal]
    options: dict[str, str]  # choice question options, letter -> text ({} otherwise)
    unread: list[str]  # formulas / relation words not accounted for; non-empty => partial reading
    complete: bool  # True only when unread is empty and every goal was read
    corrected: NotRequired[bool]  # True when a teacher corrected it (tutor_graph.reading.correct); absent otherwise


class Result(TypedDict):
    problem: str
    topic: str
    knowledge_points: list[str]
    final_answer: str
    solutions: list[Solution]
    variants: list[Variant]
    trace: list[NodeTrace]
    model: str
    warnings: list[str]  # honest notes, e.g. "embedded demo model: chain built by the symbolic specialist"
    prerequisites: NotRequired[dict[str, list[str]]]  # knowledge point id → its prerequisite ids (link node)
    reading: NotRequired[Reading]  # the problem as read (always set by the solve graph's compose node)
    # A lesson reopened from the case library (content.case_results): the givens its claims are checked
    # against, and which saved case and version it is ({"id", "version", "title", "author", "tags"}).
    givens: NotRequired[list[str]]
    case: NotRequired[dict[str, Any]]

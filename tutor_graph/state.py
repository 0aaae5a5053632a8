"""The typed state of the solve graph. Plain JSON-able values only, so any checkpointer can store it."""

from __future__ import annotations

from typing import Annotated, NotRequired, TypedDict

from tutor_graph.result import NodeTrace, Reading, Result, Solution, Step, Variant

RESET = "__reset__"


def log(left: list | None, right: list | None) -> list:
    """Reducer of the per-run logs: append; a list led by RESET starts afresh (a new solve on the same thread)."""
    if right and right[0] == RESET:
        return list(right[1:])
    return list(left or []) + list(right or [])


class PlannedQuestion(TypedDict):
    """One guiding question of the plan, before it is answered."""

    question: str
    establishes: str  # what its answer should establish, in words or math


class SolveInput(TypedDict):
    """What a caller passes in."""

    problem: str
    corrected_reading: NotRequired[Reading]  # a teacher's corrected Reading, used instead of reading the text


class SolveState(TypedDict, total=False):
    """Everything the nodes read and write. Lists of dicts, never SymPy objects."""

    problem: str
    corrected_reading: Reading  # a teacher's Reading (tutor_graph.reading.correct): understand uses it as is
    # understand
    text: str  # normalised problem text
    reading: Reading  # the problem as read: objects, formal givens, goals, options, unread (tutor_graph/reading)
    givens: list[str]  # given relations, the checker's context, e.g. "f(x)=x^3-3x", "x>0"
    goal: str  # the clause that asks
    to_solve: list[str]  # relations the problem asks to solve, e.g. "x^2-5x+6=0" in 解方程 x^2-5x+6=0
    topic: str
    knowledge_points: list[str]
    similar: list[str]  # ids of similar bank problems
    retrieved: bool  # content retrieval has run for the problem text
    recognised: bool  # the symbolic specialist recognises the problem type
    specialist_failed: bool  # recognising timed out or failed: nothing else symbolic is tried for this solve
    use_model: bool  # model nodes run for this problem (see Settings.model_use)
    # plan / answer / verify / repair
    method: str
    plan: list[PlannedQuestion]
    plan_attempts: int
    plan_error: str
    plan_raw: str  # the rejected plan output, shown to the model on a retry
    steps: list[Step]  # the main chain as answered so far
    cursor: int  # index of the question being answered
    tries: int  # repair tries spent on the current step
    last_answer: str  # the model's raw answer to the current question, for repair
    chain_fallback: bool  # the main chain as a whole came from the specialist
    # specialist results, computed once and reused (None: not computed yet)
    symbolic: list[Solution] | None
    # final check, alternatives, link, variants
    final_answer: str
    solutions: list[Solution]
    prerequisites: dict[str, list[str]]
    variants: list[Variant]
    result: Result
    # appended to by every node; understand resets them
    trace: Annotated[list[NodeTrace], log]
    warnings: Annotated[list[str], log]

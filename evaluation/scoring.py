"""The scorer: grade a mode's prediction with the math layer's grader and record one item result.

Correctness is decided by `tutor_graph.checks.grade` (SymPy, bounded), never by string match; choice
questions compare letters, and an option written out in full is mapped to its letter by the grader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import anyio
from inspect_ai.scorer import CORRECT, INCORRECT, NOANSWER, Score, Target, accuracy, scorer, stderr
from inspect_ai.solver import TaskState

from evaluation.answers import final_answer
from evaluation.suites import Item


def as_letters(prediction: str, choices: dict[str, str] | None) -> str:
    """A choice prediction as sorted letters: letters kept, an option's content mapped to its letter."""
    from tutor_graph.checks import grade

    letters = final_answer(prediction, choice=True)
    if letters or not prediction.strip() or not choices:
        return letters
    matched = [k for k, v in choices.items() if v and grade(v, prediction).correct]
    return "".join(sorted(matched)) if len(matched) == 1 else ""


def grade_item(item: Item, run: dict[str, Any]) -> dict[str, Any]:
    """The item result: the run's measurements plus prediction, correct, grade reason (blocking: grader calls)."""
    from tutor_graph.checks import grade

    prediction = str(run.get("prediction") or "")
    if item.choices and prediction:
        prediction = as_letters(prediction, item.choices) or prediction
    correct, reason = None, "not graded: the reference is a worked solution"
    if item.graded:
        correct, reason = False, run.get("error") or "no answer"
        if prediction:
            for reference in (item.answer, *item.alternatives):
                verdict = grade(reference, prediction)
                correct, reason = verdict.correct, verdict.reason
                if correct:
                    break
    return {
        "id": item.id, "topic": item.topic, "difficulty": item.difficulty, "graded": item.graded,
        "question": re.sub(r"\s+", " ", item.question)[:160], "reference": item.answer,
        "prediction": prediction, "correct": correct, "grade_reason": reason,
        "verified": bool(run.get("verified")), "steps": int(run.get("steps") or 0),
        "steps_verified": int(run.get("steps_verified") or 0), "steps_timed_out": int(run.get("steps_timed_out") or 0),
        "methods": int(run.get("methods") or 0),
        "methods_verified": int(run.get("methods_verified") or 0), "sources": run.get("sources") or {},
        "reading_complete": run.get("reading_complete"),
        "first_question_s": run.get("first_question_s"), "result_s": run.get("result_s"),
        "prompt_tokens": int(run.get("prompt_tokens") or 0), "completion_tokens": int(run.get("completion_tokens") or 0),
        "model_calls": int(run.get("model_calls") or 0), "error": run.get("error"),
        "raw": run.get("raw", ""), "warnings": run.get("warnings", []),
    }


Record = Callable[[Item, dict[str, Any]], dict[str, Any]]


def record_scorer(record_of: Record, sink: Callable[[dict[str, Any]], None] | None = None,
                  hidden: tuple[str, ...] = ("question", "raw")) -> Any:
    """The scoring function every suite uses: `record_of(item, run)` (blocking, in a thread) makes the item result,
    which goes to `sink` as soon as it is known (resumable runs); the Score's metadata is the record less `hidden`."""

    async def score(state: TaskState, target: Target) -> Score:
        item = Item.from_dict(state.metadata["item"])
        run = state.store.get("run") or {"error": "no result"}
        record = await anyio.to_thread.run_sync(record_of, item, run)
        if sink is not None:
            sink(record)
        value = NOANSWER if record["correct"] is None else CORRECT if record["correct"] else INCORRECT
        return Score(value=value, answer=record["prediction"], explanation=record["grade_reason"],
                     metadata={k: v for k, v in record.items() if k not in hidden})

    return score


@scorer(metrics=[accuracy(), stderr()])
def tutor_scorer(sink: Callable[[dict[str, Any]], None] | None = None) -> Any:
    """Grade with our grader; each item result goes to `sink` as soon as it is known (resumable runs)."""
    return record_scorer(grade_item, sink)

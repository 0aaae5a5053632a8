"""A saved case ↔ a tutor Result: the one conversion, both ways.

A case stores a bank-shaped problem (`content.bank`); pages draw a Result (`tutor_graph/result.py`: problem,
solutions of steps with verdicts, final answer). Saving keeps what the teacher saw (each step's source
label, the givens its claim is checked against); opening re-checks every claim now, since verdicts are not
stored. Whether a reopened solution counts as verified is the one rule's to say (`tutor_graph.reading.
decide_verified`): the caller passes it in, as content imports nothing but the math layer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

PLACEHOLDER_ID = "case-000"  # bank ids are `<name>-NNN`; a case's own key is its integer id

# (claim, givens) -> the verdict as a dict {"status", "reason", "counterexample"}
Checker = Callable[[str, tuple[str, ...]], dict[str, Any]]
# (steps, final answer) -> whether the solution counts as verified
Decider = Callable[[list[dict[str, Any]], str], bool]


def problem_from_result(
    result: dict[str, Any],
    *,
    module: str,
    difficulty: int,
    answer_kind: str = "expression",
    question_en: str = "",
    givens: Sequence[str] = (),
) -> dict[str, Any]:
    """Turn a tutor Result (tutor_graph/result.py) into the bank-shaped dict a case stores.

    Steps without knowledge points inherit their solution's (then the problem's), because the bank
    requires at least one per step; each step keeps the source label it was shown with, and a step with a
    claim keeps `givens` as its context (re-checking it on open needs the same givens). The saved case is
    validated as usual.
    """
    problem_points = list(result.get("knowledge_points") or [])
    methods = []
    for solution in result.get("solutions") or []:
        zh, _, en = str(solution.get("method", "")).partition(" / ")
        fallback = list(solution.get("knowledge_points") or problem_points)
        steps = []
        for step in solution.get("steps") or []:
            saved: dict[str, Any] = {
                "question_zh": step.get("question", ""),
                "answer": step.get("answer", ""),
                "claim": step.get("claim") or None,
                "knowledge_points": list(step.get("knowledge_points") or fallback),
            }
            if step.get("source"):
                saved["source"] = step["source"]  # the label the teacher saw is the label reopened
            if saved["claim"] and givens:
                saved["context"] = list(givens)
            steps.append(saved)
        methods.append({"name_zh": zh.strip(), "name_en": en.strip(), "steps": steps})
    return {
        "id": PLACEHOLDER_ID,
        "module": module,
        "difficulty": difficulty,
        "question_zh": result.get("problem", ""),
        "question_en": question_en,
        "final_answer": result.get("final_answer", ""),
        "answer_kind": answer_kind,
        "knowledge_points": problem_points,
        "methods": methods,
    }


def result_from_problem(problem: dict[str, Any], check: Checker, decide: Decider) -> dict[str, Any]:
    """A saved case's problem shaped like a Result, every claim re-checked now with `check`.

    Each step keeps the source saved with it (specialist, model, repaired, teacher-written, teacher-edited);
    a case saved before sources were kept says `teacher`: the chain is the teacher's saved text.
    """
    final = problem.get("final_answer", "")
    solutions = []
    for method in problem.get("methods") or []:
        name = method["name_zh"] + (f" / {method['name_en']}" if method.get("name_en") else "")
        steps = []
        for step in method.get("steps") or []:
            context = tuple(step.get("context") or ())
            steps.append({
                "question": step.get("question_zh", ""),
                "answer": step.get("answer", ""),
                "claim": step.get("claim") or "",
                "context": list(context),
                "verdict": check(step.get("claim") or "", context),
                "source": step.get("source") or "teacher",
                "knowledge_points": list(step.get("knowledge_points") or []),
                "hints": [],
            })
        solutions.append({
            "method": name,
            "steps": steps,
            "final_answer": final,
            "verified": decide(steps, final),
            "knowledge_points": list(dict.fromkeys(p for s in steps for p in s["knowledge_points"])),
        })
    return {
        "problem": problem.get("question_zh", ""),
        "topic": problem.get("module", ""),
        "knowledge_points": list(problem.get("knowledge_points") or []),
        "final_answer": final,
        "solutions": solutions,
        "variants": [],
        "trace": [],
        "model": "",
        "warnings": [],
        "givens": list(dict.fromkeys(g for sol in solutions for s in sol["steps"] for g in s["context"])),
    }

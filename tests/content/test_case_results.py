"""Saved case ↔ Result, the one conversion (content.case_results): what a teacher saw is what reopens, every
claim re-checked by the real math layer, "verified" decided by the one rule."""

from __future__ import annotations

from content.case_results import PLACEHOLDER_ID, problem_from_result, result_from_problem
from tutor_graph.checks import check_step
from tutor_graph.reading import decide_verified

GIVENS = ["x^2-5x+6=0"]


def _check(claim: str, context: tuple[str, ...]) -> dict:
    return check_step(claim, list(context)).to_dict()


def _decide(steps: list[dict], final: str) -> bool:
    return decide_verified(steps, final)[0]


def _result(second_claim: str) -> dict:
    step = {"verdict": {"status": "unknown", "reason": "", "counterexample": None}, "hints": ["想一想"]}
    return {
        "problem": "解方程 x^2-5x+6=0",
        "knowledge_points": ["quad.factor"],
        "final_answer": "x=2 或 x=3",
        "solutions": [{
            "method": "因式分解法 / Factoring",
            "final_answer": "x=2 或 x=3",
            "knowledge_points": ["quad.factor"],
            "steps": [
                {**step, "question": "能分解吗？", "answer": "(x-2)(x-3)", "claim": "x^2-5x+6=(x-2)(x-3)",
                 "source": "symbolic", "knowledge_points": []},
                {**step, "question": "根是什么？", "answer": "x=2 或 x=3", "claim": second_claim,
                 "source": "teacher_edited", "knowledge_points": ["quad.roots"]},
            ],
        }],
    }


def test_a_saved_result_reopens_as_it_was_shown_with_fresh_verdicts():
    shown = _result("x=2 或 x=3")
    problem = problem_from_result(shown, module="quadratics", difficulty=1, givens=GIVENS)
    assert problem["id"] == PLACEHOLDER_ID and problem["methods"][0]["name_en"] == "Factoring"
    first, second = problem["methods"][0]["steps"]
    assert first["knowledge_points"] == ["quad.factor"]  # inherited: the bank needs one per step
    assert [first["source"], second["source"]] == ["symbolic", "teacher_edited"]
    assert second["context"] == GIVENS

    reopened = result_from_problem(problem, _check, _decide)
    solution = reopened["solutions"][0]
    assert solution["method"] == shown["solutions"][0]["method"]
    assert [s["verdict"]["status"] for s in solution["steps"]] == ["verified", "verified"]  # not the saved "unknown"
    assert [s["source"] for s in solution["steps"]] == ["symbolic", "teacher_edited"]
    assert solution["verified"] and reopened["givens"] == GIVENS


def test_a_wrong_claim_reopens_refuted_and_unverified():
    problem = problem_from_result(_result("x=2 或 x=4"), module="quadratics", difficulty=1, givens=GIVENS)
    solution = result_from_problem(problem, _check, _decide)["solutions"][0]
    assert solution["steps"][1]["verdict"]["status"] == "refuted"
    assert not solution["verified"]


def test_a_case_saved_before_sources_were_kept_says_teacher():
    problem = problem_from_result(_result("x=2 或 x=3"), module="quadratics", difficulty=1)
    for step in problem["methods"][0]["steps"]:
        step.pop("source")
    solution = result_from_problem(problem, _check, _decide)["solutions"][0]
    assert {s["source"] for s in solution["steps"]} == {"teacher"}

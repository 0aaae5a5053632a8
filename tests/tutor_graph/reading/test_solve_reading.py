"""The solve graph with the reading: Result['reading'], step 0 in the CLI text, the verified rule, fail fast."""

from __future__ import annotations

import json

from tests.tutor_graph.scripted_model import ScriptedModel
from tutor_graph import prompts
from tutor_graph.checks import grade
from tutor_graph.context import Settings
from tutor_graph.rendering import render_text
from tutor_graph.result import Result
from tutor_graph.solve import solve

VECTORS = "已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m="
COMPLEX = "(√5+i)(√5−2i)="
# nothing recognises it and the reading is partial (a sphere is not formalised)
UNREAD = "已知矩形 ABCD 的顶点都在半径为 4 的球 O 的球面上, 且 AB=6, BC=2√3, 则棱锥 O-ABCD 的体积为"
QUICK = frozenset()  # no optional nodes: the main chain only


def test_every_result_carries_its_reading_and_shows_it_as_step_zero():
    result = solve("解方程 x^2-5x+6=0", Settings(model_use="never", nodes=QUICK))
    reading = result["reading"]
    assert reading["complete"] and reading["goals"][0]["kind"] == "solve"
    assert json.loads(json.dumps(result))["reading"] == reading  # plain JSON
    text = render_text(result)
    assert "0. 读题" in text and "求：x^2-5x+6=0 的解" in text  # one language at a time (zh by default)
    assert result["solutions"][0]["verified"]  # the bank problem stays verified under back-substitution


def _never_verified_wrong(result: Result, expected: str) -> None:
    for solution in result["solutions"]:
        if solution["verified"]:
            assert grade(expected, solution["final_answer"]).correct, solution


def test_perpendicular_sum_regression():
    """Was answered m=2 and labelled verified (a ⊥ b solved instead of (a+b) ⊥ a)."""
    result = solve(VECTORS, Settings(model_use="never", nodes=QUICK))
    _never_verified_wrong(result, "7")
    assert grade("7", result["final_answer"]).correct and result["solutions"][0]["verified"]


def test_complex_product_regression():
    """Was answered i and labelled verified."""
    result = solve(COMPLEX, Settings(model_use="never", nodes=QUICK))
    _never_verified_wrong(result, "7-\\sqrt{5}i")
    assert result["solutions"] and grade("7-\\sqrt{5}i", result["final_answer"]).correct


def test_variants_are_back_substituted_too():
    result = solve(VECTORS, Settings(model_use="never", nodes=frozenset({"variants"})))
    for variant in result["variants"]:
        if variant["verified"]:
            assert "垂直" in variant["question"]  # and its answer survived back-substitution into its own reading


def test_unrecognised_problem_fails_fast_without_the_embedded_model():
    model = ScriptedModel([], name="embedded")  # any call would fail the test
    result = solve(UNREAD, Settings(chat_model=model, nodes=QUICK))
    assert model.calls == []
    assert prompts.NOTE_UNRECOGNISED_FAST in result["warnings"]
    assert not result["reading"]["complete"] and result["reading"]["unread"]
    assert not any(s["verified"] for s in result["solutions"])


def test_the_embedded_model_runs_when_asked_and_plans_from_the_reading():
    model = ScriptedModel(["no", "no"], name="embedded")
    solve(VECTORS, Settings(chat_model=model, model_use="always", nodes=QUICK))
    assert model.calls, "model_use=always runs the model"
    plan_prompt = model.calls[0][-1]["content"]
    assert "((-1)+(m))*((-1))+((2)+(1))*((2))=0" in plan_prompt  # the formal given, not the raw clause

"""Validation of the model's structured output, settings checks, and the doctests of the graph's modules."""

from __future__ import annotations

import doctest
import importlib
import json

import pytest

from tutor_graph.context import Settings
from tutor_graph.parsing_output import (
    OutputError,
    parse_alternative,
    parse_answer,
    parse_plan,
    parse_variants,
)

GOOD = {"method": "配方法", "steps": [{"question": "怎样配方？", "establishes": "(x-1)^2=4"}]}


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(GOOD, ensure_ascii=False),
        "好的，计划如下：\n```json\n" + json.dumps(GOOD, ensure_ascii=False) + "\n```\n祝学习愉快",
        "Plan: " + json.dumps(GOOD, ensure_ascii=False) + " -- done {not json}",
        json.dumps({**GOOD, "extra": 1}, ensure_ascii=False),  # unknown keys are ignored
    ],
    ids=["bare", "fenced", "surrounded", "extra-key"],
)
def test_valid_plans_parse(text):
    plan = parse_plan(text)
    assert plan.method == "配方法" and plan.steps[0].question == "怎样配方？"


@pytest.mark.parametrize(
    "text, error",
    [
        ("I will first factor and then solve.", "no JSON object found"),
        ('{"method": "x", "steps": [', "does not parse"),
        ('{"method": "x", "steps": []}', "steps: List should have at least 1 item"),
        ('{"steps": [{"question": "为什么?"}]}', "method: Field required"),
        ('{"method": "x", "steps": [{"establishes": "y"}]}', "steps.0.question: Field required"),
        ('{"method": "x", "steps": "first factor"}', "steps: Input should be a valid list"),
        (json.dumps({"method": "x", "steps": [{"question": f"问题{i}"} for i in range(9)]}), "at most 8"),
        ('["a", "b"]', "no JSON object found"),
    ],
    ids=["prose", "truncated", "empty-steps", "no-method", "no-question", "steps-not-list", "too-many", "array"],
)
def test_invalid_plans_say_what_is_wrong(text, error):
    with pytest.raises(OutputError) as caught:
        parse_plan(text)
    assert error in str(caught.value)


def test_alternative_and_variants_validate():
    alt = parse_alternative(json.dumps({"method": "公式法", "final_answer": "x=2 或 x=3",
                                        "steps": [{"question": "判别式是多少？", "answer": "1", "claim": "25-24=1"}]}))
    assert alt.steps[0].claim == "25-24=1"
    with pytest.raises(OutputError, match="final_answer"):
        parse_alternative(json.dumps({"method": "公式法", "steps": [{"question": "判别式?", "answer": "1"}]}))
    variants = parse_variants('{"variants": [{"question": "解方程 x^2-5x+4=0", "change": "6→4", "answer": "1, 4"}]}')
    assert variants.variants[0].answer == "1, 4"
    with pytest.raises(OutputError, match="repeat"):
        parse_variants('{"variants": [{"question": "解方程 x^2=4"}, {"question": "解方程 x^2=4"}]}')


@pytest.mark.parametrize(
    "text, answer, claim",
    [
        ("ANSWER: x=2\nCLAIM: 2*2=4", "x=2", "2*2=4"),
        ("**ANSWER**: 两根\n**CLAIM**: `x=2 or x=3`", "两根", "x=2 or x=3"),
        ("答案：2\n结论：$1+1=2$", "2", "1+1=2"),
        ("just prose, no tags", "just prose, no tags", ""),
        ("ANSWER: first\nANSWER: second\nCLAIM: a=1\nCLAIM: b=2", "second", "b=2"),
    ],
)
def test_step_answers_split_into_answer_and_claim(text, answer, claim):
    parsed = parse_answer(text)
    assert (parsed.answer, parsed.claim) == (answer, claim)


def test_settings_reject_nonsense_and_read_the_environment(monkeypatch):
    with pytest.raises(ValueError, match="unknown optional nodes"):
        Settings(nodes=frozenset({"plan"}))
    with pytest.raises(ValueError, match="methods"):
        Settings(methods=0)
    with pytest.raises(ValueError, match="model_use"):
        Settings(model_use="sometimes")  # type: ignore[arg-type]
    monkeypatch.setenv("TUTOR_MODEL", "openai:http://127.0.0.1:8000/v1?model=qwen")
    assert Settings().model == "openai:http://127.0.0.1:8000/v1?model=qwen" and not Settings().is_embedded
    monkeypatch.delenv("TUTOR_MODEL")
    assert Settings().is_embedded
    assert Settings(nodes=["link"]).runs("link") and not Settings(nodes=["link"]).runs("variants")
    assert set(Settings.describe()) >= {"model", "methods", "repair_budget", "nodes", "lang", "max_tokens", "model_use"}


@pytest.mark.parametrize(
    "module",
    ["tutor_graph.parsing_output", "tutor_graph.nodes.understanding", "tutor_graph.nodes.variants",
     "tutor_graph.nodes.verification"],
)
def test_doctests(module):
    failures, tried = doctest.testmod(importlib.import_module(module))
    assert tried > 0 and failures == 0

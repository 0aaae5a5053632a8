"""The symbolic specialist on every problem type, in Chinese and English, with the real checker.

Each row of `cases.CASES`: problem text, the type we expect it to be recognised as, and the final
answer worked out by hand. A row passes when the first solution's answer grades equal to ours (math layer `grade`),
at least one step was verified by `check_step`, and a verified solution has every claim verified.
"""

from __future__ import annotations

import json

import pytest

from content.knowledge import load_graph
from tutor_graph.checks import grade
from tutor_graph.specialist import plan_symbolically, recognise, solve_step, solve_symbolically
from tutor_graph.specialist.chain import THINKING_METHODS
from tutor_graph.specialist.registry import solvers

from .cases import CASES, DECLINED


def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


@pytest.fixture(scope="module")
def solved():
    """Solve every row once (the checker's worker starts once for the module)."""
    return {text: solve_symbolically(text, max_methods=2, lang=_lang(text)) for text, _, _ in CASES}


@pytest.mark.parametrize(("text", "type_id", "answer"), CASES, ids=[f"{c[1]}-{_lang(c[0])}" for c in CASES])
def test_each_type_is_recognised_and_answered(text, type_id, answer, solved):
    rec = recognise(text)
    assert rec is not None and rec.type_id == type_id
    json.dumps(rec.to_dict())  # the graph may keep it in state
    solutions = solved[text]
    assert solutions, "recognised but no solution"
    first = solutions[0]
    assert grade(answer, first["final_answer"]).correct, (answer, first["final_answer"])
    statuses = [s["verdict"]["status"] for s in first["steps"] if s["claim"]]
    assert "verified" in statuses, [(s["claim"], s["verdict"]) for s in first["steps"]]
    for sol in solutions:
        assert all(s["source"] == "symbolic" for s in sol["steps"])
        if sol["verified"]:
            assert all(s["verdict"]["status"] == "verified" for s in sol["steps"] if s["claim"])


def test_every_type_is_tested_in_both_languages():
    seen: dict[str, set[str]] = {}
    for text, type_id, _ in CASES:
        seen.setdefault(type_id, set()).add(_lang(text))
    assert {s.type_id for s in solvers()} == set(seen)
    assert all(langs == {"zh", "en"} for langs in seen.values()), seen


def test_most_rows_are_fully_verified(solved):
    firsts = [sols[0] for sols in solved.values() if sols]
    share = sum(s["verified"] for s in firsts) / len(firsts)
    assert share >= 0.95, [(s["method"], s["final_answer"]) for s in firsts if not s["verified"]]


def test_two_methods_where_they_exist(solved):
    for text in ("解方程 $x^2-5x+6=0$。", "已知等差数列 $\\{a_n\\}$ 中 $a_1=2$，$d=3$，求前 10 项和。",
                 "从 5 名男生和 4 名女生中选 3 人，至少有 1 名女生的选法有多少种？", "求直线 $x-y+1=0$ 被圆 $x^2+y^2=4$ 截得的弦长。"):
        methods = [s["method"] for s in solved[text]]
        assert len(methods) == 2 and len(set(methods)) == 2


def test_steps_carry_hints_and_real_knowledge_points(solved):
    graph = load_graph()
    assert THINKING_METHODS == set(graph.methods)  # the ids kept apart are exactly the graph's methods
    for solutions in solved.values():
        for sol in solutions:
            assert sol["knowledge_points"] and all(k in graph.points for k in sol["knowledge_points"])
            for step in sol["steps"]:
                assert step["question"] and step["answer"]
                assert step["knowledge_points"], step["question"]
                assert all(k in graph.points for k in step["knowledge_points"]), step["knowledge_points"]
                answer = step["answer"].strip("$ 。.")
                for hint in step["hints"]:  # hints never give the step's answer away
                    if len(answer) >= 4:
                        assert answer not in hint, (answer, hint)
                    else:  # a short answer like "2" may appear innocently; "= 2" may not
                        assert f"={answer}$" not in hint.replace(" ", ""), (answer, hint)


def test_english_chains_are_in_english(solved):
    sol = solved["Solve the equation x^2 - 2x - 1 = 0."][0]
    assert sol["steps"][0]["question"].isascii() or "$" in sol["steps"][0]["question"]
    assert not any("\u4e00" <= ch <= "\u9fff" for s in sol["steps"] for ch in s["question"] + "".join(s["hints"]))


def test_plan_is_unchecked_and_fast():
    plans = plan_symbolically("解方程 $x^2-5x+6=0$。", max_methods=3)
    assert len(plans) == 3
    assert all(s["verdict"]["status"] == "unknown" for p in plans for s in p["steps"])
    assert not any(p["verified"] for p in plans)


def test_solve_step_answers_a_single_question():
    step = solve_step("解方程 $x^2-5x+6=0$。", "把左边因式分解", "")
    assert step is not None and step["verdict"]["status"] == "verified" and "(x - 3)" in step["claim"]
    assert solve_step("解方程 $x^2-5x+6=0$。", "今天天气怎么样？完全无关的问题", "") is None


@pytest.mark.parametrize("text", DECLINED)
def test_shapes_we_cannot_answer_honestly_are_declined(text):
    assert recognise(text) is None, recognise(text)

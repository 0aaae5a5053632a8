"""Control flow of the solve graph, driven by a scripted model; the specialist and the checker are the real ones."""

from __future__ import annotations

import json

import pytest

from tests.tutor_graph.scripted_model import ScriptedModel
from tutor_graph import prompts
from tutor_graph.checks import check_step
from tutor_graph.context import Settings
from tutor_graph.solve import solve

QUADRATIC = "解方程 x^2-5x+6=0"
PLAN = json.dumps(
    {
        "method": "因式分解法",
        "steps": [
            {"question": "左边能分解成哪些一次因式的乘积？", "establishes": "x^2-5x+6=(x-2)(x-3)"},
            {"question": "方程的根是什么？", "establishes": "x=2 或 x=3"},
        ],
    },
    ensure_ascii=False,
)
RIGHT_1 = "<think>十字相乘: -2 与 -3</think>ANSWER: (x-2)(x-3)\nCLAIM: x^2-5x+6=(x-2)*(x-3)\nHINT: 找积为 6、和为 -5 的两个数"
WRONG_1 = "ANSWER: (x-1)(x-6)\nCLAIM: x^2-5x+6=(x-1)*(x-6)"
WRONG_1_AGAIN = "ANSWER: (x+2)(x+3)\nCLAIM: x^2-5x+6=(x+2)*(x+3)"
RIGHT_2 = "ANSWER: x=2 或 x=3\nCLAIM: x=2 或 x=3"


def settings(model: ScriptedModel, **changes) -> Settings:
    """Only the chain's nodes unless a test asks for more, so scripts stay short."""
    return Settings(chat_model=model, **{"nodes": frozenset(), **changes})


def sources(result) -> list[str]:
    return [s["source"] for s in result["solutions"][0]["steps"]]


def statuses(result) -> list[str]:
    return [s["verdict"]["status"] for s in result["solutions"][0]["steps"]]


def test_refuted_step_is_repaired_then_falls_back_to_the_specialist():
    model = ScriptedModel([PLAN, WRONG_1, WRONG_1_AGAIN, RIGHT_2])
    result = solve(QUADRATIC, settings(model, repair_budget=1))

    assert len(model.calls) == 4  # plan, answer, one repair, answer of step 2: no more
    repair_prompt = model.calls[2][-1]["content"]
    counterexample = check_step("x^2-5x+6=(x-1)*(x-6)").counterexample
    assert counterexample and counterexample in repair_prompt  # the model was told why it was wrong
    assert sources(result) == ["symbolic", "model"]
    assert statuses(result) == ["verified", "verified"]
    assert result["solutions"][0]["verified"]
    assert prompts.NOTE_STEP_SYMBOLIC.format(index=1) in result["warnings"]
    assert [t["node"] for t in result["trace"]].count("repair") == 1


def test_repair_that_succeeds_is_labelled_repaired():
    model = ScriptedModel([PLAN, WRONG_1, RIGHT_1, RIGHT_2])
    result = solve(QUADRATIC, settings(model))

    assert sources(result) == ["repaired", "model"]
    assert statuses(result) == ["verified", "verified"]
    assert result["solutions"][0]["verified"]
    assert result["solutions"][0]["steps"][0]["hints"] == ["找积为 6、和为 -5 的两个数"]
    # The thinking went to the trace, not into the answer shown.
    assert "十字相乘" not in result["solutions"][0]["steps"][0]["answer"]
    assert any("十字相乘" in t["reasoning"] for t in result["trace"] if t["node"] == "repair")


def test_zero_repair_budget_goes_straight_to_the_specialist():
    model = ScriptedModel([PLAN, WRONG_1, RIGHT_2])
    result = solve(QUADRATIC, settings(model, repair_budget=0))

    assert len(model.calls) == 3
    assert sources(result) == ["symbolic", "model"]


def test_invalid_plan_is_retried_with_the_error_then_the_specialist_builds_the_chain():
    model = ScriptedModel(["Sure! First we factor, then we solve.", '{"method": "因式分解法", "steps": []}'])
    result = solve(QUADRATIC, settings(model, plan_retries=1))

    assert len(model.calls) == 2
    retry = model.calls[1]
    assert retry[-2] == {"role": "assistant", "content": "Sure! First we factor, then we solve."}
    assert "no JSON object found" in retry[-1]["content"]
    assert set(sources(result)) == {"symbolic"}
    assert result["solutions"][0]["verified"]
    assert any(w.startswith("模型写出的问题链格式不对（试了 2 次）") for w in result["warnings"])
    # Notes speak to teachers: no validation paths or exception types on screen (issue 16).
    assert not any("Field required" in w or "Error" in w for w in result["warnings"])
    assert prompts.NOTE_CHAIN_SYMBOLIC in result["warnings"]


def test_plan_retry_that_succeeds_keeps_the_model_chain():
    model = ScriptedModel(["no plan here", PLAN, RIGHT_1, RIGHT_2])
    result = solve(QUADRATIC, settings(model))

    assert sources(result) == ["model", "model"]
    assert result["solutions"][0]["verified"]
    assert result["solutions"][0]["method"] == "因式分解法"
    assert result["final_answer"] == "x=2 或 x=3"


def test_wrong_final_answer_without_claims_is_replaced_by_the_specialists_chain():
    model = ScriptedModel([PLAN, "ANSWER: 可以分解", "ANSWER: x=1 或 x=6"])
    result = solve(QUADRATIC, settings(model))

    assert set(sources(result)) == {"symbolic"}
    assert result["solutions"][0]["verified"]
    assert any(w.startswith("模型的最终答案 x=1 或 x=6 与符号求解结果") for w in result["warnings"])


def test_a_wrong_solution_set_is_refuted_not_passed():
    # x = 2 alone misses a root: checked as the solution of the equation, it is refuted, then repaired.
    model = ScriptedModel([PLAN, RIGHT_1, "ANSWER: x=2\nCLAIM: x=2", RIGHT_2])
    result = solve(QUADRATIC, settings(model))

    assert len(model.calls) == 4
    assert "x = 3" in model.calls[3][-1]["content"]  # the counterexample names the missing root
    assert sources(result) == ["model", "repaired"]
    assert statuses(result) == ["verified", "verified"]


def test_embedded_model_is_skipped_on_recognised_problems_in_auto_mode():
    model = ScriptedModel([], name="embedded")
    result = solve(QUADRATIC, Settings(chat_model=model))

    assert model.calls == []
    assert prompts.NOTE_MODEL_SKIPPED in result["warnings"]
    assert len(result["solutions"]) >= 2  # 一题多解 from the specialist
    assert all(s["verified"] for s in result["solutions"])
    methods = [s["method"] for s in result["solutions"]]
    assert len(set(methods)) == len(methods)
    assert result["variants"] and all(v["verified"] for v in result["variants"])
    assert all(v["question"] != QUADRATIC for v in result["variants"])


def test_unloadable_model_falls_back_with_a_warning():
    result = solve(QUADRATIC, Settings(model="hf:/nonexistent/model-folder", model_use="always", nodes=frozenset()))

    assert set(sources(result)) == {"symbolic"}
    assert result["solutions"][0]["verified"]
    assert any(w.startswith("推理模型无法使用") and "Settings" in w for w in result["warnings"])


def test_unrecognised_problem_with_a_verified_model_chain(monkeypatch):
    # The specialist's coverage grows; pretend it does not know this type, to test the path without a reference.
    # (The graph reaches the specialist through nodes.deps, which runs it in a checker worker.)
    from tutor_graph.nodes import deps

    monkeypatch.setattr(deps, "recognise", lambda text, timeout_s: None)
    plan = json.dumps({"method": "均值不等式", "steps": [
        {"question": "x 与 1/x 的和至少是多少？", "establishes": "x+1/x>=2"},
        {"question": "x 取何值时等号成立？", "establishes": "1+1/1=2"}]}, ensure_ascii=False)
    model = ScriptedModel([plan, "ANSWER: 由均值不等式，x+1/x≥2\nCLAIM: x+1/x>=2", "ANSWER: 2\nCLAIM: 1+1/1=2"])
    result = solve("已知 x>0，求 x+1/x 的最小值", settings(model))

    assert sources(result) == ["model", "model"]
    assert statuses(result) == ["verified", "verified"]
    assert result["solutions"][0]["verified"]
    assert prompts.NOTE_UNRECOGNISED in result["warnings"]


def test_unrecognised_problem_without_a_model_says_so():
    result = solve("证明：素数有无穷多个。", Settings(model_use="never"))

    assert result["solutions"] == [] and result["final_answer"] == ""
    assert prompts.NOTE_NO_SOLUTION in result["warnings"]
    assert prompts.NOTE_UNRECOGNISED in result["warnings"]


@pytest.mark.parametrize("skip", [frozenset({"alternatives", "link", "variants"}), frozenset({"variants"})])
def test_switched_off_nodes_do_not_run(skip):
    result = solve(QUADRATIC, Settings(model_use="never", nodes=frozenset({"alternatives", "link", "variants"}) - skip))
    ran = {t["node"] for t in result["trace"]}
    assert not ran & skip
    assert {"understand", "fallback", "final_check"} <= ran


def test_plain_dict_context_as_langgraph_studio_sends_it():
    from tutor_graph.graph import graph

    state = graph.invoke({"problem": QUADRATIC}, context={"model_use": "never", "methods": 1, "nodes": ["link"]})
    result = state["result"]
    assert len(result["solutions"]) == 1
    assert [t["node"] for t in result["trace"]] == ["understand", "fallback", "final_check", "link"]


MAXIMUM = "已知函数 f(x)=x^3-3x，求 f(x) 在 [0,2] 上的最大值"  # the specialist knows one method for it


def alternative(last_claim: str) -> str:
    return json.dumps({"method": "单调性法 / Monotonicity", "final_answer": "2", "steps": [
        {"question": "f(x) 的导数是什么？", "answer": "f'(x)=3x^2-3", "claim": "f'(x)=3x^2-3"},
        {"question": "比较端点与极值点的函数值", "answer": "f(0)=0，f(1)=-2，f(2)=2", "claim": last_claim}]},
        ensure_ascii=False)


def test_model_alternative_is_verified_and_kept():
    # The plan fails twice, so the main chain is the specialist's; the second method comes from the model.
    model = ScriptedModel(["no", "no", alternative("f(2)=2")])
    result = solve(MAXIMUM, settings(model, methods=2, nodes=frozenset({"alternatives"})))

    assert len(model.calls) == 3
    assert "导数法" in model.calls[2][-1]["content"]  # the model was told which method to avoid
    assert [s["method"] for s in result["solutions"]] == ["导数法 / Derivative", "单调性法 / Monotonicity"]
    second = result["solutions"][1]
    assert second["verified"] and {s["source"] for s in second["steps"]} == {"model"}
    assert [s["verdict"]["status"] for s in second["steps"]] == ["verified", "verified"]


def test_model_alternative_with_a_refuted_step_is_dropped():
    model = ScriptedModel(["no", "no", alternative("f(2)=3")])
    result = solve(MAXIMUM, settings(model, methods=2, nodes=frozenset({"alternatives"})))

    assert len(result["solutions"]) == 1
    assert prompts.NOTE_ALTERNATIVE_DROPPED.format(method="单调性法 / Monotonicity") in result["warnings"]
    assert prompts.NOTE_FEWER_METHODS.format(got=1, want=2) in result["warnings"]


def test_model_variants_get_the_specialists_answer_and_verified_ones_come_first():
    written = json.dumps({"variants": [
        {"question": "讨论方程 x^2-7x+k=0 的实根个数与 k 的关系", "change": "推广", "answer": "k<49/4 时两个"},
        {"question": "解方程 x^2-7x+12=0", "change": "改变系数", "answer": "x=5"}]}, ensure_ascii=False)
    model = ScriptedModel(["no", "no", written])
    result = solve(QUADRATIC, settings(model, variants=2, nodes=frozenset({"variants"})))

    first, second = result["variants"]
    assert first["question"] == "解方程 x^2-7x+12=0" and first["verified"]
    assert first["answer"] != "x=5" and "3" in first["answer"] and "4" in first["answer"]  # the specialist's, not the model's
    assert second["verified"] and second["change"].startswith("把 ")  # a number change filled the second place


def test_a_long_plan_with_repairs_stays_within_the_recursion_limit():
    # Eight questions, each answered wrongly twice: 8 × (answer, verify, repair, verify, fallback) graph steps.
    plan = json.dumps({"method": "逐项检查", "steps": [{"question": f"第 {i} 问：{i}+{i} 等于几？"} for i in range(1, 9)]},
                      ensure_ascii=False)
    wrong = [f"ANSWER: 错\nCLAIM: {i}+{i}={2 * i + 1}" for i in range(1, 9) for _ in range(2)]
    model = ScriptedModel([plan, *wrong])
    result = solve("计算 1+1、2+2、…、8+8", settings(model))

    assert len(model.calls) == 17
    steps = result["solutions"][0]["steps"]
    assert len(steps) == 8 and all(s["verdict"]["status"] == "refuted" for s in steps)
    assert not result["solutions"][0]["verified"]  # wrong steps are shown as wrong, never as verified
    assert prompts.NOTE_STEP_UNRESOLVED.format(index=8) in result["warnings"]

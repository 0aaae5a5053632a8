"""The chain editor's "save as a new method of this type": generalised, checked, stored, used next time."""

from __future__ import annotations

import pytest

from content.db import upgrade
from content.method_store import MethodStoreError, save_method, saved_methods
from tutor_graph.specialist import solve_symbolically
from tutor_graph.specialist.types.saving import generalise

PROBLEM = "在等差数列 $\\{a_n\\}$ 中，$a_3=7$，$a_7=15$，求 $a_{10}$。"
SAME_SHAPE = "在等差数列 $\\{a_n\\}$ 中，$a_2=5$，$a_6=17$，求 $a_9$。"
NAME = "两项定公差再推"


@pytest.fixture()
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    upgrade(url)
    monkeypatch.setenv("TUTOR_DATABASE_URL", url)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)  # every method, however busy the CPU
    return url


def _edited(last_claim: str) -> dict:
    """The first method's chain as a teacher edits it: keep d and a_1, then go from a_7 by three steps."""
    solution = solve_symbolically(PROBLEM, 1)[0]
    kept = [s for s in solution["steps"] if s["claim"]][:2]
    last = {"question": "由 $a_{7}$ 再加 3 个公差，$a_{10}$ 是多少？", "answer": "$a_{10}=15+3\\times 2=21$",
            "claim": last_claim, "knowledge_points": ["seq.arith.props"], "hints": ["从第 7 项到第 10 项要加几次公差？"]}
    return {**solution, "steps": kept + [last]}


def test_an_edited_chain_becomes_a_checked_method_used_on_the_next_problem(database):
    outcome = generalise(PROBLEM, _edited("15 + 3*2 = 21"), NAME)
    assert outcome["ok"], outcome["errors"]
    assert outcome["checked_on"] >= 3  # this problem and renumbered copies of it at least
    last = outcome["method"]["steps"][-1]
    assert "3" not in last["claim"] and "@{k_gap}" in last["claim"], last  # the 3 steps, not a_1 = 3
    save_method(outcome["type_id"], "teacher1", outcome["method"], database)
    assert [m["owner"] for m in saved_methods("sequence.arithmetic", database)] == ["teacher1"]

    solutions = solve_symbolically(SAME_SHAPE, max_methods=8)
    mine = [s for s in solutions if s["method"].startswith(NAME)]
    assert mine and mine[0]["verified"], [(s["method"], s["verified"]) for s in solutions]
    assert mine[0]["steps"][-1]["claim"] == "17 + 3*3 = 26" and mine[0]["final_answer"] == "$a_{9}=26$"
    # a problem of another shape of the type does not get it
    assert not [s for s in solve_symbolically("等差数列 $\\{a_n\\}$ 中，$a_1=2$，$d=3$，求 $S_{10}$。", 8)
                if s["method"].startswith(NAME)]


def test_a_wrong_step_is_refused_with_the_step_named(database):
    outcome = generalise(PROBLEM, _edited("15 + 3*2 = 22"), NAME)
    assert not outcome["ok"]
    assert any("step 3" in e and "refuted" in e for e in outcome["errors"]), outcome["errors"]


def test_a_problem_no_type_recognises_is_refused():
    outcome = generalise("证明：$\\sqrt{2}$ 是无理数。", {"steps": []}, NAME)  # every recognised type has a template
    assert not outcome["ok"] and "模板" in outcome["errors"][0] and outcome["type_id"] == ""


def test_the_store_keeps_names_unique_per_type(database):
    method = {"name_zh": NAME, "steps": [{"question_zh": "？", "answer": "1", "knowledge_points": ["seq.arith.def"]}]}
    save_method("sequence.arithmetic", "teacher1", method, database)
    with pytest.raises(MethodStoreError, match="already has a method"):
        save_method("sequence.arithmetic", "teacher2", method, database)
    save_method("sequence.geometric", "teacher2", method, database)  # another type may use the name
    with pytest.raises(MethodStoreError):
        save_method("sequence.arithmetic", "teacher1", {"name_zh": "x", "steps": []}, database)


def test_an_opening_step_without_a_claim_is_saved_as_the_idea_question(database):
    solution = _edited("15 + 3*2 = 21")
    idea = {"question": "已知两项，怎样求出公差？", "answer": "两项之差除以项数之差", "claim": "",
            "knowledge_points": ["seq.arith.def"], "hints": ["相隔几项？", "差里有几个公差？"]}
    outcome = generalise(PROBLEM, {**solution, "steps": [idea, *solution["steps"]]}, NAME)
    assert outcome["ok"], outcome["errors"]
    flags = [s.get("idea", False) for s in outcome["method"]["steps"]]  # stored without defaults
    assert flags[0] is True and not any(flags[1:]), flags  # only the leading step without a claim

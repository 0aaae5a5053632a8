"""The chain editor's "save as a new method of this type" under AppTest: checked, stored with its owner, used."""

from __future__ import annotations

from tests.app.conftest import assert_clean, texts

PROBLEM = "在等差数列 $\\{a_n\\}$ 中，$a_3=7$，$a_7=15$，求 $a_{10}$。"
SAME_SHAPE = "在等差数列 $\\{a_n\\}$ 中，$a_2=5$，$a_6=17$，求 $a_9$。"
NAME = "公式法（我的措辞）"
SUBMIT = "FormSubmitter:w_method_form-检验并保存为新解法"


def test_an_edited_chain_is_saved_as_a_method_of_its_type_and_used_next_time(app, monkeypatch):
    from content.method_store import saved_methods
    from tutor_graph.specialist import solve_symbolically

    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)
    at = app().run()
    at.text_area(key="w_problem").input(PROBLEM)
    at.button(key="w_run").click().run(timeout=300)
    assert_clean(at)
    steps = at.session_state.draft["steps"]
    first = steps[1]["uid"]  # the step that finds d from a_3 and a_7
    at.text_input(key=f"w_d{first}_question").input("$a_{7}$ 比 $a_{3}$ 多了几个公差？公差 $d$ 是多少？").run()
    at.text_input(key="w_method_name").input(NAME)
    at.button(key=SUBMIT).click().run(timeout=300)
    assert_clean(at)
    assert any("已保存为题型 sequence.arithmetic 的新解法" in s for s in texts(at.success)), texts(at.error)

    saved = saved_methods("sequence.arithmetic")
    assert [(m["name_zh"], m["owner"]) for m in saved] == [(NAME, "admin")]
    assert saved[0]["steps"][1]["question_zh"] == "$a_{@{j}}$ 比 $a_{@{i}}$ 多了几个公差？公差 $d$ 是多少？"

    mine = [s for s in solve_symbolically(SAME_SHAPE, max_methods=8) if s["method"].startswith(NAME)]
    assert mine and mine[0]["verified"]
    assert mine[0]["steps"][1]["question"] == "$a_{6}$ 比 $a_{2}$ 多了几个公差？公差 $d$ 是多少？"

    # the same name again is refused with a readable message, nothing stored twice
    at.button(key=SUBMIT).click().run(timeout=300)
    assert any("已有" in e or "already has" in e for e in texts(at.error)), texts(at.error)
    assert len(saved_methods("sequence.arithmetic")) == 1


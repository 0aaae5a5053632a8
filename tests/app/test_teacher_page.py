"""The teacher workspace under AppTest: solve with the real graph, render, edit with re-verification, save."""

from __future__ import annotations

import sys

import pytest

from tests.app.conftest import assert_clean, texts

PROBLEM = "解方程 $x^2-5x+6=0$"


def _solve(at, problem: str = PROBLEM, timeout: float | None = None):
    at.text_area(key="w_problem").input(problem)
    at.button(key="w_run").click().run(timeout=timeout)
    assert_clean(at)
    return at


def test_first_page_is_the_teacher_workspace_and_says_the_demo_model_is_in_use(app):
    at = app().run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["教师工作台"]
    banner = " ".join(texts(at.info))
    assert "内置演示模型" in banner and "符号专家" in banner  # what is in use, and what a real model adds
    assert "Qwen" in banner


def test_solving_shows_each_method_as_a_verified_chain(app):
    at = _solve(app().run())
    result = at.session_state.result
    assert result is not None and len(result["solutions"]) >= 2
    # One tab per method, named after it in the interface language only (issue 16: one language at a time).
    tab_labels = [tab.label for tab in at.tabs]
    for n, solution in enumerate(result["solutions"], start=1):
        zh, _, en = solution["method"].partition(" / ")
        assert en and f"{n}. {zh}" in tab_labels
        assert not any(en in label for label in tab_labels)
    markdown = texts(at.markdown)
    # The chain view's badge lines (the editor below draws its own, prefixed with the step number).
    badges = [m for m in markdown if m.startswith(":") and "来源" in m]
    verified_steps = [s for sol in result["solutions"] for s in sol["steps"] if s["verdict"]["status"] == "verified"]
    assert verified_steps, "the specialist's chain for a quadratic should verify"
    assert sum("✓ 已验证" in b for b in badges) == len(verified_steps)
    assert any("来源: 符号专家" in b for b in badges)
    chips = [g for g in at.get("button_group") if (g.key or "").startswith("w_chips_")]
    assert chips and "一元二次方程的解法" in chips[0].options  # knowledge-point chips by name (they open the map)
    # Progress was reported per node and kept for after the run.
    assert any("理解题意" in line for line in at.session_state.run_log)
    # The final answer comes from the graph; both roots are in it.
    final = [m for m in markdown if m.startswith("### 最终答案")][0]
    assert "2" in final and "3" in final


def test_a_refuted_step_shows_its_reason_and_counterexample(app, fixture_result):
    at = app()
    at.session_state.problem_text = fixture_result["problem"]
    at.session_state.result = fixture_result
    at.run()
    assert_clean(at)
    markdown = texts(at.markdown)
    assert any(":red-badge[✗ 已驳回]" in m for m in markdown)
    assert any(":orange-badge[来源: 模型修正]" in m for m in markdown)
    assert any(":gray-badge[? 无法判定]" in m for m in markdown)
    captions = texts(at.caption)
    assert any("反例：left 3, right 4" in c for c in captions)


def test_editing_a_claim_re_verifies_it_and_a_wrong_one_is_refuted(app):
    at = _solve(app().run())
    draft = at.session_state.draft
    i = 1  # step 0 is the idea question (no claim); step 1 factors the left side
    assert not draft["steps"][0]["claim"] and draft["steps"][i]["verdict"]["status"] == "verified"
    original = draft["steps"][i]["claim"]
    wrong = "x^2-5x+6=(x-1)(x-6)"
    assert wrong != original
    at.text_input(key=f"w_d{i}_claim").input(wrong).run()
    step = at.session_state.draft["steps"][i]
    assert step["claim"] == wrong and step["edited"]
    assert step["verdict"]["status"] == "refuted"
    assert step["verdict"]["counterexample"]
    # Putting a true factorisation back verifies again.
    at.text_input(key=f"w_d{i}_claim").input("x^2-5x+6=(x-2)(x-3)").run()
    assert at.session_state.draft["steps"][i]["verdict"]["status"] == "verified"


def test_reorder_add_and_delete_steps(app):
    at = _solve(app().run())
    first, second = (s["question"] for s in at.session_state.draft["steps"][:2])
    at.button(key="w_d0_down").click().run()
    assert [s["question"] for s in at.session_state.draft["steps"][:2]] == [second, first]
    count = len(at.session_state.draft["steps"])
    at.button(key="w_draft_add").click().run()
    steps = at.session_state.draft["steps"]
    assert len(steps) == count + 1 and steps[-1]["verdict"]["status"] == "unknown"
    new_uid = steps[-1]["uid"]
    at.text_input(key=f"w_d{new_uid}_claim").input("(x-2)(x-3)=x^2-5x+6").run()
    assert at.session_state.draft["steps"][-1]["verdict"]["status"] == "verified"
    at.button(key=f"w_d{new_uid}_del").click().run()
    assert len(at.session_state.draft["steps"]) == count
    assert_clean(at)


def test_switching_methods_keeps_the_edits_of_each(app):
    at = _solve(app().run())
    assert len(at.session_state.result["solutions"]) >= 2
    at.text_input(key="w_d0_question").input("先想一想：左边能不能分解？").run()
    at.selectbox(key="w_draft_method").select(1).run()
    assert at.session_state.draft_method == 1
    assert at.session_state.draft["method"] == at.session_state.result["solutions"][1]["method"]
    assert any("其他解法中的修改已保留" in c for c in texts(at.caption))  # the teacher is told the edit is kept
    at.selectbox(key="w_draft_method").select(0).run()
    assert at.session_state.draft["steps"][0]["question"] == "先想一想：左边能不能分解？"
    assert at.session_state.draft["steps"][0]["edited"]
    # a new run starts from the new result's chains
    at.button(key="w_run").click().run()
    assert not at.session_state.draft["steps"][0]["edited"] and at.session_state.draft_shelf == {}
    assert_clean(at)


def test_givens_are_used_to_verify_an_edited_step(app):
    at = _solve(app().run())
    at.text_input(key="w_draft_meta_givens").input("f(x)=x^3-3x").run()
    at.text_input(key="w_d0_claim").input("f'(x)=3x^2-3").run()
    assert at.session_state.draft["steps"][0]["verdict"]["status"] == "verified"
    at.text_input(key="w_d0_claim").input("f'(x)=3x^2").run()
    assert at.session_state.draft["steps"][0]["verdict"]["status"] == "refuted"


def test_save_then_open_the_case_in_a_new_session(app, cases_db):
    at = _solve(app().run())
    at.text_input(key="w_d1_question").input("左边能写成哪两个一次式的积？").run()  # step 0 is the idea question
    at.text_input(key="w_save_title").input("二次方程 因式分解 示范")
    assert at.text_input(key="w_save_author").value == "admin"  # the logged-in account, not a typed name
    at.text_input(key="w_save_tags").input("二次方程, 因式分解")
    at.button(key="FormSubmitter:w_save_form-保存案例").click().run()
    assert_clean(at)
    assert any("已保存案例" in s for s in texts(at.success)), texts(at.error)
    assert cases_db.exists() and cases_db.stat().st_size > 0

    other = app().run()  # a new browser session: nothing shared but the library file
    picker = other.selectbox(key="w_case_pick")
    assert any("二次方程 因式分解 示范" in option for option in picker.options)
    other.button(key="w_case_open").click().run()
    assert_clean(other)
    reopened = other.session_state.result
    assert reopened["solutions"][0]["steps"][1]["question"] == "左边能写成哪两个一次式的积？"
    assert reopened["solutions"][0]["steps"][1]["verdict"]["status"] == "verified"  # re-verified on open

    # A second save of the opened case by its owner is its version 2, not a new case.
    other.checkbox(key="w_save_new").uncheck()
    other.button(key="FormSubmitter:w_save_form-保存案例").click().run()
    assert other.session_state.last_saved["id"] == reopened["case"]["id"]
    assert other.session_state.last_saved["version"] == 2


def test_a_save_the_library_rejects_is_a_readable_message(app):
    at = _solve(app().run())
    at.text_input(key="w_save_title").input(" ")  # a blank title
    at.button(key="FormSubmitter:w_save_form-保存案例").click().run()
    assert_clean(at)
    errors = texts(at.error)
    assert any("保存失败" in e and "title" in e for e in errors), errors


def test_exports_a_markdown_and_a_print_ready_html_handout(app):
    at = _solve(app().run())
    keys = [b.key for b in at.get("download_button")]
    assert {"w_export_md", "w_export_html"} <= set(keys)


def test_a_failing_solve_is_a_message_not_a_traceback(app, monkeypatch):
    import tutor_graph.solve

    def broken(*args, **kwargs):
        raise RuntimeError("the graph fell over")
        yield  # pragma: no cover - makes this a generator like the real one

    monkeypatch.setattr(tutor_graph.solve, "stream_solve", broken)
    at = _solve(app().run())
    assert_clean(at)
    errors = texts(at.error)
    # What happened and what to do, in the teacher's words; the exception itself goes to the server log.
    assert any("求解时出错了" in e and "重试" in e for e in errors), errors
    assert not any("RuntimeError" in e or "the graph fell over" in e for e in errors)
    assert at.session_state.result is None


def test_a_package_that_is_not_built_yet_is_reported_plainly(app, monkeypatch):
    monkeypatch.setitem(sys.modules, "content.cases", None)  # importing it now raises ImportError
    at = app().run()
    assert_clean(at)
    assert any("案例库 / case library" in w and "尚不可用" in w for w in texts(at.warning))


@pytest.mark.parametrize("lang, title", [("en", "Teacher workspace"), ("zh", "教师工作台")])
def test_language_switch(app, lang, title):
    at = app().run()
    at.get("button_group")[0].set_value(lang).run()
    assert at.session_state.lang == lang
    assert [t.value for t in at.title] == [title]


def test_an_unexpected_bug_in_a_page_is_shown_as_a_message(app, monkeypatch, fixture_result):
    from app import services

    def broken(lang):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(services, "point_namer", broken)
    at = app()
    at.session_state.result = fixture_result
    at.run()
    assert not at.exception
    assert any("页面出错了" in e and "unexpected" in e for e in texts(at.error))


def test_a_problem_nothing_recognises_comes_back_at_once_with_what_was_read_and_a_way_on(app):
    """With the embedded demo model, an unrecognised problem does not run the model (it cannot do mathematics):
    the page says so, shows what was read, and offers the chain editor; never a green "done" over nothing."""
    at = _solve(app().run(), "证明：对任意正整数 n，n^3-n 能被 6 整除。", timeout=300)
    assert_clean(at)
    result = at.session_state.result
    assert result is not None and result["model"] == "embedded" and not result["solutions"]
    assert not any(m.startswith("**模型输出（实时）**") for m in texts(at.markdown))  # the model was not run
    assert sum(row["model_calls"] for row in result["trace"]) == 0
    assert "reading" in result and not result["reading"]["complete"]
    notes = " ".join(texts(at.caption))
    assert "内置演示模型不会做数学" in notes or "没有认出这道题的类型" in notes
    assert "这道题暂时不能自动求解" in texts(at.subheader)
    assert at.button(key="w_unrec_write")


def test_a_long_paste_is_cut_at_the_limit_with_a_note_never_dropped(app):
    from app.components.problem_input import MAX_PROBLEM_CHARS
    from tutor_graph.nodes.understanding import MAX_PROBLEM

    assert MAX_PROBLEM_CHARS == MAX_PROBLEM  # the page keeps what the solver reads
    at = app().run()
    box = at.text_area(key="w_problem")
    assert not box.proto.max_chars  # a browser limit drops an over-long paste entirely (issue 16)
    long = "已知 $x^2-5x+6=0$。" + "这是一段很长的题干。" * 500
    assert len(long) > MAX_PROBLEM
    box.input(long).run()
    assert_clean(at)
    assert at.session_state.problem_text == long[:MAX_PROBLEM]
    assert any(f"已截取前 {MAX_PROBLEM} 个字符" in w and str(len(long)) in w for w in texts(at.warning))
    assert at.session_state.problem_text.strip()  # so "run" solves it instead of asking for a problem

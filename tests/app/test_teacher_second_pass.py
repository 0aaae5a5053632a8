"""Teacher workspace, second pass (issue 16): one language, honest counts, the unrecognised path, the editor's
checks and sources through save and reopen, handout versions, links. Real app script under AppTest."""

from __future__ import annotations

import copy
import re

import pytest

from tests.app.conftest import assert_clean, texts

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
WAIT = 300  # a cold solve on a loaded 2-core machine


def _solve(at, problem: str = "解方程 $x^2-5x+6=0$"):
    at.text_area(key="w_problem").input(problem)
    at.button(key="w_run").click().run(timeout=WAIT)
    assert_clean(at)
    return at


def _shown(at) -> list[str]:
    """Every text the page body shows (the sidebar's language switch is bilingual by design)."""
    found = texts(at.main.markdown) + texts(at.main.caption) + texts(at.main.info) + texts(at.main.warning)
    found += texts(at.main.subheader) + texts(at.main.title) + [tab.label for tab in at.main.tabs]
    return found


def _save(at) -> None:
    # The author is the logged-in account (its box is shown disabled), never a typed name.
    at.button(key="FormSubmitter:w_save_form-保存案例").click().run(timeout=WAIT)


def test_the_english_page_shows_no_chinese_beyond_the_problem(app):
    at = app()
    at.session_state.lang = "en"
    at.run()
    _solve(at, "Solve $x^2-5x+6=0$")
    result = at.session_state.result
    assert result["solutions"] and any(" / " in s["method"] for s in result["solutions"])  # the JSON keeps both
    chinese = [text for text in _shown(at) if CJK.search(text)]
    assert not chinese, chinese
    assert any("Factoring" in label for label in [tab.label for tab in at.tabs])


def test_the_chinese_page_shows_no_english_halves(fixture_result, cases_db):
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import MAIN, logged_in

    at = logged_in(AppTest.from_file(MAIN, default_timeout=WAIT))
    at.session_state.problem_text = fixture_result["problem"]
    at.session_state.result = fixture_result
    at.run()
    assert_clean(at)
    shown = " ".join(_shown(at))
    for english in ("Factoring", "Quadratic formula", "changed the constant term", "embedded demo model"):
        assert english not in shown
    assert "因式分解法" in shown and "改变常数项" in shown


def test_the_footer_counts_exactly_what_the_steps_show(app, fixture_result):
    at = app()
    at.session_state.problem_text = fixture_result["problem"]
    at.session_state.result = fixture_result
    at.run()
    assert_clean(at)
    footers = [m for m in texts(at.markdown) if "**最终答案**" in m]
    assert len(footers) == 2
    # Method 1: both steps verified. Method 2: one verified, one refuted, one unknown.
    assert "全部步骤已验证" in footers[0]
    assert "全部步骤已验证" not in footers[1] and "1/3 步已验证" in footers[1] and "1 步有误" in footers[1]
    assert ":red-badge" in footers[1]


def test_an_unknown_step_is_never_counted_as_verified(app, fixture_result):
    result = copy.deepcopy(fixture_result)
    method = result["solutions"][0]
    method["steps"][1]["verdict"] = {"status": "unknown", "reason": "", "counterexample": None}
    assert method["verified"]  # the Result still says verified: the footer must not believe it
    at = app()
    at.session_state.result = result
    at.session_state.lang = "en"
    at.run()
    footer = [m for m in texts(at.markdown) if "**Final answer**" in m][0]
    assert "1 of 2 steps verified" in footer and "Every step verified" not in footer


def test_an_unrecognised_problem_says_what_was_recognised_and_what_to_do(app):
    problem = "已知向量 $a=(1,2)$，$b=(m,1)$，若 $a\\perp b$，求 $m$ 的取值及 $|a+b|$ 的某种奇怪性质。"
    result = {
        "problem": problem, "topic": "", "knowledge_points": [], "final_answer": "", "solutions": [],
        "variants": [], "trace": [], "model": "embedded", "warnings": [],
        "reading": {"text": problem, "objects": [{"name": "a", "kind": "vector", "value": "(1,2)"}],
                    "givens": [{"text": "a⊥b", "span": [0, 3], "claim": "a\\cdot b=0", "kind": "relation"}],
                    "goals": [{"text": "求 m 的取值", "kind": "value", "expression": "m", "part": ""}],
                    "options": {}, "unread": ["某种奇怪性质"], "complete": False},
    }
    at = app()
    at.session_state.problem_text = problem
    at.session_state.result = result
    at.run()
    assert_clean(at)
    assert "这道题暂时不能自动求解" in texts(at.subheader)
    shown = " ".join(texts(at.markdown))
    assert "识别的主题" in shown
    chips = next(g for g in at.get("button_group") if g.key == "w_unrec_points")
    assert chips.label == "可能涉及的知识点" and chips.options  # likely points, by name, opening the map
    assert "a⊥b" in shown and "求 m 的取值" in shown and "某种奇怪性质" in shown  # the partial reading
    assert "题库中相近的题目" in shown
    assert any(b.key and b.key.startswith("w_unrec_bank_") for b in at.button)  # nearest bank problems
    assert "最终答案：" not in " ".join(texts(at.markdown)).replace("**最终答案**", "")
    # The way forward: the chain editor on a blank teacher-written method.
    at.button(key="w_unrec_write").click().run()
    assert_clean(at)
    draft = at.session_state.draft
    assert draft is not None and len(draft["steps"]) == 1 and draft["steps"][0]["source"] == "teacher"
    at.text_input(key="w_d0_question").input("由 $a\\perp b$ 可得什么等式？").run()
    at.text_input(key="w_d0_answer").input("$m+2=0$").run()
    at.text_input(key="w_d0_claim").input("1*(-2)+2*1=0").run()
    assert at.session_state.draft["steps"][0]["verdict"]["status"] == "verified"  # still checked by SymPy
    assert at.session_state.draft["steps"][0]["source"] == "teacher"


def test_a_bank_problem_offered_for_an_unrecognised_one_opens_in_the_workspace(app):
    at = app()
    at.session_state.result = {"problem": "求函数 $f(x)=x^3-3x$ 的单调区间与某种奇怪的量", "solutions": [],
                               "variants": [], "warnings": [], "final_answer": "", "knowledge_points": []}
    at.run()
    button = next(b for b in at.button if b.key and b.key.startswith("w_unrec_bank_"))
    bank_id = button.key.removeprefix("w_unrec_bank_")
    button.click().run()
    assert at.session_state.bank_problem_id == bank_id and at.session_state.result is None


def test_add_step_then_save_names_the_empty_question_then_sources_survive_reopen(app):
    at = _solve(app().run())
    steps = at.session_state.draft["steps"]
    count = len(steps)
    assert {s["source"] for s in steps} == {"symbolic"}
    at.button(key="w_draft_add").click().run()
    new = at.session_state.draft["steps"][-1]
    assert new["source"] == "teacher" and new["question"] == ""
    _save(at)
    errors = texts(at.error)
    # The page's own 1-based numbering, no validation paths.
    assert any(f"第 {count + 1} 问的问题不能为空" in e for e in errors), errors
    assert any(f"第 {count + 1} 问的回答不能为空" in e for e in errors), errors
    assert not any("→" in e or "methods" in e or "String should" in e for e in errors)
    assert at.session_state.last_saved is None

    uid = new["uid"]
    at.text_input(key=f"w_d{uid}_question").input("两根之和是多少？").run()
    at.text_input(key=f"w_d{uid}_answer").input("$5$").run()
    at.text_input(key=f"w_d{uid}_claim").input("2+3=5").run()
    at.text_input(key="w_d0_question").input("左边能写成哪两个一次式的积？").run()
    sources = [s["source"] for s in at.session_state.draft["steps"]]
    assert sources[0] == "teacher_edited" and sources[-1] == "teacher" and set(sources[1:-1]) == {"symbolic"}
    badges = " ".join(texts(at.markdown))
    assert "来源: 教师编辑" in badges and "来源: 教师编写" in badges and "来源: 符号专家" in badges
    _save(at)
    assert_clean(at)
    assert at.session_state.last_saved, texts(at.error)

    other = app().run()  # a new session reopens the case: each step keeps its own source
    other.button(key="w_case_open").click().run(timeout=WAIT)
    assert_clean(other)
    reopened = [s["source"] for s in other.session_state.result["solutions"][0]["steps"]]
    assert reopened == sources
    assert [s["source"] for s in other.session_state.draft["steps"]] == sources


def test_deleting_and_reordering_then_saving_works(app):
    at = _solve(app().run())
    at.button(key="w_d0_down").click().run()
    uid = at.session_state.draft["steps"][-1]["uid"]
    at.button(key=f"w_d{uid}_del").click().run()
    _save(at)
    assert_clean(at)
    assert at.session_state.last_saved, texts(at.error)


def test_export_offers_a_student_and_a_teacher_version(app):
    at = _solve(app().run())
    radio = at.radio(key="w_export_version")
    assert radio.value == "teacher" and list(radio.options) == ["教师版（答案、解法、验证、知识点）",
                                                                "学生版（题目与作答空间）"][::-1]
    radio.set_value("student").run()
    assert_clean(at)
    assert {"w_export_md", "w_export_html"} <= {b.key for b in at.get("download_button")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_errors_say_what_to_do_without_internal_names(app, monkeypatch, lang):
    import tutor_graph.solve
    from model.errors import ModelUnavailableError

    def refused(*args, **kwargs):
        raise ModelUnavailableError("openai:http://127.0.0.1:9/v1: [Errno 111] Connection refused")
        yield  # pragma: no cover

    monkeypatch.setattr(tutor_graph.solve, "stream_solve", refused)
    at = app()
    at.session_state.lang = lang
    at.run()
    _solve(at)
    errors = " ".join(texts(at.error))
    assert ("设置" in errors) if lang == "zh" else ("Settings" in errors)
    assert "Errno" not in errors and "ModelUnavailableError" not in errors


def test_a_knowledge_chip_opens_the_map_at_that_point(app):
    from content.knowledge import load_graph

    at = _solve(app().run())
    chips = next(g for g in at.get("button_group") if g.key == "w_chips_0_1")
    point = at.session_state.result["solutions"][0]["steps"][0]["knowledge_points"][0]
    assert load_graph().points[point].name_zh in chips.options  # shown by name
    chips.set_value(point).run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["知识图谱"]
    assert at.header[0].value == load_graph().points[point].name_zh
    assert at.session_state.map_point == point


def test_a_bank_problem_listed_on_a_point_opens_in_the_workspace(app):
    from content.bank import load_problems

    problem = next(p for p in load_problems() if p.module == "quadratics")
    point = problem.methods[0].steps[0].knowledge_points[0]
    at = app().run()
    at.session_state.map_point = point
    at.switch_page("views/knowledge_map.py").run()
    assert_clean(at)
    at.button(key=f"w_map_problem_{problem.id}").click().run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["教师工作台"]
    assert at.session_state.problem_text == problem.question_zh and at.session_state.bank_problem_id == problem.id


def test_the_bank_picker_shows_whole_problems_as_readable_text(app):
    from content.bank import load_problems

    at = app().run()
    picker = at.selectbox(key="w_bank_problem")
    assert picker.options
    long = [p for p in load_problems() if p.module == at.selectbox(key="w_bank_module").value
            and len(p.question_zh) > 60]
    for option in picker.options:
        assert "$" not in option and "\\frac" not in option and "\\sqrt" not in option
    if long:  # not cut at 60 characters any more
        assert any(len(option) > 64 for option in picker.options)

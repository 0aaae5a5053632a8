"""The student page in a simulated session (AppTest): pick a problem, answer with a preview, a wrong answer
explained, a hint, the answer reached, records and diagnosis in a real SQLite database."""

from __future__ import annotations

import pytest

from tests.app.conftest import TIMEOUT_S, assert_clean, logged_in

WAIT = max(TIMEOUT_S, 300)


@pytest.fixture
def student_env(tmp_path, monkeypatch):
    monkeypatch.setenv("TUTOR_DATABASE_URL", f"sqlite:///{tmp_path / 'tutor.sqlite'}")
    monkeypatch.setenv("TUTOR_TUTORING_DB", str(tmp_path / "tutoring.sqlite"))
    return tmp_path


def _page(app, username: str | None = None):
    """The practice page, logged in as the admin of the `app` fixture or as student `username`."""
    at = app() if username is None else logged_in(app(), username, "student")
    at.run(timeout=WAIT)
    at.switch_page("views/student.py")
    at.run(timeout=WAIT)
    assert_clean(at)
    return at


def _chat(at) -> list[str]:
    return [str(m.value) for cm in at.chat_message for m in cm.markdown]


def test_practice_a_problem_to_the_end(app, student_env):
    at = _page(app)
    assert at.title[0].value == "学生练习"
    at.selectbox(key="w_student_pick").set_value("quadratics-001")
    at.button(key="w_student_start").click().run(timeout=WAIT)
    assert_clean(at)
    assert any("第一问" in m for m in _chat(at))
    # the first question asks for the idea (no claim to check): the answer is noted and the next question follows
    at.text_input(key="w_student_answer").input("令每个因式等于 0").run(timeout=WAIT)
    at.button(key="w_student_send").click().run(timeout=WAIT)
    assert any("下一问" in m for m in _chat(at)[-1:]), _chat(at)
    at.text_input(key="w_student_answer").input("(x+2)(x+3)").run(timeout=WAIT)
    assert at.latex and "(x+2)(x+3)" in at.latex[0].value  # the preview
    at.button(key="w_student_send").click().run(timeout=WAIT)
    assert any("还不对" in m and "$x=2$" in m for m in _chat(at))
    at.button(key="w_student_hint").click().run(timeout=WAIT)
    assert any("提示" in m or "前一半" in m for m in _chat(at)[-1:]), _chat(at)
    at.text_input(key="w_student_answer").input("(x-3)(x-2)").run(timeout=WAIT)
    at.button(key="w_student_send").click().run(timeout=WAIT)
    at.text_input(key="w_student_answer").input("{3, 2}").run(timeout=WAIT)
    at.button(key="w_student_send").click().run(timeout=WAIT)
    assert_clean(at)
    assert any("完成了" in s.value for s in at.success), _chat(at)
    assert any("推荐下一题" in m.value for m in at.markdown)  # the recommendation with its reason
    assert at.button(key="w_student_rec_go_practice") and at.button(key="w_student_rec_go_diagnosis")

    # the diagnosis tab read the records back from the database
    from content.learners import attempts

    rows = attempts("admin", f"sqlite:///{student_env / 'tutor.sqlite'}")  # recorded under the logged-in account
    assert [r.verdict for r in rows] == ["unclear", "wrong", None, "correct", "correct"]
    assert any("首次作答正确" in str(m.label) for m in at.metric)


def test_resume_on_another_device(app, student_env):
    first = _page(app, "stu42")
    first.selectbox(key="w_student_pick").set_value("quadratics-001")
    first.button(key="w_student_start").click().run(timeout=WAIT)
    first.text_input(key="w_student_answer").input("令每个因式等于 0").run(timeout=WAIT)  # the idea question
    first.button(key="w_student_send").click().run(timeout=WAIT)
    # a new browser session of the same learner opens the same thread where it stopped
    second = _page(app, "stu42")  # the same account, logged in on another device
    second.selectbox(key="w_student_pick").set_value("quadratics-001")
    second.button(key="w_student_start").click().run(timeout=WAIT)
    assert_clean(second)
    assert second.session_state.student_turn.step == 1
    assert any("下一问" in m for m in _chat(second))


def test_english_switch(app, student_env):
    at = _page(app)
    at.session_state.lang = "en"
    at.run(timeout=WAIT)
    assert at.title[0].value == "Practice" and not any("学生练习" == t.value for t in at.title)

"""学生练习 / Student practice: one guiding question at a time, every answer checked; hints on request;
progress, diagnosis (mastery per knowledge point, recurring mistakes, time on task) and the next problem."""

import streamlit as st

from app import services_student as student
from app.i18n import lang, t
from app.services import NotAvailable


def _start(problem_id: str | None = None) -> None:
    """Callback: open (or resume) the learner's thread on a problem (default: the one picked)."""
    problem_id = problem_id or st.session_state.get("w_student_pick")
    if not problem_id:
        return
    st.session_state.student_problem_id = problem_id
    st.session_state.student_turn = student.open_practice(problem_id, lang())


def _submit(text: str | None = None) -> None:
    """Callback: send the typed answer (or a hint request) and clear the input."""
    said = text if text is not None else st.session_state.get("w_student_answer", "")
    if not said.strip() or not st.session_state.student_problem_id:
        return
    st.session_state.student_turn = student.answer(st.session_state.student_problem_id, said, lang())
    st.session_state.w_student_answer = ""


def _again() -> None:
    st.session_state.student_turn = student.restart_practice(st.session_state.student_problem_id, lang())


def _picker() -> None:
    problems = student.practice_problems()
    ids = [p[0] for p in problems]
    label = {p[0]: f"{p[0]} · {p[2][:40]}" for p in problems}
    current = st.session_state.student_problem_id
    st.selectbox(t("student.pick"), ids, index=ids.index(current) if current in ids else 0,
                          format_func=label.get, key="w_student_pick")
    st.button(t("student.start"), on_click=_start, type="primary", key="w_student_start")


def _conversation(turn: student.Turn) -> None:
    label = t("student.progress.done") if turn.done else t("student.progress", step=turn.step + 1, steps=turn.steps)
    st.progress(1.0 if turn.done else turn.step / max(turn.steps, 1), text=label)
    for line in turn.log:
        with st.chat_message("user" if line["who"] == "student" else "assistant"):
            st.markdown(line["text"])
    if turn.done:
        st.success(t("student.done"))
        st.button(t("student.again"), on_click=_again, key="w_student_again")
        return
    st.text_input(t("student.answer"), key="w_student_answer", placeholder=t("student.answer.placeholder"))
    typed = st.session_state.get("w_student_answer", "")
    if typed.strip():
        st.caption(t("student.preview"))
        st.latex(student.preview_latex(typed))
    send, hint = st.columns(2)
    send.button(t("student.submit"), on_click=_submit, type="primary", use_container_width=True, key="w_student_send")
    hint.button(t("student.hint"), on_click=_submit, args=("提示" if lang() == "zh" else "hint",),
                use_container_width=True, key="w_student_hint")


def _recommendation(where: str) -> None:
    pick = student.recommendation(lang=lang())
    if pick is None:
        st.info(t("student.rec.none"))
        return
    problem_id, text, reason = pick
    st.markdown(f"**{t('student.rec.title')}** `{problem_id}`")
    st.markdown(text)
    st.caption(reason)
    if not problem_id.startswith("case:"):
        st.button(t("student.rec.go"), on_click=_start, args=(problem_id,), key=f"w_student_rec_go_{where}")


def _diagnosis(learner: str | None = None) -> None:
    found = student.diagnosis(learner, lang())
    if not found.mastery:
        st.info(t("student.diag.empty"))
        return
    st.markdown(f"**{t('student.diag.mastery')}**")
    st.bar_chart(found.mastery, horizontal=True, y_label="", x_label="P(mastered)", height=40 + 28 * len(found.mastery))
    first, spent = st.columns(2)
    first.metric(t("student.diag.first"), f"{found.correct_first}/{found.answers}")
    spent.metric(t("student.diag.time"), t("student.diag.minutes", m=f"{found.seconds / 60:.1f}"))
    st.markdown(f"**{t('student.diag.mistakes')}**")
    if found.mistakes:
        for words, count in found.mistakes:
            st.markdown(f"- {words} × {count}")
    else:
        st.caption(t("student.diag.no_mistakes"))


st.title(t("student.title"))
try:
    st.caption(t("student.learner", id=student.current_learner()))
    practice, diagnosis = st.tabs([t("student.tab.practice"), t("student.tab.diagnosis")])
    with practice:
        _picker()
        if st.session_state.student_turn is not None:
            _conversation(st.session_state.student_turn)
            if st.session_state.student_turn.done:
                _recommendation("practice")
    with diagnosis:
        _diagnosis()
        _recommendation("diagnosis")
        with st.expander(t("student.teacher")):
            everyone = student.learners()
            if everyone:
                chosen = st.selectbox(t("student.teacher.pick"), everyone, key="w_student_teacher_pick")
                _diagnosis(chosen)
            else:
                st.caption(t("student.diag.empty"))
except NotAvailable as err:
    st.warning(t("unavailable", what=err.what, why=err.why))

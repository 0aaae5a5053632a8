"""班级 / Classes: a teacher's classes (code, students, assignments, dashboard); a student's joined classes."""

import altair as alt
import streamlit as st

from app import auth, services
from app.i18n import t
from app.services_classes import (
    assign,
    assignments,
    classes_of,
    create_class,
    join_class,
    mastery_rows,
    members,
    rows_csv,
)

account = auth.require_role("teacher", "admin", "student")


def _act(kind: str) -> None:
    """Form callbacks: create, join or assign, with a readable notice (AccountError is a ValueError)."""
    state = st.session_state
    try:
        if kind == "create":
            made = create_class(account, state.w_class_name)
            state.class_id, note = made.id, t("classes.created", name=made.name, code=made.join_code)
        elif kind == "join":
            joined = join_class(account, state.w_join_code)
            state.class_id, note = joined.id, t("classes.joined", name=joined.name)
        else:
            assign(state.class_id, account, state.w_assign_problem, state.w_assign_problem)
            note = t("classes.assigned")
        state.class_notice = ("success", note)
    except ValueError as exc:
        state.class_notice = ("error", str(exc))


st.title(t("classes.title"))
teaching = account.role in ("teacher", "admin")
with st.form("w_class_form", clear_on_submit=True):
    if teaching:
        st.text_input(t("classes.name"), key="w_class_name")
        st.form_submit_button(t("classes.create"), on_click=_act, args=("create",))
    else:
        st.text_input(t("classes.join_code"), key="w_join_code")
        st.form_submit_button(t("classes.join_submit"), on_click=_act, args=("join",))
notice = st.session_state.class_notice
if notice:
    getattr(st, notice[0])(notice[1])
    st.session_state.class_notice = None

mine = classes_of(account)
if not mine:
    st.info(t("classes.none"))
    st.stop()
ids = [c.id for c in mine]
if st.session_state.class_id not in ids:
    st.session_state.class_id = ids[0]
by_id = {c.id: c for c in mine}
st.selectbox(t("classes.pick"), ids, key="class_id", format_func=lambda i: by_id[i].name)
chosen = by_id[st.session_state.class_id]

st.subheader(t("classes.assigned"))
st.dataframe([{"problem": a.problem_ref, "title": a.title} for a in assignments(chosen.id, account)],
             hide_index=True)
if not teaching:
    st.stop()

st.markdown(t("classes.code", code=chosen.join_code))
students = members(chosen.id, account)
with st.expander(t("classes.members", n=len(students))):
    st.dataframe([{"username": s.username, "name": s.display_name} for s in students], hide_index=True)
with st.form("w_assign_form"):
    bank = services.bank_problems()
    st.selectbox(t("classes.assign"), [p.id for p in bank], key="w_assign_problem")
    st.form_submit_button(t("classes.assign_submit"), on_click=_act, args=("assign",))

st.subheader(t("classes.dashboard"))
rows = mastery_rows(chosen.id, account, services.learner_mastery)
if not rows:
    st.info(t("classes.no_mastery"))
else:
    st.caption(t("classes.heatmap"))
    heat = alt.Chart(alt.Data(values=rows)).mark_rect().encode(
        x=alt.X("knowledge_point:N", title=None), y=alt.Y("student:N", title=None),
        color=alt.Color("mastery:Q", scale=alt.Scale(domain=[0, 1], scheme="blues")),
        tooltip=["student:N", "knowledge_point:N", "mastery:Q"])
    st.altair_chart(heat, use_container_width=True)
    st.caption(t("classes.progress"))
    progress: dict[str, list[float]] = {}
    for row in rows:
        progress.setdefault(str(row["student"]), []).append(float(row["mastery"]))  # type: ignore[arg-type]
    st.bar_chart({name: sum(v) / len(v) for name, v in progress.items()})
st.download_button(t("classes.csv"), rows_csv(rows), file_name=f"class-{chosen.id}.csv", mime="text/csv",
                   key="w_class_csv")

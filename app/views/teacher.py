"""教师工作台 / Teacher workspace: a problem in, verified question chains out, edited, saved, exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from app import services
from app.components import (
    cases_view,
    chain,
    editor,
    export,
    knowledge_view,
    plot,
    problem_input,
    reading_view,
    run,
    unrecognised,
)
from app.i18n import lang, one, t
from app.mathtext import readable_answer, to_markdown
from app.plotting import function_from_text
from app.state import forget_drafts

if TYPE_CHECKING:
    from tutor_graph.result import Result, Solution

_GRAPH_WORDS = ("图像", "数形结合", "图象", "graph", "plot")


def _reasons_from_graph(solution: Solution) -> bool:
    """A method that argues from a picture (数形结合) gets its plot opened."""
    name = (solution.get("method") or "").lower()
    return bool(solution.get("plot")) or any(word in name for word in _GRAPH_WORDS)


def _render_result(result: Result) -> None:
    name_of = services.point_namer(lang())
    solutions = result.get("solutions") or []
    if result.get("final_answer"):
        st.markdown(f"### {t('result.final')}{t('colon')}" + to_markdown(readable_answer(result["final_answer"])))
    for note in result.get("warnings") or []:
        st.caption("ℹ️ " + one(note))
    reading_view.render_reading(result)  # step 0 of every chain, with the teacher's correction
    if not solutions:
        unrecognised.render_unrecognised(result, name_of)
        return
    try:
        plot_text = function_from_text(result.get("problem", "")) or ""
    except services.NotAvailable:
        plot_text = ""
    prereqs = dict(result.get("prerequisites") or {})
    all_points = [p for s in solutions for step in s.get("steps", []) for p in step.get("knowledge_points", [])]
    for pid, pres in services.prerequisites_of(all_points).items():
        prereqs.setdefault(pid, pres)
    st.subheader(t("result.methods"))
    tabs = st.tabs([f"{i + 1}. {one(s.get('method', ''))}" for i, s in enumerate(solutions)])
    for i, (tab, solution) in enumerate(zip(tabs, solutions, strict=True)):
        with tab:
            chain.render_chain(solution, name_of, key=f"_{i}")
            if solution.get("steps"):
                with st.expander(t("result.graph"), expanded=False):
                    knowledge_view.show_dot(knowledge_view.method_dot(solution, prereqs, name_of))
            graph_method = _reasons_from_graph(solution)
            own = (solution.get("plot") or {}).get("function", "") if isinstance(solution.get("plot"), dict) else ""
            if graph_method or plot_text:
                plot.render_plot(own or plot_text, key=f"w_plot_{i}", expanded=graph_method)
    if result.get("variants"):
        st.subheader(t("result.variants"))
        chain.render_variants(result["variants"])
    if result.get("trace"):
        with st.expander(t("result.trace")):
            chain.render_trace(result["trace"])
    st.divider()
    editor.render_editor(result, name_of)
    cases_view.render_save(result)
    st.divider()
    export.render_export(result, name_of)


if st.session_state.get("goto_map"):  # a knowledge chip was clicked: open the map at that point
    st.session_state.goto_map = False
    st.switch_page("views/knowledge_map.py")

st.title(t("teacher.title"))
if services.is_embedded(st.session_state.model_spec):
    st.info(t("demo.banner"))

problem_input.render_problem_input()

left, right = st.columns([3, 1], vertical_alignment="bottom")
left.slider(t("input.methods"), min_value=1, max_value=4, key="w_methods",
            value=st.session_state.num_methods, on_change=lambda: st.session_state.update(num_methods=st.session_state.w_methods))
clicked = right.button(t("input.run"), type="primary", key="w_run", width="stretch")

corrected = st.session_state.resolve_reading
if corrected and st.session_state.result:  # the teacher corrected the reading: solve the same problem again
    st.session_state.resolve_reading = None
    again = run.run_solve(st.session_state.result.get("problem", ""), st.session_state.model_spec,
                          st.session_state.num_methods, lang(), reading=corrected)
    if again is not None:
        st.session_state.result = again
        forget_drafts()
elif clicked:
    st.session_state.reading_errors = []
    text = st.session_state.problem_text.strip()
    if not text:
        st.warning(t("input.empty"))
    else:
        result = run.run_solve(text, st.session_state.model_spec, st.session_state.num_methods, lang())
        if result is not None:
            st.session_state.result = result
            forget_drafts()
            st.session_state.case_id = None
elif st.session_state.run_error:
    st.error(st.session_state.run_error)
elif st.session_state.run_log and st.session_state.result:
    with st.expander(t("run.done_log")):
        st.write("\n".join(f"- {line}" for line in st.session_state.run_log))

if st.session_state.result:
    _render_result(st.session_state.result)

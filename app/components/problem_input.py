"""Where the teacher's problem comes from: typed (with a live preview), the bank, or the case library."""

from __future__ import annotations

import streamlit as st

from app import services
from app.components import cases_view
from app.i18n import one, pick, t
from app.mathtext import plain_text, to_markdown
from app.state import forget_drafts, seed

MAX_PROBLEM_CHARS = 4000


def use_problem(text: str, bank_id: str | None = None) -> None:
    """Callback: make `text` the current problem and forget the previous result and draft."""
    st.session_state.problem_text = text
    st.session_state.input_cut = None
    st.session_state.bank_problem_id = bank_id
    st.session_state.result = None
    forget_drafts()
    st.session_state.case_id = None
    st.session_state.run_error = None


def _take_typed() -> None:
    """on_change: keep the typed problem, cut at what the solver reads, and remember that it was cut."""
    text = st.session_state.w_problem or ""
    st.session_state.input_cut = len(text) if len(text) > MAX_PROBLEM_CHARS else None
    if st.session_state.input_cut:
        text = text[:MAX_PROBLEM_CHARS]
        st.session_state.w_problem = text
    st.session_state.problem_text = text


def _typed() -> None:
    seed("w_problem", "problem_text")
    # No max_chars on the box: the browser then drops an over-long paste entirely and the box stays empty
    # (issue 16). The solver reads MAX_PROBLEM_CHARS (tutor_graph.nodes.understanding.MAX_PROBLEM), so a
    # longer paste is cut here, with a note saying so.
    st.text_area(
        t("input.text"),
        key="w_problem",
        height=110,
        placeholder=t("input.placeholder"),
        on_change=_take_typed,
    )
    if st.session_state.input_cut:
        st.warning(t("input.cut", got=st.session_state.input_cut, limit=MAX_PROBLEM_CHARS))
    if st.session_state.problem_text.strip():
        st.caption(t("input.preview"))
        with st.container(border=True):
            st.markdown(to_markdown(st.session_state.problem_text))


def _bank() -> None:
    try:
        problems = services.bank_problems()
        modules = services.bank_modules()
    except services.NotAvailable as exc:
        st.warning(t("unavailable", what=exc.what, why=exc.why))
        return
    except Exception as exc:  # a broken bank file must not take the page down
        st.error(t("error.generic", why=f"{type(exc).__name__}: {exc}"))
        return
    present = [m for m in modules if any(p.module == m for p in problems)]
    if not present:
        st.info(t("input.bank_empty"))
        return
    module = st.selectbox(t("input.module"), present, format_func={m: one(name) for m, name in modules.items()}.get,
                          key="w_bank_module")
    in_module = [p for p in problems if p.module == module]
    by_id = {p.id: p for p in in_module}
    # A select box shows no LaTeX: its options are the problems as plain Unicode text, numbered within the
    # module, whole (the browser cuts a long one visually); the chosen one is rendered properly below.
    labels = {pid: f"{n}. {plain_text(pick(p.question_zh, p.question_en))}" for n, (pid, p) in
              enumerate(by_id.items(), start=1)}
    if st.session_state.get("w_bank_problem") not in by_id:
        st.session_state.pop("w_bank_problem", None)
    chosen = st.selectbox(t("input.problem"), list(by_id), format_func=labels.get, key="w_bank_problem")
    if chosen:
        problem = by_id[chosen]
        text = pick(problem.question_zh, problem.question_en)
        with st.container(border=True):
            st.markdown(to_markdown(text))
            st.caption("★" * problem.difficulty + " · " + " / ".join(pick(m.name_zh, m.name_en) for m in problem.methods))
        st.button(t("input.use"), key="w_bank_use", on_click=use_problem, args=(text, chosen))


def render_problem_input() -> None:
    """Three tabs: type a problem, pick from the bank, open a saved case."""
    typed, bank, cases = st.tabs([t("input.source.type"), t("input.source.bank"), t("input.source.cases")])
    with typed:
        _typed()
    with bank:
        _bank()
    with cases:
        cases_view.render_case_picker()

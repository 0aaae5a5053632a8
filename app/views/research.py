"""研究 / Research: start evaluations (suite, model, modes, limit), watch progress, read and compare reports."""

import streamlit as st
import streamlit.components.v1 as components

from app import services_research as research
from app.i18n import lang, t
from app.services import NotAvailable

# This page's session keys (kept here so the research page merges without touching app/state.py).
for _key, _value in {"research_job": None, "research_notice": None}.items():
    st.session_state.setdefault(_key, _value)


def _start() -> None:
    """Form callback: start a job with the form's values."""
    s = st.session_state
    suite = s.w_research_file.strip() if s.w_research_suite == "file" else s.w_research_suite
    try:
        s.research_job = research.start(suite, list(s.w_research_modes), s.w_research_model, int(s.w_research_limit),
                                        int(s.w_research_concurrency), lang())
        s.research_notice = ("success", t("research.started", job=s.research_job))
    except NotAvailable as exc:
        s.research_notice = ("error", t("unavailable", what=exc.what, why=exc.why))


def _metrics(summary: dict) -> None:
    """The headline figures of one finished run."""
    cols = st.columns(5)
    cols[0].metric(t("research.accuracy"), f"{summary.get('accuracy')}", help=f"95% CI {summary.get('accuracy_ci')}")
    cols[1].metric(t("research.verified_correct"), summary.get("verified_correct"))
    cols[2].metric(t("research.wrong_verified"), summary.get("wrong_verified"))
    cols[3].metric(t("research.steps_verified"), f"{summary.get('steps_verified')}")
    cols[4].metric(t("research.result_time"), f"{(summary.get('result_s') or {}).get('median')} s")


st.title(t("research.title"))
st.caption(t("research.intro"))

# ── new run ──────────────────────────────────────────────────────────────────────────────────────
with st.form("w_research_form"):
    st.subheader(t("research.new"))
    st.selectbox(t("research.suite"), ["bank", "gaokao", "tutoring", "file"], key="w_research_suite",
                 format_func=lambda k: t(f"research.suite.{k}"))
    st.text_input(t("research.file"), key="w_research_file", placeholder="/path/to/items.jsonl")
    st.text_input(t("research.model"), value=st.session_state.get("model_spec") or "embedded", key="w_research_model")
    st.multiselect(t("research.modes"), list(research.MODES), default=["symbolic"], key="w_research_modes")
    cols = st.columns(2)
    cols[0].number_input(t("research.limit"), min_value=0, value=5, step=1, key="w_research_limit",
                         help=t("research.limit_help"))
    cols[1].number_input(t("research.concurrency"), min_value=1, max_value=32, value=1, step=1,
                         key="w_research_concurrency")
    st.form_submit_button(t("research.run"), on_click=_start)

if st.session_state.research_notice:
    kind, text = st.session_state.research_notice
    getattr(st, kind)(text)

# ── progress of the job started here ─────────────────────────────────────────────────────────────
if st.session_state.research_job:
    try:
        status = research.job_status(st.session_state.research_job)
    except (NotAvailable, OSError) as exc:
        status = None
        st.warning(t("unavailable", what=t("research.title"), why=str(exc)))
    if status:
        st.subheader(t("research.progress"))
        for run in status["runs"]:
            total = run.total or 1
            st.progress(min(1.0, run.done / total), text=f"{run.mode}: {run.done}/{run.total}"
                        + (" ✔" if run.finished else ""))
        for mode, why in status["errors"].items():
            st.error(f"{mode}: {why}")
        if status["finished"]:
            st.success(t("research.done"))
        else:
            st.button(t("research.refresh"), key="w_research_refresh")

# ── reports ──────────────────────────────────────────────────────────────────────────────────────
st.subheader(t("research.reports"))
try:
    runs = [r for r in research.list_runs() if r.summary]
except NotAvailable as exc:
    runs = []
    st.warning(t("unavailable", what=exc.what, why=exc.why))
if not runs:
    st.info(t("research.none"))
else:
    labels = {r.label: r for r in runs}
    chosen = labels[st.selectbox(t("research.pick"), list(labels), key="w_research_pick")]
    _metrics(chosen.summary)
    st.code(research.inspect_view_command(chosen.folder), language="bash")
    page = research.report_html(chosen.folder)
    if page:
        st.download_button(t("research.download"), page, file_name="report.html", mime="text/html",
                           key="w_research_download")
        components.html(page, height=900, scrolling=True)

    # ── compare ──────────────────────────────────────────────────────────────────────────────────
    if len(runs) >= 2:
        st.subheader(t("research.compare"))
        cols = st.columns(2)
        a = cols[0].selectbox("A", list(labels), index=1, key="w_research_a")
        b = cols[1].selectbox("B", list(labels), index=0, key="w_research_b")
        if st.button(t("research.compare.run"), key="w_research_compare"):
            try:
                figures = research.compare(labels[a].folder, labels[b].folder)
            except NotAvailable as exc:
                st.error(t("unavailable", what=exc.what, why=exc.why))
            else:
                st.markdown(t("research.compare.result", n=figures["paired_items"], both=figures["both"],
                              a=figures["only_a"], b=figures["only_b"], neither=figures["neither"],
                              diff=figures["difference"], p=figures["mcnemar_p"]))
                components.html(figures["page"], height=900, scrolling=True)

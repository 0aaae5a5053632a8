"""A problem the solver could not chain: say what was recognised, offer similar material, let the teacher write it.

Never a green "done" over an empty answer (issue 16): the topic, the likely knowledge points (content
retrieval), the partial reading when the Result has one, the nearest bank problems and saved chains, and a
button that opens the chain editor on a blank teacher-written method (every step still checked by SymPy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from app import library, services
from app.components.cases_view import open_case
from app.components.chain import point_links
from app.components.problem_input import use_problem
from app.i18n import one, pick, t
from app.mathtext import to_markdown
from app.state import forget_drafts

if TYPE_CHECKING:
    from tutor_graph.result import Reading, Result


def teacher_method(problem: str) -> dict[str, Any]:
    """A one-step, empty, teacher-written method for the editor to start from."""
    step = {"question": "", "answer": "", "claim": "", "source": "teacher", "knowledge_points": [], "hints": [],
            "verdict": {"status": "unknown", "reason": "", "counterexample": None}}
    return {"method": t("unrec.method"), "steps": [step], "final_answer": "", "verified": False,
            "knowledge_points": []}


def _write_chain() -> None:
    """Callback: give the Result a blank teacher method, so the editor below opens on it."""
    result = st.session_state.result
    result["solutions"] = [teacher_method(result.get("problem", ""))]
    forget_drafts()


def _retrieval(problem: str) -> Any | None:
    try:
        return services.retrieve(problem, 5)
    except Exception:  # retrieval is help, not a requirement: the panel shows what it has
        return None


def _reading(reading: Reading) -> None:
    rows = [
        ("unrec.objects", [f"{o.get('name', '')}（{o.get('kind', '')}）" + (f" = {o['value']}" if o.get("value") else "")
                           for o in reading.get("objects") or []]),
        ("unrec.givens", [g.get("text", "") for g in reading.get("givens") or []]),
        ("unrec.goals", [g.get("text", "") for g in reading.get("goals") or []]),
        ("unrec.unread", list(reading.get("unread") or [])),
    ]
    for key, items in rows:
        if items:
            st.markdown(f"**{t(key)}**{t('colon')}" + t("semicolon").join(to_markdown(i) for i in items))


def render_unrecognised(result: Result, name_of: Callable[[str], str]) -> None:
    """The panel shown instead of an empty chain."""
    problem = result.get("problem", "")
    with st.container(border=True):
        st.subheader(t("unrec.title"))
        st.markdown(t("unrec.why"))
        found = _retrieval(problem)
        topic = result.get("topic") or (found.points[0].module if found and found.points else "")
        if topic:
            try:
                modules = services.bank_modules()
            except services.NotAvailable:
                modules = {}
            st.markdown(f"**{t('unrec.topic')}**{t('colon')}{one(modules.get(topic, topic))}")
        points = list(result.get("knowledge_points") or []) or [p.id for p in (found.points if found else [])]
        if points:
            point_links(points[:6], name_of, key="w_unrec_points", label=t("unrec.points"))
        if result.get("reading"):
            st.markdown(f"**{t('unrec.reading')}**")
            _reading(result["reading"])
        st.button(t("unrec.write"), key="w_unrec_write", type="primary", on_click=_write_chain)
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('unrec.similar')}**")
        hits = found.problems[:3] if found else []
        by_id = {p.id: p for p in _bank_by_id([h.id for h in hits])}
        for hit in hits:
            bank = by_id.get(hit.id)
            text = pick(bank.question_zh, bank.question_en) if bank else hit.question_zh
            with st.container(border=True):
                st.markdown(to_markdown(text))
                st.button(t("input.use"), key=f"w_unrec_bank_{hit.id}", on_click=use_problem, args=(text, hit.id))
        if not hits:
            st.caption(t("unrec.none"))
    with right:
        st.markdown(f"**{t('unrec.cases')}**")
        try:
            cases = library.search_cases(problem[:200], limit=3) if problem.strip() else []
        except Exception:  # an unreadable library must not hide the rest of the help
            cases = []
        for case in cases:
            with st.container(border=True):
                st.markdown(f"**{case['title']}**\n\n" + to_markdown(case["problem"]))
                st.button(t("input.open_case"), key=f"w_unrec_case_{case['id']}", on_click=open_case,
                          args=(case["id"],))
        if not cases:
            st.caption(t("unrec.none"))


def _bank_by_id(ids: list[str]) -> list[Any]:
    try:
        return [p for p in services.bank_problems() if p.id in set(ids)]
    except Exception:
        return []

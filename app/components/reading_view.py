"""Step 0 of every chain, the reading (已知 … / 求 …), and the teacher's correction of it (solve again)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

import streamlit as st

from app import services
from app.i18n import lang, one, t
from app.mathtext import claim_to_latex, to_markdown

if TYPE_CHECKING:
    from tutor_graph.result import ReadGiven, Reading, Result


def _prefix(reading: Reading) -> str:
    # widget keys per reading, so a new (or corrected) reading starts its form afresh
    return "w_rd_" + hashlib.sha1(json.dumps(reading, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:10]


def _given_line(given: ReadGiven) -> str:
    text, claim = given.get("text", ""), given.get("claim", "")
    if claim and claim != text:
        return to_markdown(text) + f" ⇒ ${claim_to_latex(claim, lang())}$"
    if claim:
        return f"${claim_to_latex(claim, lang())}$"
    if given.get("kind") == "definition":  # an object's value (a = (-1,2)): read as an object, no formula needed
        return to_markdown(text)
    return to_markdown(text) + f" （{t('reading.not_formal')}）"


def render_reading(result: Result) -> None:
    """The reading as step 0: givens (text and formal claim), goals, options, what was not read."""
    reading = result.get("reading")
    if not reading:
        return
    with st.container(border=True, key="reading_step0"):
        badges = []
        if reading.get("corrected"):
            badges.append(f":yellow-badge[{t('reading.corrected')}]")
        if not reading.get("complete"):
            badges.append(f":orange-badge[{t('reading.partial_badge')}]")
        st.markdown(f"**{t('reading.title')}** " + " ".join(badges))
        givens = reading.get("givens") or []
        st.markdown(f"**{t('reading.givens')}**{t('colon')}" + ("" if givens else t("reading.none")))
        for n, given in enumerate(givens, start=1):
            st.markdown(f"{n}. " + _given_line(given))
        goals = [services.goal_text(g, lang()) for g in reading.get("goals") or []]
        st.markdown(f"**{t('reading.goals')}**{t('colon')}"
                    + (t("semicolon").join(to_markdown(g) for g in goals) if goals else t("reading.no_goal")))
        if reading.get("options"):
            st.markdown(f"**{t('reading.options')}**{t('colon')}")
            for letter, text in reading["options"].items():
                st.markdown(f"- {letter}. " + to_markdown(text))
        if reading.get("unread"):
            st.warning(t("reading.partial"))
            st.markdown(f"**{t('reading.unread')}**{t('colon')}" + t("semicolon").join(
                to_markdown(u) for u in reading["unread"]))
        _render_correction(reading)


def _submit(reading: Reading, prefix: str, rows: int) -> None:
    """on_click of 'solve again': validate the edits; a valid reading waits for the page to solve it."""
    state = st.session_state
    givens = [(state.get(f"{prefix}_text_{i}", ""), state.get(f"{prefix}_claim_{i}", "")) for i in range(rows)]
    goals = [state.get(f"{prefix}_goal_{i}", "") for i in range(len(reading.get("goals") or []))]
    try:
        fixed, errors = services.correct_reading(reading, givens, goals, bool(state.get(f"{prefix}_covered")))
    except services.NotAvailable as exc:
        fixed, errors = None, [t("unavailable", what=exc.what, why=exc.why)]
    state.reading_errors = errors
    state.resolve_reading = fixed


def _render_correction(reading: Reading) -> None:
    """A small form: each given's text and formal claim, one spare row to add, each goal's expression."""
    prefix = _prefix(reading)
    givens = reading.get("givens") or []
    with st.expander(t("reading.correct"), expanded=bool(st.session_state.get("reading_errors"))):
        st.caption(t("reading.correct_help"))
        rows = len(givens) + 1  # the last row is blank: fill it to add a given; clear a row to remove one
        for i in range(rows):
            given = givens[i] if i < len(givens) else {"text": "", "claim": ""}
            left, right = st.columns(2)
            left.text_input(t("reading.given_text", n=i + 1), value=given.get("text", ""), key=f"{prefix}_text_{i}")
            right.text_input(t("reading.given_claim", n=i + 1), value=given.get("claim", ""),
                             key=f"{prefix}_claim_{i}")
        for i, goal in enumerate(reading.get("goals") or []):
            st.text_input(t("reading.goal_expr", n=i + 1), value=goal.get("expression", ""), key=f"{prefix}_goal_{i}")
        if reading.get("unread"):
            st.checkbox(t("reading.covered"), key=f"{prefix}_covered")
        for error in st.session_state.get("reading_errors") or []:
            st.error(one(error))
        st.button(t("reading.solve_again"), key="w_rd_solve_again", type="primary", on_click=_submit,
                  args=(reading, prefix, rows))

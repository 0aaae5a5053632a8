"""The case library on the teacher page: find and open a saved case; save the edited chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from app import library, services
from app.auth import current_account
from app.components.editor import draft_problems, lesson_from, new_draft
from app.i18n import one, t
from app.mathtext import to_markdown
from app.state import forget_drafts

if TYPE_CHECKING:
    from tutor_graph.result import Result


def _open_case(case_id: int) -> None:
    """Callback: load a saved case (re-verified) as the current result and draft."""
    try:
        lesson = library.get_case(case_id)
    except Exception as exc:  # a missing or broken case gives a message, not a traceback
        st.session_state.run_error = t("error.generic", why=f"{type(exc).__name__}: {exc}")
        return
    st.session_state.problem_text = lesson["problem"]
    st.session_state.result = lesson
    forget_drafts()
    st.session_state.draft = new_draft(lesson, 0)
    st.session_state.case_id = lesson["case"]["id"]
    st.session_state.case_version = lesson["case"]["version"]
    st.session_state.last_saved = None
    st.session_state.run_error = None


open_case = _open_case  # public name for other components (the unrecognised-problem panel)


def render_case_picker() -> None:
    """Search the case library and open a case."""
    query = st.text_input(t("input.search"), key="w_case_query", placeholder=t("input.search_hint"))
    try:
        found = library.search_cases(query)
    except services.NotAvailable as exc:
        st.warning(t("unavailable", what=exc.what, why=exc.why))
        return
    except Exception as exc:  # e.g. an unreadable database file
        st.error(t("error.generic", why=f"{type(exc).__name__}: {exc}"))
        return
    if not found:
        st.caption(t("input.no_cases"))
        return
    by_id = {case["id"]: case for case in found}
    chosen = st.selectbox(
        t("input.case"),
        list(by_id),
        format_func=lambda cid: f"#{cid} {by_id[cid]['title']} · {by_id[cid]['author']} · v{by_id[cid]['version']}",
        key="w_case_pick",
    )
    if chosen is not None:
        case = by_id[chosen]
        with st.container(border=True):
            st.markdown(to_markdown(case["problem"]))
            st.caption(" · ".join([case["saved_at"][:16].replace("T", " ")] + case["tags"]))
        st.button(t("input.open_case"), key="w_case_open", on_click=_open_case, args=(chosen,))


def render_save(result: Result) -> None:
    """Save the lesson with the edited chain to the case library, as a new case or a new version."""
    draft = st.session_state.draft
    if draft is None:
        return
    st.subheader(t("save.title"))
    try:
        modules = services.bank_modules()
        guess = library.guess_module(result)
    except services.NotAvailable as exc:
        st.warning(t("unavailable", what=exc.what, why=exc.why))
        return
    case = result.get("case") or {}
    with st.form("w_save_form"):
        title = st.text_input(t("save.case_title"), value=case.get("title") or draft["problem"][:40], key="w_save_title")
        # The author is the logged-in account (shown, not typed): app.library.save_case uses the account.
        who = current_account()
        author = st.text_input(t("save.author"), value=who.display_name if who else case.get("author", ""),
                               key="w_save_author", disabled=who is not None)
        tags = st.text_input(t("save.tags"), value=", ".join(case.get("tags", [])), key="w_save_tags")
        ids = list(modules)
        module = st.selectbox(t("input.module"), ids, index=ids.index(guess) if guess in ids else 0,
                              format_func={m: one(name) for m, name in modules.items()}.get, key="w_save_module")
        difficulty = st.slider(t("save.difficulty"), 1, 5, 2, key="w_save_difficulty")
        as_new = st.checkbox(t("save.as_new"), value=st.session_state.case_id is None, key="w_save_new",
                             disabled=st.session_state.case_id is None)
        submitted = st.form_submit_button(t("save.button"), type="primary")
    problems = draft_problems(draft) if submitted else []
    for problem in problems:  # checked here, in the page's own numbering, before the library sees it
        st.error(t("save.failed", why=problem))
    if submitted and not problems:
        lesson = lesson_from(result, draft, st.session_state.draft_method)
        new = as_new or st.session_state.case_id is None
        try:
            saved = library.save_case(
                lesson,
                givens=draft.get("givens", []),
                module=module,
                difficulty=difficulty,
                title=title,
                author=author,
                tags=[tag.strip() for tag in tags.replace("，", ",").split(",") if tag.strip()],
                case_id=None if new else st.session_state.case_id,
                expected_version=None if new else st.session_state.case_version,
            )
        except services.NotAvailable as exc:
            st.warning(t("unavailable", what=exc.what, why=exc.why))
            return
        except Exception as exc:  # the library's validation names each bad field; show it as is
            st.error(t("save.failed", why=str(exc) or type(exc).__name__))
            return
        st.session_state.case_id = saved["id"]
        st.session_state.case_version = saved["version"]
        st.session_state.last_saved = saved
    if st.session_state.last_saved and st.session_state.last_saved["id"] == st.session_state.case_id:
        st.success(t("save.done", id=st.session_state.last_saved["id"], version=st.session_state.last_saved["version"]))

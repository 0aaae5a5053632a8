"""Every session-state key the app uses, initialised in one place with its default.

Pages read and write these keys only; widget keys (prefixed `w_`) are owned by their widgets and
are copied into these persistent keys by callbacks, because Streamlit drops the state of widgets
that a run does not draw (switching page would otherwise lose the problem text).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app import services

DEFAULTS: dict[str, Any] = {
    "lang": "zh",  # interface language: "zh" | "en"
    "model_spec": None,  # filled from the solve settings' default on first run
    "problem_text": "",  # the problem on the teacher page
    "input_cut": None,  # length of a pasted problem that was cut at the limit (a note says so), else None
    "bank_problem_id": None,  # the bank problem the text came from, if any
    "num_methods": 2,  # methods asked for (一题多解)
    "result": None,  # the last Result dict (tutor_graph.result.Result)
    "run_log": [],  # per-node lines of the last run, shown after it ends
    "run_error": None,  # readable message of the last failed run
    "draft": None,  # the chain being edited: {"method", "steps": [...], "final_answer", ...}
    "draft_method": 0,  # index of the solution the draft was copied from
    "draft_shelf": {},  # method index -> the draft of another method of this result, kept while one edits another
    "case_id": None,  # case-library id the draft was opened from or saved as
    "case_version": None,  # the version it was opened at (a colleague's later save is a conflict)
    "last_saved": None,  # {"id", "version"} of the last save, for the confirmation
    "map_module": None,  # knowledge map: the module being browsed
    "map_point": None,  # knowledge map: the open knowledge point id
    "goto_teacher": False,  # a bank problem was opened from the map: switch to the workspace on the next run
    "goto_map": False,  # a knowledge chip was clicked: switch to the map (at map_point) on the next run
    "settings_notice": None,  # settings: (st method, text) to show once after Apply
    "device_report": None,  # settings: the last device report (dict) or error text
    # student practice (issue 12)
    "learner_id": None,  # the learner (services_student.current_learner: the login is wired in there)
    "student_problem_id": None,  # the problem being practised
    "student_turn": None,  # services_student.Turn of the last reply
    "student_shown_at": None,  # when the last question was shown (time on task)
    "student_rounds": {},  # problem id -> round suffix after "practise again"
    "auth_token": None,  # login: this browser session's token (content.accounts); see app/auth.py
    "auth_cookie": None,  # login: ("set"|"clear", token, max-age) to write to the browser once
    "login_notice": None,  # login: the message of a failed login or sign-up, shown once
    "class_id": None,  # classes: the class being looked at
    "class_notice": None,  # classes: (st method, text) to show once after an action
    # the reading as step 0 (issue 10 item 5)
    "resolve_reading": None,  # a teacher's corrected Reading waiting to be solved again
    "reading_errors": [],  # messages of corrections that did not parse (1-based)
}


def init_state() -> None:
    """Set every missing key to its default (call once at the top of each run)."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            # Copy mutable defaults so sessions never share a list.
            st.session_state[key] = type(value)(value) if isinstance(value, (list, dict)) else value
    if st.session_state.model_spec is None:
        st.session_state.model_spec = services.default_model_spec()


def forget_drafts() -> None:
    """A new result or problem: its chains start fresh (the drafts belonged to the previous result)."""
    st.session_state.draft = None
    st.session_state.draft_method = 0
    st.session_state.draft_shelf = {}


def sync(widget_key: str, state_key: str) -> None:
    """on_change callback: copy a widget's value into its persistent state key."""
    st.session_state[state_key] = st.session_state[widget_key]


def seed(widget_key: str, state_key: str) -> None:
    """Before drawing a widget, give it the persistent value (which another page may have changed)."""
    st.session_state[widget_key] = st.session_state[state_key]

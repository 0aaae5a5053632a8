"""Run the solve graph with live progress: per-node status lines and the model's streamed text."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import streamlit as st

from app import services
from app.i18n import t

if TYPE_CHECKING:
    from tutor_graph.result import Reading, Result


def node_label(node: str) -> str:
    """The node's name in the interface language (unknown nodes keep their id)."""
    label = t(f"node.{node}")
    return node if label == f"node.{node}" else label


def error_message(exc: Exception) -> str:
    """What happened and what to do, for a failure inside a solve (the details go to the server log)."""
    logging.getLogger("app").exception("solve failed")
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"ModelUnavailableError", "ModelUnavailable", "ConnectionError", "ModelLoadError", "ModelError"}:
        return t("error.model_unreachable")
    return t("error.solve")


def run_solve(text: str, spec: str, methods: int, lang: str,
              reading: Reading | None = None) -> Result | None:
    """Solve `text` (on a teacher's corrected `reading` if given), drawing progress; the Result, or None.

    Errors are shown as readable messages (never a traceback) and kept in `run_error`.
    """
    st.session_state.run_error = None
    log: list[str] = []
    started = time.perf_counter()
    result: Result | None = None
    with st.status(t("run.working"), expanded=True) as status:
        first = st.empty()
        live = st.empty()
        thinking = st.empty()
        pieces: list[str] = []
        thoughts: list[str] = []
        try:
            for event in services.solve_events(text, spec, methods, lang, reading):
                kind = event.get("type")
                if kind == "node_start":
                    status.update(label=t("run.node", node=node_label(event.get("node", ""))))
                elif kind == "node_end":
                    line = t("run.node_done", node=node_label(event.get("node", "")), seconds=event.get("seconds", 0.0))
                    log.append(line)
                    st.write(line)
                elif kind == "first_question":
                    first.info(t("run.first_question", question=event.get("question", "")))
                elif kind == "token":
                    pieces.append(event.get("text", ""))
                    live.markdown(f"**{t('run.model_text')}**\n\n```text\n{''.join(pieces)[-3000:]}\n```")
                elif kind == "reasoning":
                    thoughts.append(event.get("text", ""))
                    thinking.caption(f"{t('run.thinking')}: {''.join(thoughts)[-1500:]}")
                elif kind == "result":
                    result = event.get("result")
        except services.NotAvailable as exc:
            st.session_state.run_error = t("unavailable", what=exc.what, why=exc.why)
        except Exception as exc:  # any failure inside the graph becomes a readable message
            st.session_state.run_error = error_message(exc)
        if st.session_state.run_error or result is None:
            st.session_state.run_error = st.session_state.run_error or t("result.no_solutions")
            status.update(label=t("run.failed"), state="error", expanded=True)
            st.error(st.session_state.run_error)
        elif not result.get("solutions"):
            # Never a green "done" over an empty answer: the page shows what was recognised instead.
            status.update(label=t("run.unsolved"), state="error", expanded=False)
        else:
            status.update(label=t("run.done", seconds=time.perf_counter() - started), state="complete", expanded=False)
    st.session_state.run_log = log
    return result

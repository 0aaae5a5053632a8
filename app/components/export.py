"""Download buttons for the lesson handout: student or teacher version, Markdown or printable HTML.

The handout itself is built by content.handout (sanitised, one language); this only offers it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

from app import services
from app.components.editor import lesson_from
from app.i18n import lang, t

if TYPE_CHECKING:
    from tutor_graph.result import Result


def render_export(result: Result, name_of: Callable[[str], str]) -> None:
    """Version choice and two download buttons; the files are built from the current (possibly edited) chain."""
    st.subheader(t("export.title"))
    lesson = lesson_from(result, st.session_state.draft, st.session_state.draft_method)
    version = st.radio(t("export.version"), ["student", "teacher"], index=1, horizontal=True,
                       format_func={v: t(f"export.{v}") for v in ("student", "teacher")}.get, key="w_export_version")
    hints = st.checkbox(t("export.hints"), value=False, key="w_export_hints", disabled=version != "student")
    try:
        markdown = services.handout(lesson, name_of, lang(), version, hints, "markdown")
        page = services.handout(lesson, name_of, lang(), version, hints, "html")
    except services.NotAvailable as exc:
        st.warning(t("unavailable", what=exc.what, why=exc.why))
        return
    left, right = st.columns(2)
    left.download_button(t("export.md"), data=markdown, file_name=f"handout-{version}.md", mime="text/markdown",
                         key="w_export_md")
    right.download_button(t("export.html"), data=page, file_name=f"handout-{version}.html", mime="text/html",
                          key="w_export_html")

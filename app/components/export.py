"""Download buttons for the lesson handout (Markdown and print-ready HTML)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app.components.editor import lesson_from
from app.handout import handout_html, handout_markdown
from app.i18n import lang, t


def render_export(result: dict[str, Any], name_of) -> None:
    """Two download buttons; the files are built from the current (possibly edited) chain."""
    st.subheader(t("export.title"))
    lesson = lesson_from(result, st.session_state.draft, st.session_state.draft_method)
    left, right = st.columns(2)
    left.download_button(
        t("export.md"),
        data=handout_markdown(lesson, name_of, lang()),
        file_name="handout.md",
        mime="text/markdown",
        key="w_export_md",
    )
    right.download_button(
        t("export.html"),
        data=handout_html(lesson, name_of, lang()),
        file_name="handout.html",
        mime="text/html",
        key="w_export_html",
    )

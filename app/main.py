"""Streamlit entry point: the page router. Pages live in app/views/ and only render
(not app/pages/: Streamlit would also run files there as pages of their own, without this router).

Run with `streamlit run app/main.py` (behind `make run`).
"""

import logging
import sys
from pathlib import Path

# `streamlit run app/main.py` puts app/ on sys.path, not the repository root our packages live in.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from app import services  # noqa: E402
from app.i18n import LANGUAGES, t  # noqa: E402
from app.state import init_state, seed, sync  # noqa: E402

st.set_page_config(page_title="问题链数学导师 · Question-chain tutor", page_icon=":material/functions:", layout="wide")
init_state()
services.warm_checker()

_PAGES = Path(__file__).resolve().parent / "views"

# Sections by who uses them: teachers, students, researchers, and the system settings.
pages = {
    t("nav.section.teach"): [
        st.Page(_PAGES / "teacher.py", title=t("nav.teacher"), icon=":material/school:", url_path="teacher", default=True),
        st.Page(_PAGES / "knowledge_map.py", title=t("nav.map"), icon=":material/hub:", url_path="knowledge"),
    ],
    t("nav.section.student"): [
        st.Page(_PAGES / "student.py", title=t("nav.student"), icon=":material/edit_note:", url_path="student"),
    ],
    t("nav.section.research"): [
        st.Page(_PAGES / "research.py", title=t("nav.research"), icon=":material/science:", url_path="research"),
    ],
    t("nav.section.system"): [
        st.Page(_PAGES / "settings.py", title=t("nav.settings"), icon=":material/settings:", url_path="settings"),
    ],
}
page = st.navigation(pages)

with st.sidebar:
    seed("w_lang_sidebar", "lang")
    st.segmented_control(
        t("lang.label"),
        options=list(LANGUAGES),
        format_func=LANGUAGES.get,
        key="w_lang_sidebar",
        on_change=sync,
        args=("w_lang_sidebar", "lang"),
    )
    st.caption(t("model.current", spec=st.session_state.model_spec))

try:
    page.run()
except Exception as exc:  # the last net: a bug in a page is a readable message, never a traceback
    logging.getLogger("app").exception("page %s failed", page.title)
    st.error(t("error.page", why=f"{type(exc).__name__}: {exc}"))

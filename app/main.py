"""Streamlit entry point: the page router. Pages live in app/views/ and only render
(not app/pages/: Streamlit would also run files there as pages of their own, without this router).

Run with `streamlit run app/main.py` (behind `make run`).
"""

import logging
import runpy
import sys
from pathlib import Path

# `streamlit run app/main.py` puts app/ on sys.path, not the repository root our packages live in.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from app import auth, services  # noqa: E402
from app.i18n import LANGUAGES, t  # noqa: E402
from app.state import init_state, seed, sync  # noqa: E402

st.set_page_config(page_title="问题链数学导师 · Question-chain tutor", page_icon=":material/functions:", layout="wide")
init_state()
services.warm_checker()

_PAGES = Path(__file__).resolve().parent / "views"

try:
    account = auth.current_account()
except Exception as exc:  # a database that cannot be opened: say so instead of a traceback
    logging.getLogger("app").exception("accounts unavailable")
    st.error(t("error.generic", why=f"{type(exc).__name__}: {exc}"))
    st.stop()
auth.write_cookie()


def _page(name: str, title: str, icon: str, path: str, default: bool = False):  # type: ignore[no-untyped-def]
    return st.Page(_PAGES / name, title=t(title), icon=icon, url_path=path, default=default)


# Sections by who uses them (teachers, students, researchers, the system); nobody sees a page their role may not
# use (the pages check again themselves).
login_page = _page("login.py", "nav.login", ":material/login:", "login", account is None)
if account is None:
    # Every page is known (a link to /teacher is not "page not found") but hidden, and the login runs instead;
    # once logged in, the rerun draws the page that was asked for.
    pages = {t("nav.section.system"): [
        login_page,
        _page("teacher.py", "nav.teacher", ":material/school:", "teacher"),
        _page("classes.py", "nav.classes", ":material/groups:", "classes"),
        _page("knowledge_map.py", "nav.map", ":material/hub:", "knowledge"),
        _page("student.py", "nav.student", ":material/edit_note:", "student"),
        _page("research.py", "nav.research", ":material/science:", "research"),
        _page("settings.py", "nav.settings", ":material/settings:", "settings"),
    ]}
else:
    teaching = account.role in ("teacher", "admin")
    pages = {
        t("nav.section.teach"): [
            *([_page("teacher.py", "nav.teacher", ":material/school:", "teacher", True)] if teaching else []),
            _page("classes.py", "nav.classes", ":material/groups:", "classes"),
            _page("knowledge_map.py", "nav.map", ":material/hub:", "knowledge"),
        ],
        t("nav.section.student"): [
            _page("student.py", "nav.student", ":material/edit_note:", "student", not teaching),
        ],
        **({t("nav.section.research"): [
            _page("research.py", "nav.research", ":material/science:", "research"),
        ]} if teaching else {}),
        t("nav.section.system"): [_page("settings.py", "nav.settings", ":material/settings:", "settings")],
    }
page = st.navigation(pages, position="hidden" if account is None else "sidebar")

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
    if account is not None:
        st.caption(t("auth.signed_in", name=account.display_name, role=t(f"role.{account.role}")))
        st.button(t("auth.logout"), key="w_logout", on_click=auth.log_out)

try:
    if account is None and page is not login_page:
        runpy.run_path(str(_PAGES / "login.py"), run_name="__main__")  # streamlit runs one navigation page only
    else:
        page.run()
except Exception as exc:  # the last net: a bug in a page is a readable message, never a traceback
    logging.getLogger("app").exception("page %s failed", page.title)
    st.error(t("error.page", why=f"{type(exc).__name__}: {exc}"))

"""登录 / Log in: the login form, the first admin on a fresh installation, and student sign-up."""

import streamlit as st

from app import auth
from app.i18n import one, t


def _submit(kind: str) -> None:
    """Form callback: log in or register, then let the router draw the pages this account may see."""
    state = st.session_state
    name, password = state.get(f"w_{kind}_user", ""), state.get(f"w_{kind}_password", "")
    if kind == "login":
        problem = auth.log_in(name, password)
    else:
        problem = auth.register(name, password, state.get(f"w_{kind}_display", ""), first_admin=kind == "admin")
    state.login_notice = problem


st.title(t("login.title"))
if st.session_state.get("sso_refused"):
    st.error(one(st.session_state.sso_refused))
    st.button(t("login.sso_sign_out"), key="w_sso_sign_out", on_click=st.logout)
for provider in auth.sso_providers() if not st.session_state.get("sso_refused") else []:
    st.button(t("login.sso", provider=provider or t("login.sso_default")), key=f"w_sso_{provider or 'default'}",
              type="primary", on_click=st.login, args=(provider or None,))
if not auth.has_admin():
    st.info(t("login.first_run"))
    forms = [("admin", t("login.create_admin"))]
else:
    forms = [("login", t("login.submit")), ("register", t("login.register_submit"))]
for kind, button in forms:
    if kind == "register":
        st.subheader(t("login.register"))
    with st.form(f"w_{kind}_form"):
        st.text_input(t("login.username"), key=f"w_{kind}_user")
        if kind != "login":
            st.text_input(t("login.display_name"), key=f"w_{kind}_display")
        st.text_input(t("login.password"), type="password", key=f"w_{kind}_password")
        st.form_submit_button(button, type="primary" if kind != "register" else "secondary",
                              on_click=_submit, args=(kind,))
if st.session_state.get("login_notice"):
    st.error(st.session_state.login_notice)
    st.session_state.login_notice = None

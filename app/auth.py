"""Who is logged in, for the pages: the session token (session state, or the login cookie after a reload)
resolved through `content.accounts`, plus log in / log out and role checks. No SQL here.

`current_account()` is the one function the rest of the app asks ("who is this?"); it returns a
`content.accounts.Account` (id, username, display_name, role) or None.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import streamlit as st

from app.i18n import t
from app.services import needs

if TYPE_CHECKING:
    from content.accounts import Account

COOKIE = "tutor_session"
_WHAT = "账户 / accounts"


def _ready() -> None:
    """Migrate the project database (TUTOR_DATABASE_URL) once per server and URL, before the store is used."""
    with needs(_WHAT):
        from content.db import database_url
    _migrated(database_url())


@st.cache_resource(show_spinner=False)
def _migrated(url: str) -> bool:
    with needs(_WHAT):
        from content.db import upgrade
    upgrade(url)
    return True


def _token() -> str | None:
    token = st.session_state.get("auth_token")
    if token:
        return token
    try:
        found = st.context.cookies.get(COOKIE)  # a reload starts a new session; the cookie keeps the login
    except Exception:  # noqa: BLE001 - AppTest and old servers have no request context
        return None
    return found if isinstance(found, str) and found else None


def current_account() -> Account | None:
    """The logged-in Account, or None (no token, an expired or ended session, a disabled account)."""
    token = _token() or _sso_token()
    if not token:
        return None
    _ready()
    with needs(_WHAT):
        from content.accounts import session_account
    account = session_account(token)
    if account is None:
        st.session_state.auth_token = None
    else:
        st.session_state.auth_token = token
    return account


def sso_providers() -> list[str]:
    """The single sign-on providers of Streamlit's `[auth]` secrets ("" for the default one); [] when none."""
    try:
        auth_secrets = st.secrets.get("auth")
    except Exception:  # noqa: BLE001 - no secrets file, or one that does not parse: no SSO
        return []
    with needs(_WHAT):
        from content.sso import providers
    return list(providers(auth_secrets))


def sso_user() -> dict[str, Any] | None:
    """The OIDC identity `st.login` left (its claims), or None."""
    try:
        user = st.user.to_dict()
    except Exception:  # noqa: BLE001 - no request context: no identity
        return None
    return user if user.get("is_logged_in") else None


def _sso_token() -> str | None:
    """After `st.login`: the identity's account logged in as with a password (a session token); else None."""
    claims = sso_user()
    if claims is None or not sso_providers():
        return None
    _ready()
    with needs(_WHAT):
        from content.accounts import AccountError
        from content.sso import sign_in
    try:
        account = sign_in(claims)
    except AccountError as exc:  # refused (no account yet and the policy says so) or disabled
        st.session_state.sso_refused = str(exc)
        return None
    st.session_state.sso_refused = None
    _begin(account)
    return str(st.session_state.auth_token)


def has_admin() -> bool:
    """False on a fresh installation: the login page then offers to create the first admin."""
    _ready()
    with needs(_WHAT):
        from content.accounts import has_admin as any_admin
    return any_admin()


def log_in(username: str, password: str) -> str | None:
    """Log in; None on success, else the message to show (the same for a wrong name or password)."""
    _ready()
    with needs(_WHAT):
        from content.accounts import authenticate
    account = authenticate(username, password)
    if account is None:
        return t("login.failed")
    _begin(account)
    return None


def register(username: str, password: str, display_name: str, first_admin: bool) -> str | None:
    """Create an account (the first admin, or a student) and log it in; None on success, else why not."""
    _ready()
    with needs(_WHAT):
        from content.accounts import AccountError, create_account, create_first_admin
    try:
        if first_admin:
            account = create_first_admin(username, password, display_name)
        else:
            account = create_account(username, password, "student", display_name)
    except AccountError as exc:
        return str(exc)
    _begin(account)
    return None


def _begin(account: Account) -> None:
    with needs(_WHAT):
        from content.accounts import SESSION_HOURS, start_session
    token = start_session(account)
    st.session_state.auth_token = token
    st.session_state.auth_cookie = ("set", token, int(SESSION_HOURS * 3600))


def log_out() -> None:
    """End this session everywhere it is used (the token stops working) and forget the cookie."""
    _ready()
    with needs(_WHAT):
        from content.accounts import end_session
    end_session(_token())
    st.session_state.auth_token = None
    st.session_state.auth_cookie = ("clear", "", 0)
    if sso_user() is not None:
        st.logout()  # forget the provider's identity too, or the next run would sign it in again


def write_cookie() -> None:
    """After a login or logout, set or clear the browser's login cookie (once; SameSite=Strict)."""
    pending = st.session_state.get("auth_cookie")
    if not pending:
        return
    st.session_state.auth_cookie = None
    _action, token, max_age = pending
    cookie = f"{COOKIE}={token}; path=/; max-age={max_age}; SameSite=Strict"
    import streamlit.components.v1 as components

    components.html(f"<script>window.parent.document.cookie = {json.dumps(cookie)};</script>", height=0)


def require_role(*roles: str) -> Account:
    """The logged-in account when its role is one of `roles`; otherwise say so and stop the page."""
    account = current_account()
    if account is None or account.role not in roles:
        st.error(t("auth.forbidden"))
        st.stop()
    return account

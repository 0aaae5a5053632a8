"""Single sign-on on the login page under AppTest (issue 14): the "sign in with …" button is there when
Streamlit's `[auth]` secrets name a provider and absent otherwise; an identity that `st.login` left signs in
as its account (a first-time one as a student, or refused per TUTOR_SSO_NEW_ACCOUNTS), and the rest of the
app works as after a password login."""

from __future__ import annotations

from content import accounts, sso
from content.db import upgrade
from tests.app.conftest import assert_clean, texts

ISS = "https://idp.school.example"
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "a long random secret",
        "client_id": "tutor", "client_secret": "s3cret",
        "server_metadata_url": "https://idp.school.example/.well-known/openid-configuration"}


def _sso_buttons(at) -> list[str]:
    return [b.label for b in at.button if b.key and b.key.startswith("w_sso_") and b.key != "w_sso_sign_out"]


def _with_admin(at):
    upgrade()
    if not accounts.has_admin():
        accounts.create_first_admin("root", "a long secret")
    return at


def test_no_provider_no_button(anonymous):
    at = _with_admin(anonymous()).run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["登录"] and _sso_buttons(at) == []


def test_a_configured_provider_offers_its_button(anonymous):
    at = _with_admin(anonymous())
    at.secrets["auth"] = AUTH
    at.run()
    assert_clean(at)
    assert _sso_buttons(at) == ["通过 学校账号 统一身份登录"]
    named = _with_admin(anonymous())
    named.secrets["auth"] = {"redirect_uri": AUTH["redirect_uri"], "cookie_secret": "x",
                             "school": {k: AUTH[k] for k in ("client_id", "client_secret", "server_metadata_url")}}
    named.run()
    assert _sso_buttons(named) == ["通过 school 统一身份登录"]


def test_a_first_time_identity_signs_in_as_a_student(anonymous):
    at = _with_admin(anonymous())
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "iss": ISS, "sub": "s-1", "name": "小明", "email": "xm@school.example"}
    at.run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["学生练习"] and at.session_state.auth_token
    made = [a for a in accounts.list_accounts() if a.username == "sso-xm"]
    assert len(made) == 1 and made[0].role == "student"


def test_an_admin_given_role_is_used(anonymous):
    at = _with_admin(anonymous())
    teacher = accounts.create_account("wang", "a long secret", "teacher")
    sso.link_identity(teacher.id, ISS, "t-1")
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "iss": ISS, "sub": "t-1"}
    at.run()
    assert [t.value for t in at.title] == ["教师工作台"]


def test_a_refused_identity_stays_on_the_login_page(anonymous, monkeypatch):
    monkeypatch.setenv("TUTOR_SSO_NEW_ACCOUNTS", "refuse")
    at = _with_admin(anonymous())
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "iss": ISS, "sub": "nobody"}
    at.run()
    assert_clean(at)
    assert [t.value for t in at.title] == ["登录"] and not at.session_state.auth_token
    assert any("请联系管理员" in e and "admin" not in e for e in texts(at.error))  # one language on screen
    assert at.button(key="w_sso_sign_out") and _sso_buttons(at) == []

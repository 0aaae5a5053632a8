"""Single sign-on identities → accounts (issue 14): a first sign-in makes a student or is refused per the
setting, the same identity always finds its account, an admin's role sticks, a disabled account cannot sign
in, and the `[auth]` secrets are read the way `st.login` needs them."""

from __future__ import annotations

import pytest

from content import accounts, sso
from content.db import upgrade

ISS = "https://idp.school.example"


@pytest.fixture
def url(tmp_path):
    db = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    upgrade(db)
    return db


def _claims(sub: str, **more) -> dict:
    return {"is_logged_in": True, "iss": ISS, "sub": sub, **more}


def test_a_first_sign_in_makes_a_student_and_the_next_finds_it(url):
    first = sso.sign_in(_claims("u-1", email="Zhang.San@school.example", name="张三"), "student", url)
    again = sso.sign_in(_claims("u-1", email="changed@school.example"), "student", url)
    assert first == again and first.role == "student" and first.display_name == "张三"
    assert first.username == "sso-zhang.san"
    assert accounts.authenticate(first.username, "", url) is None  # no password sign-in for an SSO-made account


def test_refused_when_the_setting_says_so(url, monkeypatch):
    monkeypatch.setenv("TUTOR_SSO_NEW_ACCOUNTS", "refuse")
    with pytest.raises(accounts.AccountError, match="ask an admin"):
        sso.sign_in(_claims("u-2"), url=url)
    assert accounts.list_accounts(url=url) == []
    teacher = accounts.create_account("li", "a long secret", "teacher", url=url)
    sso.link_identity(teacher.id, ISS, "u-2", url=url)  # an admin links the identity to an existing account
    assert sso.sign_in(_claims("u-2"), url=url) == teacher


def test_an_admins_role_sticks_and_a_disabled_account_is_refused(url):
    made = sso.sign_in(_claims("u-3", name="王老师"), "student", url)
    accounts.set_role(made.id, "teacher", url)
    assert sso.sign_in(_claims("u-3"), "student", url).role == "teacher"
    accounts.set_active(made.id, False, url)
    with pytest.raises(accounts.AccountError, match="disabled"):
        sso.sign_in(_claims("u-3"), "student", url)
    assert len(accounts.list_accounts(url=url)) == 1  # no second account made for a disabled identity


def test_the_same_subject_at_another_provider_is_another_person(url):
    a = sso.sign_in(_claims("same", email="a@x.example"), "student", url)
    b = sso.sign_in({"iss": "https://other.example", "sub": "same", "email": "a@x.example"}, "student", url)
    assert a.id != b.id and b.username == "sso-a-2"


@pytest.mark.parametrize("claims", [{}, {"iss": ISS}, {"sub": "x"}, {"iss": ISS, "sub": "x" * 300}])
def test_an_identity_without_issuer_and_subject_is_refused(url, claims):
    with pytest.raises(accounts.AccountError):
        sso.sign_in(claims, "student", url)


def test_a_bad_policy_setting_is_named(monkeypatch):
    monkeypatch.setenv("TUTOR_SSO_NEW_ACCOUNTS", "teacher")
    with pytest.raises(accounts.AccountError, match="TUTOR_SSO_NEW_ACCOUNTS"):
        sso.new_account_policy()


def test_the_auth_secrets_examples():
    import doctest

    result = doctest.testmod(sso)
    assert result.attempted > 0 and result.failed == 0


def test_an_admin_sets_a_role_from_the_command_line(url, capsys):
    from content.commands import accounts as command

    made = sso.sign_in(_claims("u-9", email="t9@school.example"), "student", url)
    assert command("set-role", made.username, "teacher", "", url) == 0
    assert accounts.get_account(made.id, url).role == "teacher" and "student -> teacher" in capsys.readouterr().out
    assert command("set-role", "nobody-here", "teacher", "", url) == 2
    with pytest.raises(accounts.AccountError, match="unknown role"):
        accounts.set_role(made.id, "root", url)  # type: ignore[arg-type]

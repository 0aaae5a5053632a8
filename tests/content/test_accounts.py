"""Accounts on a real SQLite file: argon2 hashes, roles, sessions that expire, classes with join codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from content import accounts, classes
from content.accounts import AccountError, SessionRow
from content.db import session_scope, upgrade


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    monkeypatch.setenv("TUTOR_DATABASE_URL", url)
    upgrade(url)
    return url


def test_passwords_are_argon2_hashes_and_checked(db):
    made = accounts.create_account("Wang", "correct horse", "teacher", "王老师")
    assert made.username == "wang" and made.role == "teacher" and made.can_teach and not made.is_admin
    with session_scope() as s:
        stored = s.scalar(select(accounts.AccountRow.password_hash))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert accounts.authenticate("WANG ", "correct horse") == made
    assert accounts.authenticate("wang", "wrong password") is None
    assert accounts.authenticate("nobody", "correct horse") is None


@pytest.mark.parametrize("username, password, role, why", [
    ("", "long enough", "teacher", "username"),
    ("a b", "long enough", "teacher", "username"),
    ("ok", "short", "teacher", "at least"),
    ("ok", "long enough", "janitor", "unknown role"),
])
def test_bad_accounts_are_refused_readably(db, username, password, role, why):
    with pytest.raises(AccountError, match=why):
        accounts.create_account(username, password, role)


def test_a_taken_name_is_refused(db):
    accounts.create_account("li", "battery staple", "student")
    with pytest.raises(AccountError, match="taken"):
        accounts.create_account("LI", "another password", "teacher")


def test_the_first_admin_only_once(db):
    assert not accounts.has_admin()
    admin = accounts.create_first_admin("root", "a long secret")
    assert admin.is_admin and accounts.has_admin()
    with pytest.raises(AccountError, match="admin exists"):
        accounts.create_first_admin("second", "a long secret")


def test_sessions_expire_and_end(db):
    student = accounts.create_account("zhang", "student pass", "student")
    token = accounts.start_session(student)
    assert accounts.session_account(token) == student
    assert accounts.session_account(token + "x") is None and accounts.session_account(None) is None
    with session_scope() as s:  # the clock moves past the end of the session
        s.execute(update(SessionRow).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert accounts.session_account(token) is None
    fresh = accounts.start_session(student)
    accounts.end_session(fresh)
    assert accounts.session_account(fresh) is None
    with session_scope() as s:
        assert s.scalar(select(SessionRow.token_hash)) != fresh  # only digests are stored


def test_a_disabled_account_loses_its_sessions(db):
    teacher = accounts.create_account("liu", "teacher pass", "teacher")
    token = accounts.start_session(teacher)
    accounts.set_active(teacher.id, False)
    assert accounts.session_account(token) is None
    assert accounts.authenticate("liu", "teacher pass") is None


def test_classes_join_codes_and_who_sees_what(db):
    wang = accounts.create_account("wang", "teacher pass", "teacher")
    li = accounts.create_account("li", "teacher pass", "teacher")
    admin = accounts.create_account("admin", "admin pass", "admin")
    amy = accounts.create_account("amy", "student pass", "student")
    bob = accounts.create_account("bob", "student pass", "student")
    with pytest.raises(AccountError, match="only teachers"):
        classes.create_class(amy, "我的班")
    one = classes.create_class(wang, "高一(1)班")
    two = classes.create_class(li, "高一(2)班")
    assert one.join_code != two.join_code and len(one.join_code) == 6
    assert classes.join_class(amy, one.join_code.lower()) == one
    classes.join_class(amy, f" {one.join_code} ")  # twice is harmless
    classes.join_class(bob, two.join_code)
    with pytest.raises(AccountError, match="code"):
        classes.join_class(bob, "NOPE00")
    assert classes.classes_of(wang) == [one] and classes.classes_of(amy) == [one]
    assert classes.classes_of(admin) == [one, two]
    assert [m.username for m in classes.members(one.id, wang)] == ["amy"]
    with pytest.raises(AccountError, match="of yours"):
        classes.members(one.id, li)
    task = classes.assign(one.id, wang, "sequence-001", "等差数列")
    assert classes.assign(one.id, wang, "sequence-001").id == task.id
    assert [a.problem_ref for a in classes.assignments(one.id, amy)] == ["sequence-001"]
    with pytest.raises(AccountError):
        classes.assignments(one.id, bob)
    with pytest.raises(AccountError):
        classes.assign(one.id, li, "sequence-002")


def test_first_admin_from_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    env = {**os.environ, "TUTOR_NEW_PASSWORD": "a long secret"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "content", "accounts", *args, "--db", url], env=env,
                              capture_output=True, text=True, timeout=300)

    first = run("create-admin", "--username", "root")
    assert first.returncode == 0 and "created admin root" in first.stdout
    again = run("create-admin", "--username", "other")
    assert again.returncode == 2 and "admin exists" in again.stderr
    assert run("create", "--username", "wang", "--role", "teacher").returncode == 0
    listed = run("list").stdout
    assert "admin    root" in listed and "teacher  wang" in listed
    assert accounts.authenticate("root", "a long secret", url=url).is_admin

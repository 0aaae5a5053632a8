"""AppTest fixtures: the real app script with its own case-library file per test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "app" / "main.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TIMEOUT_S = 600  # a cold first solve imports SymPy, jieba and the retrieval index; CI may share the CPU


@pytest.fixture
def cases_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh SQLite case library for this test (the app reads TUTOR_CASES_DB), and a fresh project
    database for its accounts (TUTOR_DATABASE_URL)."""
    path = tmp_path / "cases.sqlite"
    monkeypatch.setenv("TUTOR_CASES_DB", str(path))
    monkeypatch.setenv("TUTOR_DATABASE_URL", f"sqlite:///{tmp_path / 'tutor.sqlite'}")
    monkeypatch.delenv("TUTOR_MODEL", raising=False)
    return path


def logged_in(at: AppTest, username: str = "admin", role: str = "admin", password: str = "test password") -> AppTest:
    """Log the simulated session in as a (new or existing) account of `role`: the page tests' login helper."""
    from content import accounts
    from content.db import upgrade

    upgrade()
    account = accounts.authenticate(username, password) or accounts.create_account(username, password, role)
    at.session_state["auth_token"] = accounts.start_session(account)
    return at


@pytest.fixture
def app(cases_db: Path) -> Callable[[], AppTest]:
    """Factory for a simulated session of the whole app (router, state, pages), logged in as an admin
    (who may use every page); `logged_in(at, name, role)` logs in as someone else."""
    return lambda: logged_in(AppTest.from_file(MAIN, default_timeout=TIMEOUT_S))


@pytest.fixture
def anonymous(cases_db: Path) -> Callable[[], AppTest]:
    """Factory for a session nobody has logged in to."""
    return lambda: AppTest.from_file(MAIN, default_timeout=TIMEOUT_S)


@pytest.fixture
def fixture_result() -> dict:
    """A hand-written Result with a refuted step and a repaired one (rare with the embedded model)."""
    return json.loads((FIXTURES / "result_quadratic.json").read_text(encoding="utf-8"))


def texts(elements) -> list[str]:
    """The values of markdown-like elements, for substring checks."""
    return [str(e.value) for e in elements]


def assert_clean(at: AppTest) -> None:
    """No exception escaped and the router's last-resort page error was not shown."""
    assert not at.exception, at.exception
    page_errors = [e.value for e in at.error if "页面出错了" in e.value or "This page hit an error" in e.value]
    assert not page_errors, page_errors

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
    """A fresh SQLite case library for this test (the app reads TUTOR_CASES_DB)."""
    path = tmp_path / "cases.sqlite"
    monkeypatch.setenv("TUTOR_CASES_DB", str(path))
    monkeypatch.delenv("TUTOR_MODEL", raising=False)
    return path


@pytest.fixture
def app(cases_db: Path) -> Callable[[], AppTest]:
    """Factory for a simulated session of the whole app (router, state, pages)."""
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

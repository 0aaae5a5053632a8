"""`make lint` held in CI: ruff and mypy (configured in pyproject.toml) pass over the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a tool of this interpreter's environment from the repository root (its config is in pyproject.toml)."""
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.mark.slow
def test_ruff_check_is_clean() -> None:
    done = _run("ruff", "check", ".")
    assert done.returncode == 0, f"ruff check . failed:\n{done.stdout}\n{done.stderr}"


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    done = _run("mypy")  # files and options from [tool.mypy]; minutes on a loaded machine, no time bound here
    assert done.returncode == 0, f"mypy failed:\n{done.stdout}\n{done.stderr}"

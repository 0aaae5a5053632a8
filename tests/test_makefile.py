"""`make run` listens on loopback unless the operator asks for more (issue 14)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def _run_line(*args: str) -> str:
    """The streamlit command `make run` would start (dry run; `setup` is made to look done)."""
    done = subprocess.run(["make", "-n", "-o", "setup", "-o", ".venv/.runtime", "run", *args], cwd=ROOT, env={k: v for k, v in os.environ.items() if k != "HOST"},
                          capture_output=True, text=True, timeout=60, check=True)
    return next(line for line in done.stdout.splitlines() if "streamlit run" in line)


def test_make_run_binds_loopback_by_default():
    assert "--server.address 127.0.0.1 " in _run_line()


def test_make_run_binds_where_configured():
    assert "--server.address 0.0.0.0 " in _run_line("HOST=0.0.0.0")

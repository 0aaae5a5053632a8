"""Shared test settings: never reach a model hub; artefacts go under artifacts/ (ignored by git)."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TORCH_DEVICE_BACKEND_AUTOLOAD", "0")
# CI may run on a busy machine: every bound of the math layer's worker pool is multiplied by this for the
# test run (and for the apps and commands the tests start), so that whether a claim verifies never depends
# on the CPU being free. Tests of the bounds themselves expect the scaled bound (`pool.bound_s`).
os.environ.setdefault("TUTOR_TIME_SCALE", "4")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Folder for screenshots and reports produced by a test run."""
    path = ROOT / "artifacts" / "tests"
    path.mkdir(parents=True, exist_ok=True)
    return path

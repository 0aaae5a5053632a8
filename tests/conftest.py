"""Shared test settings: never reach a model hub; artefacts go under artifacts/ (ignored by git)."""

import os
from collections.abc import Iterator
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


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium under Playwright, one for the whole run (skipped with a reason where it is not installed).

    One instance for every folder: Playwright's sync API keeps an event loop running in the main thread, so a
    second `sync_playwright()` beside it fails."""
    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()

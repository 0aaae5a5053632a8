"""Real-browser fixtures: `streamlit run app/main.py` as a subprocess, driven by Debian's chromium.

The server listens on 127.0.0.1 on a free port, headless, with its case library in a temporary
SQLite file; Playwright drives /usr/bin/chromium (Playwright's own browser download does not work
here). Server output goes to a log file that failing tests print.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
START_TIMEOUT_S = 180  # a cold start on a busy 2-core machine (the limit catches a hang)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class StreamlitServer:
    """One `streamlit run app/main.py` process; restartable on the same port and database."""

    def __init__(self, cases_db: Path, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.cases_db = cases_db
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.started_at = 0.0
        self.database_url = f"sqlite:///{cases_db.parent / 'tutor.sqlite'}"  # accounts live here

    def session_token(self, username: str = "e2e", role: str = "admin", name: str = "e2e 老师") -> str:
        """A login session for an account of this server's database (made on first use)."""
        from content import accounts
        from content.db import upgrade

        upgrade(self.database_url)
        password = "e2e password"
        account = accounts.authenticate(username, password, url=self.database_url) or accounts.create_account(
            username, password, role, name, url=self.database_url)
        return accounts.start_session(account, url=self.database_url)

    def start(self) -> None:
        """Start the server (returns at once; call wait_healthy)."""
        env = {
            **os.environ,
            "TUTOR_CASES_DB": str(self.cases_db),
            "TUTOR_DATABASE_URL": self.database_url,
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "TORCH_DEVICE_BACKEND_AUTOLOAD": "0",
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        }
        env.pop("TUTOR_MODEL", None)  # the embedded default, whatever the caller's shell says
        cmd = [
            sys.executable, "-m", "streamlit", "run", "app/main.py",
            "--server.address", "127.0.0.1",
            "--server.port", str(self.port),
            "--server.headless", "true",
            "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]  # fmt: skip
        log = self.log_path.open("a", encoding="utf-8")
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()

    def health(self) -> str | None:
        """The body of /_stcore/health, or None while it does not answer."""
        try:
            with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                return reply.read().decode()
        except OSError:
            return None

    def wait_healthy(self, timeout: float = START_TIMEOUT_S) -> float:
        """Wait until /_stcore/health answers "ok"; return the seconds since start."""
        deadline = self.started_at + timeout
        while time.perf_counter() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}:\n{self.log()}")
            if self.health() == "ok":
                return time.perf_counter() - self.started_at
            time.sleep(0.1)
        raise TimeoutError(f"no /_stcore/health within {timeout} s:\n{self.log()}")

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()
        self.wait_healthy()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-6000:]


def log_in(context, server: StreamlitServer, **account: str) -> None:
    """Give a browser context the login cookie the app sets after a login (the login form has its own test)."""
    context.add_cookies([{"name": "tutor_session", "value": server.session_token(**account), "url": server.url}])


def snap(page, path: Path) -> None:
    """Screenshot the whole page: Streamlit scrolls inside its main block, so grow the viewport first."""
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section, body')]"
        ".map(e => e.scrollHeight))"
    )
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), size["height"]), 12000)})
    page.wait_for_timeout(500)  # let the layout settle at the new size
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StreamlitServer]:
    """A running app with an empty case library of its own."""
    folder = tmp_path_factory.mktemp("app")
    srv = StreamlitServer(folder / "cases.sqlite", folder / "streamlit.log")
    srv.start()
    try:
        srv.wait_healthy()
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def page(browser, server: StreamlitServer, request: pytest.FixtureRequest, artifacts_dir: Path) -> Iterator[object]:
    """A fresh browser tab (own session) sized like a laptop screen.

    On failure it saves a screenshot as artifacts/tests/FAILED_<test>.png and prints the server log.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(300_000)
    log_in(context, server)
    tab = context.new_page()
    try:
        yield tab
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            snap(tab, artifacts_dir / f"FAILED_{request.node.name}.png")
            print(f"--- streamlit log ---\n{server.log()}")
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Keep each phase's report on the item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report

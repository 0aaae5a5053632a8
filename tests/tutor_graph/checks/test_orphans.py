"""Math workers die with the process that started them: a killed caller leaves no SymPy running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.tutor_graph.checks.slow_tasks import SLOW_CLAIM

ROOT = Path(__file__).resolve().parents[3]

# The caller asks a claim that runs far past any bound (bound raised to 10 min, so only the parent's death
# can end it), from the main thread or from a short-lived thread as Streamlit's script threads are.
CALLER = textwrap.dedent("""
    import sys, threading, time
    from tutor_graph.checks import check_step
    def ask():
        check_step(sys.argv[1])
    if sys.argv[2] == "thread":
        threading.Thread(target=ask, daemon=True).start()
        time.sleep(3600)
    else:
        ask()
""")


def _alive_children(parent: int) -> list[int]:
    """Pids whose parent is `parent` and that are not zombies (a dead, unreaped worker is dead)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == parent and state != "Z":
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc (Linux) to find the workers")
@pytest.mark.parametrize("where", ["main", "thread"])
def test_workers_die_when_their_caller_is_killed(where):
    env = dict(os.environ, TUTOR_CHECK_TIMEOUT="600", TUTOR_CHECK_WORKERS="1")
    caller = subprocess.Popen([sys.executable, "-c", CALLER, SLOW_CLAIM, where], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 240  # the worker imports SymPy first: generous under load
        workers: list[int] = []
        while not workers and time.monotonic() < deadline:
            time.sleep(0.5)
            workers = _alive_children(caller.pid)
        assert workers, "the caller never started a worker"
        time.sleep(3)  # let the worker get into the slow claim
        assert all(_alive(pid) for pid in workers)
        caller.send_signal(signal.SIGKILL)
        caller.wait(timeout=30)
        deadline = time.monotonic() + 60
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers), "a worker outlived its killed caller"
    finally:
        if caller.poll() is None:
            caller.kill()
            caller.wait()

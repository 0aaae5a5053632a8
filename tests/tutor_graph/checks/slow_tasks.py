"""Test-only bounded tasks (`test.*`), registered for the workers through TUTOR_CHECK_TEST_TASKS.

`registered()` is a context manager that registers them and restarts the worker pool so the workers
read the variable, and restarts it again afterwards so later tests get plain workers.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

SLOW_CLAIM = r"\sum_{k=1}^{n} k^{900} = n"  # Faulhaber's formula for k^900: far beyond any time bound
TASKS = {
    "test.forever": "forever",
    "test.sleep_forever": "sleep_forever",
    "test.checks_inside": "checks_inside",
    "test.broken": "broken",
    "test.not_plain": "not_plain",
}


def forever(*args, **kwargs):
    """Never return: a stand-in for a computation that runs away (pure Python, one core at 100 %)."""
    while True:
        pass


def sleep_forever(*args, **kwargs):
    """Never return, blocked in one C call (no bytecode boundary for a signal handler to act at)."""
    time.sleep(10**6)


def checks_inside(claims: list[str]) -> dict:
    """Check claims from inside a task, as the specialist does, and report how they ran."""
    from tutor_graph.checks import check_step, pool

    out = []
    for claim in claims:
        started = time.monotonic()
        verdict = check_step(claim)
        out.append({"verdict": verdict.to_dict(), "seconds": time.monotonic() - started})
    return {"checks": out, "inline": pool.INLINE is not None, "own_pool": pool._pool is not None, "pid": os.getpid()}


def broken():
    """Raise, as a task with a bug would."""
    raise ZeroDivisionError("on purpose")


def not_plain():
    """Return something that is not plain data."""
    return object()


@contextlib.contextmanager
def registered() -> Iterator[None]:
    """Register the test tasks for freshly started workers; restore plain workers afterwards."""
    from tutor_graph.checks import pool, tasks

    value = ",".join(f"{name}={__name__}:{attr}" for name, attr in TASKS.items())
    old = os.environ.get(tasks.TEST_TASKS_ENV)
    os.environ[tasks.TEST_TASKS_ENV] = value
    pool.shutdown()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(tasks.TEST_TASKS_ENV, None)
        else:
            os.environ[tasks.TEST_TASKS_ENV] = old
        pool.shutdown()

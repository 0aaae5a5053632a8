"""A small pool of warm worker processes with a hard, outside-enforced time bound per request.

Each request goes to an idle worker over a pipe; if no reply arrives in time the worker is killed
(SIGKILL, whatever SymPy was doing) and a fresh one is started in the background, so the caller keeps
serving. Works from any thread (Streamlit runs scripts in threads): it uses `select` on pipes, never
`signal.alarm`.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from tutor_graph.checks import tasks

REQUEST_TIMEOUT_S = float(os.environ.get("TUTOR_CHECK_TIMEOUT", "2.5"))


def _time_scale(raw: str | None) -> float:
    try:
        value = float(raw or 1)
    except ValueError:
        return 1.0
    return value if 0 < value < 1e6 else 1.0


# Every bound the pool enforces is multiplied by this: 1 in production. A test run on a machine that may be
# busy sets more (tests/conftest.py), so that whether a claim verifies never depends on the CPU being free;
# the tests of the bounds themselves use inputs that are slow on any machine and expect the scaled bound.
TIME_SCALE = _time_scale(os.environ.get("TUTOR_TIME_SCALE"))


def bound_s(timeout: float | None = None) -> float:
    """The bound in seconds that a request with `timeout` (default REQUEST_TIMEOUT_S) actually gets."""
    return (REQUEST_TIMEOUT_S if timeout is None else timeout) * TIME_SCALE
STARTUP_TIMEOUT_S = float(os.environ.get("TUTOR_CHECK_STARTUP_TIMEOUT", "60"))
POOL_SIZE = int(os.environ.get("TUTOR_CHECK_WORKERS", "2"))
_ROOT = Path(__file__).resolve().parents[2]

# Set inside a worker process (worker.main): a check made by a task running there is run in place,
# under that worker's own bound, instead of starting a pool of workers inside the worker.
INLINE: Callable[[str, list, float], dict] | None = None


class WorkerTimeout(Exception):
    """The worker did not answer within the time bound (it has been killed)."""


class WorkerUnavailable(Exception):
    """No worker could be started or reached."""


class _Worker:
    """One child process speaking JSON lines."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.buffer = b""
        self.ready = False
        self.version = -1  # the task registry's version this worker was started with

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        # The worker dies with this process (see worker._die_with_parent); PDEATHSIG only when the
        # forking thread is the main thread, the one thread that lives as long as the process.
        deathsig = "1" if threading.current_thread() is threading.main_thread() else "0"
        self.version = tasks.version()  # read before the registry is copied: a later registration restarts us
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1",
                   TUTOR_CHECK_PARENT=str(os.getpid()), TUTOR_CHECK_DEATHSIG=deathsig,
                   **{tasks.REGISTRY_ENV: tasks.registry_json()},
                   PYTHONPATH=os.pathsep.join(p for p in (str(_ROOT), os.environ.get("PYTHONPATH")) if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tutor_graph.checks.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=str(_ROOT), env=env, close_fds=True, start_new_session=True,
        )
        self.buffer, self.ready = b"", False

    def kill(self) -> None:
        proc, self.proc, self.ready = self.proc, None, False  # taken first: close() and _replace may race
        if proc is not None:
            try:
                proc.kill()
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream is not None:
                        stream.close()
                except OSError:
                    pass

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        """The running worker's stdin and stdout; WorkerUnavailable when it is not running."""
        proc = self.proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise WorkerUnavailable("worker not running")
        return proc.stdin, proc.stdout

    def read_line(self, deadline: float) -> dict:
        """Read one JSON line before `deadline` (time.monotonic()), else raise WorkerTimeout."""
        fd = self._pipes()[1].fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WorkerTimeout()
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                raise WorkerTimeout()
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise WorkerUnavailable("worker exited")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def ensure_ready(self) -> None:
        if self.alive() and self.version != tasks.version():
            self.kill()  # started before a task was registered: it would not know that task
        if not self.alive():
            self.start()
        if not self.ready:
            self.read_line(time.monotonic() + STARTUP_TIMEOUT_S)
            self.ready = True

    def request(self, payload: dict, timeout: float) -> dict:
        # The clock starts before the request is sent: taken after the write, a caller descheduled on a
        # busy machine would start counting only once the worker had already answered.
        deadline = time.monotonic() + timeout
        stdin = self._pipes()[0]
        stdin.write((json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8"))
        stdin.flush()
        return self.read_line(deadline)


class _Idle:
    """The idle workers. Hands out one that has already answered first, so a warm worker is reused while
    a cold one (just started, or a replacement) finishes its imports in the background."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.items: list[_Worker] = []

    def put(self, worker: _Worker) -> None:
        with self.cond:
            self.items.append(worker)
            self.cond.notify()

    def get(self, timeout: float) -> _Worker:
        """The best idle worker, waiting up to `timeout` for one; queue.Empty if none comes."""
        with self.cond:
            if not self.cond.wait_for(lambda: self.items, timeout):
                raise queue.Empty
            best = max(self.items, key=lambda w: (w.ready and w.alive(), w.alive()))  # first of the best
            self.items.remove(best)
            return best

    def take_all(self) -> list[_Worker]:
        with self.cond:
            taken, self.items = self.items, []
            return taken


class Pool:
    """A fixed number of workers handed out from an idle set; replaced when they time out or die."""

    def __init__(self, size: int = POOL_SIZE) -> None:
        self.owner = os.getpid()
        self.lock = threading.Lock()  # guards `closed` against a replacement starting after close()
        self.closed = False
        self.all_started = False
        self.idle = _Idle()
        self.workers = [_Worker() for _ in range(max(1, size))]
        for worker in self.workers:
            self.idle.put(worker)

    def warm_up(self) -> None:
        """Start every idle worker's process now; their imports run while the caller carries on.

        Workers in use are not touched (they are not in the idle queue), so this is safe from any thread."""
        self.all_started = True
        for worker in self.idle.take_all():
            if not worker.alive():
                worker.start()
            self.idle.put(worker)

    def call(self, op: str, args: list, timeout: float | None = None) -> dict:
        """Send one request; raise WorkerTimeout (after killing the worker) or WorkerUnavailable.

        `timeout` (default REQUEST_TIMEOUT_S) is multiplied by TIME_SCALE."""
        timeout = bound_s(timeout)
        try:
            worker = self.idle.get(timeout=STARTUP_TIMEOUT_S)
        except queue.Empty as exc:
            raise WorkerUnavailable("all workers busy") from exc
        replacing = False
        try:
            try:
                worker.ensure_ready()
            except (WorkerTimeout, WorkerUnavailable, OSError) as exc:
                worker.kill()
                raise WorkerUnavailable("worker failed to start") from exc
            if not self.all_started:  # a worker is ready: start the idle others now, in the background
                self.all_started = True
                self.warm_up()
            try:
                return worker.request({"op": op, "args": args}, timeout)
            except (WorkerTimeout, WorkerUnavailable, OSError, ValueError):
                if worker.proc is not None:
                    worker.proc.kill()  # stop the computation now; reaping and restarting happen aside
                replacing = True
                threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
                raise WorkerTimeout() from None
        finally:
            if not replacing:
                self.idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Reap a killed worker and start its successor, then hand it back (off the caller's clock)."""
        worker.kill()
        with self.lock:
            if self.closed:
                return
            try:
                worker.start()  # the replacement imports SymPy while callers carry on
            except OSError:
                pass  # the next call will try again (ensure_ready starts a dead worker)
        self.idle.put(worker)

    def close(self) -> None:
        """Stop the workers (only in the process that started them, never from a forked child)."""
        if os.getpid() != self.owner:
            return
        with self.lock:
            self.closed = True
            for worker in self.workers:
                worker.kill()


_pool: Pool | None = None
_pool_pid: int | None = None
_pool_lock = threading.Lock()


def get_pool() -> Pool:
    """The process-wide pool, created on first use (and afresh in a forked child, whose parent's
    pipes must not be shared)."""
    global _pool, _pool_pid
    with _pool_lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool, _pool_pid = Pool(), os.getpid()
            # The first worker starts now, the others once it is ready (see Pool.call): on a small CPU
            # the first answer then waits for one start-up, not for all of them sharing the cores.
            _pool.workers[0].start()
            atexit.register(_pool.close)
        return _pool


def run(op: str, args: list, timeout: float | None = None) -> dict:
    """Run `op` in a worker under a hard time bound; see Pool.call. Inside a worker, run it in place."""
    if INLINE is not None:
        return INLINE(op, args, bound_s(timeout))
    return get_pool().call(op, args, timeout)


def shutdown() -> None:
    """Stop this process's workers now; the next call starts fresh ones, which read the environment anew
    (tests use it after changing TUTOR_CHECK_TEST_TASKS). A call in flight at that moment fails."""
    global _pool
    with _pool_lock:
        if _pool is not None and _pool_pid == os.getpid():
            _pool.close()
        _pool = None

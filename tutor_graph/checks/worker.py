"""The SymPy worker process: reads JSON requests on stdin, writes one JSON reply per line on stdout.

Started by `tutor_graph.checks.pool` as `python -m tutor_graph.checks.worker`. All parsing and SymPy
work happens here, so the caller can bound its time from outside (and kill it) whatever SymPy does.
Besides single checks it runs whole allowlisted tasks (`tasks.allowed()`: the math layer's own and those
its callers registered, e.g. the symbolic specialist's solve); a check, grade or parse those make runs inline here (see `run_inline`). The process caps its
own memory, writes nothing to disk and exits when its stdin closes.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time

WATCHDOG_INTERVAL_S = 0.25
MEMORY_LIMIT_BYTES = int(os.environ.get("TUTOR_CHECK_MEMORY_MB", "3072")) * 1024 * 1024


def _limit_resources() -> None:
    """Cap address space so a runaway expansion fails with MemoryError instead of eating the host."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # writing any file is an error here
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not on POSIX: the caller's timeout still bounds time


def _die_with_parent(parent: int) -> None:
    """End this worker when the process that started it dies, so no check outlives its caller's bound.

    Linux delivers SIGKILL at once through prctl(PR_SET_PDEATHSIG) when the pool says the spawning
    thread lives as long as the process (TUTOR_CHECK_DEATHSIG=1: the signal follows the *thread* that
    forked, and Streamlit's script threads end after each run). A watchdog thread covers every other
    case: it sees the parent gone (re-parented to init or a subreaper) and kills this process.
    """
    if os.environ.get("TUTOR_CHECK_DEATHSIG") == "1" and sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass  # the watchdog below still ends us
    if parent <= 1 or os.getppid() != parent:  # gone already, before prctl took hold
        os.kill(os.getpid(), signal.SIGKILL)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_INTERVAL_S)
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def handle(request: dict) -> dict:
    """Run one request: {"op": "check"|"grade"|"expression"|"task"|"ping", "args": [...]} -> {"ok": bool, "result"|"error"}.

    A task request's args are [name, positional args, keyword args]; the name must be in the allowlist.
    """
    from tutor_graph.checks import tasks
    from tutor_graph.checks.checking import check_step_inline
    from tutor_graph.checks.grading import grade_inline
    from tutor_graph.checks.reading import expression_inline

    op, args = request.get("op"), request.get("args", [])
    try:
        if op == "check":
            return {"ok": True, "result": check_step_inline(*args)}
        if op == "grade":
            return {"ok": True, "result": grade_inline(*args)}
        if op == "expression":
            return {"ok": True, "result": expression_inline(*args)}
        if op == "task":
            name, positional, keywords = args
            return {"ok": True, "result": tasks.plain(tasks.resolve(name)(*positional, **keywords))}
        if op == "ping":
            return {"ok": True, "result": "pong"}
        return {"ok": False, "error": f"unknown op {op!r}"}
    except tasks.UnknownTask as exc:
        return {"ok": False, "error": f"不在允许列表中的任务 / task not in the allowlist: {exc}"}
    except MemoryError:
        return {"ok": False, "error": "过大（内存不足） / too large (out of memory)"}
    except OverflowError:  # e.g. e^(e^(e^(e^9))) as a float
        return {"ok": False, "error": "数值过大 / too large (a number overflows)"}
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # e.g. (x^999)^999: a number past Python's digit limit
            return {"ok": False, "error": "数值过大 / too large (a number has too many digits)"}
        return {"ok": False, "error": f"internal error: ValueError: {str(exc)[:200]}"}
    except RecursionError:
        return {"ok": False, "error": "嵌套过深 / too deeply nested"}
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not end the worker
        return {"ok": False, "error": f"internal error: {type(exc).__name__}: {str(exc)[:200]}"}


class _SoftTimeout(BaseException):
    """Raised by SIGALRM in a nested call. A BaseException, so `except Exception` in SymPy or in a task
    cannot swallow it."""


def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _SoftTimeout()


def run_inline(op: str, args: list, timeout: float) -> dict:
    """Run a check, grade or parse that a task makes, here in this worker (the pool's `run` in a worker).

    The task itself is bounded from outside (the caller kills this process at its deadline). A nested
    call also gets its usual bound, softly: an interval timer interrupts it between bytecodes, so one
    slow claim reads `unknown: timed out` as it would outside a task and the task goes on. Work stuck in
    one long C call is not interrupted; the outer kill still ends it.
    """
    from tutor_graph.checks import pool

    nested = signal.getitimer(signal.ITIMER_REAL)[0] > 0  # a timer already runs (a call inside a call)
    if nested or threading.current_thread() is not threading.main_thread():
        return handle({"op": op, "args": args})
    try:
        previous = signal.signal(signal.SIGALRM, _alarm)
        try:
            signal.setitimer(signal.ITIMER_REAL, max(timeout, 0.001))
            return handle({"op": op, "args": args})
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    except _SoftTimeout:
        raise pool.WorkerTimeout() from None


def _warm_up() -> None:
    """Import and exercise the registered tasks that asked for a warm-up (a failure only skips it)."""
    from tutor_graph.checks import tasks

    for name, args in tasks.warm_ups():
        try:
            tasks.resolve(name)(*args)
        except Exception:  # noqa: BLE001 - a half-built collaborator must not stop the checker
            continue


def _reply_line(reply: dict) -> str:
    try:
        return json.dumps(reply, ensure_ascii=False)
    except (TypeError, ValueError) as exc:  # a result that is not plain data: say so, keep serving
        return json.dumps({"ok": False, "error": f"internal error: result is not plain data: {exc}"})


def main() -> None:
    """Serve requests until stdin closes."""
    _die_with_parent(int(os.environ.get("TUTOR_CHECK_PARENT", "0")) or os.getppid())
    _limit_resources()
    sys.setrecursionlimit(4000)
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    sys.stdout = sys.stderr  # stray prints from libraries must not corrupt the protocol
    from tutor_graph.checks import pool, tasks

    tasks.load_registry(os.environ.get(tasks.REGISTRY_ENV))  # what the caller registered before starting us
    pool.INLINE = run_inline  # checks made inside a task run here, not in a pool of this worker's own
    import tutor_graph.checks.checking  # noqa: F401 - warm the imports before saying ready
    import tutor_graph.checks.grading  # noqa: F401
    import tutor_graph.checks.reading  # noqa: F401

    _warm_up()
    channel.write('{"ready": true}\n')
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            reply = {"ok": False, "error": "bad request"}
        else:
            reply = handle(request)
        channel.write(_reply_line(reply) + "\n")


if __name__ == "__main__":
    main()

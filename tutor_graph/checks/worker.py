"""The SymPy worker process: reads JSON requests on stdin, writes one JSON reply per line on stdout.

Started by `tutor_graph.checks.pool` as `python -m tutor_graph.checks.worker`. All parsing and SymPy
work happens here, so the caller can bound its time from outside (and kill it) whatever SymPy does.
The process caps its own memory, writes nothing to disk and exits when its stdin closes.
"""

from __future__ import annotations

import json
import os
import sys

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


def handle(request: dict) -> dict:
    """Run one request: {"op": "check"|"grade"|"expression"|"ping", "args": [...]} -> {"ok": bool, "result"|"error"}."""
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
        if op == "ping":
            return {"ok": True, "result": "pong"}
        return {"ok": False, "error": f"unknown op {op!r}"}
    except MemoryError:
        return {"ok": False, "error": "过大（内存不足） / too large (out of memory)"}
    except RecursionError:
        return {"ok": False, "error": "嵌套过深 / too deeply nested"}
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not end the worker
        return {"ok": False, "error": f"internal error: {type(exc).__name__}: {str(exc)[:200]}"}


def main() -> None:
    """Serve requests until stdin closes."""
    _limit_resources()
    sys.setrecursionlimit(4000)
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    sys.stdout = sys.stderr  # stray prints from libraries must not corrupt the protocol
    import tutor_graph.checks.checking  # noqa: F401 - warm the imports before saying ready
    import tutor_graph.checks.grading  # noqa: F401
    import tutor_graph.checks.reading  # noqa: F401

    channel.write('{"ready": true}\n')
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            reply = {"ok": False, "error": "bad request"}
        else:
            reply = handle(request)
        channel.write(json.dumps(reply, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

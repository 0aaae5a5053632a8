"""The caller's side of the math layer: each public call sends its work to a checker worker under a hard
time bound enforced from outside (past it the worker is killed and replaced), from any thread.

Light on purpose: nothing here imports SymPy, so a process that only calls the math layer (the solve
graph, the app) never loads it; the worker does all parsing and computing. `signal.alarm` is never
used in the caller (it does not work in Streamlit's threads).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tutor_graph.checks import pool, tasks
from tutor_graph.checks.answers import extract_answer
from tutor_graph.checks.limits import too_large
from tutor_graph.checks.verdict import Grade, Verdict

TIMED_OUT = "过大或计算超时 / too large / timed out (over {:.1f} s)"


def check_step(claim: str, context: str | Sequence[str] | None = None) -> Verdict:
    """Check one claim against optional givens, within a hard time bound (never raises)."""
    if not isinstance(claim, str) or not claim.strip():
        return Verdict.unknown("空的结论 / empty claim")
    givens = _context_list(context)
    why = too_large(claim, *givens)
    if why:
        return Verdict.unknown(f"过大 / too large: {why}")
    try:
        reply = pool.run("check", [claim, givens])
    except pool.WorkerTimeout:
        return Verdict.unknown(TIMED_OUT.format(pool.bound_s()))
    except pool.WorkerUnavailable as exc:
        return Verdict.unknown(f"检查器不可用 / checker unavailable: {exc}")
    if not reply.get("ok"):
        return Verdict.unknown(str(reply.get("error", "checker error")))
    result = reply["result"]
    return Verdict(result["status"], result["reason"], result.get("counterexample"))


def _context_list(context) -> list[str]:
    if context is None:
        return []
    if isinstance(context, str):
        return [context] if context.strip() else []
    return [str(c) for c in context if str(c).strip()]


def grade(reference: str, prediction: str, subject: str | None = None) -> Grade:
    """Grade a final answer against a reference, within a hard time bound (never raises).

    `subject` optionally names the expression the question asks about (`2a-b` in "求 2a-b 的取值范围"):
    then `(-2, 4)` and `-2 < 2a-b < 4` grade equal. Without it a range written on an expression is
    accepted only against a reference that names the same expression (`2a-b \\in (-2, 4)`).
    """
    if not isinstance(reference, str) or not isinstance(prediction, str) or not prediction.strip():
        return Grade(False, "答案为空 / empty answer")
    ref, pred = extract_answer(reference), extract_answer(prediction)
    why = too_large(ref, pred, subject or "")
    if why:
        return Grade(False, f"过大 / too large: {why}")
    try:
        reply = pool.run("grade", [ref, pred, subject])
    except pool.WorkerTimeout:
        return Grade(False, f"过大或超时 / too large / timed out (over {pool.bound_s():.1f} s)")
    except pool.WorkerUnavailable as exc:
        return Grade(False, f"评分器不可用 / grader unavailable: {exc}")
    if not reply.get("ok"):
        return Grade(False, str(reply.get("error", "grader error")))
    return Grade(bool(reply["result"]["correct"]), reply["result"]["reason"])


class TaskError(RuntimeError):
    """A bounded task did not produce a result; `reason` says why (bilingual), `task` names it."""

    def __init__(self, task: str, reason: str) -> None:
        super().__init__(f"{task}: {reason}")
        self.task = task
        self.reason = reason


class TaskTimeout(TaskError):
    """The task ran past its bound; its worker has been killed (a fresh one is starting)."""

    def __init__(self, task: str, timeout_s: float) -> None:
        super().__init__(task, f"超时（超过 {timeout_s:.1f} 秒）已中止 / timed out (over {timeout_s:.1f} s), stopped")
        self.timeout_s = timeout_s


def run_bounded(task: str, *args: Any, timeout_s: float, **kwargs: Any) -> Any:
    """Run the allowlisted `task` with plain-data arguments in a worker; return its plain-data result.

    Raises `TaskTimeout` after `timeout_s` seconds of work (waiting for a free or starting worker is not
    counted), `TaskError` when the task raised or no worker could run it, and `ValueError` at once for a
    name outside the allowlist (the math layer's own tasks and those registered with `register_task`). A check, grade or parse the task
    makes runs inside the same worker; called inside a worker (a task calling another) it runs in place.

    >>> run_bounded("os.system", "true", timeout_s=1)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    ValueError: 'os.system' is not an allowlisted task
    """
    if task not in tasks.allowed():
        raise ValueError(f"{task!r} is not an allowlisted task; choose from {sorted(tasks.allowed())}")
    if not timeout_s or timeout_s <= 0:
        raise ValueError("timeout_s must be a positive number of seconds")
    try:
        reply = pool.run("task", [task, tasks.plain(list(args)), tasks.plain(dict(kwargs))], timeout_s)
    except pool.WorkerTimeout:
        raise TaskTimeout(task, timeout_s) from None
    except pool.WorkerUnavailable as exc:
        raise TaskError(task, f"工作进程不可用 / no worker available: {exc}") from None
    if not reply.get("ok"):
        raise TaskError(task, str(reply.get("error", "task failed")))
    return reply.get("result")

"""The fixed allowlist of whole tasks a checker worker may run (`run_bounded`), and their plain-data results.

A task is named by a short key; the key maps to a dotted path that the worker imports lazily, so the
math layer stays a leaf (no static import of any other package of ours) and no caller can make the
worker import or call anything outside this table. Results travel back as JSON: a task must return
plain data (dicts, lists, strings, numbers, booleans, None; dataclasses and objects with `to_dict()`
are converted, e.g. the specialist's `Recognition`).

Tests may add tasks named `test.*` through the environment variable `TUTOR_CHECK_TEST_TASKS`
(`name=module:function,…`), read by the caller and by workers started after it is set; such names can
never replace an entry of the table.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import os
from collections.abc import Callable
from typing import Any

TASKS: dict[str, str] = {
    "specialist.recognise": "tutor_graph.specialist:recognise",
    "specialist.solve_symbolically": "tutor_graph.specialist:solve_symbolically",
    "specialist.plan_symbolically": "tutor_graph.specialist:plan_symbolically",
    "specialist.solve_step": "tutor_graph.specialist:solve_step",
    # an edited chain saved as a new method of its problem type (chain editor), checked on the type's instances
    "specialist.generalise_method": "tutor_graph.specialist.types.saving:generalise",
    "checks.sample_expression": "tutor_graph.checks.sampling:sample_inline",
    # the tutoring loop: a student's answer checked and diagnosed, a tutor message checked for leaks
    "checks.assess_turn": "tutor_graph.checks.answering:assess_turn",
    "checks.find_leak": "tutor_graph.checks.leaking:find_leak",
    "checks.rewrite_answer": "tutor_graph.checks.rewriting:rewrite_step",  # simulated students (evaluation)
    "reading.answer": "tutor_graph.reading.strategies:answer",
}

# Run once in every worker before it says it is ready: imports the specialist and its problem types,
# so the first guiding question does not wait for them. A failure here only skips the warm-up.
WARM_UP: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("specialist.recognise", ("解方程 x^2-5x+6=0",)),
)

TEST_TASKS_ENV = "TUTOR_CHECK_TEST_TASKS"


class UnknownTask(KeyError):
    """The task name is not in the allowlist."""


def allowed() -> dict[str, str]:
    """The allowlist: TASKS plus any `test.*` tasks named in TUTOR_CHECK_TEST_TASKS."""
    table = dict(TASKS)
    for item in os.environ.get(TEST_TASKS_ENV, "").split(","):
        name, _, path = item.strip().partition("=")
        if name.startswith("test.") and name not in TASKS and ":" in path:
            table[name] = path.strip()
    return table


def resolve(name: str) -> Callable[..., Any]:
    """The function a task name stands for, imported now (in the worker).

    >>> resolve("os.system")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    UnknownTask: 'os.system'
    """
    path = allowed().get(name)
    if path is None:
        raise UnknownTask(name)
    module, _, attr = path.partition(":")
    return getattr(importlib.import_module(module), attr)


def plain(value: Any, depth: int = 0) -> Any:
    """`value` as JSON-able plain data, or TypeError naming what is not.

    >>> plain({"a": (1, 2.5, None), "b": {3}})
    {'a': [1, 2.5, None], 'b': [3]}
    """
    if depth > 60:
        raise TypeError("result nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # JSON has no NaN / inf: a gap
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict(), depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value), depth + 1)
    if isinstance(value, dict):
        return {str(k): plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v, depth + 1) for v in value), key=repr)
    raise TypeError(f"a task must return plain data, not {type(value).__name__}")

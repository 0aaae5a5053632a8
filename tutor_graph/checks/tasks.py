"""The allowlist of whole tasks a checker worker may run (`run_bounded`), and their plain-data results.

A task is named by a short key that maps to a dotted path the worker imports lazily. The math layer names
only its own tasks here (`TASKS`); a caller that wants its own work run in the bounded pool registers it
with `register_task` (the graph does so in its `bounded_tasks` module), so the leaf never names the
packages that use it. The pool hands the registry to every worker it starts (environment variable
`TUTOR_CHECK_TASKS`, JSON), and restarts a worker started before a later registration. No request can make
a worker import or call anything outside this table. Results travel back as JSON: a task must return
plain data (dicts, lists, strings, numbers, booleans, None; dataclasses and objects with `to_dict()` are
converted, e.g. the specialist's `Recognition`).

Tests may add tasks named `test.*` through the environment variable `TUTOR_CHECK_TEST_TASKS`
(`name=module:function,…`), read by the caller and by workers started after it is set; such names can
never replace an entry of the table.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math
import os
import re
import threading
from collections.abc import Callable
from typing import Any

# The math layer's own tasks (the tutoring loop's checks, plot sampling, simulated students).
TASKS: dict[str, str] = {
    "checks.sample_expression": "tutor_graph.checks.sampling:sample_inline",
    # the tutoring loop: a student's answer checked and diagnosed, a tutor message checked for leaks
    "checks.assess_turn": "tutor_graph.checks.answering:assess_turn",
    "checks.find_leak": "tutor_graph.checks.leaking:find_leak",
    "checks.rewrite_answer": "tutor_graph.checks.rewriting:rewrite_step",  # simulated students (evaluation)
}

TEST_TASKS_ENV = "TUTOR_CHECK_TEST_TASKS"
REGISTRY_ENV = "TUTOR_CHECK_TASKS"
_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_PATH = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")

# name -> (path, warm-up arguments or None). Guarded by a lock: the app registers from script threads.
_registered: dict[str, tuple[str, tuple[Any, ...] | None]] = {}
_lock = threading.Lock()
_version = 0


class UnknownTask(KeyError):
    """The task name is not in the allowlist."""


def register_task(name: str, path: str, warmup: tuple[Any, ...] | None = None) -> None:
    """Allow the task `name` (`package.verb`) to run `path` (`module:function`) in the bounded pool.

    `warmup` (plain-data positional arguments) is run once in every worker before it says it is ready,
    so the first real call does not wait for the task's imports. Registering the same name and path
    again does nothing; another path for a taken name is a ValueError.

    >>> register_task("checks.find_leak", "os:system")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    ValueError: task 'checks.find_leak' is already registered
    """
    global _version
    if not _NAME.match(name) or name.startswith("test.") or not _PATH.match(path):
        raise ValueError(f"bad task registration {name!r} -> {path!r} (want 'package.verb' -> 'module:function')")
    entry = (path, None if warmup is None else tuple(plain(list(warmup))))
    with _lock:
        taken = TASKS.get(name) or (_registered[name][0] if name in _registered else None)
        if taken is not None and taken != path:
            raise ValueError(f"task {name!r} is already registered (as {taken!r})")
        if _registered.get(name) == entry or name in TASKS:
            return
        _registered[name] = entry
        _version += 1


def version() -> int:
    """A number that changes with every new registration (workers started before it are stale)."""
    return _version


def registry_json() -> str:
    """The registrations as JSON, for a worker's environment (REGISTRY_ENV)."""
    with _lock:
        return json.dumps({name: [path, warm] for name, (path, warm) in _registered.items()}, ensure_ascii=False)


def load_registry(raw: str | None) -> None:
    """Take the registrations a worker was started with (REGISTRY_ENV); bad entries are skipped."""
    try:
        table = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return
    for name, entry in table.items() if isinstance(table, dict) else ():
        try:
            path, warm = entry
            register_task(name, path, None if warm is None else tuple(warm))
        except (TypeError, ValueError):
            continue


def warm_ups() -> list[tuple[str, tuple[Any, ...]]]:
    """(task name, arguments) to run once in a fresh worker."""
    with _lock:
        return [(name, warm) for name, (_, warm) in _registered.items() if warm is not None]


def allowed() -> dict[str, str]:
    """The allowlist: TASKS, the registered tasks, and any `test.*` tasks named in TUTOR_CHECK_TEST_TASKS."""
    with _lock:
        table = dict(TASKS) | {name: path for name, (path, _) in _registered.items()}
    for item in os.environ.get(TEST_TASKS_ENV, "").split(","):
        name, _, path = item.strip().partition("=")
        if name.startswith("test.") and name not in table and ":" in path:
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

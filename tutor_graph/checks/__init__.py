"""The math layer: safe parsing, step checking, answer grading. A leaf: imports nothing else of ours.

Public API (everything else in this package is internal):
    check_step(claim: str, context: str | Sequence[str] | None = None) -> Verdict
    grade(reference: str, prediction: str, subject: str | None = None) -> Grade
    parse_expression(text: str, equation: bool = False) -> ParsedExpression
        the expression a text denotes (`f(x) = x^2 - x` -> x**2 - x), for plots and the like
    parse_expr / try_expr(text, real=True, …) -> Expr, parse_relation / try_relation(text) -> (lhs, op, rhs)
        one expression or relation of plain problem text, parsed in the caller's process under tighter caps
        (`plain.py`), for code that computes with it (the symbolic specialist); ParseError when refused
    run_bounded(task: str, *args, timeout_s: float, **kwargs) -> plain data
        one whole task from the allowlist (the math layer's own, e.g. sampling an expression for a plot,
        and those callers registered) in a worker under a hard time bound; raises TaskTimeout / TaskError
        (both with `.reason`)
    register_task(name: str, path: str, warmup: tuple | None = None) -> None
        let `run_bounded(name, …)` run `module:function` in the pool (the graph registers the symbolic
        specialist's and the reading layer's tasks in its `bounded_tasks` module; the leaf names none)
    Verdict, Grade, ParsedExpression, TaskError, TaskTimeout
    warm_up() -> None   (optional: start the worker processes early, e.g. when the app starts)

Which claim forms are understood, and what each verdict means: see CLAIMS.md in this folder.
All of them run SymPy in a worker process under a hard time bound enforced from outside (the worker is
killed past it), from any thread; check_step, grade and parse_expression never raise.
"""

from typing import TYPE_CHECKING

from tutor_graph.checks.calls import TaskError, TaskTimeout, check_step, grade, run_bounded
from tutor_graph.checks.reading import ParsedExpression, parse_expression
from tutor_graph.checks.tasks import register_task
from tutor_graph.checks.verdict import Grade, Verdict

if TYPE_CHECKING:
    from tutor_graph.checks.building import ParseError
    from tutor_graph.checks.plain import parse_expr, parse_relation, try_expr, try_relation

__all__ = [
    "Grade", "ParseError", "ParsedExpression", "TaskError", "TaskTimeout", "Verdict", "check_step", "grade",
    "parse_expr", "parse_expression", "parse_relation", "register_task", "run_bounded", "try_expr", "try_relation",
    "warm_up",
]


def warm_up() -> None:
    """Start the checker's worker processes now so the first check (or task) does not wait for SymPy
    and the registered tasks to import (register tasks first: a worker started before is restarted)."""
    from tutor_graph.checks.pool import get_pool

    get_pool().warm_up()


_PLAIN = {"ParseError": "building", "parse_expr": "plain", "parse_relation": "plain", "try_expr": "plain",
          "try_relation": "plain"}


def __getattr__(name: str):
    """The in-process parser is imported on first use: importing the package must not load SymPy."""
    if name in _PLAIN:
        import importlib

        value = globals()[name] = getattr(importlib.import_module(f"tutor_graph.checks.{_PLAIN[name]}"), name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

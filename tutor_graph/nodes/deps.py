"""The graph's collaborators (math layer, symbolic specialist, content), reached through one guarded door.

Each accessor raises `Missing` with a readable reason when its package cannot be imported or called,
so a node can record an honest warning and carry on instead of crashing the whole solve.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tutor_graph.checks.verdict import Grade, Verdict


class Missing(RuntimeError):
    """A collaborator is not available; `part` names it for the warning."""

    def __init__(self, part: str, error: BaseException | str):
        self.part = part
        self.error = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        super().__init__(f"{part}: {self.error}")


def check_step(claim: str, context: Sequence[str] | None = None) -> Verdict:
    """Check one claim with the math layer; Missing when the checker is not importable."""
    try:
        from tutor_graph.checks import check_step as _check

        return _check(claim, list(context or []))
    except ImportError as err:
        raise Missing("步骤检验 / step checker", err) from err


def grade(reference: str, prediction: str) -> Grade:
    """Grade a final answer against a reference; Missing when the grader is not importable."""
    try:
        from tutor_graph.checks import grade as _grade

        return _grade(reference, prediction)
    except ImportError as err:
        raise Missing("答案评分 / answer grader", err) from err


def specialist() -> Any:
    """The symbolic specialist module (recognise, solve_symbolically, solve_step)."""
    try:
        from tutor_graph import specialist as module

        for name in ("recognise", "solve_symbolically", "solve_step"):
            if not callable(getattr(module, name, None)):
                raise ImportError(f"tutor_graph.specialist has no {name}()")
        return module
    except ImportError as err:
        raise Missing("符号求解器 / symbolic specialist", err) from err


def retrieve(text: str, k: int = 5) -> Any:
    """Content retrieval: likely knowledge points and similar bank problems for a text."""
    try:
        from content.retrieval import retrieve as _retrieve
    except ImportError as err:
        raise Missing("知识检索 / content retrieval", err) from err
    return _retrieve(text, k)


def knowledge_graph() -> Any:
    """The curriculum knowledge graph (with .prerequisites(id))."""
    try:
        from content.knowledge import load_graph
    except ImportError as err:
        raise Missing("知识图谱 / knowledge graph", err) from err
    return load_graph()

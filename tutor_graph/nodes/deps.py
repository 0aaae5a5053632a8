"""The graph's collaborators (math layer, symbolic specialist, content), reached through one guarded door.

Each accessor raises `Missing` with a readable reason when its package cannot be imported or called,
so a node can record an honest warning (`Missing.note`) and carry on instead of crashing the whole solve.

The symbolic specialist runs SymPy, so every call to it goes through the math layer's `run_bounded`:
in a checker worker process, killed past its time bound (`Settings.symbolic_timeout_s`; recognising
and planning, which run no checks, get at most QUICK_TIMEOUT_S). A call past its bound raises
`TimedOut`; what comes back is plain data (dicts), never the specialist's own objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tutor_graph import prompts
from tutor_graph.bounded_tasks import register_tasks
from tutor_graph.checks.verdict import Grade, Verdict

SPECIALIST = "符号求解器 / symbolic specialist"
QUICK_TIMEOUT_S = 3.0  # recognise / plan_symbolically: no checks inside, documented to take < 50 ms
# The bounded tasks behind each call (registered in tutor_graph.bounded_tasks); tests may point one
# at a `test.*` task.
TASKS: dict[str, str] = {
    "recognise": "specialist.recognise",
    "solve_symbolically": "specialist.solve_symbolically",
    "plan_symbolically": "specialist.plan_symbolically",
    "solve_step": "specialist.solve_step",
    "answer_reading": "reading.answer",
}


class Missing(RuntimeError):
    """A collaborator is not available; `part` names it for the warning."""

    def __init__(self, part: str, error: BaseException | str):
        self.part = part
        self.error = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        super().__init__(f"{part}: {self.error}")

    @property
    def note(self) -> str:
        """The honest warning for Result.warnings."""
        return prompts.NOTE_MISSING.format(part=self.part, error=self.error)


class TimedOut(Missing):
    """A bounded call ran past its time bound and was stopped (its worker killed)."""

    def __init__(self, part: str, task: str, seconds: float):
        super().__init__(part, f"{task} timed out after {seconds:.1f} s")
        self.task, self.seconds = task, seconds

    @property
    def note(self) -> str:
        return prompts.NOTE_TIMEOUT.format(part=self.part, task=self.task, seconds=self.seconds)


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


def _specialist(call: str, *args: Any, timeout_s: float, **kwargs: Any) -> Any:
    """Run one specialist call in a checker worker under `timeout_s`; TimedOut / Missing otherwise."""
    try:
        from tutor_graph.checks import TaskError, TaskTimeout, run_bounded
    except ImportError as err:
        raise Missing(SPECIALIST, err) from err
    register_tasks()  # idempotent: the pool's workers must know the task before it is sent
    try:
        return run_bounded(TASKS[call], *args, timeout_s=timeout_s, **kwargs)
    except TaskTimeout:
        raise TimedOut(SPECIALIST, call, timeout_s) from None
    except TaskError as err:  # not importable in the worker, or it raised: the reason says which
        raise Missing(SPECIALIST, err.reason) from None


def recognise(text: str, timeout_s: float) -> dict | None:
    """The specialist's recognition of a problem (type_id, topic, givens, goal, knowledge_points…), or None."""
    return _specialist("recognise", text, timeout_s=min(timeout_s, QUICK_TIMEOUT_S))


def solve_symbolically(text: str, max_methods: int, lang: str, timeout_s: float) -> list[dict]:
    """The specialist's checked solutions (Solution dicts); [] when it does not recognise the problem."""
    return _specialist("solve_symbolically", text, max_methods=max_methods, lang=lang, timeout_s=timeout_s) or []


def plan_symbolically(text: str, max_methods: int, lang: str, timeout_s: float) -> list[dict]:
    """The specialist's chains without checks (verdicts unknown): enough to show a first question."""
    return _specialist("plan_symbolically", text, max_methods=max_methods, lang=lang,
                       timeout_s=min(timeout_s, QUICK_TIMEOUT_S)) or []


def solve_step(text: str, question: str, context: Sequence[str], lang: str, timeout_s: float) -> dict | None:
    """One checked step answering `question` symbolically (a Step dict), or None when nothing fits."""
    return _specialist("solve_step", text, question, list(context), lang=lang, timeout_s=timeout_s)


def answer_reading(reading: dict, lang: str, timeout_s: float) -> list[dict]:
    """The general strategies' checked solutions for a complete Reading (Solution dicts); [] when none applies."""
    return _specialist("answer_reading", reading, lang, timeout_s=timeout_s) or []


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

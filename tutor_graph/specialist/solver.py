"""What a problem type is, to the specialist: a `Solver` spots it (`detect` → a `Match`) and lists the
genuinely different `Method`s that solve it; each method writes one question chain through `chain.Chain`.

Its own module (not the registry's) so that code the registry loads — the template types in `types/` — can
build Solvers without importing the registry back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tutor_graph.specialist.chain import Chain, Text
from tutor_graph.specialist.problem import Problem


@dataclass
class Match:
    """What a detector extracted: display strings for the graph plus the solver's own payload."""

    givens: list[str]
    goal: str
    data: dict[str, Any]  # SymPy objects allowed: never leaves the specialist
    confidence: float = 0.9


@dataclass(frozen=True)
class Method:
    """One way to solve a problem type; `build` writes the chain and calls `chain.done`."""

    name: Text
    build: Callable[[Chain, dict[str, Any]], None]
    applies: Callable[[dict[str, Any]], bool] = field(default=lambda data: True)


@dataclass(frozen=True)
class Solver:
    """A recognisable problem type and its methods."""

    type_id: str  # e.g. "equation.quadratic"
    topic: str  # the bank module it belongs to, e.g. "quadratics"
    detect: Callable[[Problem], Match | None]
    methods: tuple[Method, ...]
    knowledge_points: tuple[str, ...] = ()
    proves: bool = False  # its chain is a proof (e.g. parity by definition): it may answer "证明…/prove…" questions
    choices: bool = False  # it judges every option of a multiple-choice question itself (see choices.py)
    # the kinds of quantity its final answer can be (goals.KINDS): a question asking anything else is declined,
    # whatever the detector saw ("则四边形的面积为" is not answered with the foci named in the givens)
    answers: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        from tutor_graph.specialist.goals import KIND_NAMES

        object.__setattr__(self, "answers", frozenset(self.answers))
        unknown = self.answers - KIND_NAMES
        if unknown:
            raise ValueError(f"{self.type_id}: unknown answer kinds {sorted(unknown)}")

    def answers_goal(self, kinds: frozenset[str]) -> bool:
        """True when every kind of quantity the question asks is one this solver produces."""
        return bool(kinds) and kinds <= self.answers

"""The registry of problem types: each topic module registers its solvers here at import time.

A `Solver` knows how to spot one problem type (`detect`) and lists the genuinely different
`Method`s that solve it; each method writes one question chain through `chain.Chain`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tutor_graph.specialist.chain import Chain, Text
from tutor_graph.specialist.problem import Problem

TOPIC_MODULES = (  # most specific first: earlier solvers win ties of equal priority
    "logic", "logic_parameter", "quantifiers", "applications", "optimisation", "zeros", "zero_count",
    "function_props", "function_forms", "function_rules", "algebra_more", "complex_more", "explog_more",
    "explog_compare", "inequality_options", "small_types", "complex_modulus", "set_parameters", "counting_more",
    "counting", "probability_more", "probability_numbers", "random_variables", "matches", "probability",
    "statistics", "regression", "contingency", "grouped_data", "solid_angles", "space_vectors", "solids", "complex_quadrant", "complex_numbers", "vector_figures",
    "vectors", "circles", "lines", "lines_more", "conic_problems", "conic_chords", "conic_equations", "conics",
    "analytic_geometry", "triangles", "trig_reduction", "trig_identities", "trig_transforms", "trig_more", "trig",
    "trig_ratios", "trig_sinusoid", "log_inequalities", "explog", "explog_equations", "mean_inequality",
    "calculus_params", "calculus_zeros", "parameter_cases", "calculus_always", "calculus", "calculus_extrema",
    "tangent_lines", "calculus_values", "functions", "quadratics", "sets", "inequalities", "equations",
)


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
    priority: int = 50  # higher is tried first
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


_SOLVERS: list[Solver] = []
_loaded = False


def register(solver: Solver) -> Solver:
    """Add a solver (topic modules call this at import)."""
    _SOLVERS.append(solver)
    return solver


def solvers() -> list[Solver]:
    """Every registered solver, highest priority first (topic modules are imported on first use)."""
    global _loaded
    if not _loaded:
        for name in TOPIC_MODULES:
            importlib.import_module(f"tutor_graph.specialist.{name}")
        from tutor_graph.specialist.types import register_types

        register_types(register)  # problem types as code + templates (types/__init__.py explains their order)
        _loaded = True
        order = {name: i for i, name in enumerate(TOPIC_MODULES)}
        _SOLVERS.sort(key=lambda s: (-s.priority, order.get(s.detect.__module__.rsplit(".", 1)[-1], 99)))
    return list(_SOLVERS)

"""The registry of problem types: every type of `types/`, as a `Solver`, in the order they are tried.

A `Solver` knows how to spot one problem type (`detect`) and lists the genuinely different
`Method`s that solve it; each method writes one question chain through `chain.Chain`. The order is decided in
one place, `types/__init__.py` (`MODULES`, each module's `PRECEDENCE`).
"""

from __future__ import annotations

from functools import cache

from tutor_graph.specialist.solver import Match, Method, Solver
from tutor_graph.specialist.types import all_types
from tutor_graph.specialist.types.problem_type import as_solver

__all__ = ["Match", "Method", "Solver", "solvers"]


@cache
def _solvers() -> tuple[Solver, ...]:
    return tuple(as_solver(ptype) for ptype in all_types())


def solvers() -> list[Solver]:
    """Every problem type's solver, first tried first (built on first use)."""
    return list(_solvers())

"""Where the hand-written topic modules hand in their Solvers at import; `registry` orders and serves them.

A module of its own, apart from `registry`, so that template types in `types/` can reuse helpers of those topic
modules without reaching the registry (which loads `types/`) and closing an import cycle.
"""

from __future__ import annotations

from tutor_graph.specialist.solver import Match, Method, Solver

__all__ = ["SOLVERS", "Match", "Method", "Solver", "register"]

SOLVERS: list[Solver] = []


def register(solver: Solver) -> Solver:
    """Add a solver (topic modules call this at import)."""
    SOLVERS.append(solver)
    return solver

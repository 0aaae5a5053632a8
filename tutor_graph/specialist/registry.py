"""The registry of problem types: each topic module registers its solvers here at import time.

A `Solver` knows how to spot one problem type (`detect`) and lists the genuinely different
`Method`s that solve it; each method writes one question chain through `chain.Chain`.
"""

from __future__ import annotations

import importlib

from tutor_graph.specialist.registering import SOLVERS as _SOLVERS
from tutor_graph.specialist.registering import register
from tutor_graph.specialist.solver import Match, Method, Solver

__all__ = ["TOPIC_MODULES", "Match", "Method", "Solver", "register", "solvers"]

TOPIC_MODULES = (  # most specific first: earlier solvers win ties of equal priority

)


_loaded = False


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

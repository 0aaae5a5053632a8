"""Problem types as typed code plus YAML chain templates, one folder per curriculum module.

Layout: `types/<module>/<type>.py` (parameters, values, reference) beside `<type>.yaml` (the chain a teacher
edits; format in `docs/templates.md`). Each module's `__init__.py` lists its types in `PRECEDENCE`, the one
place that says which is tried first; `MODULES` below orders the modules. Nothing registers itself on
import: the specialist's registry calls `register_types` once.

While the rest of the specialist still orders its solvers by priority numbers, each module here enters that
order as one block at `BLOCK_PRIORITY[module]` (the highest priority its types had before the move), its
types in `PRECEDENCE` order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tutor_graph.specialist.solver import Solver
from tutor_graph.specialist.types import (
    algebra,
    complex_numbers,
    conics,
    counting,
    derivatives,
    exp_log,
    function_applications,
    functions,
    lines_circles,
    plane_vectors,
    probability,
    sequences,
    sets_logic,
    solid_geometry,
    statistics,
    trigonometry,
)
from tutor_graph.specialist.types.problem_type import ProblemType, as_solver

MODULES = {
    "sequences": sequences.PRECEDENCE,
    "algebra": algebra.PRECEDENCE,
    "derivatives": derivatives.PRECEDENCE,
    "exp_log": exp_log.PRECEDENCE,
    "function_applications": function_applications.PRECEDENCE,
    "functions": functions.PRECEDENCE,
    "statistics": statistics.PRECEDENCE,
    "probability": probability.PRECEDENCE,
    "lines_circles": lines_circles.PRECEDENCE,
    "conics": conics.PRECEDENCE,
    "plane_vectors": plane_vectors.PRECEDENCE,
    "complex_numbers": complex_numbers.PRECEDENCE,
    "trigonometry": trigonometry.PRECEDENCE,
    "solid_geometry": solid_geometry.PRECEDENCE,
    "sets_logic": sets_logic.PRECEDENCE,
    "logic": sets_logic.LOGIC,
    "counting": counting.PRECEDENCE,
}
BLOCK_PRIORITY = {
    "sequences": 72,
    "algebra": 56,
    "derivatives": 36,
    "exp_log": 60,
    "function_applications": 62,
    "functions": 47,
    "statistics": 90,
    "probability": 86,
    "lines_circles": 66,
    "conics": 58,
    "plane_vectors": 67,
    "complex_numbers": 69,
    "trigonometry": 56,
    "solid_geometry": 70,
    "sets_logic": 62,
    "logic": 76,
    "counting": 81,
}


def all_types() -> Iterator[ProblemType]:
    """Every template type, modules in order and each module's types in precedence order."""
    for types in MODULES.values():
        yield from types


def register_types(register: Callable[[Solver], Solver]) -> None:
    """Hand every template type to the registry as a Solver, in precedence order."""
    for module, types in MODULES.items():
        for ptype in types:
            register(as_solver(ptype, BLOCK_PRIORITY[module]))

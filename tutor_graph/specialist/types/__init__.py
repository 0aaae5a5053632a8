"""Problem types as typed code plus YAML chain templates, one folder per curriculum module.

Layout: `types/<module>/<type>.py` (parameters, values, reference) beside `<type>.yaml` (the chain a teacher
edits; format in `docs/templates.md`). Nothing registers itself on import: the specialist's registry reads
`all_types()` once.

Precedence, in two places and no numbers: each module's `__init__.py` lists its types in `PRECEDENCE` (its
docstring says why one comes before another), and `MODULES` below orders the modules, first tried first. The
first type whose detector and one of whose methods fit a problem wins. The module order puts the readers of
specific vocabulary before the readers of bare formulas, because a text with specific words usually also holds
a formula that a general reader would take:
- statistics, probability, counting: 方差 / 概率 / 排列 words decide, and their texts carry equations and lists of
  numbers that the algebra and function readers would read;
- logic (p/q, 充分必要, ∀/∃): its statements hold inequalities and functions (`p: x^2-3x+2≤0`);
- sequences (aₙ, Sₙ), then solid geometry, complex numbers, plane vectors, lines and circles: named objects whose
  givens are equations;
- function applications (word problems: 票价, 利润, 零点所在区间), then sets (braced sets hold inequalities), then
  exponents and logarithms (log/exp inequalities before the generic inequality readers), then conics;
- algebra and trigonometry (equations, inequalities, identities), then functions (one f(x) with a question about
  its values, parity, zeros), and derivatives last: their readers take almost any f(x) with a question about
  monotonicity or extrema.
This is the order the old priority numbers gave (the module docstrings still record each type's old priority and
why moving it into its module's block changed no recognition: the bank diff and the type tests check that).
"""

from __future__ import annotations

from collections.abc import Iterator

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
from tutor_graph.specialist.types.problem_type import ProblemType

MODULES = {  # first tried first (the module docstring above says why)
    "statistics": statistics.PRECEDENCE,
    "probability": probability.PRECEDENCE,
    "counting": counting.PRECEDENCE,
    "logic": sets_logic.LOGIC,
    "sequences": sequences.PRECEDENCE,
    "solid_geometry": solid_geometry.PRECEDENCE,
    "complex_numbers": complex_numbers.PRECEDENCE,
    "plane_vectors": plane_vectors.PRECEDENCE,
    "lines_circles": lines_circles.PRECEDENCE,
    "function_applications": function_applications.PRECEDENCE,
    "sets_logic": sets_logic.PRECEDENCE,
    "exp_log": exp_log.PRECEDENCE,
    "conics": conics.PRECEDENCE,
    "algebra": algebra.PRECEDENCE,
    "trigonometry": trigonometry.PRECEDENCE,
    "functions": functions.PRECEDENCE,
    "derivatives": derivatives.PRECEDENCE,
}


def all_types() -> Iterator[ProblemType]:
    """Every problem type in the order they are tried: modules in `MODULES` order, each in its `PRECEDENCE`."""
    for types in MODULES.values():
        yield from types

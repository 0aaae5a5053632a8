"""What the algebra types share: a SymPy value put into a template's values twice, to read and to check."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.template import Values


def both(values: Values, name: str, expr: sp.Expr | int) -> None:
    """Put `name` (LaTeX, for reading) and `name_plain` (for claims) into the values."""
    values[name] = tex(expr)
    values[f"{name}_plain"] = plain(expr)


def rel(op: str) -> str:
    """An order sign as LaTeX: `<`, `\\le`."""
    return {"<": "<", "≤": r"\le", ">": ">", "≥": r"\ge"}[op]

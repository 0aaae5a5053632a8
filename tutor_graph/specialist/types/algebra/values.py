"""What the algebra types share: a SymPy value put into a template's values twice, to read and to check."""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.template import Values


def read_expr(written: str) -> sp.Expr | None:
    """An expression the Reading wrote (LaTeX or plain: `\\frac{1}{a}+\\frac{4}{b}`), parsed by the math layer."""
    return try_expr(normalise(written)) if written.strip() else None


def goal_exprs(p: Problem, *kinds: str) -> list[sp.Expr]:
    """The asked expressions the Reading gives (of these goal kinds if named), parsed; unparsed ones left out."""
    found = (read_expr(g["expression"]) for g in p.goals if not kinds or g["kind"] in kinds)
    return [e for e in found if e is not None]


def both(values: Values, name: str, expr: sp.Expr | int) -> None:
    """Put `name` (LaTeX, for reading) and `name_plain` (for claims) into the values."""
    values[name] = tex(expr)
    values[f"{name}_plain"] = plain(expr)


def rel(op: str) -> str:
    """An order sign as LaTeX: `<`, `\\le`."""
    return {"<": "<", "≤": r"\le", ">": ">", "≥": r"\ge"}[op]


def in_x(e: sp.Expr, x: sp.Symbol) -> str:
    """A polynomial in x as a textbook prints it, powers of x descending whatever the other letters are called:
    `x^{2} - 2 m x + m + 2` (the LaTeX printer orders letters alphabetically: `- 2 m x + m + x^{2} + 2`).

    >>> m, x = sp.symbols("m x")
    >>> in_x(x**2 - 2*m*x + m + 2, x)
    'x^{2} - 2 m x + m + 2'
    >>> in_x((m - 1)*x**2 + 2*x + 1, x)
    '\\\\left(m - 1\\\\right) x^{2} + 2 x + 1'
    """
    poly = sp.Poly(sp.expand(e), x)
    out = ""
    for (k,), c in zip(poly.monoms(), poly.coeffs(), strict=True):
        power = "" if k == 0 else x.name if k == 1 else f"{x.name}^{{{k}}}"
        if k == 0:
            term = tex(c)
        elif c == 1:
            term = power
        elif c == -1:
            term = f"- {power}"
        elif isinstance(c, sp.Add):
            term = rf"\left({tex(c)}\right) {power}"
        else:
            term = f"{tex(c)} {power}"
        if not out:
            out = term
        elif term.startswith("-"):
            out += f" - {term[1:].lstrip()}"
        else:
            out += f" + {term}"
    return out or "0"

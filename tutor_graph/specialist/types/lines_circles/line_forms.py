"""Straight lines `Ax + By + C = 0` read from a problem, shared by the line types of this module."""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.template import Values


def read_lines(p: Problem, params: bool = False) -> list[tuple[sp.Expr, set[sp.Symbol]]]:
    """The Reading's lines in x, y (with at most one parameter when `params`) as `expr = 0`, with their parameters."""
    out = []
    for obj in p.objects("line"):
        rel = try_relation(obj["value"])
        if rel is None or rel[1] != "=":
            continue
        e = sp.expand(rel[0] - rel[2])
        extra = e.free_symbols - {X, Y}
        if not ({X, Y} & e.free_symbols) or (extra and not params) or len(extra) > 1:
            continue
        if not e.is_polynomial(X, Y) or sp.Poly(e, X, Y).total_degree() != 1:
            continue
        out.append((e, extra))
    return out


def coefficients(e: sp.Expr) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    """A, B, C of `Ax + By + C`."""
    return e.coeff(X), e.coeff(Y), e.subs({X: 0, Y: 0})


def sympy_line(e: sp.Expr) -> sp.Line:
    """The line `e = 0` as SymPy geometry's Line (for references computed another way)."""
    a, b, c = coefficients(e)
    if b != 0:
        return sp.Line(sp.Point(0, -c / b), sp.Point(1, -(a + c) / b))
    return sp.Line(sp.Point(-c / a, 0), sp.Point(-c / a, 1))


def both(values: Values, name: str, expr: sp.Expr | int) -> None:
    """Put `name` (LaTeX, for reading) and `name_plain` (for claims) into the values."""
    values[name] = tex(expr)
    values[f"{name}_plain"] = plain(expr)


def point_tex(x: sp.Expr, y: sp.Expr) -> str:
    """`(x, y)` in LaTeX."""
    return f"({tex(x)}, {tex(y)})"

"""Readers shared by the line, circle and conic types in `types/`: equations in x and y, points, a circle's
centre and radius, and lines written with integer coefficients. (Its solvers moved to `types/lines_circles/`.)"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex

_POINT = re.compile(r"(?<![A-Za-z_])([A-Z])?\s*\(\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*,\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*\)")


def plane_equations(p: Problem) -> list[tuple[sp.Expr, int]]:
    """The Reading's lines and curves as `expr = 0` with their degree (1 line, 2 conic); `y = x² + …` is a function, left out."""
    out = []
    for obj in p.objects("line", "curve"):
        rel = try_relation(obj["value"])
        if rel is None or rel[1] != "=":
            continue
        e = sp.expand(rel[0] - rel[2])
        if e.free_symbols and e.free_symbols <= {X, Y} and e.is_polynomial(X, Y):
            deg = sp.Poly(e, X, Y).total_degree()
            if deg in (1, 2) and (X in e.free_symbols or Y in e.free_symbols):
                if isinstance(rel[0], sp.Symbol) and rel[0] == Y and not rel[2].has(Y) and deg == 2 and sp.degree(rel[2], X) == 2:
                    continue  # y = x^2 + … is a function, not a conic problem
                out.append((e, deg))
    return out


def plane_points(p: Problem) -> list[tuple[str | None, sp.Expr, sp.Expr]]:
    """The Reading's coordinate points (name, x, y), in the order written; unnamed ones have name None."""
    out = []
    for obj in p.objects("point"):
        coords = obj["value"].strip().strip("()").split(",")
        if len(coords) != 2:
            continue
        a, b = try_expr(coords[0]), try_expr(coords[1])
        if a is not None and b is not None:
            out.append((None if obj["name"].startswith("point") else obj["name"], a, b))
    return out


def points_in(text: str) -> list[tuple[str | None, sp.Expr, sp.Expr]]:
    out = []
    for m in _POINT.finditer(text):
        a, b = try_expr(m.group(2)), try_expr(m.group(3))
        if a is not None and b is not None:
            out.append((m.group(1), a, b))
    return out


def eq_text(e: sp.Expr) -> str:
    """A curve `e = 0` for the recognised givens."""
    return f"{plain(e)} = 0"


def line_answer(e: sp.Expr) -> tuple[str, str]:
    """A line as `$ax + by + c = 0$` with integer coefficients, positive leading coefficient."""
    text = f"${tex(line_form(e))} = 0$"
    return text, text


def line_form(e: sp.Expr) -> sp.Expr:
    """The left side of `ax + by + c = 0` with integer coefficients, positive leading coefficient."""
    poly = sp.Poly(e, X, Y)
    coeffs = poly.coeffs()
    den = sp.ilcm(*[sp.Rational(c).q for c in coeffs])
    g = sp.igcd(*[int(c * den) for c in coeffs])
    e = sp.expand(e * den / g)
    lead = e.coeff(X) if e.coeff(X) != 0 else e.coeff(Y)
    return -e if lead < 0 else e


# -- circles ---------------------------------------------------------------------------------------------------
def circle_parts(e: sp.Expr):
    """(centre, r^2, D, E, F) when e = x^2 + y^2 + Dx + Ey + F (up to a factor)."""
    poly = sp.Poly(e, X, Y)
    a = poly.coeff_monomial(X**2)
    if a == 0 or poly.coeff_monomial(Y**2) != a or poly.coeff_monomial(X * Y) != 0:
        return None
    e = sp.expand(e / a)
    D, E, F = e.coeff(X, 1).subs(Y, 0), e.coeff(Y, 1).subs(X, 0), e.subs({X: 0, Y: 0})
    r2 = sp.nsimplify((D**2 + E**2 - 4 * F) / 4)
    if r2 <= 0:
        return None
    return (-D / 2, -E / 2), r2, D, E, F

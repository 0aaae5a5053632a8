"""Conics in standard position read from a problem, shared by the conic types of this module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy as sp

from tutor_graph.specialist.analytic_geometry import plane_equations
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem


def standard(e: sp.Expr) -> dict[str, Any] | None:
    """x²/A2 + y²/B2 = 1 (ellipse: both positive; hyperbola: opposite signs) or y² = 2px / x² = 2py."""
    poly = sp.Poly(e, X, Y)
    ax, ay, c0 = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2), poly.coeff_monomial(1)
    bx, by = poly.coeff_monomial(X), poly.coeff_monomial(Y)
    if poly.coeff_monomial(X * Y) != 0:
        return None
    if ax != 0 and ay != 0 and c0 != 0 and bx == 0 and by == 0:
        A2, B2 = -c0 / ax, -c0 / ay
        if A2 > 0 and B2 > 0 and A2 != B2:
            a2, b2 = (A2, B2) if A2 > B2 else (B2, A2)
            return {"kind": "ellipse", "A2": A2, "B2": B2, "a2": a2, "b2": b2, "c": sp.sqrt(a2 - b2), "x_axis": A2 > B2}
        if A2 * B2 < 0:
            a2, b2 = (A2, -B2) if A2 > 0 else (B2, -A2)
            return {"kind": "hyperbola", "A2": A2, "B2": B2, "a2": a2, "b2": b2, "c": sp.sqrt(a2 + b2), "x_axis": A2 > 0}
        return None
    if ay != 0 and ax == 0 and bx != 0 and by == 0 and c0 == 0:
        return {"kind": "parabola", "axis": "x", "p": -bx / ay / 2}  # y² = 2p x
    if ax != 0 and ay == 0 and by != 0 and bx == 0 and c0 == 0:
        return {"kind": "parabola", "axis": "y", "p": -by / ax / 2}
    return None


def conic_dict(p: Problem, need_line: bool = False) -> dict[str, Any] | None:
    """The one conic of the problem (and its one line when `need_line`; no line otherwise), as `standard` reads it."""
    eqs = plane_equations(p)
    curves = [e for e, d in eqs if d == 2]
    lines = [e for e, d in eqs if d == 1]
    if len(curves) != 1 or (need_line and len(lines) != 1) or (not need_line and lines):
        return None
    s = standard(curves[0])
    if s is None:
        return None
    s["eq"] = curves[0]
    if need_line:
        s["line"] = lines[0]
    return s


@dataclass(frozen=True)
class Central:
    """An ellipse or hyperbola x²/A2 + y²/B2 = 1 (`eq` = 0): a², b², c, and whether the foci lie on the x-axis."""

    kind: str  # "ellipse" | "hyperbola"
    eq: sp.Expr
    a2: sp.Expr
    b2: sp.Expr
    c: sp.Expr
    x_axis: bool


@dataclass(frozen=True)
class Parabola:
    """y² = 2px (axis "x") or x² = 2py (axis "y"), `eq` = 0."""

    eq: sp.Expr
    p: sp.Expr
    axis: str


def central(p: Problem) -> Central | None:
    """The problem's one ellipse or hyperbola in standard position, with no line given."""
    s = conic_dict(p)
    if s is None or s["kind"] == "parabola":
        return None
    return Central(s["kind"], s["eq"], s["a2"], s["b2"], s["c"], bool(s["x_axis"]))


def parabola(p: Problem) -> Parabola | None:
    """The problem's one parabola in standard position, with no line given."""
    s = conic_dict(p)
    if s is None or s["kind"] != "parabola":
        return None
    return Parabola(s["eq"], s["p"], s["axis"])

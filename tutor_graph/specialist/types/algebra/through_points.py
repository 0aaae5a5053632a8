"""过三点的二次函数 / The quadratic function whose graph passes through three given points (the general form
with undetermined coefficients; the intercept form when two of the points are on the x-axis)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.algebra.values import both, in_x
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

Point = tuple[sp.Expr, sp.Expr]


@dataclass(frozen=True)
class ThroughPoints:
    """Three points with distinct abscissas on the graph of y = ax² + bx + c (a ≠ 0)."""

    pts: tuple[Point, Point, Point]


def fit(pts: tuple[Point, ...]) -> sp.Expr:
    """Reference: SymPy's interpolating polynomial through the points."""
    return sp.expand(sp.interpolate(list(pts), X))


def detect(p: Problem) -> ThroughPoints | None:
    """`二次函数的图象经过点 (0,3)、(1,0)、(3,0)，求它的解析式`."""
    if not p.has("二次函数", "抛物线", "quadratic", "parabola") or not p.has("经过", "过点", "passes through", "through the points"):
        return None
    if not p.has("解析式", "表达式", "函数式", "equation", "expression", "formula", "find it", "find the function", "find the quadratic"):
        return None
    pts = []
    for point in p.objects("point"):  # the points read, by their coordinates "(0,3)"
        m = re.fullmatch(r"\(\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*\)", point["value"])
        a, b = (try_expr(m.group(1)), try_expr(m.group(2))) if m else (None, None)
        if a is not None and b is not None:
            pts.append((a, b))
    if len(pts) != 3 or len({x for x, _ in pts}) != 3:
        return None
    if sp.Poly(fit(tuple(pts)), X).degree() != 2:
        return None  # the three points lie on a line
    return ThroughPoints((pts[0], pts[1], pts[2]))


def _answer(e: sp.Expr) -> str:
    return f"$y={in_x(sp.expand(e), X)}$"


def values(t: ThroughPoints) -> Values:
    """The system for a, b, c and its solution; the intercept form and its a when two points are zeros."""
    a, b, c = sp.symbols("a b c", real=True)
    eqs = [sp.Eq(a * x0**2 + b * x0 + c, y0) for x0, y0 in t.pts]
    sol = sp.solve(eqs, [a, b, c], dict=True)[0]
    out: Values = {"points": "、".join(f"$({tex(x0)}, {tex(y0)})$" for x0, y0 in t.pts),
                   "points_en": ", ".join(f"$({tex(x0)}, {tex(y0)})$" for x0, y0 in t.pts)}
    out["system"] = "，".join(f"${tex(q.lhs)}={tex(q.rhs)}$" for q in eqs)
    out["system_en"] = ", ".join(f"${tex(q.lhs)}={tex(q.rhs)}$" for q in eqs)
    for name, v in (("a", sol[a]), ("b", sol[b]), ("c", sol[c])):
        both(out, name, v)
    out["solve_claim"] = " 且 ".join(
        f"({plain(sol[a])})*({plain(x0)})^2 + ({plain(sol[b])})*({plain(x0)}) + ({plain(sol[c])}) = {plain(y0)}"
        for x0, y0 in t.pts)
    out["answer"] = _answer(sol[a] * X**2 + sol[b] * X + sol[c])
    zeros = [x0 for x0, y0 in t.pts if y0 == 0]
    out["two_zeros"] = len(zeros) == 2
    if out["two_zeros"]:
        x0, y0 = next((x0, y0) for x0, y0 in t.pts if y0 != 0)
        z1, z2 = sorted(zeros, key=float)
        k = sp.Symbol("a", real=True)
        val = sp.solve(sp.Eq(k * (x0 - z1) * (x0 - z2), y0), k)[0]
        out["intercept"] = f"y=a\\left({tex(X - z1)}\\right)\\left({tex(X - z2)}\\right)"
        out["other"] = f"({tex(x0)}, {tex(y0)})"
        both(out, "ia", val)
        out["ia_claim"] = f"({plain(val)})*({plain(x0)} - ({plain(z1)}))*({plain(x0)} - ({plain(z2)})) = {plain(y0)}"
        e = sp.expand(val * (X - z1) * (X - z2))
        lead = "" if val == 1 else ("-" if val == -1 else tex(val))
        out["intercept_value"] = f"y={lead}\\left({tex(X - z1)}\\right)\\left({tex(X - z2)}\\right)"
        out["expanded"] = in_x(e, X)
        out["expand_claim"] = f"({plain(val)})*(x - ({plain(z1)}))*(x - ({plain(z2)})) = {plain(e)}"
        out["zeros"] = f"${tex(z1)}$、${tex(z2)}$"
        out["zeros_en"] = f"${tex(z1)}$ and ${tex(z2)}$"
    return out


TYPE: ProblemType[ThroughPoints] = ProblemType(
    type_id="quadratic.through_points", module="algebra", name="through_points", detect=detect, values=values,
    reference=lambda t: _answer(fit(t.pts)), givens=lambda t: [f"({plain(a)}, {plain(b)})" for a, b in t.pts],
    goal=lambda t: "y = ax^2 + bx + c", answers=frozenset({"equation"}), topic="quadratics",
)

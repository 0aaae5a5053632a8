"""过一点作已知直线的平行线或垂线 / The line through a point parallel or perpendicular to a given line."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import line_form, plane_points
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, point_slope, tex
from tutor_graph.specialist.types.lines_circles.line_forms import (
    both,
    coefficients,
    point_tex,
    read_lines,
    sympy_line,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

M = sp.Symbol("m", real=True)  # the constant of the family of lines


@dataclass(frozen=True)
class ThroughPoint:
    """The given line `line = 0`, the point (x0, y0) off it, and whether the new line is perpendicular."""

    line: sp.Expr
    x0: sp.Expr
    y0: sp.Expr
    perp: bool


def detect(p: Problem) -> ThroughPoint | None:
    """`过点 (1, 2) 且与 2x - y + 1 = 0 平行（垂直）的直线方程`: one line, one point not on it."""
    par, perp = p.has("平行", "parallel"), p.has("垂直", "perpendicular")
    if par == perp or not p.has("直线", "line") or not p.has("方程", "equation", "find the line", "line through"):
        return None
    lines = read_lines(p)
    pts = plane_points(p)
    if len(lines) != 1 or len(pts) != 1:
        return None
    line = lines[0][0]
    _, x0, y0 = pts[0]
    if sp.simplify(line.subs({X: x0, Y: y0})) == 0:
        return None  # the point is on the line
    return ThroughPoint(line, x0, y0, perp)


def family(t: ThroughPoint) -> sp.Expr:
    """Every line parallel to Ax + By + C = 0 is Ax + By + m = 0; every perpendicular one Bx − Ay + m = 0."""
    a, b, _ = coefficients(t.line)
    return b * X - a * Y + M if t.perp else a * X + b * Y + M


def values(t: ThroughPoint) -> Values:
    """The slopes, the point-slope form, the family of lines and its constant, and the answer."""
    a, b, c = coefficients(t.line)
    fam = family(t)
    mv = sp.solve(fam.subs({X: t.x0, Y: t.y0}), M)[0]
    out: Values = {
        "perp": t.perp, "has_slope": a != 0 and b != 0,
        "rel_zh": "垂直" if t.perp else "平行", "rel_en": "perpendicular" if t.perp else "parallel",
        "line": tex(line_form(t.line)), "pt": point_tex(t.x0, t.y0), "fam": f"{tex(fam.subs(M, 0))} + m",
        "fx_plain": plain(fam.coeff(X)), "fy_plain": plain(fam.coeff(Y)),
        "answer": tex(line_form(fam.subs(M, mv))),
    }
    for name, value in (("a", a), ("b", b), ("c", c), ("x0", t.x0), ("y0", t.y0), ("mv", mv)):
        both(out, name, value)
    if a != 0 and b != 0:
        k = sp.nsimplify(-a / b)
        k2 = sp.nsimplify(-1 / k) if t.perp else k
        both(out, "k", k)
        both(out, "k2", k2)
        both(out, "icpt", t.y0 - k2 * t.x0)
        out["ps"] = point_slope(t.x0, t.y0, k2)
    return out


def reference(t: ThroughPoint) -> str:
    """Independent: SymPy geometry's parallel or perpendicular line through the point."""
    pt = sp.Point(t.x0, t.y0)
    base = sympy_line(t.line)
    new = base.perpendicular_line(pt) if t.perp else base.parallel_line(pt)
    a, b, c = new.coefficients
    return f"${tex(line_form(a * X + b * Y + c))} = 0$"


TYPE: ProblemType[ThroughPoint] = ProblemType(
    type_id="line.through_point", module="lines_circles", name="through_point", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"{plain(t.line)} = 0", f"({plain(t.x0)}, {plain(t.y0)})"],
    goal=lambda t: "line", answers=frozenset({"equation"}),
)

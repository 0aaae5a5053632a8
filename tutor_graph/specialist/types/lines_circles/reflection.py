"""点关于直线的对称点 / The reflection of a point in a line."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import line_form, plane_points
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, point_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import (
    both,
    coefficients,
    point_tex,
    read_lines,
    sympy_line,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Reflection:
    """The mirror line `line = 0` and the point (x0, y0) to reflect."""

    line: sp.Expr
    x0: sp.Expr
    y0: sp.Expr


def _in_line(p: Problem) -> bool:
    """The words of a reflection in a line (关于直线, "in the line"), not in a point or an axis."""
    return p.has("关于") and p.has("直线") or p.has("in the line", "across the line", "about the line",
                                                 "with respect to the line")


def detect(p: Problem) -> Reflection | None:
    """`点 A(1,2) 关于直线 x+y-1=0 的对称点`: one line, one point, the image asked."""
    if not p.has("对称点", "对称的点", "reflection", "symmetric point", "mirror image"):
        return None
    lines, pts = read_lines(p), plane_points(p)
    if len(lines) != 1 or len(pts) != 1 or not _in_line(p):
        return None
    return Reflection(lines[0][0], pts[0][1], pts[0][2])


def values(r: Reflection) -> Values:
    """The two conditions on the image (m, n) and their solution; the foot of the perpendicular."""
    a, b, c = coefficients(r.line)
    m, n, t = sp.symbols("m n t", real=True)
    mid = sp.expand(a * (r.x0 + m) + b * (r.y0 + n) + 2 * c)  # the midpoint condition, doubled
    perp = sp.expand(b * (m - r.x0) - a * (n - r.y0))
    sol = sp.solve([mid, perp], [m, n], dict=True)[0]
    tv = sp.solve(a * (r.x0 + a * t) + b * (r.y0 + b * t) + c, t)[0]
    foot = (r.x0 + a * tv, r.y0 + b * tv)
    out: Values = {"line": tex(line_form(r.line)), "pt": point_tex(r.x0, r.y0), "mid": tex(mid), "perp": tex(perp),
                   "foot": point_tex(*foot), "image": point_math((sol[m], sol[n]))}
    for name, value in (("a", a), ("b", b), ("c", c), ("x0", r.x0), ("y0", r.y0), ("m", sol[m]), ("n", sol[n]),
                        ("fx", foot[0]), ("fy", foot[1])):
        both(out, name, value)
    return out


def reference(r: Reflection) -> str:
    """Independent: SymPy geometry's reflection of the point in the line."""
    q = sp.Point(r.x0, r.y0).reflect(sympy_line(r.line))
    return f"({plain(q.x)}, {plain(q.y)})"


TYPE: ProblemType[Reflection] = ProblemType(
    type_id="line.reflection", module="lines_circles", name="reflection", detect=detect, values=values,
    reference=reference, givens=lambda r: [f"{plain(r.line)} = 0", f"({plain(r.x0)}, {plain(r.y0)})"],
    goal=lambda r: "image point", answers=frozenset({"symmetric_point", "coordinates"}),
)

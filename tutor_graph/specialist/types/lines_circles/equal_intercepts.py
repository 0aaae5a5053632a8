"""过一点且在两坐标轴上截距相等的直线 / The lines through a point with equal intercepts on the axes."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import line_form, plane_equations, plane_points
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.lines_circles.line_forms import both, point_tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

K = sp.Symbol("k")


@dataclass(frozen=True)
class EqualIntercepts:
    """The point (x0, y0), on neither axis, that the line passes through."""

    x0: sp.Expr
    y0: sp.Expr


def detect(p: Problem) -> EqualIntercepts | None:
    """`直线 l 过点 (-1,2)，且在两坐标轴上的截距相等，求 l 的方程`: one point off the axes, no equation given."""
    # type words: 截距相等, "equal intercepts", "its intercepts on the two axes are equal"
    if not (p.has("截距相等", "equal intercept") or p.has("intercept") and p.has(" equal")):
        return None
    if p.has("相反", "opposite", "和为", "sum", "倍", "twice", "面积", "area", "斜率", "slope", "圆", "circle", "平行", "垂直",
             "parallel", "perpendicular"):
        return None
    pts = plane_points(p)
    if len(pts) != 1 or len(plane_equations(p)) != 0:
        return None
    _, x0, y0 = pts[0]
    if x0.free_symbols or y0.free_symbols or x0 == 0 or y0 == 0:
        return None  # on an axis: one of the lines has no intercept there
    return EqualIntercepts(x0, y0)


def _at(e: sp.Expr, x0: sp.Expr, y0: sp.Expr) -> str:
    """e with the point's coordinates written in, unevaluated: `2*(-1) + (2)`."""
    return plain(e.subs({X: sp.Symbol(f"({plain(x0)})"), Y: sp.Symbol(f"({plain(y0)})")}, simultaneous=True))


def _joined(lines: list[sp.Expr], word: str) -> str:
    return f" {word} ".join(f"${tex(e)} = 0$" for e in lines)


def _slopes(t: EqualIntercepts) -> tuple[sp.Expr, sp.Expr, list[sp.Expr]]:
    """The intercepts of y − y0 = k(x − x0) and the non-zero slopes that make them equal."""
    xi, yi = t.x0 - t.y0 / K, t.y0 - K * t.x0
    return xi, yi, sorted({v for v in sp.solve(sp.together(xi - yi).as_numer_denom()[0], K) if v != 0}, key=float)


def values(t: EqualIntercepts) -> Values:
    """The line through the origin, the intercept form's a, the slope form's intercepts and slopes, the answers."""
    x0, y0, s = t.x0, t.y0, t.x0 + t.y0
    origin = line_form(y0 * X - x0 * Y)
    by_cases = [origin] + ([line_form(X + Y - s)] if s != 0 else [])
    xi, yi, ks = _slopes(t)
    by_slope = [line_form(Y - y0 - v * (X - x0)) for v in ks]
    out: Values = {
        "pt": point_tex(x0, y0), "origin": tex(origin), "nonzero": s != 0,
        "sum_line": tex(line_form(X + Y - s)) if s != 0 else "",
        # the claims as the old solver wrote them, so the bank diff matches each verified verdict
        "origin_claim": f"{_at(origin, x0, y0)} = 0",
        "a_claim": f"{plain(x0)}/a + {plain(y0)}/a = 1 \\Rightarrow a = {plain(s)}",
        "xi": tex(xi), "yi": tex(yi),
        "ks": " 或 ".join(f"$k={tex(v)}$" for v in ks), "ks_en": " or ".join(f"$k={tex(v)}$" for v in ks),
        "k_claim": f"{plain(xi)} = {plain(yi)} \\Leftrightarrow " + " 或 ".join(f"k = {plain(v)}" for v in ks),
        "answer": _joined(by_cases, "或"), "answer_en": _joined(by_cases, "or"),
        "answer_k": _joined(by_slope, "或"), "answer_k_en": _joined(by_slope, "or"),
    }
    for name, value in (("x0", x0), ("y0", y0), ("s", s), ("slope0", y0 / x0)):
        both(out, name, value)
    return out


def reference(t: EqualIntercepts) -> str:
    """Independent: every line y − y0 = k(x − x0); SymPy solves x-intercept = y-intercept for k."""
    line = Y - t.y0 - K * (X - t.x0)
    xi, yi = sp.solve(line.subs(Y, 0), X)[0], sp.solve(line.subs(X, 0), Y)[0]
    ks = [v for v in sp.solve(sp.together(xi - yi).as_numer_denom()[0], K) if v != 0]
    return " 或 ".join(f"{plain(line_form(line.subs(K, v)))} = 0" for v in ks)


TYPE: ProblemType[EqualIntercepts] = ProblemType(
    type_id="line.equal_intercepts", module="lines_circles", name="equal_intercepts", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"point ({plain(t.x0)}, {plain(t.y0)})", "equal intercepts"],
    goal=lambda t: "equation", answers=frozenset({"equation"}),
)

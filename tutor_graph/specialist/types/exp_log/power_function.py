"""幂函数过一点，求另一点的函数值 / A power function through a point: its value at another point."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.analytic_geometry import points_in
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

ALPHA = sp.Symbol("alpha", real=True)


@dataclass(frozen=True)
class PowerPoint:
    """f(x) = x^α through (x0, y0); f(x1) asked; α = log_{x0} y0 is rational."""

    x0: sp.Expr
    y0: sp.Expr
    x1: sp.Expr
    alpha: sp.Rational


def detect(p: Problem) -> PowerPoint | None:
    """`幂函数 f(x)=x^α 的图象过点 (4,2)，求 f(9)`: one point with positive coordinates, one value asked."""
    if not p.has("幂函数", "power function") or not re.search(r"x\s*\^\s*(?:α|\{?alpha\}?|a)", p.text):
        return None
    pts = [(a, b) for _, a, b in points_in(p.text)]
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    t = re.search(r"f\(\s*([\d./]+)\s*\)", asked)
    if len(pts) != 1 or not t:
        return None
    (x0, y0), x1 = pts[0], try_expr(t.group(1))
    if x1 is None or not (x0.is_positive and y0.is_positive and x0 != 1 and x1.is_positive):
        return None
    alpha = sp.nsimplify(sp.log(y0) / sp.log(x0))
    if not alpha.is_Rational or abs(alpha.q) > 12:
        return None
    return PowerPoint(x0, y0, x1, alpha)


def _log_tex(base: sp.Expr, arg: sp.Expr) -> str:
    """`\\log_{4}9` as the textbook prints it."""
    return f"\\log_{{{tex(base)}}}{tex(arg)}"


def values(f: PowerPoint) -> Values:
    """The point, α, the asked value, and log_{x0} x1 for the method that never finds α."""
    out: Values = {}
    for name, v in (("x0", f.x0), ("y0", f.y0), ("x1", f.x1), ("alpha", f.alpha)):
        both(out, name, v)
    both(out, "v", sp.nsimplify(f.x1 ** f.alpha))
    out["x1_at"] = plain(f.x1) if f.x1.is_Integer else f"({plain(f.x1)})"  # a base in a claim: bracketed unless whole
    t = sp.nsimplify(sp.simplify(sp.log(f.x1) / sp.log(f.x0)))
    out["t"] = tex(t) if t.is_Rational else _log_tex(f.x0, f.x1)  # 9 = 4^{log_4 9}; 8 = 2^3
    out["t_plain"] = f"log({plain(f.x1)})/log({plain(f.x0)})"
    return out


def reference(f: PowerPoint) -> str:
    """Independent: SymPy solves x0^α = y0 for α, then evaluates x1^α."""
    sol = [s for s in sp.solve(sp.Eq(f.x0**ALPHA, f.y0), ALPHA) if s.is_real]
    return plain(sp.nsimplify(f.x1 ** sol[0])) if len(sol) == 1 else "?"


TYPE: ProblemType[PowerPoint] = ProblemType(
    type_id="explog.power_function", module="exp_log", name="power_function", detect=detect, values=values,
    reference=reference, givens=lambda f: [f"f(x) = x^α through ({plain(f.x0)}, {plain(f.y0)})"],
    goal=lambda f: f"f({plain(f.x1)})", answers=frozenset({"fvalue"}),
)

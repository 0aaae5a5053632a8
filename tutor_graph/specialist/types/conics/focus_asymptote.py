"""双曲线的焦点到渐近线的距离 / The distance from a focus of a hyperbola to an asymptote."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.conics.standard_form import Central, central
from tutor_graph.specialist.types.lines_circles.line_forms import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class FocusAsymptote:
    """The hyperbola (foci on the x-axis or the y-axis)."""

    curve: Central


def detect(p: Problem) -> FocusAsymptote | None:
    """`双曲线 x²/4 − y²/5 = 1 的焦点到渐近线的距离`."""
    if not (p.has("焦点", "focus") and p.has("渐近线", "asymptote") and p.has("距离", "distance")):
        return None
    curve = central(p)
    return FocusAsymptote(curve) if curve is not None and curve.kind == "hyperbola" else None


def values(f: FocusAsymptote) -> Values:
    """a, b, c, one asymptote through the origin, one focus, and the distance between them."""
    s = f.curve
    a, b, c = sp.sqrt(s.a2), sp.sqrt(s.b2), s.c
    line = (b * X - a * Y) if s.x_axis else (a * X - b * Y)
    fx, fy = (c, sp.Integer(0)) if s.x_axis else (sp.Integer(0), c)
    d = sp.radsimp(sp.Abs(line.subs({X: fx, Y: fy})) / sp.sqrt(line.coeff(X) ** 2 + line.coeff(Y) ** 2))
    out: Values = {
        "asymptote": tex(line), "focus": f"({tex(fx)}, {tex(fy)})",
        "at_focus_plain": plain(line.subs({X: paren(fx), Y: paren(fy)})),
        "lx_plain": plain(line.coeff(X)), "ly_plain": plain(line.coeff(Y)),
        "general_focus": "(c,0)" if s.x_axis else "(0,c)", "general_line": "bx-ay=0" if s.x_axis else "ax-by=0",
    }
    for name, value in (("a2", s.a2), ("b2", s.b2), ("a", a), ("b", b), ("c", c), ("d", d)):
        both(out, name, value)
    return out


def reference(f: FocusAsymptote) -> str:
    """Independent: SymPy geometry's distance from the focus point to the line through the origin."""
    s = f.curve
    a, b = sp.sqrt(s.a2), sp.sqrt(s.b2)
    focus = sp.Point(s.c, 0) if s.x_axis else sp.Point(0, s.c)
    line = sp.Line(sp.Point(0, 0), sp.Point(a, b) if s.x_axis else sp.Point(b, a))
    return plain(sp.radsimp(line.distance(focus)))


TYPE: ProblemType[FocusAsymptote] = ProblemType(
    type_id="conic.focus_asymptote", module="conics", name="focus_asymptote", detect=detect, values=values,
    reference=reference, givens=lambda f: [f"{plain(f.curve.eq)} = 0"],
    goal=lambda f: "distance from a focus to an asymptote", answers=frozenset({"focus", "asymptote", "distance"}),
)

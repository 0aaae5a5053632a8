"""已知三边求角 / An angle of a triangle from its three sides."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim, deg_text, read


@dataclass(frozen=True)
class ThreeSides:
    """Sides a, b, c and the asked angle (`A`, `B` or `C`)."""

    a: sp.Expr
    b: sp.Expr
    c: sp.Expr
    want: str


def detect(p: Problem) -> ThreeSides | None:
    """`在△ABC中，a=7，b=3，c=5，求角 A`."""
    d = read(p)
    if d is None or d["kind"] != "sss_angle":
        return None
    return ThreeSides(d["sides"]["a"], d["sides"]["b"], d["sides"]["c"], d["want"])


def _cos(t: ThreeSides) -> tuple[str, str, sp.Expr]:
    s = {"a": t.a, "b": t.b, "c": t.c}
    o = t.want.lower()
    x, y = sorted({"a", "b", "c"} - {o})
    return x, y, sp.nsimplify((s[x] ** 2 + s[y] ** 2 - s[o] ** 2) / (2 * s[x] * s[y]))


def _angle(t: ThreeSides) -> sp.Expr:
    return sp.acos(_cos(t)[2])


def values(t: ThreeSides) -> Values:
    """The cosine by the law of cosines and the angle it gives."""
    s = {"a": t.a, "b": t.b, "c": t.c}
    x, y, cos_v = _cos(t)
    o = t.want.lower()
    ang = _angle(t)
    return {
        "special": bool((ang / sp.pi).is_Rational),  # the chain names the angle: only a special one
        "want": t.want, "x": x, "y": y, "o": o, "cos": tex(cos_v), "angle": deg_text(ang),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "cos_claim": f"(({plain(s[x])})^2 + ({plain(s[y])})^2 - ({plain(s[o])})^2)/(2*({plain(s[x])})*({plain(s[y])})) = "
                     f"{plain(cos_v)}",
        "angle_claim": f"\\cos {deg_claim(ang)} = {plain(cos_v)}",
    }


def reference(t: ThreeSides) -> str:
    """Independent: put B at the origin and C on the x-axis, find A from its distances, measure the angle."""
    a, b, c = t.a, t.b, t.c
    B, C = sp.Point(0, 0), sp.Point(a, 0)
    ax = (a**2 + c**2 - b**2) / (2 * a)
    A = sp.Point(ax, sp.sqrt(c**2 - ax**2))
    vertex, p, q = {"A": (A, B, C), "B": (B, A, C), "C": (C, A, B)}[t.want]
    u, v = p - vertex, q - vertex
    cos_v = sp.simplify((u.x * v.x + u.y * v.y) / (sp.sqrt(u.x**2 + u.y**2) * sp.sqrt(v.x**2 + v.y**2)))
    return f"{t.want}={plain(sp.nsimplify(sp.acos(cos_v) * 180 / sp.pi))}°"


TYPE: ProblemType[ThreeSides] = ProblemType(
    type_id="triangle.sss_angle", module="trigonometry", name="triangle_sss", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"a = {plain(t.a)}", f"b = {plain(t.b)}", f"c = {plain(t.c)}"],
    goal=lambda t: t.want, answers=frozenset({"angle", "unknown"}), topic="plane_vectors",
)

"""焦点三角形的面积 / The area of a focal triangle F₁PF₂ with a given angle at P."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.conics.standard_form import Central, central
from tutor_graph.specialist.types.lines_circles.line_forms import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

# the Reading's claim of the angle at P: `\\angle F_1PF_2=90^\\circ`, `F_1PF_2 = 90°`
_ANGLE = re.compile(r"(?:\\angle|∠)?\s*F_\{?1\}?\s*P\s*F_\{?2\}?\s*=\s*(\d+)\s*(?:°|\^\s*\{?\s*\\circ\s*\}?)")


@dataclass(frozen=True)
class FocalTriangle:
    """The ellipse or hyperbola and the angle F₁PF₂ in degrees."""

    curve: Central
    deg: int


def detect(p: Problem) -> FocalTriangle | None:
    """`椭圆 x²/25 + y²/9 = 1 上一点 P，∠F₁PF₂ = 90°，求 △F₁PF₂ 的面积`."""
    if not p.has("面积", "area"):
        return None
    m = next((m for claim in p.given_claims if (m := _ANGLE.fullmatch(claim.strip()))), None)
    curve = central(p)
    if not m or curve is None or not 0 < int(m.group(1)) < 180:
        return None
    return FocalTriangle(curve, int(m.group(1)))


def area(f: FocalTriangle) -> sp.Expr:
    """b²·tan(θ/2) for an ellipse, b²/tan(θ/2) for a hyperbola."""
    half = sp.pi * f.deg / 360
    return sp.radsimp(sp.nsimplify(f.curve.b2 * (sp.tan(half) if f.curve.kind == "ellipse" else 1 / sp.tan(half))))


def values(f: FocalTriangle) -> Values:
    """The definition and the law of cosines, the product mn, the area, and the formula's ingredients."""
    s, theta = f.curve, sp.pi * f.deg / 180
    a, c = sp.sqrt(s.a2), s.c
    ellipse = s.kind == "ellipse"
    mn = sp.radsimp((4 * a**2 - 4 * c**2) / (2 * (1 + sp.cos(theta))) if ellipse
                    else (4 * c**2 - 4 * a**2) / (2 * (1 - sp.cos(theta))))
    value = area(f)
    out: Values = {
        "ellipse": ellipse, "deg": str(f.deg), "half_deg": plain(sp.nsimplify(sp.Rational(f.deg, 2))),
        "sum_or_diff": f"m+n={tex(2 * a)}" if ellipse else rf"m-n=\pm {tex(2 * a)}",
        "curve_zh": "椭圆" if ellipse else "双曲线", "curve_en": "ellipse" if ellipse else "hyperbola",
        "formula": r"b^2\tan\frac{\theta}{2}" if ellipse else r"\frac{b^2}{\tan\frac{\theta}{2}}",
    }
    for name, val in (("a2", s.a2), ("b2", s.b2), ("a", a), ("c", c), ("two_a", 2 * a), ("four_c2", 4 * c**2),
                      ("mn", mn), ("area", value)):
        both(out, name, val)
    return out


def reference(f: FocalTriangle) -> str:
    """Independent: find such a point P on the curve numerically, then the triangle's area by coordinates."""
    s, theta = f.curve, sp.pi * f.deg / 180
    c = s.c
    f1, f2 = sp.Matrix([-c, 0]), sp.Matrix([c, 0])
    t = sp.Symbol("t", real=True)
    a, b = sp.sqrt(s.a2), sp.sqrt(s.b2)
    P = sp.Matrix([a * sp.cos(t), b * sp.sin(t)]) if s.kind == "ellipse" else sp.Matrix([a * sp.cosh(t), b * sp.sinh(t)])
    if not s.x_axis:
        f1, f2 = sp.Matrix([0, -c]), sp.Matrix([0, c])
        P = sp.Matrix([P[1], P[0]])
    u, v = f1 - P, f2 - P
    angle = sp.acos(u.dot(v) / (u.norm() * v.norm()))
    try:
        t0 = sp.nsolve(angle - theta, t, 1.0 if s.kind == "ellipse" else 0.8)
    except (ValueError, ZeroDivisionError):
        return "?"
    found = abs(float(u.subs(t, t0)[0] * v.subs(t, t0)[1] - u.subs(t, t0)[1] * v.subs(t, t0)[0])) / 2
    exact = area(f)
    return plain(exact) if abs(float(exact) - found) < 1e-9 else repr(found)


TYPE: ProblemType[FocalTriangle] = ProblemType(
    type_id="conic.focal_triangle", module="conics", name="focal_triangle", detect=detect, values=values,
    reference=reference, givens=lambda f: [f"{plain(f.curve.eq)} = 0", f"angle {f.deg}°"],
    goal=lambda f: "area of the focal triangle", answers=frozenset({"area"}),
)

"""扇形的弧长与面积 / The arc length or the area of a sector from its central angle and radius."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import both

_ANGLE = re.compile(r"圆心角(?:为|是)?\s*([\d./π()]+)\s*(弧度|rad|°)?|central angle (?:is |of )?([\d./π()]+)\s*(radians?|°)?")
_RADIUS = re.compile(r"半径(?:为|是)?\s*(\d+(?:\.\d+)?)|radius (?:is |of )?(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class Sector:
    """Central angle a (radians), radius r, the asked "area" or "arc", and whether the angle was in degrees."""

    a: sp.Expr
    r: sp.Expr
    want: str
    degrees: sp.Expr | None


def detect(p: Problem) -> Sector | None:
    """`一个扇形的圆心角为 2 弧度，半径为 3，求扇形的面积` (or its arc length; not its perimeter)."""
    if not p.has("扇形", "sector"):
        return None
    ang, rad = _ANGLE.search(p.text), _RADIUS.search(p.text)
    if not ang or not rad:
        return None
    a, r = try_expr(ang.group(1) or ang.group(3)), try_expr(rad.group(1) or rad.group(2))
    unit = ang.group(2) or ang.group(4) or ""
    if a is None or r is None:
        return None
    degrees = a if "°" in unit else None
    if degrees is not None:
        a = a * sp.pi / 180
    want = "area" if p.has("面积", "area") else ("arc" if p.has("弧长", "arc length") else None)
    if want is None or p.has("周长", "perimeter"):
        return None
    return Sector(a, r, want, degrees)


def values(d: Sector) -> Values:
    """The arc, the area, the fraction of the circle and the whole circle's measure."""
    arc = sp.nsimplify(d.a * d.r)
    area = sp.nsimplify(arc * d.r / 2)
    frac = sp.nsimplify(d.a / (2 * sp.pi))
    whole = sp.pi * d.r**2 if d.want == "area" else 2 * sp.pi * d.r
    out: Values = {"area": d.want == "area", "in_degrees": d.degrees is not None,
                   "whole_zh": "面积" if d.want == "area" else "周长", "whole_en": "area" if d.want == "area" else "circumference",
                   "whole_formula": "\\pi r^2" if d.want == "area" else "2\\pi r"}
    for name, expr in (("a", d.a), ("r", d.r), ("arc", arc), ("sarea", area), ("frac", frac), ("whole", whole),
                       ("answer", area if d.want == "area" else arc), ("deg", d.degrees if d.degrees is not None else 0)):
        both(out, name, expr)
    return out


def reference(d: Sector) -> str:
    """Independent: the fraction of the whole circle."""
    frac = d.a / (2 * sp.pi)
    return plain(sp.nsimplify(frac * sp.pi * d.r**2 if d.want == "area" else frac * 2 * sp.pi * d.r))


TYPE: ProblemType[Sector] = ProblemType(
    type_id="trig.sector", module="trigonometry", name="sector", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"α = {plain(d.a)}", f"r = {plain(d.r)}"], goal=lambda d: d.want, answers=frozenset({"area", "arc"}),
)

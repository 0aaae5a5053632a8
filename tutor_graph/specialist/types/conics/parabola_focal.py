"""抛物线上一点由焦半径求坐标 / A point of a parabola from its distance to the focus."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.conics.standard_form import Parabola, parabola
from tutor_graph.specialist.types.lines_circles.line_forms import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_DISTANCE = re.compile(r"(?:到焦点的距离|from the focus|distance to the focus)\s*(?:为|是|is|of)?\s*(\d+(?:\.\d+)?)"
                       r"|(\d+(?:\.\d+)?)\s*from the focus")
_WANT = re.compile(r"横坐标|x\s*-?\s*coordinate|纵坐标|y\s*-?\s*coordinate")


@dataclass(frozen=True)
class FocalPoint:
    """The parabola, |PF| = dist, and the asked coordinate (the one along the axis)."""

    curve: Parabola
    dist: sp.Expr


def detect(p: Problem) -> FocalPoint | None:
    """`抛物线 y²=8x 上一点 P 到焦点的距离为 6，求 P 的横坐标`: the coordinate along the axis asked."""
    if not p.has("焦点", "focus"):
        return None
    m, want = _DISTANCE.search(p.text), _WANT.search(p.text)
    curve = parabola(p)
    if not m or not want or curve is None or curve.p <= 0:
        return None
    dist = sp.nsimplify(m.group(1) or m.group(2))
    coord = "x" if re.search(r"横坐标|x\s*-?\s*coordinate", want.group(0)) else "y"
    if coord != curve.axis or dist < curve.p / 2:
        return None
    return FocalPoint(curve, dist)


def values(f: FocalPoint) -> Values:
    """p, the focus and directrix, the coordinate from the definition, and the distance-formula equation."""
    p, v = f.curve.p, f.curve.axis
    half = p / 2
    value = f.dist - half
    w = "y" if v == "x" else "x"
    out: Values = {"v": v, "w": w, "curve": f"{w}^2={tex(2 * p)}{v}",
                   "focus": f"({tex(half)}, 0)" if v == "x" else f"(0, {tex(half)})"}
    for name, val in (("p", p), ("p2", 2 * p), ("half", half), ("dist", f.dist), ("dist2", f.dist**2),
                      ("value", value), ("other", -f.dist - half)):
        both(out, name, val)
    return out


def reference(f: FocalPoint) -> str:
    """Independent: solve the distance equation together with the curve's equation."""
    t, u = sp.symbols("t u", real=True)
    p, half = f.curve.p, f.curve.p / 2
    if f.curve.axis == "x":
        sols = sp.solve([u**2 - 2 * p * t, (t - half) ** 2 + u**2 - f.dist**2], [t, u], dict=True)
    else:
        sols = sp.solve([t**2 - 2 * p * u, t**2 + (u - half) ** 2 - f.dist**2], [t, u], dict=True)
    vals = {s[t] if f.curve.axis == "x" else s[u] for s in sols if all(v.is_real for v in s.values())}
    return plain(vals.pop()) if len(vals) == 1 else "?"


TYPE: ProblemType[FocalPoint] = ProblemType(
    type_id="conic.parabola_focal", module="conics", name="parabola_focal", detect=detect, values=values,
    reference=reference, givens=lambda f: [f"{plain(f.curve.eq)} = 0", f"|PF| = {plain(f.dist)}"],
    goal=lambda f: f"{f.curve.axis} of P", answers=frozenset({"coordinates"}),
)

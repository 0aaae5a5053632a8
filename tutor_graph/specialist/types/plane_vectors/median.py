"""三角形两边及其夹角已知，求第三边上的中线长 / A triangle's median from two sides and the included angle."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.plane_vectors.figures import MIDPOINT, SIDE, arrow
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ANGLE = re.compile(r"(?:∠\s*([A-Z]{1,3})|(?<![A-Za-z∠])([A-Z]))\s*=\s*([\d.]+)\s*°|"
                    r"(?:∠\s*([A-Z]{1,3})|(?<![A-Za-z∠])([A-Z]))\s*=\s*([^,;，。]*π[^,;，。]*)")


@dataclass(frozen=True)
class Median:
    """Triangle ABC with AB = b, AC = c and ∠A = angle; D the midpoint of BC; AD asked (letters as written)."""

    A: str
    B: str
    C: str
    D: str
    b: sp.Expr
    c: sp.Expr
    angle: sp.Expr


def detect(p: Problem) -> Median | None:
    """`在 △ABC 中，AB=2，AC=4，A=60°，D 为 BC 的中点，求中线 AD 的长`."""
    if not p.has("△", "triangle", "三角形") or not p.has("中点", "midpoint", "中线", "median"):
        return None
    mids = [(g[0] or g[3], {g[1] or g[4], g[2] or g[5]}) for g in MIDPOINT.findall(p.text)]
    sides = {frozenset(m.group(1) + m.group(2)): try_expr(m.group(3)) for m in SIDE.finditer(p.text)}
    angles = []
    for m in _ANGLE.finditer(p.text):
        label = m.group(1) or m.group(2) or m.group(4) or m.group(5)
        degrees = try_expr(m.group(3)) if m.group(3) else None
        value = degrees * sp.pi / 180 if degrees is not None else (None if m.group(3) else try_expr(m.group(6)))
        angles.append((label, value))
    if len(mids) != 1 or len(sides) != 2 or len(angles) != 1 or any(v is None for v in sides.values()):
        return None
    d_name, (b, c) = mids[0][0].upper(), sorted(x.upper() for x in mids[0][1])
    vertex = {x for s in sides for x in s} - {b, c}
    label, angle = angles[0]
    if len(vertex) != 1 or angle is None or angle.free_symbols or not 0 < angle < sp.pi:
        return None
    a = vertex.pop()
    if set(sides) != {frozenset(a + b), frozenset(a + c)} or label not in (a, b + a + c, c + a + b):
        return None  # the angle must be the one between the two given sides
    if not re.search(rf"(?<![A-Za-z]){a}{d_name}(?![A-Za-z])|(?<![A-Za-z]){d_name}{a}(?![A-Za-z])", p.goal.text):
        return None
    side_b, side_c = sides[frozenset(a + b)], sides[frozenset(a + c)]
    if side_b is None or side_c is None:
        return None
    return Median(a, b, c, d_name, side_b, side_c, angle)


def _angle_tex(angle: sp.Expr) -> str:
    deg = sp.nsimplify(angle * 180 / sp.pi)
    return f"{tex(deg)}^\\circ" if deg.is_Integer else tex(angle)


def _sq(x: sp.Expr) -> str:
    return f"{tex(x)}^2" if x.is_Integer else f"({tex(x)})^2"


def values(m: Median) -> Values:
    """The median by vectors; BC, cos B and AD by the law of cosines twice."""
    A, B, C, D, b, c, ang = m.A, m.B, m.C, m.D, m.b, m.c, m.angle
    sq = sp.nsimplify(sp.expand((b**2 + c**2 + 2 * b * c * sp.cos(ang)) / 4))
    value = sp.sqrt(sq)
    a2 = sp.nsimplify(sp.expand(b**2 + c**2 - 2 * b * c * sp.cos(ang)))
    cos_b = sp.radsimp((b**2 + a2 - c**2) / (2 * b * sp.sqrt(a2)))
    bd = sp.sqrt(a2) / 2
    sq2 = sp.nsimplify(sp.expand(b**2 + bd**2 - 2 * b * bd * cos_b))
    return {
        "A": A, "B": B, "C": C, "D": D, "AD": arrow(A + D), "AB": arrow(A + B), "AC": arrow(A + C),
        "b": tex(b), "c": tex(c), "b2": _sq(b), "c2": _sq(c), "angle": _angle_tex(ang),
        "sq": tex(sq), "value": tex(value), "a2": tex(a2), "bc": tex(sp.sqrt(a2)), "bd": tex(bd), "bd2": _sq(bd),
        "cos_b": tex(cos_b), "cos_b_factor": f"({tex(cos_b)})" if cos_b.could_extract_minus_sign() else tex(cos_b),
        "sq2": tex(sq2), "value2": tex(sp.sqrt(sq2)),
        "sq_claim": f"(1/4)*(({plain(b)})^2 + ({plain(c)})^2 + 2*({plain(b)})*({plain(c)})*cos({plain(ang)})) = {plain(sq)}",
        "root_claim": f"sqrt({plain(sq)}) = {plain(value)}",
        "a2_claim": f"({plain(b)})^2 + ({plain(c)})^2 - 2*({plain(b)})*({plain(c)})*cos({plain(ang)}) = {plain(a2)}",
        "cos_b_claim": f"(({plain(b)})^2 + {plain(a2)} - ({plain(c)})^2)/(2*({plain(b)})*sqrt({plain(a2)})) = {plain(cos_b)}",
        "ad_claim": (f"sqrt(({plain(b)})^2 + ({plain(bd)})^2 - 2*({plain(b)})*({plain(bd)})*({plain(cos_b)})) = "
                     f"{plain(sp.sqrt(sq2))}"),
    }


def reference(m: Median) -> str:
    """Independent: place the triangle in coordinates and measure the segment."""
    a = sp.Point(0, 0)
    b = sp.Point(m.b, 0)
    c = sp.Point(m.c * sp.cos(m.angle), m.c * sp.sin(m.angle))
    return plain(sp.radsimp(a.distance(b.midpoint(c))))


TYPE: ProblemType[Median] = ProblemType(
    type_id="vector.median", module="plane_vectors", name="median", detect=detect, values=values, reference=reference,
    givens=lambda m: [f"{m.A}{m.B} = {plain(m.b)}", f"{m.A}{m.C} = {plain(m.c)}", f"∠{m.A} = {plain(m.angle)}",
                      f"{m.D}: midpoint of {m.B}{m.C}"],
    goal=lambda m: f"{m.A}{m.D}", answers=frozenset({"length", "unknown"}),
)

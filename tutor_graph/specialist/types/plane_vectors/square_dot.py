"""正方形、矩形中（含中点）的向量数量积 / Dot products in a square or rectangle with midpoints."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.plane_vectors.figures import (
    MIDPOINT,
    SIDE,
    VEC,
    arrow,
    coordinates,
    factor,
    name,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_SQUARE = re.compile(r"(正方形|矩形|长方形|square|rectangle)\s*([A-Z])([A-Z])([A-Z])([A-Z])(?![A-Za-z])", re.I)
_SQUARE_SIDE = re.compile(r"(?:边长|side(?: length)?)\s*(?:为|是|=|of|is)?\s*([\d./√()]+)", re.I)
_DOT = re.compile(rf"{VEC}\s*(?:\*|·|⋅)\s*{VEC}")


@dataclass(frozen=True)
class SquareDot:
    """Rectangle `corners` (A at the origin, AB along x) of width w and height h, midpoints added; u·v asked."""

    shape: str
    corners: tuple[str, str, str, str]
    w: sp.Expr
    h: sp.Expr
    pts: tuple[tuple[str, sp.Expr, sp.Expr], ...]
    mids: tuple[str, ...]
    u: str
    v: str

    def point(self, n: str) -> sp.Matrix:
        """The coordinates of point `n`."""
        return next(sp.Matrix([x, y]) for p, x, y in self.pts if p == n)

    def vector(self, ends: str) -> sp.Matrix:
        """End point minus start point."""
        return self.point(ends[1]) - self.point(ends[0])


def detect(p: Problem) -> SquareDot | None:
    """`正方形 ABCD 的边长为 2，E 为 BC 的中点，求 AE·BD`."""
    shape = _SQUARE.search(p.text)
    dots = list(_DOT.finditer(p.goal.text))
    if not shape or len(dots) != 1 or len(_SQUARE.findall(p.text)) != 1:
        return None
    a_, b_, c_, d_ = shape.group(2, 3, 4, 5)
    sides = {frozenset(m.group(1) + m.group(2)): try_expr(m.group(3)) for m in SIDE.finditer(p.text)}
    if shape.group(1).lower() in ("正方形", "square"):
        m = _SQUARE_SIDE.search(p.text)
        w = h = try_expr(m.group(1)) if m else None
        if sides:
            return None
    else:
        w = sides.get(frozenset(a_ + b_), sides.get(frozenset(c_ + d_)))
        h = sides.get(frozenset(a_ + d_), sides.get(frozenset(b_ + c_)))
        if len(sides) != 2:
            return None
    if w is None or h is None or w.free_symbols or h.free_symbols or not (w > 0 and h > 0):
        return None
    pts = {a_: sp.Matrix([0, 0]), b_: sp.Matrix([w, 0]), c_: sp.Matrix([w, h]), d_: sp.Matrix([0, h])}
    mids = MIDPOINT.findall(p.text)
    for g in mids:
        label, ends = (g[0] or g[3]).upper(), [x.upper() for x in (g[1] + g[2] or g[4] + g[5])]
        if label in pts or not set(ends) <= set(pts):
            return None
        pts[label] = (pts[ends[0]] + pts[ends[1]]) / 2
    if re.search(r"分别|respectively", p.text):
        return None  # several midpoints named at once: not read here
    u, v = name(dots[0], 1), name(dots[0], 3)
    if not set(u + v) <= set(pts):
        return None  # a point we do not know (moving point, foot of a perpendicular …)
    return SquareDot(shape.group(0), (a_, b_, c_, d_), w, h, tuple((n, c[0], c[1]) for n, c in pts.items()),
                     tuple(f"{(g[0] or g[3])}: midpoint of {g[1] + g[2] or g[4] + g[5]}" for g in mids), u, v)


def _in_basis(x: sp.Expr, y: sp.Expr, e1: str, e2: str) -> str:
    parts = [f"{'' if k == 1 else '-' if k == -1 else tex(k)}{e}" for k, e in ((x, e1), (y, e2)) if k != 0]
    return "+".join(parts).replace("+-", "-") or "\\vec 0"


def values(d: SquareDot) -> Values:
    """Coordinates of the points and vectors and the dot product; the same in the basis AB, AD."""
    a_, b_, _, d_ = d.corners
    u, v, w, h = d.u, d.v, d.w, d.h
    pts = {n: sp.Matrix([x, y]) for n, x, y in d.pts}
    names = sorted(set(u + v), key=list(pts).index)
    uu, vv = d.vector(u), d.vector(v)
    zh, en, claim = coordinates(pts, (u, uu), (v, vv))
    value = sp.expand(uu.dot(vv))
    e1, e2 = arrow(a_ + b_), arrow(a_ + d_)
    (x1, y1), (x2, y2) = ((sp.nsimplify(uu[0] / w), sp.nsimplify(uu[1] / h)),
                          (sp.nsimplify(vv[0] / w), sp.nsimplify(vv[1] / h)))
    basis_value = sp.expand(x1 * x2 * w**2 + y1 * y2 * h**2)
    return {
        "A": a_, "B": b_, "D": d_, "u": arrow(u), "v": arrow(v), "e1": e1, "e2": e2, "w": tex(w), "h": tex(h),
        "square": d.shape.lower().startswith(("正方形", "square")),
        "points_zh": "，".join(f"${n}({tex(pts[n][0])},{tex(pts[n][1])})$" for n in names),
        "points_en": ", ".join(f"${n}({tex(pts[n][0])},{tex(pts[n][1])})$" for n in names),
        "names_zh": "、".join(f"${n}$" for n in names), "names_en": ", ".join(f"${n}$" for n in names),
        "coords": zh, "coords_en": en, "coords_claim": claim,
        "products": f"{factor(uu[0])}\\times {factor(vv[0])}+{factor(uu[1])}\\times {factor(vv[1])}",
        "value": tex(value),
        "dot_claim": f"({plain(uu[0])})*({plain(vv[0])}) + ({plain(uu[1])})*({plain(vv[1])}) = {plain(value)}",
        "u_basis": _in_basis(x1, y1, e1, e2), "v_basis": _in_basis(x2, y2, e1, e2),
        "k1": factor(x1 * x2), "k2": factor(y1 * y2), "w2": f"{tex(w)}^2" if w.is_Integer else f"({tex(w)})^2",
        "h2": f"{tex(h)}^2" if h.is_Integer else f"({tex(h)})^2", "basis_value": tex(basis_value),
        "basis_claim": f"({plain(x1 * x2)})*({plain(w)})^2 + ({plain(y1 * y2)})*({plain(h)})^2 = {plain(basis_value)}",
    }


def reference(d: SquareDot) -> str:
    """Independent: polarisation, u·v = (|u+v|² − |u−v|²)/4, with lengths from SymPy geometry."""
    pt = {n: sp.Point(x, y) for n, x, y in d.pts}
    u, v = pt[d.u[1]] - pt[d.u[0]], pt[d.v[1]] - pt[d.v[0]]
    origin = sp.Point(0, 0)
    return plain(sp.nsimplify(sp.expand((origin.distance(u + v) ** 2 - origin.distance(u - v) ** 2) / 4)))


TYPE: ProblemType[SquareDot] = ProblemType(
    type_id="vector.square_dot", module="plane_vectors", name="square_dot", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.shape, *d.mids], goal=lambda d: f"{d.u}·{d.v}",
    answers=frozenset({"dot", "expr"}),
)

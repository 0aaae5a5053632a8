"""空间两点间的距离、点到平面的距离（坐标给出） / Distances between points, and from a point to a plane, by coordinates."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from sympy.geometry import Plane, Point3D

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.space import (
    diff_claim,
    dot,
    dot_claim,
    length,
    length_claim,
    names_in,
    normal,
    points3,
    vp,
    vt,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Distance:
    """Points by coordinates; either two of them (`plane` empty) or a point and the plane through three."""

    pts: tuple[tuple[str, sp.ImmutableMatrix], ...]
    point: str  # the point whose distance is asked (the first of the pair)
    other: str  # the second point of a pair ("" for a plane)
    plane: tuple[str, ...]  # three corners, or () for two points

    def at(self, name: str) -> sp.Matrix:
        return sp.Matrix(dict(self.pts)[name])


def detect(p: Problem) -> Distance | None:
    """`求点 P 到平面 ABC 的距离` with A, B, C, P by coordinates, or the distance between two given points."""
    if not p.has("距离", "distance"):
        return None
    pts = points3(p.text)
    if p.has("原点", "origin") and "O" not in pts:
        pts["O"] = sp.zeros(3, 1)
    if len(pts) < 2:
        return None
    frozen = tuple((n, sp.ImmutableMatrix(v)) for n, v in pts.items())
    plane = re.search(r"(?:平面|plane)\s*((?:[A-Z](?:_\{?\d\}?)?){3})", p.text)
    if plane:
        corners = names_in(plane.group(1))
        m = re.search(r"(?:点|from(?: the)?(?: origin)?|原点)\s*([A-Z](?:_\{?\d\}?)?)\s*(?:到|to)", p.text)
        if not m or any(c not in pts for c in corners) or m.group(1) not in pts or m.group(1) in corners:
            return None
        try:
            normal([pts[corners[1]] - pts[corners[0]], pts[corners[2]] - pts[corners[0]]])
        except ValueError:
            return None  # the three points are on a line: no plane
        return Distance(frozen, m.group(1), "", tuple(corners))
    if len(pts) != 2:
        return None
    a, b = list(pts)
    return Distance(frozen, a, b, ())


def _pair(out: Values, d: Distance) -> None:
    """Two points: the vector between them and its length; the box with that diagonal."""
    a, b = d.at(d.point), d.at(d.other)
    u = b - a
    out["u_pt"], out["u_claim"] = vt(u), diff_claim(a, b)
    value = length(u)
    out["dist"], out["dist_claim"] = tex(value), length_claim(u)
    edges = [sp.Abs(c) for c in u]
    out["box_fits"] = all(e != 0 for e in edges)
    out["edges"] = "，".join(f"${tex(e)}$" for e in edges)
    out["edges_en"] = ", ".join(f"${tex(e)}$" for e in edges)
    out["edges_claim"] = " 且 ".join(f"|({plain(q)}) - ({plain(p)})| = {plain(e)}" for p, q, e in zip(a, b, edges, strict=True))
    face = sp.sqrt(edges[0] ** 2 + edges[1] ** 2)
    out["face"], out["face_claim"] = tex(face), f"sqrt(({plain(edges[0])})^2 + ({plain(edges[1])})^2) = {plain(face)}"
    out["body_claim"] = f"sqrt(({plain(face)})^2 + ({plain(edges[2])})^2) = {plain(value)}"
    out["final"] = dollar(value)


def _plane(out: Values, d: Distance) -> None:
    """A point and a plane: the normal vector and the projection; the tetrahedron's two volumes."""
    c0, c1, c2 = d.plane
    q = d.point
    p0, p1, p2, pq = d.at(c0), d.at(c1), d.at(c2), d.at(q)
    u, w, v = p1 - p0, p2 - p0, pq - p0
    n = normal([u, w])
    out.update({"c0": c0, "c1": c1, "c2": c2, "q": q})
    out["u_pt"], out["u_claim"] = vt(u), diff_claim(p0, p1)
    out["w_pt"], out["w_claim"] = vt(w), diff_claim(p0, p2)
    out["n_pt"], out["n_claim"] = vt(n), f"{dot_claim(n, u, 0)} 且 {dot_claim(n, w, 0)}"
    value = sp.radsimp(sp.Abs(dot(v, n)) / length(n))
    out["v_pt"], out["dist"] = vt(v), tex(value)
    out["dist_claim"] = f"|{plain(dot(v, n))}|/({plain(length(n))}) = {plain(value)}"
    # equal volumes: V = (1/6)|(u × w)·v| and S = (1/2)|u × w|, then V = (1/3) S d
    cross = u.cross(w).applyfunc(sp.radsimp)
    area = sp.radsimp(length(cross) / 2)
    out["cross_pt"], out["area"] = vt(cross), tex(area)
    out["area_claim"] = ("(" + ", ".join(
        f"({plain(u[(i + 1) % 3])})*({plain(w[(i + 2) % 3])}) - ({plain(u[(i + 2) % 3])})*({plain(w[(i + 1) % 3])})"
        for i in range(3)) + f") = {vp(cross)} 且 sqrt({' + '.join(f'({plain(c)})^2' for c in cross)})/2 = {plain(area)}")
    volume = sp.radsimp(sp.Abs(dot(cross, v)) / 6)
    out["volume"] = tex(volume)
    out["volume_claim"] = f"|{dot_claim(cross, v).split(' = ')[0]}|/6 = {plain(volume)}"
    height = sp.radsimp(3 * volume / area)
    out["height_claim"] = f"(1/3)*({plain(area)})*d = {plain(volume)} \\Rightarrow d = {plain(height)}"
    out["final"] = dollar(value)


def values(d: Distance) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    out: Values = {"pair": not d.plane, "to_plane": bool(d.plane), "box_fits": False, "a": d.point, "b": d.other}
    if d.plane:
        _plane(out, d)
    else:
        _pair(out, d)
    return out


def reference(d: Distance) -> str:
    """Independent: SymPy geometry's Point3D.distance and Plane.distance."""
    if d.plane:
        plane = Plane(*(Point3D(*d.at(c)) for c in d.plane))
        return plain(sp.radsimp(plane.distance(Point3D(*d.at(d.point)))))
    return plain(Point3D(*d.at(d.point)).distance(Point3D(*d.at(d.other))))


def _goal(d: Distance) -> str:
    return f"distance from {d.point} to plane {''.join(d.plane)}" if d.plane else "distance"


TYPE: ProblemType[Distance] = ProblemType(
    type_id="space.distance", module="solid_geometry", name="space_distance", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{k}{vp(sp.Matrix(v))}" for k, v in d.pts], goal=_goal,
    answers=frozenset({"distance"}), topic="space_vectors",
)

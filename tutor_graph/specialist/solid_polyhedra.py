"""Reference measurements for `types/solid_geometry/measuring.py`, computed from coordinates rather than
formulas: a convex polyhedron from its vertices and faces (face areas by cross products, volume as cones from
the centroid over each face), and the circumscribed sphere by solving for an equidistant centre."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.solid_shapes import Shape

t = sp.Symbol("t", positive=True)


def _pos(solutions) -> sp.Expr:
    found = [s for s in solutions if s.is_positive]
    if len(found) != 1:
        raise ValueError("no unique positive size")
    return found[0]


def _apex_height(base: list[sp.Matrix], top: sp.Matrix, d: dict) -> sp.Expr:
    """The height h that makes the lateral edge (or slant height) what the text says."""
    if "h" in d:
        return d["h"]
    apex = top + sp.Matrix([0, 0, t])
    if "l" in d:
        return _pos(sp.solve(sp.Eq(((apex - base[0]).T * (apex - base[0]))[0], d["l"] ** 2), t))
    mid = (base[0] + base[1]) / 2
    return _pos(sp.solve(sp.Eq(((apex - mid).T * (apex - mid))[0], d["hs"] ** 2), t))


def polyhedron(s: Shape) -> tuple[list[sp.Matrix], list[tuple[int, ...]]]:
    """Vertices and faces (each a cycle of vertex indices) of the solid, sizes from the text."""
    d = s.sizes
    M = sp.Matrix
    if s.kind in ("cube", "cuboid", "square_prism"):
        a = d["a"]
        b, c = (a, a) if s.kind == "cube" else (a, d["h"]) if s.kind == "square_prism" else (d["b"], d["c"])
        v = [M([0, 0, 0]), M([a, 0, 0]), M([a, b, 0]), M([0, b, 0]), M([0, 0, c]), M([a, 0, c]), M([a, b, c]), M([0, b, c])]
        return v, [(0, 1, 2, 3), (4, 5, 6, 7), (0, 1, 5, 4), (1, 2, 6, 5), (2, 3, 7, 6), (3, 0, 4, 7)]
    if s.kind == "corner":
        v = [M([0, 0, 0]), M([d["a"], 0, 0]), M([0, d["b"], 0]), M([0, 0, d["c"]])]
        return v, [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
    a = d["a"]
    if s.kind == "square_pyramid":
        base = [M([0, 0, 0]), M([a, 0, 0]), M([a, a, 0]), M([0, a, 0])]
        h = _apex_height(base, M([a / 2, a / 2, 0]), d)
        return [*base, M([a / 2, a / 2, h])], [(0, 1, 2, 3), (0, 1, 4), (1, 2, 4), (2, 3, 4), (3, 0, 4)]
    tri = [M([0, 0, 0]), M([a, 0, 0]), M([a / 2, a * sp.sqrt(3) / 2, 0])]
    if s.kind in ("triangular_pyramid", "tetrahedron"):
        centre = (tri[0] + tri[1] + tri[2]) / 3
        h = _apex_height(tri, centre, d)
        return [*tri, centre + M([0, 0, h])], [(0, 1, 2), (0, 1, 3), (1, 2, 3), (2, 0, 3)]
    if s.kind == "triangular_prism":
        top = [p + M([0, 0, d["h"]]) for p in tri]
        return [*tri, *top], [(0, 1, 2), (3, 4, 5), (0, 1, 4, 3), (1, 2, 5, 4), (2, 0, 3, 5)]
    raise KeyError(s.kind)


def _area(points: list[sp.Matrix]) -> sp.Expr:
    """Area of a convex planar polygon by a fan of triangles from its first vertex."""
    total = sp.Integer(0)
    for i in range(1, len(points) - 1):
        c = (points[i] - points[0]).cross(points[i + 1] - points[0])
        total += sp.sqrt(sum(x**2 for x in c)) / 2
    return sp.radsimp(total)


def volume_and_surface(poly, target: str) -> sp.Expr:
    """The asked quantity of a convex polyhedron: volume, surface, lateral area, height or diagonal."""
    v, faces = poly
    centroid = sum(v, sp.zeros(3, 1)) / len(v)
    areas, volume = [], sp.Integer(0)
    for f in faces:
        pts = [v[i] for i in f]
        area = _area(pts)
        n = (pts[1] - pts[0]).cross(pts[2] - pts[0])
        dist = sp.Abs((centroid - pts[0]).dot(n)) / sp.sqrt(n.dot(n))
        volume += area * dist / 3
        areas.append((f, area))
    if target == "volume":
        return sp.radsimp(volume)
    if target == "surface":
        return sp.radsimp(sum(a for _, a in areas))
    if target == "lateral":  # faces other than the bases: those not lying in z = 0 or the top plane
        top = max(p[2] for p in v)
        return sp.radsimp(sum(a for f, a in areas if not all(v[i][2] == 0 for i in f) and not all(v[i][2] == top for i in f)))
    if target == "height":
        return max(p[2] for p in v)
    if target == "diagonal":
        return max(sp.sqrt((p - q).dot(p - q)) for p in v for q in v)
    raise KeyError(target)


def circumradius(s: Shape) -> sp.Expr:
    """Radius of the sphere through every vertex (round solids: through the rims and apex)."""
    d = s.sizes
    x, y, w, r2 = sp.symbols("x y w r2", real=True)
    M = sp.Matrix
    if s.kind == "cylinder":
        pts = [M([d["r"], 0, 0]), M([-d["r"], 0, 0]), M([0, d["r"], 0]), M([d["r"], 0, d["h"]])]
    elif s.kind == "cone":
        h = d.get("h") or sp.sqrt(d["l"] ** 2 - d["r"] ** 2)
        pts = [M([d["r"], 0, 0]), M([-d["r"], 0, 0]), M([0, d["r"], 0]), M([0, 0, h])]
    else:
        pts = polyhedron(s)[0]
    centre = M([x, y, w])
    eqs = [sp.expand((p - centre).dot(p - centre) - r2) for p in pts]
    sol = sp.solve(eqs, [x, y, w, r2], dict=True)
    if len(sol) != 1:
        raise ValueError("no unique circumscribed sphere")
    return sp.sqrt(sol[0][r2])

"""The second methods of `solid_coordinates`, each filling the values its template steps show: translation and the
law of cosines (two lines), equal volumes (a distance), projected areas (a plane and the base), the plane angle at the
common edge and the projection of a line (the definitions, 几何法), and a basis of three perpendicular edges. Each
sets its flag only when it applies and reaches the coordinate method's value."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.space import dot, dot_claim, length, length_claim, vp, vt
from tutor_graph.specialist.types.solid_geometry.solid_question import (
    Points,
    SolidQuestion,
    plane_normal,
    setup_values,
)
from tutor_graph.specialist.types.template import Values


def _translation(q: SolidQuestion) -> tuple[str, str, str] | None:
    """(F, E, Q) with angle FEQ equal to the lines' angle (or its supplement), Q a named point reached by moving
    the second line to an end E of the first; None when no vertex works."""
    pts, ((a, b), (c, e)) = q.pts, q.parts
    v = pts[e] - pts[c]
    for end, other in ((a, b), (b, a)):
        for name, at in pts.items():
            if name not in (a, b) and (at - pts[end] == v or at - pts[end] == -v):
                return other, end, name
    return None


def by_translation(out: Values, q: SolidQuestion) -> None:
    """Translate the second line through an end of the first; the law of cosines in the triangle it makes."""
    found = _translation(q) if q.kind == "line_line" else None
    out["translation"] = found is not None
    if found is None:
        return
    pts, (_, (c, e)) = q.pts, q.parts
    F, E, Q = found
    moved = (E, Q) if pts[Q] - pts[E] == pts[e] - pts[c] else (Q, E)
    out.update({"tF": F, "tE": E, "tQ": Q, "tc": c, "te": e, "tm0": moved[0], "tm1": moved[1],
                "t_move_claim": f"{vp(pts[e] - pts[c])} = {vp(pts[moved[1]] - pts[moved[0]])}"})
    sides = {(x, y): length(pts[y] - pts[x]) for x, y in ((F, E), (E, Q), (F, Q))}
    out["t_sides"] = "，".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items())
    out["t_sides_en"] = ", ".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items())
    out["t_sides_claim"] = " 且 ".join(length_claim(pts[y] - pts[x]) for x, y in sides)
    fe, eq, fq = sides[(F, E)], sides[(E, Q)], sides[(F, Q)]
    cos_e = sp.radsimp((fe**2 + eq**2 - fq**2) / (2 * fe * eq))
    out.update({"t_cos": tex(cos_e), "t_abs": tex(sp.Abs(cos_e)),
                "t_cos_claim": f"(({plain(fe)})^2 + ({plain(eq)})^2 - ({plain(fq)})^2)/(2*({plain(fe)})*({plain(eq)})) = {plain(cos_e)}"})


def by_volume(out: Values, q: SolidQuestion) -> None:
    """The distance to a plane as the height of a tetrahedron: V = (1/3)·S·d with V and S from coordinates."""
    if q.kind != "point_plane":
        return
    pts = q.pts
    point, (c0, c1, c2) = q.parts[0][0], q.parts[1][:3]
    u, w, v = pts[c1] - pts[c0], pts[c2] - pts[c0], pts[point] - pts[c0]
    cross = u.cross(w).applyfunc(sp.radsimp)
    area = sp.radsimp(length(cross) / 2)
    out.update({"c0": c0, "c1": c1, "c2": c2, "cross_vt": vt(cross), "area": tex(area)})
    out["area_claim"] = ("(" + ", ".join(
        f"({plain(u[(i + 1) % 3])})*({plain(w[(i + 2) % 3])}) - ({plain(u[(i + 2) % 3])})*({plain(w[(i + 1) % 3])})"
        for i in range(3)) + f") = {vp(cross)} 且 sqrt({' + '.join(f'({plain(c)})^2' for c in cross)})/2 = {plain(area)}")
    volume = sp.radsimp(sp.Abs(dot(cross, v)) / 6)
    out["volume"], out["volume_claim"] = tex(volume), f"|{dot_claim(cross, v).split(' = ')[0]}|/6 = {plain(volume)}"
    height = sp.radsimp(3 * volume / area)
    out["height"], out["height_claim"] = tex(height), f"(1/3)*({plain(area)})*d = {plain(volume)} \\Rightarrow d = {plain(height)}"


def _projection(q: SolidQuestion) -> tuple[tuple[str, ...], list[str], sp.Expr, sp.Expr] | None:
    """For a plane and a base lying in z = 0: the plane's triangle, the named points under it, both areas."""
    pts, (pl, base) = q.pts, q.parts
    if any(pts[n][2] != 0 for n in base):
        return None
    tri = pl[:3]
    below = []
    for n in tri:
        target = sp.Matrix([pts[n][0], pts[n][1], 0])
        match = next((k for k, v in pts.items() if v == target), None)
        if match is None:
            return None
        below.append(match)
    area = length((pts[tri[1]] - pts[tri[0]]).cross(pts[tri[2]] - pts[tri[0]])) / 2
    proj = length((pts[below[1]] - pts[below[0]]).cross(pts[below[2]] - pts[below[0]])) / 2
    return (tri, below, sp.radsimp(area), sp.radsimp(proj)) if proj != 0 and area != 0 else None


def _area_claim(pts: Points, tri: tuple[str, ...] | list[str]) -> str:
    """A triangle's area as half the length of a cross product, written out."""
    c = (pts[tri[1]] - pts[tri[0]]).cross(pts[tri[2]] - pts[tri[0]])
    return f"sqrt({' + '.join(f'({plain(x)})^2' for x in c)})/2 = {plain(sp.radsimp(length(c) / 2))}"


def by_projection(out: Values, q: SolidQuestion) -> None:
    """S' = S·cos θ for a plane and the base under it."""
    found = _projection(q) if q.kind == "plane_plane" else None
    out["projection"] = found is not None
    if found is None:
        return
    tri, below, area, proj = found
    setup_values(out, q, list(dict.fromkeys([*tri, *below])), "coords_proj")
    c = sp.radsimp(proj / area)
    out.update({"p_tri": "".join(tri), "p_below": "".join(below), "p_area": tex(area), "p_proj": tex(proj),
                "p_area_claim": f"{_area_claim(q.pts, tri)} 且 {_area_claim(q.pts, below)}",
                "p_cos": tex(c), "p_cos_claim": f"({plain(proj)})/({plain(area)}) = {plain(c)}"})


# -- the methods without coordinates on the page: the definitions (几何法) and a basis ----------------------------
_FREE = ("E", "F", "G", "H", "O", "M", "N", "K", "Q", "R", "S", "T")


def _place(pts: Points, at: sp.Matrix, new: str, on: tuple[str, str] | None = None) -> tuple[str, str, str] | None:
    """How a constructed point is named: (name, 中文, English) — a named vertex, the midpoint of two named points
    under a fresh letter, or a point dividing the segment `on` in a stated ratio; None when it is none of these."""
    for name, v in pts.items():
        if v == at:
            return name, f"就是 ${name}$", f"is ${name}$ itself"
    names = list(pts)
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            if (pts[x] + pts[y]) / 2 == at:
                return new, f"是 ${x}{y}$ 的中点", f"is the midpoint of ${x}{y}$"
    if on is not None:
        x, y = on
        t = sp.nsimplify(dot(at - pts[x], pts[y] - pts[x]) / dot(pts[y] - pts[x], pts[y] - pts[x]))
        if 0 < t < 1 and pts[x] + t * (pts[y] - pts[x]) == at:
            return new, f"在 ${x}{y}$ 上，且 ${x}{new}={tex(t)}{x}{y}$", f"lies on ${x}{y}$ with ${x}{new}={tex(t)}{x}{y}$"
    return None


def _fresh(pts: Points) -> str:
    return next(n for n in _FREE if n not in pts)


def _triangle(out: Values, key: str, pts: Points, apex: str, ends: tuple[str, str]) -> sp.Expr:
    """The triangle with the angle at `apex`: its three sides (with claims) and the law of cosines."""
    F, E, Q = ends[0], apex, ends[1]
    sides = {(x, y): sp.radsimp(length(pts[y] - pts[x])) for x, y in ((F, E), (E, Q), (F, Q))}
    out[f"{key}_sides"] = "，".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items())
    out[f"{key}_sides_en"] = ", ".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items())
    out[f"{key}_sides_claim"] = " 且 ".join(length_claim(pts[y] - pts[x]) for x, y in sides)
    fe, eq, fq = sides[(F, E)], sides[(E, Q)], sides[(F, Q)]
    cos_e = sp.radsimp((fe**2 + eq**2 - fq**2) / (2 * fe * eq))
    out.update({f"{key}_cos": tex(cos_e), f"{key}_abs": tex(sp.Abs(cos_e)),
                f"{key}_cos_claim": f"(({plain(fe)})^2 + ({plain(eq)})^2 - ({plain(fq)})^2)/(2*({plain(fe)})*({plain(eq)})) = {plain(cos_e)}"})
    return sp.Abs(cos_e)


def plane_angle(out: Values, q: SolidQuestion, value: sp.Expr) -> None:
    """Two planes through a common edge: perpendiculars to the edge, one in each plane, from one foot E;
    the angle between them (二面角的平面角) by the law of cosines."""
    out["plane_angle"] = False
    if q.kind != "plane_plane":
        return
    pts, (p1, p2) = dict(q.pts), q.parts
    edge = [n for n in p1 if n in p2]
    if len(edge) != 2:
        return
    X, Y = edge
    d = pts[Y] - pts[X]

    def foot(n: str) -> sp.Matrix | None:
        e = pts[X] + d * (dot(pts[n] - pts[X], d) / dot(d, d))
        return None if e == pts[n] else e

    pairs = ((u, v, foot(u)) for u in p1 if u not in edge for v in p2 if v not in edge)
    found = next(((u, v, e) for u, v, e in pairs if e is not None and e == foot(v)), None)
    if found is None:
        return
    U, V, at = found
    place = _place(pts, at, _fresh(pts), (X, Y))
    if place is None:
        return
    E, where_zh, where_en = place
    pts[E] = at
    if sp.simplify(_triangle(out, "pa", pts, E, (U, V)) - value) != 0:
        return
    out.update({"plane_angle": True, "pa_p1": "".join(p1), "pa_p2": "".join(p2), "pa_edge": f"{X}{Y}", "pa_U": U,
                "pa_V": V, "pa_E": E, "pa_where": where_zh, "pa_where_en": where_en,
                "pa_perp_claim": f"{dot_claim(pts[U] - at, d, 0)} 且 {dot_claim(pts[V] - at, d, 0)}"})


def line_projection(out: Values, q: SolidQuestion, value: sp.Expr) -> None:
    """A line meeting the plane at S: the perpendicular from its other end A, foot H; sin θ = AH / AS."""
    out["line_projection"] = False
    if q.kind != "line_plane":
        return
    pts, ((a, b), pl) = dict(q.pts), q.parts
    n = plane_normal(pts, pl)
    inside = [x for x in (a, b) if dot(pts[x] - pts[pl[0]], n) == 0]
    if len(inside) != 1:
        return
    S = inside[0]
    A = b if S == a else a
    at = pts[A] - n * (dot(pts[A] - pts[pl[0]], n) / dot(n, n))
    place = _place(pts, at, _fresh(pts))
    if place is None or at == pts[S]:
        return
    H, where_zh, where_en = place
    ah, as_ = sp.radsimp(length(at - pts[A])), sp.radsimp(length(pts[S] - pts[A]))
    sin = sp.radsimp(ah / as_)
    if sp.simplify(sin - value) != 0:
        return
    u, w = pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]
    out.update({"line_projection": True, "lp_A": A, "lp_S": S, "lp_H": H, "lp_plane": "".join(pl),
                "lp_where": where_zh, "lp_where_en": where_en, "lp_ah": tex(ah), "lp_as": tex(as_), "lp_sin": tex(sin),
                "lp_perp_claim": f"{dot_claim(at - pts[A], u, 0)} 且 {dot_claim(at - pts[A], w, 0)}",
                "lp_len_claim": f"{length_claim(at - pts[A])} 且 {length_claim(pts[S] - pts[A])}",
                "lp_sin_claim": f"({plain(ah)})/({plain(as_)}) = {plain(sin)}"})


def _combination(coeffs: list[sp.Expr]) -> str:
    """`\\vec a+\\vec b-\\frac{1}{2}\\vec c` from the coefficients on the basis a, b, c."""
    text = ""
    for c, name in zip(coeffs, ("a", "b", "c"), strict=True):
        if c == 0:
            continue
        sign = "-" if c < 0 else "+" if text else ""
        size = "" if abs(c) == 1 else tex(abs(c))
        text += f"{sign}{size}\\vec {name}"
    return text or "\\vec 0"


def by_basis(out: Values, q: SolidQuestion, value: sp.Expr) -> None:
    """Two lines in a solid with three perpendicular edges at one corner: those edges as a basis, the direction
    vectors written on it, the dot product and the lengths from the basis alone."""
    f = q.frame
    out["basis"] = False
    if q.kind != "line_line" or f.kind == "regular_pyramid" or len(f.axes) != 3:
        return
    pts, ((a, b), (c, e)) = q.pts, q.parts
    axes = [pts[y] - pts[x] for x, y in f.axes]
    sizes = [length(v) for v in axes]
    if any(sum(1 for x in v if x != 0) != 1 or v[i] <= 0 for i, v in enumerate(axes)):
        return  # the placing edges must run along the x-, y-, z-axes
    u, v = pts[b] - pts[a], pts[e] - pts[c]
    cu, cv = [u[i] / sizes[i] for i in range(3)], [v[i] / sizes[i] for i in range(3)]
    dot_uv = sp.radsimp(sum(cu[i] * cv[i] * sizes[i] ** 2 for i in range(3)))
    len_u = sp.sqrt(sum(cu[i] ** 2 * sizes[i] ** 2 for i in range(3)))
    len_v = sp.sqrt(sum(cv[i] ** 2 * sizes[i] ** 2 for i in range(3)))
    cos = sp.radsimp(sp.Abs(dot_uv) / (len_u * len_v))
    if sp.simplify(cos - value) != 0:
        return
    names = [f"{x}{y}" for x, y in f.axes]
    out.update({"basis": True, "bs_a": names[0], "bs_b": names[1], "bs_c": names[2],
                "bs_la": tex(sizes[0]), "bs_lb": tex(sizes[1]), "bs_lc": tex(sizes[2]),
                "bs_axes_claim": " 且 ".join([*(length_claim(x) for x in axes),
                                              *(dot_claim(axes[i], axes[j]) for i, j in ((0, 1), (0, 2), (1, 2)))]),
                "bs_u": f"{a}{b}", "bs_v": f"{c}{e}", "bs_u_comb": _combination(cu), "bs_v_comb": _combination(cv),
                "bs_comb_claim": " 且 ".join(
                    "(" + ", ".join(f"({plain(k[i])})*({plain(sizes[i])})" for i in range(3)) + f") = {vp(w)}"
                    for k, w in ((cu, u), (cv, v))),
                "bs_dot": tex(dot_uv),
                "bs_dot_claim": " + ".join(f"({plain(cu[i])})*({plain(cv[i])})*({plain(sizes[i])})^2" for i in range(3))
                + f" = {plain(dot_uv)}",
                "bs_len_u": tex(len_u), "bs_len_v": tex(len_v), "bs_cos": tex(cos),
                "bs_cos_claim": " 且 ".join([
                    "sqrt(" + " + ".join(f"({plain(k[i])})^2*({plain(sizes[i])})^2" for i in range(3)) + f") = {plain(w)}"
                    for k, w in ((cu, len_u), (cv, len_v))] + [f"|{plain(dot_uv)}|/(({plain(len_u)})*({plain(len_v)})) = {plain(cos)}"])})

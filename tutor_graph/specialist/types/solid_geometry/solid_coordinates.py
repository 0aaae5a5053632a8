"""几何体中的空间角与距离（建系求解） / Angles and distances in named solids (cube, cuboid, prisms, pyramids) by
coordinates: the angle of two lines, of a line and a plane, of two planes (夹角, not the oriented 二面角), the
distance from a point to a plane or a line. Second methods where a textbook has one: translation and the law of
cosines for two lines, equal volumes for a distance, projected areas for a plane and the base."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from sympy.geometry import Line3D, Plane, Point3D

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.space import (
    NAME,
    angle_claim,
    angle_tex,
    angle_text,
    cos_between,
    diff_claim,
    dot,
    dot_claim,
    length,
    length_claim,
    names_in,
    normal,
    ratio_claim,
    vp,
    vt,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.solid_geometry.frames import (
    Frame,
    coordinates_text,
    frame,
    placement_claim,
    unit_note,
)
from tutor_graph.specialist.types.template import Values

Points = dict[str, sp.Matrix]
_KINDS = ("line_line", "line_plane", "plane_plane", "point_plane", "point_line")
_L = rf"((?:{NAME}){{2}})(?![A-Z_])"
_PL = rf"((?:{NAME}){{3,4}})(?![A-Z_])"
_BASE = r"(?:底面|the base|base|[Tt]he base)\s*"
_GOALS = [
    ("line_line", re.compile(rf"(?:异面)?直线\s*{_L}\s*(?:与|和)\s*(?:直线\s*)?{_L}\s*所成")),
    ("line_line", re.compile(rf"[Aa]ngle between (?:the )?(?:skew )?lines?\s*{_L}\s*and\s*(?:the )?(?:line\s*)?{_L}")),
    ("line_plane", re.compile(rf"(?:直线|侧棱|棱|线段)\s*{_L}\s*(?:与|和)\s*(?:平面\s*|{_BASE})(?:{_PL})?\s*所成")),
    ("line_plane", re.compile(rf"[Aa]ngle between (?:the )?line\s*{_L}\s*and\s*(?:the )?(?:plane\s*|{_BASE})?(?:{_PL})?")),
    ("plane_plane", re.compile(rf"平面\s*{_PL}\s*(?:与|和)\s*(?:平面\s*|{_BASE})(?:{_PL})?\s*(?:所成|的)?\s*(?:的)?\s*(?:夹角|角)")),
    ("plane_plane", re.compile(rf"[Aa]ngle between (?:the )?planes?\s*{_PL}\s*and\s*(?:the )?(?:plane\s*|{_BASE})?(?:{_PL})?")),
    ("point_plane", re.compile(rf"(?:点\s*)?({NAME})\s*到\s*(?:平面\s*|{_BASE})(?:{_PL})?\s*的距离")),
    ("point_plane", re.compile(rf"[Dd]istance from (?:the )?(?:point\s*)?({NAME})\s*to (?:the )?(?:plane\s*|{_BASE})(?:{_PL})?")),
    ("point_line", re.compile(rf"(?:点\s*)?({NAME})\s*到\s*直线\s*{_L}\s*的距离")),
    ("point_line", re.compile(rf"[Dd]istance from (?:the )?(?:point\s*)?({NAME})\s*to (?:the )?line\s*{_L}")),
]


@dataclass(frozen=True)
class SolidQuestion:
    """The solid in coordinates, what is asked (`kind`), its named parts (a point, a line's two ends, a plane's
    corners) and the form of the answer wanted (cos / sin / tan, or `value`: the angle or the distance)."""

    frame: Frame
    kind: str  # one of _KINDS
    parts: tuple[tuple[str, ...], ...]
    want: str

    @property
    def pts(self) -> Points:
        return self.frame.points


def _plane(names: tuple[str, ...], pts: Points) -> bool:
    """Three non-collinear corners of a named face, and any fourth corner on their plane."""
    if len(names) < 3 or any(n not in pts for n in names):
        return False
    try:
        n = normal([pts[names[1]] - pts[names[0]], pts[names[2]] - pts[names[0]]])
    except ValueError:
        return False
    return all(dot(pts[x] - pts[names[0]], n) == 0 for x in names[3:])


def detect(p: Problem) -> SolidQuestion | None:
    """`在棱长为 2 的正方体 ABCD-A_1B_1C_1D_1 中，求点 A 到平面 A_1BD 的距离` and the like (frames.py places the solid)."""
    if not p.has("正方体", "长方体", "棱柱", "棱锥", "三棱锥", "cube", "cuboid", "prism", "pyramid", "tetrahedron", "rectangular box"):
        return None
    if p.has("二面角", "dihedral"):
        return None  # an oriented angle that may be obtuse: needs judging the picture, not only vectors
    f = frame(p)
    if f is None:
        return None
    found = next(((kind, m) for kind, pattern in _GOALS if (m := pattern.search(p.text))), None)
    if found is None:
        return None
    kind, m = found
    g = list(m.groups())
    if kind in ("line_plane", "plane_plane", "point_plane") and g[-1] is None:
        g[-1] = "".join(f.base)  # "the base"
    parts = tuple(tuple(names_in(x)) for x in g if x is not None)
    pts = f.points
    if any(n not in pts for part in parts for n in part):
        return None
    first_plane = {"line_plane": 1, "plane_plane": 0, "point_plane": 1}.get(kind)
    if first_plane is not None and not all(_plane(parts[i], pts) for i in range(first_plane, len(parts))):
        return None
    if f.assumed_unit and kind in ("point_plane", "point_line"):
        return None  # a distance needs the size
    around = p.text[max(0, m.start() - 40):]  # "the cosine of the angle between …" / "…所成角的余弦值"
    want = ("cos" if re.search(r"余弦|cosine", around) else "sin" if re.search(r"正弦|(?<!co)sine", around)
            else "tan" if re.search(r"正切|tangent", around) else "value")
    q = SolidQuestion(f, kind, parts, want)
    if kind == "point_line" and _line_distance(pts, parts[0][0], parts[1]) == 0:
        return None
    try:
        _value(q)
    except ValueError:
        return None
    return q


def _line_distance(pts: Points, q: str, line: tuple[str, ...]) -> sp.Expr:
    u = pts[line[1]] - pts[line[0]]
    return sp.radsimp(length(u.cross(pts[q] - pts[line[0]])) / length(u))


def _normal(pts: Points, pl: tuple[str, ...]) -> sp.Matrix:
    return normal([pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]])


def _value(q: SolidQuestion) -> sp.Expr:
    """The cosine (two lines, two planes), the sine (line and plane) or the distance by the vector formulas."""
    pts, parts, kind = q.pts, q.parts, q.kind
    if kind == "line_line":
        (a, b), (c, e) = parts
        return cos_between(pts[b] - pts[a], pts[e] - pts[c])
    if kind == "line_plane":
        (a, b), pl = parts
        return cos_between(pts[b] - pts[a], _normal(pts, pl))
    if kind == "plane_plane":
        return cos_between(_normal(pts, parts[0]), _normal(pts, parts[1]))
    if kind == "point_plane":
        point, pl = parts[0][0], parts[1]
        n = _normal(pts, pl)
        return sp.radsimp(sp.Abs(dot(pts[point] - pts[pl[0]], n)) / length(n))
    return _line_distance(pts, parts[0][0], parts[1])


def reference(q: SolidQuestion) -> str:
    """Independent: SymPy geometry's Line3D / Plane on the coordinates."""
    P = {k: Point3D(*v) for k, v in q.pts.items()}
    parts, kind = q.parts, q.kind
    if kind == "point_plane":
        return plain(sp.radsimp(Plane(*(P[n] for n in parts[1][:3])).distance(P[parts[0][0]])))
    if kind == "point_line":
        return plain(sp.radsimp(Line3D(P[parts[1][0]], P[parts[1][1]]).distance(P[parts[0][0]])))
    if kind == "line_line":
        angle = Line3D(P[parts[0][0]], P[parts[0][1]]).smallest_angle_between(Line3D(P[parts[1][0]], P[parts[1][1]]))
    elif kind == "line_plane":
        angle = sp.Abs(Plane(*(P[n] for n in parts[1][:3])).angle_between(Line3D(P[parts[0][0]], P[parts[0][1]])))
    else:
        a = Plane(*(P[n] for n in parts[0][:3])).angle_between(Plane(*(P[n] for n in parts[1][:3])))
        angle = sp.acos(sp.Abs(sp.cos(a)))
    angle = sp.nsimplify(sp.simplify(angle))
    funcs = {"cos": sp.cos, "sin": sp.sin, "tan": sp.tan}
    return plain(sp.radsimp(funcs[q.want](angle))) if q.want in funcs else angle_text(angle)


# -- the values each method's steps show ---------------------------------------------------------------------------
def _setup(out: Values, q: SolidQuestion, used: list[str], key: str) -> None:
    f = q.frame
    out[key], out[f"{key}_en"] = coordinates_text(f, used, "zh"), coordinates_text(f, used, "en")


def _vector(out: Values, key: str, pts: Points, a: str, b: str) -> sp.Matrix:
    """A direction vector AB: its name, coordinates and the claim that it is B - A."""
    u = pts[b] - pts[a]
    out[key], out[f"{key}_vt"], out[f"{key}_claim"] = f"{a}{b}", vt(u), diff_claim(pts[a], pts[b])
    return u


def _normal_values(out: Values, key: str, pts: Points, pl: tuple[str, ...], label: str) -> sp.Matrix:
    """A normal vector of the plane through pl's first three corners, found from two edges."""
    u, w = pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]
    n = _normal(pts, pl)
    out.update({key: label, f"{key}_plane": "".join(pl), f"{key}_u": f"{pl[0]}{pl[1]}", f"{key}_w": f"{pl[0]}{pl[2]}",
                f"{key}_u_vt": vt(u), f"{key}_w_vt": vt(w), f"{key}_vt": vt(n),
                f"{key}_claim": f"{dot_claim(n, u, 0)} 且 {dot_claim(n, w, 0)}"})
    return n


def _by_vectors(out: Values, q: SolidQuestion) -> sp.Expr:
    """The coordinate method: direction and normal vectors, then the formula of the kind asked."""
    pts, parts, kind = q.pts, q.parts, q.kind
    value = _value(q)
    out["val"] = tex(value)
    if kind == "line_line":
        u, v = _vector(out, "d1", pts, *parts[0]), _vector(out, "d2", pts, *parts[1])
        out["uv_dot"], out["val_claim"] = tex(dot(u, v)), f"{dot_claim(u, v)} 且 {ratio_claim(u, v)}"
    elif kind == "line_plane":
        u = _vector(out, "d1", pts, *parts[0])
        n = _normal_values(out, "n1", pts, parts[1], "\\vec n")
        out["val_claim"] = f"{dot_claim(u, n)} 且 {ratio_claim(u, n)}"
    elif kind == "plane_plane":
        n1 = _normal_values(out, "n1", pts, parts[0], "\\vec n_1")
        n2 = _normal_values(out, "n2", pts, parts[1], "\\vec n_2")
        out["val_claim"] = f"{dot_claim(n1, n2)} 且 {ratio_claim(n1, n2)}"
    elif kind == "point_plane":
        point, pl = parts[0][0], parts[1]
        n = _normal_values(out, "n1", pts, pl, "\\vec n")
        v = pts[point] - pts[pl[0]]
        out.update({"q": point, "p0": pl[0], "v_vt": vt(v)})
        out["val_claim"] = f"{diff_claim(pts[pl[0]], pts[point])} 且 |{plain(dot(v, n))}|/({plain(length(n))}) = {plain(value)}"
    else:
        point, (a, b) = parts[0][0], parts[1]
        u = _vector(out, "d1", pts, a, b)
        v = pts[point] - pts[a]
        cross = u.cross(v)
        out.update({"q": point, "p0": a, "p1": b, "v_vt": vt(v)})
        out["val_claim"] = f"{length_claim(cross)} 且 ({plain(length(cross))})/({plain(length(u))}) = {plain(value)}"
    return value


def _conclude(out: Values, q: SolidQuestion, value: sp.Expr) -> None:
    """The last step of an angle: its tangent, the other ratio, or the angle itself; and the final answer."""
    func = "sin" if q.kind == "line_plane" else "cos"
    out.update({"func_zh": "正弦" if func == "sin" else "余弦", "func_en": "sine" if func == "sin" else "cosine",
                "want_tan": q.want == "tan", "want_other": q.want in ("cos", "sin") and q.want != func,
                "want_angle": q.want == "value"})
    other = sp.radsimp(sp.sqrt(1 - value**2))
    if q.want == "tan":
        t = sp.radsimp(value / other if func == "sin" else other / value)
        out["tan"] = tex(t)
        out["tan_claim"] = (f"({plain(value)})/sqrt(1 - ({plain(value)})^2) = {plain(t)}" if func == "sin"
                            else f"sqrt(1 - ({plain(value)})^2)/({plain(value)}) = {plain(t)}")
        out["final"] = dollar(t)
    elif q.want in ("cos", "sin") and q.want != func:
        out.update({"other": tex(other), "other_claim": f"sqrt(1 - ({plain(value)})^2) = {plain(other)}",
                    "other_zh": "余弦" if q.want == "cos" else "正弦", "other_en": "cosine" if q.want == "cos" else "sine"})
        out["final"] = dollar(other)
    elif q.want in ("cos", "sin"):
        out["final"] = dollar(value)
    else:
        angle = sp.acos(value) if func == "cos" else sp.asin(value)
        claim, ctx = angle_claim(func, value, angle)
        out.update({"angle": angle_tex(angle), "angle_claim": claim, "angle_ctx": "\n".join(ctx)})
        out["final"] = f"${angle_tex(angle)}$"


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


def _by_translation(out: Values, q: SolidQuestion) -> None:
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


def _by_volume(out: Values, q: SolidQuestion) -> None:
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


def _by_projection(out: Values, q: SolidQuestion) -> None:
    """S' = S·cos θ for a plane and the base under it."""
    found = _projection(q) if q.kind == "plane_plane" else None
    out["projection"] = found is not None
    if found is None:
        return
    tri, below, area, proj = found
    _setup(out, q, list(dict.fromkeys([*tri, *below])), "coords_proj")
    c = sp.radsimp(proj / area)
    out.update({"p_tri": "".join(tri), "p_below": "".join(below), "p_area": tex(area), "p_proj": tex(proj),
                "p_area_claim": f"{_area_claim(q.pts, tri)} 且 {_area_claim(q.pts, below)}",
                "p_cos": tex(c), "p_cos_claim": f"({plain(proj)})/({plain(area)}) = {plain(c)}"})


def values(q: SolidQuestion) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    f = q.frame
    out: Values = {f"k_{k}": q.kind == k for k in _KINDS}
    out["is_angle"] = q.kind in ("line_line", "line_plane", "plane_plane")
    note = unit_note(f)
    out.update({"setup": f.setup[0], "setup_en": f.setup[1], "unit_note": note[0], "unit_note_en": note[1],
                "placement_claim": placement_claim(f)})
    _setup(out, q, [n for part in q.parts for n in part], "coords")
    value = _by_vectors(out, q)
    if out["is_angle"]:
        _conclude(out, q, value)
    else:
        out["final"] = dollar(value)
    _by_translation(out, q)
    _by_volume(out, q)
    _by_projection(out, q)
    return out


def _givens(q: SolidQuestion) -> list[str]:
    return [f"{k}{vp(v)}" for k, v in q.pts.items()]


TYPE: ProblemType[SolidQuestion] = ProblemType(
    type_id="solid.coordinates", module="solid_geometry", name="solid_coordinates", detect=detect, values=values,
    reference=reference, givens=_givens, goal=lambda q: f"{q.kind}: {' / '.join(''.join(x) for x in q.parts)}",
    answers=frozenset({"angle", "trig", "distance"}), topic="space_vectors",
)

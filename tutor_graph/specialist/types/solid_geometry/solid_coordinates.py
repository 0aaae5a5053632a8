"""几何体中的空间角与距离（建系求解） / Angles and distances in named solids (cube, cuboid, prisms, pyramids) by
coordinates: the angle of two lines, of a line and a plane, of two planes (夹角, not the oriented 二面角), the
distance from a point to a plane or a line. The coordinate method is here; the second methods where a textbook has
one (translation and the law of cosines, a basis, equal volumes, projected areas, the plane angle at the common edge,
the projection of a line) compute their values in `solid_methods.py`."""

from __future__ import annotations

import re

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
from tutor_graph.specialist.types.solid_geometry import solid_methods
from tutor_graph.specialist.types.solid_geometry.frames import (
    frame,
    placement_claim,
    unit_note,
)
from tutor_graph.specialist.types.solid_geometry.solid_question import (
    Points,
    SolidQuestion,
    plane_normal,
    setup_values,
)
from tutor_graph.specialist.types.template import Values

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


def _value(q: SolidQuestion) -> sp.Expr:
    """The cosine (two lines, two planes), the sine (line and plane) or the distance by the vector formulas."""
    pts, parts, kind = q.pts, q.parts, q.kind
    if kind == "line_line":
        (a, b), (c, e) = parts
        return cos_between(pts[b] - pts[a], pts[e] - pts[c])
    if kind == "line_plane":
        (a, b), pl = parts
        return cos_between(pts[b] - pts[a], plane_normal(pts, pl))
    if kind == "plane_plane":
        return cos_between(plane_normal(pts, parts[0]), plane_normal(pts, parts[1]))
    if kind == "point_plane":
        point, pl = parts[0][0], parts[1]
        n = plane_normal(pts, pl)
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
def _vector(out: Values, key: str, pts: Points, a: str, b: str) -> sp.Matrix:
    """A direction vector AB: its name, coordinates and the claim that it is B - A."""
    u = pts[b] - pts[a]
    out[key], out[f"{key}_vt"], out[f"{key}_claim"] = f"{a}{b}", vt(u), diff_claim(pts[a], pts[b])
    return u


def _normal_values(out: Values, key: str, pts: Points, pl: tuple[str, ...], label: str) -> sp.Matrix:
    """A normal vector of the plane through pl's first three corners, found from two edges."""
    u, w = pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]
    n = plane_normal(pts, pl)
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


def values(q: SolidQuestion) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    f = q.frame
    out: Values = {f"k_{k}": q.kind == k for k in _KINDS}
    out["is_angle"] = q.kind in ("line_line", "line_plane", "plane_plane")
    note = unit_note(f)
    out.update({"setup": f.setup[0], "setup_en": f.setup[1], "unit_note": note[0], "unit_note_en": note[1],
                "placement_claim": placement_claim(f)})
    setup_values(out, q, [n for part in q.parts for n in part], "coords")
    value = _by_vectors(out, q)
    if out["is_angle"]:
        _conclude(out, q, value)
    else:
        out["final"] = dollar(value)
    solid_methods.by_translation(out, q)
    solid_methods.by_volume(out, q)
    solid_methods.by_projection(out, q)
    solid_methods.plane_angle(out, q, value)
    solid_methods.line_projection(out, q, value)
    solid_methods.by_basis(out, q, value)
    return out


def _givens(q: SolidQuestion) -> list[str]:
    return [f"{k}{vp(v)}" for k, v in q.pts.items()]


TYPE: ProblemType[SolidQuestion] = ProblemType(
    type_id="solid.coordinates", module="solid_geometry", name="solid_coordinates", detect=detect, values=values,
    reference=reference, givens=_givens, goal=lambda q: f"{q.kind}: {' / '.join(''.join(x) for x in q.parts)}",
    answers=frozenset({"angle", "trig", "distance"}), topic="space_vectors",
)

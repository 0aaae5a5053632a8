"""Angles and distances in named solids (cube, cuboid, prisms, pyramids) by coordinates: the angle of
two lines, of a line and a plane, of two planes (夹角, not the oriented 二面角), the distance from a
point to a plane or a line. Second methods where a textbook has one: translation and the law of
cosines for two lines, equal volumes for a distance, projected areas for a plane and the base."""

from __future__ import annotations

import re

import sympy as sp
from sympy.geometry import Line3D, Plane, Point3D

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.solid_frames import Frame, coordinates_text, frame, placement_claim, unit_note
from tutor_graph.specialist.space import (
    NAME,
    angle_claim,
    angle_tex,
    angle_text,
    cos_between,
    diff_claim,
    dot,
    dot_claim,
    equal_volume_steps,
    length,
    length_claim,
    names_in,
    normal,
    ratio_claim,
    vp,
    vt,
)

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


def _plane(names: list[str], pts: dict) -> list[str] | None:
    """Three non-collinear corners of a named face; None when a fourth corner is off that plane."""
    if len(names) < 3 or any(n not in pts for n in names):
        return None
    try:
        n = normal([pts[names[1]] - pts[names[0]], pts[names[2]] - pts[names[0]]])
    except ValueError:
        return None
    if any(dot(pts[x] - pts[names[0]], n) != 0 for x in names[3:]):
        return None
    return names


def detect(p: Problem) -> Match | None:
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
    g = [x for x in m.groups()]
    if kind in ("line_plane", "plane_plane", "point_plane") and g[-1] is None:
        g[-1] = "".join(f.base)  # "the base"
    parts = [names_in(x) for x in g]
    pts = f.points
    if any(n not in pts for part in parts for n in part):
        return None
    if kind in ("line_plane", "plane_plane", "point_plane"):
        for i in range(1 if kind == "line_plane" else 0, len(parts)):
            if kind == "point_plane" and i == 0:
                continue
            if _plane(parts[i], pts) is None:
                return None
    if f.assumed_unit and kind in ("point_plane", "point_line"):
        return None  # a distance needs the size
    around = p.text[max(0, m.start() - 40):]  # "the cosine of the angle between …" / "…所成角的余弦值"
    want = ("cos" if re.search(r"余弦|cosine", around) else "sin" if re.search(r"正弦|(?<!co)sine", around)
            else "tan" if re.search(r"正切|tangent", around) else "value")
    if kind == "point_line" and _line_distance(pts, parts[0][0], parts[1]) == 0:
        return None
    data = {"frame": f, "kind": kind, "parts": parts, "want": want}
    try:
        _value(data)
    except ValueError:
        return None
    return Match([f"{k}{vp(v)}" for k, v in pts.items()], f"{kind}: {' / '.join(''.join(x) for x in parts)}", data, 0.9)


def _line_distance(pts, q, line) -> sp.Expr:
    u = pts[line[1]] - pts[line[0]]
    return sp.radsimp(length(u.cross(pts[q] - pts[line[0]])) / length(u))


def _value(d: dict) -> sp.Expr:
    """The cosine / sine / distance by the vector formulas (the chain's own path)."""
    pts, parts, kind = d["frame"].points, d["parts"], d["kind"]
    if kind == "line_line":
        (a, b), (c, e) = parts
        return cos_between(pts[b] - pts[a], pts[e] - pts[c])
    if kind == "line_plane":
        (a, b), pl = parts
        return cos_between(pts[b] - pts[a], _normal(pts, pl))
    if kind == "plane_plane":
        return cos_between(_normal(pts, parts[0]), _normal(pts, parts[1]))
    if kind == "point_plane":
        q, pl = parts[0][0], parts[1]
        n = _normal(pts, pl)
        return sp.radsimp(sp.Abs(dot(pts[q] - pts[pl[0]], n)) / length(n))
    return _line_distance(pts, parts[0][0], parts[1])


def _normal(pts, pl) -> sp.Matrix:
    return normal([pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]])


def _reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy geometry's Line3D / Plane on the coordinates."""
    pts, parts, kind, want = d["frame"].points, d["parts"], d["kind"], d["want"]
    P = {k: Point3D(*v) for k, v in pts.items()}
    if kind == "line_line":
        angle = Line3D(P[parts[0][0]], P[parts[0][1]]).smallest_angle_between(Line3D(P[parts[1][0]], P[parts[1][1]]))
    elif kind == "line_plane":
        angle = sp.Abs(Plane(*(P[n] for n in parts[1][:3])).angle_between(Line3D(P[parts[0][0]], P[parts[0][1]])))
    elif kind == "plane_plane":
        a = Plane(*(P[n] for n in parts[0][:3])).angle_between(Plane(*(P[n] for n in parts[1][:3])))
        angle = sp.acos(sp.Abs(sp.cos(a)))
    elif kind == "point_plane":
        return (plain(sp.radsimp(Plane(*(P[n] for n in parts[1][:3])).distance(P[parts[0][0]]))),) * 2
    else:
        return (plain(sp.radsimp(Line3D(P[parts[1][0]], P[parts[1][1]]).distance(P[parts[0][0]]))),) * 2
    angle = sp.nsimplify(sp.simplify(angle))
    if want == "cos":
        return (plain(sp.radsimp(sp.cos(angle))),) * 2
    if want == "sin":
        return (plain(sp.radsimp(sp.sin(angle))),) * 2
    if want == "tan":
        return (plain(sp.radsimp(sp.tan(angle))),) * 2
    return (angle_text(angle),) * 2


# the idea question opening the coordinate method, per kind of question asked
_IDEAS = {
    "line_line": (("两条直线所成的角，怎样用它们的方向向量来求？", "How do direction vectors give the angle between two lines?"),
                  ("所成角的余弦等于两方向向量夹角余弦的绝对值", "its cosine is the absolute value of the cosine of the angle between the direction vectors")),
    "line_plane": (("直线与平面所成的角，怎样用方向向量和法向量来求？", "How do a direction vector and a normal vector give the angle between a line and a plane?"),
                   ("线面角的正弦等于方向向量与法向量夹角余弦的绝对值", "its sine is the absolute value of the cosine of the angle between the direction and the normal")),
    "plane_plane": (("两个平面的夹角，怎样用它们的法向量来求？", "How do normal vectors give the angle between two planes?"),
                    ("两平面夹角的余弦等于两法向量夹角余弦的绝对值", "its cosine is the absolute value of the cosine of the angle between the normals")),
    "point_plane": (("点到平面的距离，怎样用平面的法向量来求？", "How does a normal vector give the distance from a point to a plane?"),
                    ("从平面内一点连到该点得一个向量，它在法向量方向上投影的长度就是距离",
                     "join a point of the plane to the point: the length of that vector's projection on the normal is the distance")),
    "point_line": (("点到直线的距离，怎样用向量来求？", "How do vectors give the distance from a point to a line?"),
                   ("以直线上的线段和连到该点的线段为邻边作平行四边形，距离是它以直线上的线段为底的高",
                    "on the segment of the line and the segment to the point build a parallelogram: the distance is its height over the line's segment")),
}


def _setup(chain: Chain, d: dict, used: list[str]) -> None:
    f: Frame = d["frame"]
    note = unit_note(f)
    chain.ask(("怎样建立空间直角坐标系？要用到的点的坐标各是什么？", "How can coordinates be set up, and what are the points we need?"),
              (f"{f.setup[0]}{note[0]}，则 {coordinates_text(f, used, 'zh')}", f"{f.setup[1]}{note[1]}: {coordinates_text(f, used, 'en')}"),
              placement_claim(f), kps=["svec.coordinates"],
              hints=[("图中有没有交于一点、两两垂直的三条直线？", "Are there three pairwise perpendicular lines through one point?"),
                     ("中点的坐标与两端点的坐标有什么关系？", "How are a midpoint's coordinates tied to the ends'?")])


def _direction(chain: Chain, pts: dict, a: str, b: str) -> sp.Matrix:
    u = pts[b] - pts[a]
    chain.ask((f"直线 ${a}{b}$ 的方向向量 $\\overrightarrow{{{a}{b}}}$ 是什么？", f"What is the direction vector $\\overrightarrow{{{a}{b}}}$ of line ${a}{b}$?"),
              (f"$\\overrightarrow{{{a}{b}}}={vt(u)}$",) * 2, diff_claim(pts[a], pts[b]), kps=["svec.coordinates", "svec.normal_vector"],
              hints=[("向量的坐标怎样由起点、终点的坐标得到？", "How do a vector's coordinates come from its start and end points?"),
                     ("终点坐标减去起点坐标，各分量是多少？", "End point minus start point: what is each component?")])
    return u


def _normal_of(chain: Chain, pts: dict, pl: list[str], label: str) -> sp.Matrix:
    u, w = pts[pl[1]] - pts[pl[0]], pts[pl[2]] - pts[pl[0]]
    n = _normal(pts, pl)
    name = "".join(pl)
    chain.ask((f"平面 ${name}$ 的一个法向量 ${label}$ 是什么？", f"What is a normal vector ${label}$ of the plane ${name}$?"),
              (f"$\\overrightarrow{{{pl[0]}{pl[1]}}}={vt(u)}$，$\\overrightarrow{{{pl[0]}{pl[2]}}}={vt(w)}$，取 ${label}={vt(n)}$",
               f"$\\overrightarrow{{{pl[0]}{pl[1]}}}={vt(u)}$, $\\overrightarrow{{{pl[0]}{pl[2]}}}={vt(w)}$; take ${label}={vt(n)}$"),
              f"{dot_claim(n, u, 0)} 且 {dot_claim(n, w, 0)}", kps=["svec.normal_vector"],
              hints=[("法向量与平面内两条相交直线的方向向量有什么关系？", "How is a normal vector related to two crossing directions in the plane?"),
                     ("设法向量为 $(x,y,z)$，两个数量积为 0 的方程怎样解？取哪个简单的非零解？",
                      "Let it be $(x,y,z)$: how do you solve the two dot-product-zero equations, and which simple non-zero solution do you take?")])
    return n


def _conclude(chain: Chain, d: dict, func: str, value: sp.Expr) -> None:
    """The last step: the asked cosine / sine, or the angle itself."""
    want = d["want"]
    if want == "tan":
        other = sp.radsimp(sp.sqrt(1 - value**2))
        t = sp.radsimp(value / other if func == "sin" else other / value)
        chain.ask(("所求角的正切值是多少？", "What is the tangent of the angle?"), (f"$\\tan\\theta={tex(t)}$",) * 2,
                  f"({plain(value)})/sqrt(1 - ({plain(value)})^2) = {plain(t)}" if func == "sin" else f"sqrt(1 - ({plain(value)})^2)/({plain(value)}) = {plain(t)}",
                  kps=["trig.pythagorean"],
                  hints=[("同角的正弦、余弦、正切之间有什么关系？", "How are the sine, cosine and tangent of one angle related?"),
                         ("角是锐角时，先求出另一个三角函数值，再相除，得多少？", "For an acute angle, find the other ratio first, then divide: what is it?")])
        chain.done((dollar(t),) * 2, _reference(d))
        return
    if want in ("cos", "sin") and want != func:
        other = sp.radsimp(sp.sqrt(1 - value**2))
        chain.ask((f"所求的{'余弦' if want == 'cos' else '正弦'}值是多少？", f"What is the {'cosine' if want == 'cos' else 'sine'} asked for?"),
                  (f"${tex(other)}$",) * 2, f"sqrt(1 - ({plain(value)})^2) = {plain(other)}", kps=["trig.pythagorean"],
                  hints=[("同角的正弦与余弦满足什么关系？", "What relation do the sine and cosine of one angle satisfy?"),
                         ("角在 $[0^\\circ,90^\\circ]$ 内，开方时取正还是负？", "With the angle in $[0^\\circ,90^\\circ]$, which sign does the root take?")])
        chain.done((dollar(other),) * 2, _reference(d))
        return
    if want in ("cos", "sin"):
        chain.done((dollar(value),) * 2, _reference(d))
        return
    angle = sp.acos(value) if func == "cos" else sp.asin(value)
    claim, ctx = angle_claim(func, value, angle)
    chain.ask(("所求角在 $[0^\\circ,90^\\circ]$ 内，是多少？", "The angle lies in $[0^\\circ,90^\\circ]$: what is it?"),
              (f"${angle_tex(angle)}$",) * 2, claim, context=ctx, kps=["svec.angles"],
              hints=[("所求角的范围是什么？", "In which range does the angle lie?"),
                     (f"在这个范围里，哪个角的{'余弦' if func == 'cos' else '正弦'}是这个值？", f"Which angle in that range has this {'cosine' if func == 'cos' else 'sine'}?")])
    chain.done((f"${angle_tex(angle)}$",) * 2, _reference(d))


def _by_vectors(chain: Chain, d: dict) -> None:
    pts, parts, kind = d["frame"].points, d["parts"], d["kind"]
    chain.idea(*_IDEAS[kind], kps=["svec.distance" if kind.startswith("point") else "svec.angles"],
               hints=[("这个角（距离）能不能用直线的方向向量或平面的法向量表示出来？", "Can this angle (distance) be written with direction vectors or normal vectors?"),
                      ("向量的夹角范围是 $[0,\\pi]$，所求的角（距离）范围是什么？要不要取绝对值？",
                       "The angle between vectors lies in $[0,\\pi]$; what about the angle (distance) asked? Is an absolute value needed?")])
    _setup(chain, d, [n for part in parts for n in part])
    if kind == "line_line":
        u = _direction(chain, pts, *parts[0])
        v = _direction(chain, pts, *parts[1])
        c = cos_between(u, v)
        chain.ask(("两直线所成角 $\\theta$ 的余弦 $\\cos\\theta=\\frac{|\\vec u\\cdot\\vec v|}{|\\vec u||\\vec v|}$ 是多少？",
                   "What is $\\cos\\theta=\\frac{|\\vec u\\cdot\\vec v|}{|\\vec u||\\vec v|}$ for the angle of the two lines?"),
                  (f"$\\vec u\\cdot\\vec v={tex(dot(u, v))}$，$\\cos\\theta={tex(c)}$", f"$\\vec u\\cdot\\vec v={tex(dot(u, v))}$, $\\cos\\theta={tex(c)}$"),
                  f"{dot_claim(u, v)} 且 {ratio_claim(u, v)}", kps=["svec.angles"],
                  hints=[("两个方向向量的数量积和模各是多少？", "What are the dot product and the lengths of the two direction vectors?"),
                         ("两直线所成角最大是多少度？所以余弦要不要取绝对值？", "How large can the angle of two lines be, and so is an absolute value needed?")])
        _conclude(chain, d, "cos", c)
    elif kind == "line_plane":
        u = _direction(chain, pts, *parts[0])
        n = _normal_of(chain, pts, parts[1], "\\vec n")
        s = cos_between(u, n)
        chain.ask(("线面角 $\\theta$ 的正弦 $\\sin\\theta=|\\cos\\langle\\vec u,\\vec n\\rangle|$ 是多少？",
                   "What is $\\sin\\theta=|\\cos\\langle\\vec u,\\vec n\\rangle|$ for the line-plane angle?"),
                  (f"$\\sin\\theta={tex(s)}$",) * 2, f"{dot_claim(u, n)} 且 {ratio_claim(u, n)}", kps=["svec.angles"],
                  hints=[("线面角与方向向量、法向量的夹角有什么关系？", "How is the line-plane angle related to the angle between the direction and the normal?"),
                         ("方向向量与法向量的数量积和模各是多少？", "What are the dot product and the lengths of the direction and the normal?")])
        _conclude(chain, d, "sin", s)
    elif kind == "plane_plane":
        n1 = _normal_of(chain, pts, parts[0], "\\vec n_1")
        n2 = _normal_of(chain, pts, parts[1], "\\vec n_2")
        c = cos_between(n1, n2)
        chain.ask(("两平面夹角 $\\theta$ 的余弦 $\\cos\\theta=|\\cos\\langle\\vec n_1,\\vec n_2\\rangle|$ 是多少？",
                   "What is $\\cos\\theta=|\\cos\\langle\\vec n_1,\\vec n_2\\rangle|$ for the angle of the planes?"),
                  (f"$\\cos\\theta={tex(c)}$",) * 2, f"{dot_claim(n1, n2)} 且 {ratio_claim(n1, n2)}", kps=["svec.angles"],
                  hints=[("两个法向量的数量积和模各是多少？", "What are the dot product and the lengths of the two normals?"),
                         ("两平面的夹角范围是什么？余弦要不要取绝对值？", "In which range is the angle of two planes, and is an absolute value needed?")])
        _conclude(chain, d, "cos", c)
    else:
        q = parts[0][0]
        if kind == "point_plane":
            pl = parts[1]
            n = _normal_of(chain, pts, pl, "\\vec n")
            v = pts[q] - pts[pl[0]]
            value = _value(d)
            chain.ask((f"距离 $d=\\frac{{|\\overrightarrow{{{pl[0]}{q}}}\\cdot\\vec n|}}{{|\\vec n|}}$ 是多少？",
                       f"What is the distance $d=\\frac{{|\\overrightarrow{{{pl[0]}{q}}}\\cdot\\vec n|}}{{|\\vec n|}}$?"),
                      (f"$\\overrightarrow{{{pl[0]}{q}}}={vt(v)}$，$d={tex(value)}$", f"$\\overrightarrow{{{pl[0]}{q}}}={vt(v)}$, $d={tex(value)}$"),
                      f"{diff_claim(pts[pl[0]], pts[q])} 且 |{plain(dot(v, n))}|/({plain(length(n))}) = {plain(value)}", kps=["svec.distance"],
                      hints=[("从平面内一点连到这个点的向量，在法向量方向上的投影长度是什么？", "What is the length of the projection, on the normal, of the vector from a point of the plane to this point?"),
                             ("这个向量的坐标、它与法向量的数量积、法向量的模各是多少？", "What are that vector, its dot product with the normal, and the normal's length?")])
        else:
            a, b = parts[1]
            u, v = _direction(chain, pts, a, b), pts[q] - pts[a]
            cross = u.cross(v)
            value = _value(d)
            chain.ask((f"距离 $d=\\frac{{|\\overrightarrow{{{a}{b}}}\\times\\overrightarrow{{{a}{q}}}|}}{{|\\overrightarrow{{{a}{b}}}|}}$ 是多少？",
                       f"What is the distance $d=\\frac{{|\\overrightarrow{{{a}{b}}}\\times\\overrightarrow{{{a}{q}}}|}}{{|\\overrightarrow{{{a}{b}}}|}}$?"),
                      (f"$\\overrightarrow{{{a}{q}}}={vt(v)}$，$d={tex(value)}$", f"$\\overrightarrow{{{a}{q}}}={vt(v)}$, $d={tex(value)}$"),
                      f"{length_claim(cross)} 且 ({plain(length(cross))})/({plain(length(u))}) = {plain(value)}", kps=["svec.distance"],
                      hints=[("以这两个向量为邻边的平行四边形，面积和底边各是多少？", "For the parallelogram on these two vectors, what are the area and the base?"),
                             ("所求距离是这个平行四边形的哪条高？", "Which height of that parallelogram is the distance?")])
        chain.done((dollar(value),) * 2, _reference(d))


# -- second methods ------------------------------------------------------------------------------------------------
def _translation(d: dict):
    """(F, E, Q) with angle FEQ equal to the lines' angle (or its supplement), Q a named point
    reached by moving the second line to an end E of the first; None when no vertex works."""
    pts, ((a, b), (c, e)) = d["frame"].points, d["parts"]
    v = pts[e] - pts[c]
    for end, other in ((a, b), (b, a)):
        for q, pq in pts.items():
            if q in (a, b):
                continue
            if pq - pts[end] == v or pq - pts[end] == -v:
                return other, end, q
    return None


def _by_translation(chain: Chain, d: dict) -> None:
    pts, (_, (c, e)) = d["frame"].points, d["parts"]
    F, E, Q = _translation(d)
    moved = (E, Q) if pts[Q] - pts[E] == pts[e] - pts[c] else (Q, E)
    chain.idea(("异面直线所成的角，怎样变成一个三角形里的角来求？", "How does the angle of two skew lines become an angle in a triangle?"),
               ("平移其中一条直线使两条相交，所成角（或其补角）就是一个三角形的内角，再用余弦定理",
                "translate one line until the two meet: the angle (or its supplement) is an angle of a triangle, found by the law of cosines"),
               kps=["solid.skew_lines"],
               hints=[("异面直线所成角是怎样定义的？", "How is the angle of two skew lines defined?"),
                      ("知道三角形的三边，怎样求其中一个角？", "Knowing a triangle's three sides, how do you find one of its angles?")])
    chain.ask((f"把直线 ${c}{e}$ 平移，使它经过 ${E}$：平移到哪条线段？", f"Translate line ${c}{e}$ so that it passes through ${E}$: onto which segment?"),
              (f"$\\overrightarrow{{{c}{e}}}=\\overrightarrow{{{moved[0]}{moved[1]}}}$，所以 ${c}{e}\\parallel {E}{Q}$，所求角是 $\\angle {F}{E}{Q}$ 或其补角",
               f"$\\overrightarrow{{{c}{e}}}=\\overrightarrow{{{moved[0]}{moved[1]}}}$, so ${c}{e}\\parallel {E}{Q}$: the angle is $\\angle {F}{E}{Q}$ or its supplement"),
              f"{vp(pts[e] - pts[c])} = {vp(pts[moved[1]] - pts[moved[0]])}", kps=["solid.skew_lines"],
              hints=[("图中有没有与这条直线平行、又经过这个点的线段？", "Is there a segment through that point parallel to this line?"),
                     ("两个向量相等说明什么？", "What does it mean when two vectors are equal?")])
    sides = {}
    for x, y in ((F, E), (E, Q), (F, Q)):
        sides[(x, y)] = length(pts[y] - pts[x])
    chain.ask((f"$\\triangle {F}{E}{Q}$ 的三边长各是多少？", f"What are the side lengths of $\\triangle {F}{E}{Q}$?"),
              ("，".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items()), ", ".join(f"${x}{y}={tex(v)}$" for (x, y), v in sides.items())),
              " 且 ".join(length_claim(pts[y] - pts[x]) for x, y in sides), kps=["solid.space_angles"],
              hints=[("每条边能放进哪个直角三角形里？", "In which right triangle does each side sit?"),
                     ("用勾股定理（或两点间距离公式），各边长是多少？", "By Pythagoras (or the distance formula), what is each side?")])
    fe, eq, fq = sides[(F, E)], sides[(E, Q)], sides[(F, Q)]
    cos_e = sp.radsimp((fe**2 + eq**2 - fq**2) / (2 * fe * eq))
    c = sp.Abs(cos_e)
    chain.ask((f"由余弦定理，$\\cos\\angle {F}{E}{Q}$ 是多少？两直线所成角的余弦是多少？",
               f"By the law of cosines, what is $\\cos\\angle {F}{E}{Q}$, and the cosine of the lines' angle?"),
              (f"$\\cos\\angle {F}{E}{Q}={tex(cos_e)}$，所成角的余弦为 ${tex(c)}$", f"$\\cos\\angle {F}{E}{Q}={tex(cos_e)}$; the lines' angle has cosine ${tex(c)}$"),
              f"(({plain(fe)})^2 + ({plain(eq)})^2 - ({plain(fq)})^2)/(2*({plain(fe)})*({plain(eq)})) = {plain(cos_e)}",
              kps=["solid.skew_lines"],
              hints=[("余弦定理用三边怎样表示一个角的余弦？", "How does the law of cosines give an angle's cosine from the three sides?"),
                     ("两直线所成角最大是多少度？余弦为负时怎么办？", "How large can the angle of two lines be? What if the cosine is negative?")])
    _conclude(chain, d, "cos", c)


def _by_volume(chain: Chain, d: dict) -> None:
    pts, parts = d["frame"].points, d["parts"]
    chain.idea(("点到平面的距离，能不能看作某个四面体的高？", "Can the distance from a point to a plane be seen as the height of a tetrahedron?"),
               ("能：同一个四面体换底求体积，由 $V=\\frac13Sd$ 求出高，就是所求距离",
                "yes: compute the tetrahedron's volume with another base, then $V=\\frac13Sd$ gives the height, the distance asked"),
               kps=["svec.distance", "solid.area_volume"],
               hints=[("四面体的体积与选哪个面作底面有关吗？", "Does a tetrahedron's volume depend on the face taken as base?"),
                      ("以所给平面中的三角形为底，高是什么？", "With the triangle in the given plane as base, what is the height?")])
    _setup(chain, d, [n for part in parts for n in part])
    value = equal_volume_steps(chain, pts, parts[1][:3], parts[0][0])
    chain.done((dollar(value),) * 2, _reference(d))


def _projection(d: dict):
    """For a plane and a base lying in z = 0: the plane's triangle and the named points under it."""
    pts, (pl, base) = d["frame"].points, d["parts"]
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


def _area_claim(pts: dict, tri: list[str]) -> str:
    """A triangle's area as half the length of a cross product, written out."""
    u, w = pts[tri[1]] - pts[tri[0]], pts[tri[2]] - pts[tri[0]]
    c = u.cross(w)
    return f"sqrt({' + '.join(f'({plain(x)})^2' for x in c)})/2 = {plain(sp.radsimp(length(c) / 2))}"


def _by_projection(chain: Chain, d: dict) -> None:
    tri, below, area, proj = _projection(d)
    t, b = "".join(tri), "".join(below)
    pts = d["frame"].points
    chain.idea(("一个平面图形在另一个平面上的射影面积，与两平面的夹角有什么关系？", "How is the area of a figure's projection onto another plane tied to the angle of the planes?"),
               ("射影面积等于原面积乘以两平面夹角的余弦：$S'=S\\cos\\theta$", "the projected area is the area times the cosine of the angle: $S'=S\\cos\\theta$"),
               kps=["solid.space_angles"],
               hints=[("把三角形投影到另一个平面上，哪条方向的长度不变，哪条被压缩了？", "Projecting a triangle onto another plane, which lengths stay and which shrink?"),
                      ("压缩的比例与两平面的夹角有关吗？", "Does the ratio of shrinking depend on the angle of the planes?")])
    _setup(chain, d, list(dict.fromkeys([*tri, *below])))
    chain.ask((f"$\\triangle {t}$ 在底面上的射影是哪个三角形？面积各是多少？", f"Which triangle is the projection of $\\triangle {t}$ on the base? What are the two areas?"),
              (f"射影是 $\\triangle {b}$，$S_{{\\triangle {b}}}={tex(proj)}$，$S_{{\\triangle {t}}}={tex(area)}$",
               f"$\\triangle {b}$; $S_{{\\triangle {b}}}={tex(proj)}$, $S_{{\\triangle {t}}}={tex(area)}$"),
              f"{_area_claim(pts, tri)} 且 {_area_claim(pts, below)}",
              kps=["solid.space_angles"],
              hints=[("哪些点在底面上的射影是它们自己？另一个点的射影在哪里？", "Which points project onto themselves, and where does the other one land?"),
                     ("三角形的面积可以用两边向量的叉积怎样求？", "How does the cross product of two sides give a triangle's area?")])
    c = sp.radsimp(proj / area)
    chain.ask(("由射影面积公式 $\\cos\\theta=\\frac{S_{射影}}{S}$，两平面夹角的余弦是多少？",
               "By the projected-area formula $\\cos\\theta=\\frac{S'}{S}$, what is the cosine of the planes' angle?"),
              (f"$\\cos\\theta={tex(c)}$",) * 2, f"({plain(proj)})/({plain(area)}) = {plain(c)}", kps=["solid.space_angles"],
              hints=[("射影面积公式里，哪个面积作分子、哪个作分母？", "In the formula, which area is on top and which below?"),
                     ("把两个面积代进去，约分后是多少？", "Put in the two areas and simplify: what is it?")])
    _conclude(chain, d, "cos", c)


register(Solver("solid.coordinates", "space_vectors", detect, (
    Method(("坐标法（空间向量）", "Coordinates (space vectors)"), _by_vectors),
    Method(("平移法 + 余弦定理", "Translate a line, then the law of cosines"), _by_translation,
           lambda d: d["kind"] == "line_line" and _translation(d) is not None),
    Method(("等体积法", "Equal volumes"), _by_volume, lambda d: d["kind"] == "point_plane"),
    Method(("射影面积法", "Projected area"), _by_projection, lambda d: d["kind"] == "plane_plane" and _projection(d) is not None),
), ("svec.angles",), priority=72, answers=frozenset({"angle", "trig", "distance"})))

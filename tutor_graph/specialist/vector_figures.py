"""Vectors on named figures: the scalar projection of AB on AC from point coordinates, a median of a triangle
from two sides and the included angle, and dot products in a square or rectangle with midpoints."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_POINT = re.compile(r"(?<![A-Za-z])([A-Z])\s*\(\s*(-?[\d./√]+)\s*,\s*(-?[\d./√]+)\s*\)")
_VEC = r"(?:vec\{([A-Z]{2})\}|(?<![A-Za-z{])([A-Z]{2})(?![A-Za-z}]))"
_PROJ_ZH = re.compile(rf"{_VEC}\s*在\s*(?:向量)?\s*{_VEC}\s*(?:方向)?上的(?:投影|射影)(?!向量)")
_PROJ_EN = re.compile(rf"(?:scalar )?projection of (?:the )?(?:vector )?{_VEC} (?:on|onto) (?:the )?(?:vector )?{_VEC}(?! as a vector)", re.I)


def _name(m: re.Match, i: int) -> str:
    return m.group(i) or m.group(i + 1)


# -- scalar projection ------------------------------------------------------------------------------------
def detect_projection(p: Problem) -> Match | None:
    if p.has("投影向量", "projection vector", "vector projection"):
        return None  # a vector is asked, not its signed length
    m = _PROJ_ZH.search(p.text) or _PROJ_EN.search(p.text)
    if not m:
        return None
    u, v = _name(m, 1), _name(m, 3)
    pts = {}
    for pm in _POINT.finditer(p.text):
        x, y = try_expr(pm.group(2)), try_expr(pm.group(3))
        if x is None or y is None or pm.group(1) in pts:
            return None
        pts[pm.group(1)] = sp.Matrix([x, y])
    if not set(u + v) <= set(pts) or len(set(v)) != 2:
        return None
    uu, vv = pts[u[1]] - pts[u[0]], pts[v[1]] - pts[v[0]]
    if vv.norm() == 0:
        return None
    return Match([f"{n}({plain(c[0])}, {plain(c[1])})" for n, c in pts.items()], f"projection of {u} on {v}",
                 {"u": u, "v": v, "pts": pts, "uu": uu, "vv": vv}, 0.9)


def _vt(name: str) -> str:
    return f"\\overrightarrow{{{name}}}"


def _coordinates_step(chain: Chain, pts: dict, *vectors: tuple[str, sp.Matrix]) -> None:
    """Ask for the coordinates of the named vectors (end point minus start point), each difference a claim."""
    zh = "，".join(f"${_vt(n)}=({tex(w[0])},{tex(w[1])})$" for n, w in vectors)
    chain.ask(("写出 " + "、".join(f"${_vt(n)}$" for n, _ in vectors) + " 的坐标。",
               "Write " + " and ".join(f"${_vt(n)}$" for n, _ in vectors) + " in coordinates."),
              (zh, zh.replace("，", ", ")),
              " 且 ".join(f"{plain(pts[n[1]][i])} - ({plain(pts[n[0]][i])}) = {plain(w[i])}" for n, w in vectors for i in (0, 1)),
              kps=["vec.coordinates"], hints=[("终点坐标减起点坐标。", "End point minus start point.")])


def _projection_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy geometry projects the end point onto the line, and the signed length is read off."""
    pts = {n: sp.Point(c[0], c[1]) for n, c in d["pts"].items()}
    a, b = pts[d["u"][0]], pts[d["u"][1]]
    line = sp.Line(pts[d["v"][0]], pts[d["v"][1]])
    foot_a, foot_b = line.projection(a), line.projection(b)
    length = foot_a.distance(foot_b)
    direction = (foot_b - foot_a).dot(pts[d["v"][1]] - pts[d["v"][0]])
    return (plain(sp.radsimp(length if direction >= 0 else -length)),) * 2


def _dot_over_length(chain: Chain, d: dict) -> None:
    u, v, uu, vv = d["u"], d["v"], d["uu"], d["vv"]
    _coordinates_step(chain, d["pts"], (u, uu), (v, vv))
    dot = sp.expand(uu.dot(vv))
    chain.ask((f"${_vt(u)}\\cdot{_vt(v)}$ 和 $|{_vt(v)}|$ 各是多少？", f"What are ${_vt(u)}\\cdot{_vt(v)}$ and $|{_vt(v)}|$?"),
              (f"${_vt(u)}\\cdot{_vt(v)}={tex(dot)}$，$|{_vt(v)}|={tex(vv.norm())}$", f"${_vt(u)}\\cdot{_vt(v)}={tex(dot)}$, $|{_vt(v)}|={tex(vv.norm())}$"),
              f"({plain(uu[0])})*({plain(vv[0])}) + ({plain(uu[1])})*({plain(vv[1])}) = {plain(dot)} 且 sqrt(({plain(vv[0])})^2 + ({plain(vv[1])})^2) = {plain(vv.norm())}",
              kps=["vec.dot_coordinates"], hints=[("$x_1x_2+y_1y_2$；$\\sqrt{x^2+y^2}$。", "$x_1x_2+y_1y_2$; $\\sqrt{x^2+y^2}$.")])
    value = sp.radsimp(dot / vv.norm())
    chain.ask((f"投影的数量 $|{_vt(u)}|\\cos\\theta=\\frac{{{_vt(u)}\\cdot{_vt(v)}}}{{|{_vt(v)}|}}$ 等于多少？",
               f"The scalar projection $|{_vt(u)}|\\cos\\theta=\\frac{{{_vt(u)}\\cdot{_vt(v)}}}{{|{_vt(v)}|}}$ is?"),
              (f"${tex(value)}$",) * 2, f"({plain(dot)})/({plain(vv.norm())}) = {plain(value)}", kps=["vec.projection"],
              hints=[("数量积 = 一个向量的模 × 另一个向量在它上的投影。", "Dot product = length × the other vector's projection.")])
    chain.done((dollar(value),) * 2, _projection_ref(d))


def _by_angle(chain: Chain, d: dict) -> None:
    u, uu, vv = d["u"], d["uu"], d["vv"]
    dot = sp.expand(uu.dot(vv))
    cos = sp.radsimp(dot / (uu.norm() * vv.norm()))
    chain.ask((f"求 $|{_vt(u)}|$ 和夹角的余弦 $\\cos\\theta$。", f"Find $|{_vt(u)}|$ and the cosine of the angle, $\\cos\\theta$."),
              (f"$|{_vt(u)}|={tex(uu.norm())}$，$\\cos\\theta=\\frac{{{tex(dot)}}}{{{tex(uu.norm())}\\cdot {tex(vv.norm())}}}={tex(cos)}$",
               f"$|{_vt(u)}|={tex(uu.norm())}$, $\\cos\\theta=\\frac{{{tex(dot)}}}{{{tex(uu.norm())}\\cdot {tex(vv.norm())}}}={tex(cos)}$"),
              f"({plain(dot)})/(({plain(uu.norm())})*({plain(vv.norm())})) = {plain(cos)}", kps=["vec.dot_product", "vec.dot_coordinates"],
              hints=[("$\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$。", "$\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$.")])
    value = sp.radsimp(uu.norm() * cos)
    chain.ask((f"按定义，投影的数量 $|{_vt(u)}|\\cos\\theta$ 是多少？", f"By definition, what is $|{_vt(u)}|\\cos\\theta$?"),
              (f"${tex(uu.norm())}\\times{tex(cos) if cos >= 0 else '(' + tex(cos) + ')'}={tex(value)}$",) * 2, f"({plain(uu.norm())})*({plain(cos)}) = {plain(value)}",
              kps=["vec.projection"], hints=[("投影的数量可正可负，由夹角决定。", "The scalar projection is negative for an obtuse angle.")])
    chain.done((dollar(value),) * 2, _projection_ref(d))


register(Solver("vector.projection", "plane_vectors", detect_projection, (
    Method(("数量积除以模", "Dot product over length"), _dot_over_length),
    Method(("模乘夹角余弦（定义）", "Length times the cosine (definition)"), _by_angle),
), ("vec.projection",), priority=67, answers=frozenset({"expr", "abs", "quantity", "unknown"})))


# -- a median from two sides and the included angle ------------------------------------------------------------
_SIDE = re.compile(r"(?<![A-Za-z])([A-Z])([A-Z])\s*=\s*([\d./√()]+)(?![\d.])")
_ANGLE = re.compile(r"(?:∠\s*([A-Z]{1,3})|(?<![A-Za-z∠])([A-Z]))\s*=\s*([\d.]+)\s*°|(?:∠\s*([A-Z]{1,3})|(?<![A-Za-z∠])([A-Z]))\s*=\s*([^,;，。]*π[^,;，。]*)")
_MIDPOINT = re.compile(r"([A-Z])\s*(?:为|是|is)\s*(?:the\s+)?(?:边\s*)?(?:线段\s*)?([A-Z])([A-Z])\s*(?:的|边的)?\s*(?:中点|midpoint)|"
                       r"([A-Z])\s*(?:is\s+)?the midpoint of\s*(?:side\s+|segment\s+)?([A-Z])([A-Z])", re.I)


def detect_median(p: Problem) -> Match | None:
    if not p.has("△", "triangle", "三角形") or not p.has("中点", "midpoint", "中线", "median"):
        return None
    mids = [(g[0] or g[3], {g[1] or g[4], g[2] or g[5]}) for g in _MIDPOINT.findall(p.text)]
    sides = {frozenset(m.group(1) + m.group(2)): try_expr(m.group(3)) for m in _SIDE.finditer(p.text)}
    angles = []
    for m in _ANGLE.finditer(p.text):
        name = m.group(1) or m.group(2) or m.group(4) or m.group(5)
        value = try_expr(m.group(3)) * sp.pi / 180 if m.group(3) else try_expr(m.group(6))
        angles.append((name, value))
    if len(mids) != 1 or len(sides) != 2 or len(angles) != 1 or any(v is None for v in sides.values()):
        return None
    d_name, (b, c) = mids[0][0].upper(), sorted(x.upper() for x in mids[0][1])
    vertex = ({x for s in sides for x in s} - {b, c})
    name, angle = angles[0]
    if len(vertex) != 1 or angle is None or angle.free_symbols or not 0 < angle < sp.pi:
        return None
    a = vertex.pop()
    if set(sides) != {frozenset(a + b), frozenset(a + c)} or name not in (a, b + a + c, c + a + b):
        return None  # the angle must be the one between the two given sides
    asked = re.search(rf"(?<![A-Za-z]){a}{d_name}(?![A-Za-z])|(?<![A-Za-z]){d_name}{a}(?![A-Za-z])", p.goal.text)
    if not asked:
        return None
    return Match([f"{a}{b} = {plain(sides[frozenset(a + b)])}", f"{a}{c} = {plain(sides[frozenset(a + c)])}", f"∠{a} = {plain(angle)}",
                  f"{d_name}: midpoint of {b}{c}"], f"{a}{d_name}",
                 {"A": a, "B": b, "C": c, "D": d_name, "b": sides[frozenset(a + b)], "c": sides[frozenset(a + c)], "angle": angle}, 0.9)


def _median_ref(d: dict) -> tuple[str, str]:
    """Independent: place the triangle in coordinates and measure the segment."""
    a = sp.Point(0, 0)
    b = sp.Point(d["b"], 0)
    c = sp.Point(d["c"] * sp.cos(d["angle"]), d["c"] * sp.sin(d["angle"]))
    return (plain(sp.radsimp(a.distance(b.midpoint(c)))),) * 2


def _angle_tex(angle: sp.Expr) -> str:
    deg = sp.nsimplify(angle * 180 / sp.pi)
    return f"{tex(deg)}^\\circ" if deg.is_Integer else tex(angle)


def _median_vectors(chain: Chain, d: dict) -> None:
    A, B, C, D, b, c, ang = d["A"], d["B"], d["C"], d["D"], d["b"], d["c"], d["angle"]
    chain.ask((f"用 ${_vt(A + B)}$、${_vt(A + C)}$ 表示 ${_vt(A + D)}$。", f"Express ${_vt(A + D)}$ with ${_vt(A + B)}$ and ${_vt(A + C)}$."),
              (f"${_vt(A + D)}=\\frac{{1}}{{2}}({_vt(A + B)}+{_vt(A + C)})$",) * 2, "", kps=["vec.linear_ops"],
              hints=[("中点：$\\vec{AD}$ 是两边向量的平均。", "A midpoint: the median vector is the average of the two side vectors.")])
    sq = sp.nsimplify(sp.expand((b**2 + c**2 + 2 * b * c * sp.cos(ang)) / 4))
    chain.ask((f"两边平方，$|{_vt(A + D)}|^2$ 等于多少？", f"Square it: what is $|{_vt(A + D)}|^2$?"),
              (f"$\\frac{{1}}{{4}}({tex(b)}^2+{tex(c)}^2+2\\times {tex(b)}\\times {tex(c)}\\cos {_angle_tex(ang)})={tex(sq)}$",) * 2,
              f"(1/4)*(({plain(b)})^2 + ({plain(c)})^2 + 2*({plain(b)})*({plain(c)})*cos({plain(ang)})) = {plain(sq)}",
              kps=["vec.dot_product"], hints=[("$|\\vec a+\\vec b|^2=|\\vec a|^2+2\\vec a\\cdot\\vec b+|\\vec b|^2$。",
                                             "$|\\vec a+\\vec b|^2=|\\vec a|^2+2\\vec a\\cdot\\vec b+|\\vec b|^2$.")])
    value = sp.sqrt(sq)
    chain.ask(("开方得中线长。", "Take the root for the median."), (f"${A}{D}={tex(value)}$",) * 2, f"sqrt({plain(sq)}) = {plain(value)}",
              kps=["vec.application"], hints=[("长度取正的平方根。", "A length is the positive root.")])
    chain.done((dollar(value),) * 2, _median_ref(d))


def _median_cosines(chain: Chain, d: dict) -> None:
    A, B, C, D, b, c, ang = d["A"], d["B"], d["C"], d["D"], d["b"], d["c"], d["angle"]
    a2 = sp.nsimplify(sp.expand(b**2 + c**2 - 2 * b * c * sp.cos(ang)))
    chain.ask((f"先用余弦定理求 ${B}{C}$。", f"First find ${B}{C}$ with the law of cosines."),
              (f"${B}{C}^2={tex(b)}^2+{tex(c)}^2-2\\times {tex(b)}\\times {tex(c)}\\cos {_angle_tex(ang)}={tex(a2)}$，"
               f"${B}{D}=\\frac{{1}}{{2}}{B}{C}={tex(sp.sqrt(a2) / 2)}$",
               f"${B}{C}^2={tex(b)}^2+{tex(c)}^2-2\\times {tex(b)}\\times {tex(c)}\\cos {_angle_tex(ang)}={tex(a2)}$, "
               f"${B}{D}=\\frac{{1}}{{2}}{B}{C}={tex(sp.sqrt(a2) / 2)}$"),
              f"({plain(b)})^2 + ({plain(c)})^2 - 2*({plain(b)})*({plain(c)})*cos({plain(ang)}) = {plain(a2)}",
              kps=["tri.law_of_cosines"], hints=[("$a^2=b^2+c^2-2bc\\cos A$。", "$a^2=b^2+c^2-2bc\\cos A$.")])
    cos_b = sp.radsimp((b**2 + a2 - c**2) / (2 * b * sp.sqrt(a2)))
    chain.ask((f"在 $\\triangle {A}{B}{C}$ 中求 $\\cos {B}$。", f"Find $\\cos {B}$ in $\\triangle {A}{B}{C}$."),
              (f"$\\cos {B}=\\frac{{{tex(b)}^2+{tex(a2)}-{tex(c)}^2}}{{2\\times {tex(b)}\\times {tex(sp.sqrt(a2))}}}={tex(cos_b)}$",) * 2,
              f"(({plain(b)})^2 + {plain(a2)} - ({plain(c)})^2)/(2*({plain(b)})*sqrt({plain(a2)})) = {plain(cos_b)}",
              kps=["tri.law_of_cosines"], hints=[("角 $B$ 同时在两个三角形里。", "Angle $B$ lies in both triangles.")])
    bd = sp.sqrt(a2) / 2
    sq = sp.nsimplify(sp.expand(b**2 + bd**2 - 2 * b * bd * cos_b))
    value = sp.sqrt(sq)
    chain.ask((f"在 $\\triangle {A}{B}{D}$ 中再用余弦定理求 ${A}{D}$。", f"Use the law of cosines again in $\\triangle {A}{B}{D}$ for ${A}{D}$."),
              (f"${A}{D}^2={tex(b)}^2+({tex(bd)})^2-2\\times {tex(b)}\\times {tex(bd)}\\times({tex(cos_b)})={tex(sq)}$，${A}{D}={tex(value)}$",
               f"${A}{D}^2={tex(b)}^2+({tex(bd)})^2-2\\times {tex(b)}\\times {tex(bd)}\\times({tex(cos_b)})={tex(sq)}$, ${A}{D}={tex(value)}$"),
              f"sqrt(({plain(b)})^2 + ({plain(bd)})^2 - 2*({plain(b)})*({plain(bd)})*({plain(cos_b)})) = {plain(value)}",
              kps=["tri.law_of_cosines", "tri.solve"], hints=[(f"${B}{D}$ 是 ${B}{C}$ 的一半。", "The midpoint halves the side.")])
    chain.done((dollar(value),) * 2, _median_ref(d))


register(Solver("vector.median", "plane_vectors", detect_median, (
    Method(("向量法", "Vectors"), _median_vectors),
    Method(("余弦定理（两次）", "Law of cosines twice"), _median_cosines),
), ("vec.application",), priority=67, answers=frozenset({"length", "unknown"})))


# -- dot products in a square or rectangle ---------------------------------------------------------------------
_SQUARE = re.compile(r"(正方形|矩形|长方形|square|rectangle)\s*([A-Z])([A-Z])([A-Z])([A-Z])(?![A-Za-z])", re.I)
_SQUARE_SIDE = re.compile(r"(?:边长|side(?: length)?)\s*(?:为|是|=|of|is)?\s*([\d./√()]+)", re.I)
_DOT = re.compile(rf"{_VEC}\s*(?:\*|·|⋅)\s*{_VEC}")


def detect_square_dot(p: Problem) -> Match | None:
    shape = _SQUARE.search(p.text)
    dots = list(_DOT.finditer(p.goal.text))
    if not shape or len(dots) != 1 or len(_SQUARE.findall(p.text)) != 1:
        return None
    a_, b_, c_, d_ = shape.group(2, 3, 4, 5)
    sides = {frozenset(m.group(1) + m.group(2)): try_expr(m.group(3)) for m in _SIDE.finditer(p.text)}
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
    mids = _MIDPOINT.findall(p.text)
    for g in mids:
        name, ends = (g[0] or g[3]).upper(), [x.upper() for x in (g[1] + g[2] or g[4] + g[5])]
        if name in pts or not set(ends) <= set(pts):
            return None
        pts[name] = (pts[ends[0]] + pts[ends[1]]) / 2
    if re.search(r"分别|respectively", p.text):
        return None  # several midpoints named at once: not read here
    u, v = _name(dots[0], 1), _name(dots[0], 3)
    if not set(u + v) <= set(pts):
        return None  # a point we do not know (moving point, foot of a perpendicular …)
    return Match([shape.group(0), *(f"{(g[0] or g[3])}: midpoint of {g[1] + g[2] or g[4] + g[5]}" for g in mids)],
                 f"{u}·{v}", {"pts": pts, "u": u, "v": v, "w": w, "h": h, "corners": (a_, b_, c_, d_)}, 0.9)


def _square_ref(d: dict) -> tuple[str, str]:
    """Independent: polarisation, u·v = (|u+v|² − |u−v|²)/4, with lengths from SymPy geometry."""
    pt = {n: sp.Point(c[0], c[1]) for n, c in d["pts"].items()}
    u, v = pt[d["u"][1]] - pt[d["u"][0]], pt[d["v"][1]] - pt[d["v"][0]]
    origin = sp.Point(0, 0)
    value = (origin.distance(u + v) ** 2 - origin.distance(u - v) ** 2) / 4
    return (plain(sp.nsimplify(sp.expand(value))),) * 2


def _square_coords(chain: Chain, d: dict) -> None:
    pts, u, v = d["pts"], d["u"], d["v"]
    a_, b_, _, d_ = d["corners"]
    names = sorted(set(u + v), key=list(pts).index)
    chain.ask((f"以 ${a_}$ 为原点、${a_}{b_}$ 为 $x$ 轴、${a_}{d_}$ 为 $y$ 轴建立坐标系，写出 {'、'.join(f'${n}$' for n in names)} 的坐标。",
               f"Put ${a_}$ at the origin, ${a_}{b_}$ on the $x$-axis and ${a_}{d_}$ on the $y$-axis. Give the coordinates of {', '.join(f'${n}$' for n in names)}."),
              ("，".join(f"${n}({tex(pts[n][0])},{tex(pts[n][1])})$" for n in names),
               ", ".join(f"${n}({tex(pts[n][0])},{tex(pts[n][1])})$" for n in names)), "", kps=["vec.coordinates"],
              hints=[("中点坐标是两端点坐标的平均。", "A midpoint averages the end points.")])
    uu, vv = pts[u[1]] - pts[u[0]], pts[v[1]] - pts[v[0]]
    _coordinates_step(chain, pts, (u, uu), (v, vv))
    value = sp.expand(uu.dot(vv))
    chain.ask(("用坐标计算数量积。", "Compute the dot product from coordinates."),
              (f"$({tex(uu[0])})\\times({tex(vv[0])})+({tex(uu[1])})\\times({tex(vv[1])})={tex(value)}$",) * 2,
              f"({plain(uu[0])})*({plain(vv[0])}) + ({plain(uu[1])})*({plain(vv[1])}) = {plain(value)}", kps=["vec.dot_coordinates"],
              hints=[("$x_1x_2+y_1y_2$。", "$x_1x_2+y_1y_2$.")])
    chain.done((dollar(value),) * 2, _square_ref(d))


def _square_basis(chain: Chain, d: dict) -> None:
    pts, u, v, w, h = d["pts"], d["u"], d["v"], d["w"], d["h"]
    a_, b_, _, d_ = d["corners"]
    e1, e2 = _vt(a_ + b_), _vt(a_ + d_)
    chain.ask((f"取 ${e1}$、${e2}$ 为基底，它们的模和数量积是多少？", f"Take ${e1}$, ${e2}$ as a basis. What are their lengths and dot product?"),
              (f"$|{e1}|={tex(w)}$，$|{e2}|={tex(h)}$，${e1}\\cdot{e2}=0$", f"$|{e1}|={tex(w)}$, $|{e2}|={tex(h)}$, ${e1}\\cdot{e2}=0$"), "",
              kps=["vec.basis"], hints=[("邻边互相垂直。", "Adjacent sides are perpendicular.")])

    def coeffs(name: str) -> tuple[sp.Expr, sp.Expr]:
        vec = pts[name[1]] - pts[name[0]]
        return sp.nsimplify(vec[0] / w), sp.nsimplify(vec[1] / h)

    def shown(x: sp.Expr, y: sp.Expr) -> str:
        parts = [f"{'' if k == 1 else '-' if k == -1 else tex(k)}{e}" for k, e in ((x, e1), (y, e2)) if k != 0]
        return "+".join(parts).replace("+-", "-") or "\\vec 0"

    (x1, y1), (x2, y2) = coeffs(u), coeffs(v)
    chain.ask((f"用基底表示 ${_vt(u)}$ 和 ${_vt(v)}$。", f"Express ${_vt(u)}$ and ${_vt(v)}$ in the basis."),
              (f"${_vt(u)}={shown(x1, y1)}$，${_vt(v)}={shown(x2, y2)}$", f"${_vt(u)}={shown(x1, y1)}$, ${_vt(v)}={shown(x2, y2)}$"), "",
              kps=["vec.basis", "vec.linear_ops"], hints=[("沿边走：向量加法的三角形法则。", "Walk along the sides: add vectors head to tail.")])
    value = sp.expand(x1 * x2 * w**2 + y1 * y2 * h**2)
    chain.ask((f"展开计算 ${_vt(u)}\\cdot{_vt(v)}$。", f"Expand ${_vt(u)}\\cdot{_vt(v)}$."),
              (f"$=({tex(x1 * x2)})\\times {tex(w)}^2+({tex(y1 * y2)})\\times {tex(h)}^2+0={tex(value)}$",) * 2,
              f"({plain(x1 * x2)})*({plain(w)})^2 + ({plain(y1 * y2)})*({plain(h)})^2 = {plain(value)}", kps=["vec.dot_product"],
              hints=[("交叉项含 ${e1}\\cdot{e2}=0$。".replace("{e1}", e1).replace("{e2}", e2), "The cross terms vanish.")])
    chain.done((dollar(value),) * 2, _square_ref(d))


register(Solver("vector.square_dot", "plane_vectors", detect_square_dot, (
    Method(("坐标法", "Coordinates"), _square_coords),
    Method(("基底法", "Basis vectors"), _square_basis),
), ("vec.dot_product",), priority=67, answers=frozenset({"dot", "expr"})))

"""Space vectors given by coordinates: dot product, cos⟨a,b⟩ and the angle, lengths of combinations,
a parameter from ⊥ / ∥; points in space: the distance between two points and from a point to the
plane through three points (normal vector vs equal volumes)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.geometry import Plane, Point3D

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, roots_math, tex
from tutor_graph.specialist.space import (
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
    points3,
    ratio_claim,
    vectors3,
    vp,
    vt,
)

_PARAM = re.compile(r"(?<![A-Za-z_\\])([d-hj-z])(?![A-Za-z_])")


def _combo(text: str, names: set[str]) -> sp.Expr | None:
    """`2a - b` as a combination of vector symbols."""
    text = text.replace("vec{", "").replace("}", "")
    if not re.fullmatch(r"[\d+\-*\s()a-z]+", text):
        return None
    e = try_expr(text)
    if e is None or not e.free_symbols <= {sp.Symbol(n, real=True) for n in names}:
        return None
    return e


def detect_vectors(p: Problem) -> Match | None:
    if not p.has("向量", "vector", "vec{", "空间", "space"):
        return None
    vecs = vectors3(p.text)
    if len(vecs) < 2 or len(vecs) > 3:
        return None
    params = set().union(*(v.free_symbols for v in vecs.values()))
    if len(params) > 1:
        return None
    text = re.sub(r"vec\{([a-z])\}", r"\1", p.text)
    tail = re.split(r"求|find|compute|calculate", text, flags=re.I)[-1]
    a, b = (sp.Symbol(n, real=True) for n in list(vecs)[:2])
    goal = None
    if params:
        if re.search(r"⊥|垂直|perpendicular", text):
            goal = ("perp",)
        elif re.search(r"∥|//|平行|共线|parallel|collinear", text):
            goal = ("par",)
    elif re.search(r"cos", tail):
        goal = ("cos", a, b)
    elif re.search(r"夹角|angle", tail):
        goal = ("angle", a, b)
    elif m := re.search(r"\|\s*([\da-z+\-\s*]+?)\s*\|", tail):
        e = _combo(m.group(1), set(vecs))
        goal = ("norm", e) if e is not None else None
    elif re.search(r"数量积|dot product|\b[a-z]\s*\*\s*[a-z]\b", tail):
        goal = ("dot", a, b)
    if goal is None:
        return None
    data = {"vecs": vecs, "goal": goal, "param": next(iter(params), None)}
    if goal[0] in ("perp", "par") and not _param_values(data):
        return None  # holds for every value or for none: not the textbook question
    return Match([f"{n} = {vp(v)}" for n, v in vecs.items()], goal[0], data, 0.9)


def _combined(vecs: dict, e: sp.Expr) -> sp.Matrix:
    return sum((e.coeff(sp.Symbol(n, real=True)) * v for n, v in vecs.items()), sp.zeros(3, 1)).applyfunc(sp.expand)


def _param_values(d: dict) -> list:
    u, w = list(d["vecs"].values())[:2]
    t = d["param"]
    if d["goal"][0] == "perp":
        sols = sp.solve(u.dot(w), t)
    else:
        sols = sp.solve(list(u.cross(w)), t, dict=True)
        sols = [s[t] for s in sols if t in s]
    return [s for s in sols if s.is_real]


def _vec_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's Point3D / angle functions, not the written-out formulas."""
    kind, vecs = d["goal"][0], d["vecs"]
    if kind in ("perp", "par"):
        u, w = (Point3D(*v) for v in list(vecs.values())[:2])
        t = d["param"]
        if kind == "perp":
            sols = sp.solve(u.dot(w), t)
        else:
            sols = [s[t] for s in sp.solve(list(sp.Matrix(u.args).cross(sp.Matrix(w.args))), t, dict=True) if t in s]
        text = " 或 ".join(f"{t}={plain(s)}" for s in sorted(set(sols), key=float))
        return text, text.replace(" 或 ", " or ")
    if kind == "norm":
        v = Point3D(*_combined(vecs, d["goal"][1])).distance(Point3D(0, 0, 0))
        return (plain(sp.nsimplify(v)),) * 2
    u, w = (Point3D(*vecs[s.name]) for s in d["goal"][1:])
    value = u.dot(w)
    if kind != "dot":
        value = sp.radsimp(value / (u.distance(Point3D(0, 0, 0)) * w.distance(Point3D(0, 0, 0))))
    if kind == "angle":
        return (angle_text(sp.acos(value)),) * 2
    return (plain(value),) * 2


def _by_coordinates(chain: Chain, d: dict) -> None:
    kind, vecs = d["goal"][0], d["vecs"]
    chain.idea(("空间向量的坐标已知时，模、数量积、夹角以及垂直、平行都能怎样求？", "With the coordinates of space vectors known, how are lengths, dot products, angles, perpendicular and parallel found?"),
               ("都化成坐标运算：与平面向量一样，只是多了一个竖坐标", "all by coordinates, as for plane vectors, with one more component"),
               kps=["svec.coordinates", "svec.dot"],
               hints=[("平面向量的这些坐标公式，你还记得吗？", "Do you remember these coordinate formulas for plane vectors?"),
                      ("推广到空间时，每个公式要怎样改？", "Moving to space, how does each formula change?")])
    if kind in ("perp", "par"):
        _parameter(chain, d)
        return
    if kind == "norm":
        e = d["goal"][1]
        v = _combined(vecs, e)
        chain.ask((f"${tex(e)}$ 的坐标是什么？", f"What are the coordinates of ${tex(e)}$?"), (f"${tex(e)}={vt(v)}$",) * 2,
                  "(" + ", ".join(" + ".join(f"({plain(e.coeff(sp.Symbol(n, real=True)))})*({plain(w[i])})" for n, w in vecs.items()
                                             if e.coeff(sp.Symbol(n, real=True)) != 0) for i in range(3)) + f") = {vp(v)}",
                  kps=["svec.coordinates"],
                  hints=[("向量的数乘、加减在坐标上怎样进行？", "How do multiples and sums of vectors act on coordinates?"),
                         ("先把每个向量乘上系数，再把对应坐标相加，各得多少？", "Scale each vector, then add matching coordinates: what do you get?")])
        value = length(v)
        chain.ask((f"$|{tex(e)}|$ 是多少？", f"What is $|{tex(e)}|$?"), (f"$|{tex(e)}|={tex(value)}$",) * 2, length_claim(v),
                  kps=["svec.coordinates"], hints=[("空间向量的模的坐标公式是什么？", "What is the coordinate formula for the length of a space vector?"),
                         ("三个分量的平方和是多少？再开平方呢？", "What is the sum of the squares of the three components, and its root?")])
        chain.done((dollar(value),) * 2, _vec_reference(d))
        return
    na, nb = (s.name for s in d["goal"][1:])
    u, w = vecs[na], vecs[nb]
    value = dot(u, w)
    chain.ask((f"用坐标计算，数量积 $\\vec {na}\\cdot\\vec {nb}$ 是多少？", f"From the coordinates, what is $\\vec {na}\\cdot\\vec {nb}$?"),
              (f"$\\vec {na}\\cdot\\vec {nb}={tex(value)}$",) * 2, dot_claim(u, w), kps=["svec.dot"],
              hints=[("数量积的坐标公式是什么？", "What is the coordinate formula of the dot product?"),
                     ("三对对应坐标的乘积各是多少？加起来呢？", "What are the three products of matching coordinates, and their sum?")])
    if kind == "dot":
        chain.done((dollar(value),) * 2, _vec_reference(d))
        return
    for n, v in ((na, u), (nb, w)):
        chain.ask((f"$|\\vec {n}|$ 是多少？", f"What is $|\\vec {n}|$?"), (f"$|\\vec {n}|={tex(length(v))}$",) * 2, length_claim(v),
                  kps=["svec.coordinates"], hints=[("空间向量的模的坐标公式是什么？", "What is the coordinate formula for the length of a space vector?"),
                         ("三个分量的平方和是多少？再开平方呢？", "What is the sum of the squares of the three components, and its root?")])
    c = cos_between(u, w, absolute=False)
    chain.ask((f"$\\cos\\langle\\vec {na},\\vec {nb}\\rangle=\\frac{{\\vec {na}\\cdot\\vec {nb}}}{{|\\vec {na}||\\vec {nb}|}}$ 是多少？",
               f"What is $\\cos\\langle\\vec {na},\\vec {nb}\\rangle=\\frac{{\\vec {na}\\cdot\\vec {nb}}}{{|\\vec {na}||\\vec {nb}|}}$?"),
              (f"${tex(c)}$",) * 2, ratio_claim(u, w, absolute=False), kps=["svec.dot"],
              hints=[("公式的分子、分母用到上面算出的哪些量？", "Which of the quantities found above go on top and below?"),
                     ("分子是负数时，夹角是锐角还是钝角？要不要取绝对值？", "If the top is negative, is the angle acute or obtuse? Is an absolute value needed?")])
    if kind == "cos":
        chain.done((dollar(c),) * 2, _vec_reference(d))
        return
    angle = sp.acos(c)
    claim, ctx = angle_claim("cos", c, angle, 180)
    chain.ask(("夹角在 $[0,\\pi]$ 内，是多少？", "The angle lies in $[0,\\pi]$: what is it?"), (f"${angle_tex(angle)}$",) * 2,
              claim, context=ctx, kps=["svec.dot"],
              hints=[("两个向量夹角的范围是什么？", "In which range does the angle between two vectors lie?"),
                     ("在这个范围里，哪个角的余弦是这个值？", "Which angle in that range has this cosine?")])
    chain.done((f"${angle_tex(angle)}$",) * 2, _vec_reference(d))


def _parameter(chain: Chain, d: dict) -> None:
    (na, u), (nb, w) = list(d["vecs"].items())[:2]
    t = d["param"]
    if d["goal"][0] == "perp":
        expr = sp.expand(u.dot(w))
        chain.ask((f"$\\vec {na}\\perp\\vec {nb}$ 用坐标怎么表示？得到关于 ${t}$ 的什么方程？",
                   f"How is $\\vec {na}\\perp\\vec {nb}$ written in coordinates, and what equation in ${t}$ does it give?"),
                  (f"$\\vec {na}\\cdot\\vec {nb}={tex(expr)}=0$",) * 2,
                  " + ".join(f"({plain(a)})*({plain(b)})" for a, b in zip(u, w, strict=True)) + " = 0 \\Rightarrow "
                  + " 或 ".join(f"{t} = {plain(s)}" for s in _param_values(d)),
                  kps=["svec.dot", "svec.parallel_perp"],
                  hints=[("两个向量垂直时，它们的数量积是多少？", "When two vectors are perpendicular, what is their dot product?"),
                         ("用坐标写出数量积，它是关于参数的几次式？", "Written in coordinates, what degree is the dot product in the parameter?")])
    else:
        fixed, moving = (u, w) if not u.free_symbols else (w, u)
        lam = sp.Symbol("mu" if t.name == "lambda" else "lambda", real=True)
        sols = sp.solve(list(moving - lam * fixed), [lam, t], dict=True)
        chain.ask(("两向量共线，设一个是另一个的若干倍：对应坐标能列出什么方程？解是什么？", "Collinear vectors: with one a multiple of the other, what equations do the coordinates give, and what solves them?"),
                  (f"${vt(moving)}={tex(lam)}{vt(fixed)}$，" + ", ".join(f"${tex(lam)}={tex(s[lam])}, {t}={tex(s[t])}$" for s in sols),) * 2,
                  " 且 ".join(f"{plain(a)} = ({plain(sols[0][lam])})*({plain(b)})" for a, b in zip(moving, fixed, strict=True)) + " \\Rightarrow "
                  + " 或 ".join(f"{t} = {plain(s)}" for s in _param_values(d)),
                  kps=["svec.parallel_perp"],
                  hints=[("共线的两个向量之间有什么数量关系？", "How are two collinear vectors related by numbers?"),
                         ("哪一个坐标方程不含参数？由它能先求出什么？", "Which coordinate equation has no parameter, and what does it give first?")])
    values = _param_values(d)
    chain.done((roots_math(tex(t), values, "zh"), roots_math(tex(t), values, "en")), _vec_reference(d))


register(Solver("space.vector", "space_vectors", detect_vectors, (
    Method(("坐标运算", "Coordinates"), _by_coordinates),
), ("svec.dot",), priority=70, answers=frozenset({"abs", "unknown", "angle", "trig", "expr"})))


# -- points in space -------------------------------------------------------------------------------------------
def detect_points(p: Problem) -> Match | None:
    if not p.has("距离", "distance"):
        return None
    pts = points3(p.text)
    if p.has("原点", "origin") and "O" not in pts:
        pts["O"] = sp.zeros(3, 1)
    if len(pts) < 2:
        return None
    plane = re.search(r"(?:平面|plane)\s*((?:[A-Z](?:_\{?\d\}?)?){3})", p.text)
    if plane:
        corners = names_in(plane.group(1))
        m = re.search(r"(?:点|from(?: the)?(?: origin)?|原点)\s*([A-Z](?:_\{?\d\}?)?)\s*(?:到|to)", p.text)
        if not m or any(c not in pts for c in corners) or m.group(1) not in pts or m.group(1) in corners:
            return None
        try:
            n = normal([pts[corners[1]] - pts[corners[0]], pts[corners[2]] - pts[corners[0]]])
        except ValueError:
            return None
        data = {"pts": pts, "point": m.group(1), "plane": corners, "normal": n}
        return Match([f"{k}{vp(v)}" for k, v in pts.items()], f"distance from {m.group(1)} to plane {''.join(corners)}", data, 0.9)
    if len(pts) != 2:
        return None
    return Match([f"{k}{vp(v)}" for k, v in pts.items()], "distance", {"pts": pts, "pair": list(pts)}, 0.9)


def _two_points(chain: Chain, d: dict) -> None:
    a, b = d["pair"]
    u = d["pts"][b] - d["pts"][a]
    chain.idea(("空间两点间的距离，怎样用向量来求？", "How do vectors give the distance between two points in space?"),
               ("距离等于以两点为起点、终点的向量的模", "it is the length of the vector from one point to the other"),
               kps=["svec.coordinates", "svec.distance"],
               hints=[("两点之间的线段可以看成哪个向量？", "Which vector is the segment between the two points?"),
                      ("向量的模怎样由坐标算出？", "How is a vector's length computed from its coordinates?")])
    chain.ask((f"$\\overrightarrow{{{a}{b}}}$ 的坐标是什么？", f"What are the coordinates of $\\overrightarrow{{{a}{b}}}$?"),
              (f"${vt(u)}$",) * 2, diff_claim(d["pts"][a], d["pts"][b]), kps=["svec.coordinates"],
              hints=[("向量的坐标怎样由起点、终点的坐标得到？", "How do a vector's coordinates come from its start and end points?"),
                     ("终点坐标减去起点坐标，各分量是多少？", "End point minus start point: what is each component?")])
    chain.ask((f"$|{a}{b}|$ 是多少？", f"What is $|{a}{b}|$?"), (f"${tex(length(u))}$",) * 2, length_claim(u),
              kps=["svec.coordinates", "svec.distance"],
              hints=[("空间向量的模的坐标公式是什么？", "What is the coordinate formula for the length of a space vector?"),
                     ("三个分量的平方和是多少？再开平方呢？", "What is the sum of the squares of the three components, and its root?")])
    ref = Point3D(*d["pts"][a]).distance(Point3D(*d["pts"][b]))
    chain.done((dollar(length(u)),) * 2, (plain(ref),) * 2)


def _plane_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy geometry's Plane.distance."""
    pts = d["pts"]
    plane = Plane(*(Point3D(*pts[c]) for c in d["plane"]))
    return (plain(sp.radsimp(plane.distance(Point3D(*pts[d["point"]])))),) * 2


def _normal_step(chain: Chain, d: dict) -> tuple[sp.Matrix, sp.Matrix, sp.Matrix]:
    pts, (c0, c1, c2) = d["pts"], d["plane"]
    u, w = pts[c1] - pts[c0], pts[c2] - pts[c0]
    for (s, e), v in (((c0, c1), u), ((c0, c2), w)):
        chain.ask((f"$\\overrightarrow{{{s}{e}}}$ 的坐标是什么？", f"What are the coordinates of $\\overrightarrow{{{s}{e}}}$?"),
                  (f"${vt(v)}$",) * 2, diff_claim(pts[s], pts[e]), kps=["svec.coordinates"],
                  hints=[("向量的坐标怎样由起点、终点的坐标得到？", "How do a vector's coordinates come from its start and end points?"),
                         ("终点坐标减去起点坐标，各分量是多少？", "End point minus start point: what is each component?")])
    n = d["normal"]
    chain.ask((f"与两条边都垂直的平面 ${c0}{c1}{c2}$ 的一个法向量 $\\vec n$ 是什么？",
               f"What is a normal vector $\\vec n$ of the plane ${c0}{c1}{c2}$, perpendicular to two of its edges?"),
              (f"$\\vec n={vt(n)}$",) * 2, f"{dot_claim(n, u, 0)} 且 {dot_claim(n, w, 0)}", kps=["svec.normal_vector"],
              hints=[("法向量与平面内两条相交直线的方向向量有什么关系？", "How is a normal vector related to two crossing directions in the plane?"),
                     ("设 $\\vec n=(x,y,z)$，两个数量积为 0 的方程怎样解？取哪个简单的非零解？",
                      "Let $\\vec n=(x,y,z)$: how do you solve the two dot-product-zero equations, and which simple non-zero solution do you take?")])
    return u, w, n


def _by_normal(chain: Chain, d: dict) -> None:
    pts, c0, q = d["pts"], d["plane"][0], d["point"]
    chain.idea(("点到平面的距离，怎样用平面的法向量来求？", "How does a normal vector give the distance from a point to a plane?"),
               ("从平面内一点连到该点得一个向量，它在法向量方向上投影的长度就是距离",
                "join a point of the plane to the point: the length of that vector's projection on the normal is the distance"),
               kps=["svec.distance", "svec.normal_vector"],
               hints=[("点到平面的距离是哪条垂线段的长？", "The distance is the length of which perpendicular segment?"),
                      ("一个向量在另一个方向上的投影长度，怎样用数量积表示？", "How does a dot product give the length of a projection on a direction?")])
    _, _, n = _normal_step(chain, d)
    v = pts[q] - pts[c0]
    value = sp.radsimp(sp.Abs(dot(v, n)) / length(n))
    chain.ask((f"点 ${q}$ 到平面的距离 $d=\\frac{{|\\overrightarrow{{{c0}{q}}}\\cdot\\vec n|}}{{|\\vec n|}}$ 是多少？",
               f"What is the distance $d=\\frac{{|\\overrightarrow{{{c0}{q}}}\\cdot\\vec n|}}{{|\\vec n|}}$ from ${q}$ to the plane?"),
              (f"$\\overrightarrow{{{c0}{q}}}={vt(v)}$，$d={tex(value)}$", f"$\\overrightarrow{{{c0}{q}}}={vt(v)}$, $d={tex(value)}$"),
              f"|{plain(dot(v, n))}|/({plain(length(n))}) = {plain(value)}", kps=["svec.distance"],
              hints=[("这个向量的坐标、它与法向量的数量积各是多少？", "What are the vector and its dot product with the normal?"),
                     ("数量积的绝对值除以法向量的模，得多少？", "Divide the absolute value of the dot product by the normal's length: what is it?")])
    chain.done((dollar(value),) * 2, _plane_reference(d))


def equal_volume_steps(chain: Chain, pts: dict, plane: list[str], q: str) -> sp.Expr:
    """Distance from q to the plane through three points by V = ⅓·S·d (the volume from coordinates)."""
    c0, c1, c2 = plane
    u, w, v = pts[c1] - pts[c0], pts[c2] - pts[c0], pts[q] - pts[c0]
    cross = u.cross(w).applyfunc(sp.radsimp)
    area = sp.radsimp(length(cross) / 2)
    chain.ask((f"$\\triangle {c0}{c1}{c2}$ 的面积 $S=\\frac12|\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}|$ 是多少？",
               f"What is the area $S=\\frac12|\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}|$ of $\\triangle {c0}{c1}{c2}$?"),
              (f"$\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}={vt(cross)}$，$S={tex(area)}$",
               f"$\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}={vt(cross)}$, $S={tex(area)}$"),
              "(" + ", ".join(f"({plain(u[(i + 1) % 3])})*({plain(w[(i + 2) % 3])}) - ({plain(u[(i + 2) % 3])})*({plain(w[(i + 1) % 3])})"
                              for i in range(3)) + f") = {vp(cross)} 且 sqrt({' + '.join(f'({plain(c)})^2' for c in cross)})/2 = {plain(area)}",
              kps=["svec.coordinates", "solid.area_volume"],
              hints=[("两边向量的叉积的模，与三角形面积有什么关系？", "How is the length of the cross product of two sides tied to the triangle's area?"),
                     ("先写出两边向量的坐标，叉积的三个分量各是多少？", "Write the two side vectors first: what are the three components of their cross product?")])
    volume = sp.radsimp(sp.Abs(dot(cross, v)) / 6)
    chain.ask((f"四面体 ${q}{c0}{c1}{c2}$ 的体积 $V=\\frac16|(\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}})\\cdot\\overrightarrow{{{c0}{q}}}|$ 是多少？",
               f"What is the volume $V=\\frac16|(\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}})\\cdot\\overrightarrow{{{c0}{q}}}|$ of the tetrahedron ${q}{c0}{c1}{c2}$?"),
              (f"$V={tex(volume)}$",) * 2, f"|{dot_claim(cross, v).split(' = ')[0]}|/6 = {plain(volume)}",
              kps=["solid.area_volume"],
              hints=[("三个向量的混合积与四面体体积有什么关系？", "How is the triple product of three edges tied to the tetrahedron's volume?"),
                     ("上一步的叉积与第三条棱向量的数量积是多少？", "What is the dot product of the last cross product with the third edge?")])
    d = sp.radsimp(3 * volume / area)
    chain.ask(("由 $V=\\frac13 S d$，距离 $d$ 是多少？", "By $V=\\frac13 S d$, what is the distance $d$?"), (f"$d={tex(d)}$",) * 2,
              f"(1/3)*({plain(area)})*d = {plain(volume)} \\Rightarrow d = {plain(d)}", kps=["svec.distance", "solid.area_volume"],
              hints=[("以这个三角形为底面时，四面体的高就是所求的什么？", "With this triangle as base, what is the tetrahedron's height?"),
                     ("把体积和底面积代入 $V=\\frac13 S d$，怎样解出 $d$？", "Put the volume and the area into $V=\\frac13 S d$: how do you solve for $d$?")])
    return d


def _by_volume(chain: Chain, d: dict) -> None:
    chain.idea(("点到平面的距离，能不能看作某个四面体的高？", "Can the distance from a point to a plane be seen as the height of a tetrahedron?"),
               ("能：同一个四面体换底求体积，由 $V=\\frac13Sd$ 求出高，就是所求距离",
                "yes: compute the tetrahedron's volume with another base, then $V=\\frac13Sd$ gives the height, the distance asked"),
               kps=["svec.distance", "solid.area_volume"],
               hints=[("四面体的体积与选哪个面作底面有关吗？", "Does a tetrahedron's volume depend on the face taken as base?"),
                      ("以所给平面中的三角形为底，高是什么？", "With the triangle in the given plane as base, what is the height?")])
    value = equal_volume_steps(chain, d["pts"], d["plane"], d["point"])
    chain.done((dollar(value),) * 2, _plane_reference(d))


register(Solver("space.distance", "space_vectors", detect_points, (
    Method(("距离公式 / 法向量", "Distance formula / normal vector"), lambda c, d: (_by_normal if "plane" in d else _two_points)(c, d)),
    Method(("等体积法", "Equal volumes"), _by_volume, lambda d: "plane" in d),
), ("svec.distance",), priority=70, answers=frozenset({"distance"})))

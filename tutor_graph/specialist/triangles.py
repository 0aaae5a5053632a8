"""Solving triangles: a side from two sides and the included angle (law of cosines / coordinates),
an angle from three sides, a side from two angles and a side (law of sines / an altitude), areas."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_SIDE = re.compile(r"(?<![A-Za-z_])([abc])\s*=\s*(\d+(?:\.\d+)?(?:\s*sqrt\(\d+\)|\s*√\d+)?|sqrt\(\d+\)|√\d+|\d*\s*sqrt\(\d+\))")
_ANGLE = re.compile(r"(?<![A-Za-z_])(?:∠\s*)?([ABC])\s*=\s*(\d+(?:\.\d+)?\s*°|[\d]*\s*π\s*(?:/\s*\d+)?|\(\(?\d*π\)?\)/\(\d+\)|\(\(π\)/\(\d+\)\))")


def _deg_text(v: sp.Expr) -> str:
    return f"{tex(sp.nsimplify(v * 180 / sp.pi))}^\\circ"


def _deg_claim(v: sp.Expr) -> str:
    return f"{plain(sp.nsimplify(v * 180 / sp.pi))}°"


def detect(p: Problem) -> Match | None:
    if not re.search(r"△|三角形|triangle", p.text, re.I):
        return None
    sides = {m.group(1): try_expr(m.group(2)) for m in _SIDE.finditer(p.text)}
    angles = {m.group(1): try_expr(m.group(2)) for m in _ANGLE.finditer(p.text)}
    if any(v is None or v.free_symbols or v <= 0 for v in [*sides.values(), *angles.values()]):
        return None
    if any(v >= sp.pi for v in angles.values()):
        return None
    tail = re.split(r"求|find|compute|determine", p.text, flags=re.I)[-1] if re.search(r"求|find|compute|determine", p.text, re.I) else ""
    want_area = bool(re.search(r"面积|area", tail, re.I))
    want = re.findall(r"(?:边|角|side|angle)?\s*(?<![A-Za-z])([abcABC])(?![A-Za-z=])", tail)
    want = [w for w in want if w not in sides and w not in angles]
    data = {"sides": sides, "angles": angles, "area": want_area, "want": want[0] if want and not want_area else None}
    kind = _kind(data)
    if kind is None:
        return None
    data["kind"] = kind
    givens = [f"{k} = {plain(v)}" for k, v in sides.items()] + [f"{k} = {_deg_claim(v)}" for k, v in angles.items()]
    return Match(givens, "area" if want_area else f"{data['want']}", data, 0.9)


def _kind(d: dict) -> str | None:
    s, a, want = d["sides"], d["angles"], d["want"]
    if len(s) == 2 and len(a) == 1:
        (x, y), (ang,) = sorted(s), list(a)
        third = ({"a", "b", "c"} - {x, y}).pop()
        if ang.lower() == third:
            if d["area"]:
                return "sas_area"
            if want == third:
                return "sas_side"
            return None
    if len(s) == 3 and not a and want in ("A", "B", "C"):
        return "sss_angle"
    if len(s) == 2 and len(a) == 1 and want in ("a", "b", "c"):
        (ang,) = list(a)
        if ang.lower() in s and want not in s and want.upper() != ang:
            return "ssa_side"
    if len(s) == 1 and len(a) == 2 and want in ("a", "b", "c") and want.upper() in a and next(iter(s)).upper() in a:
        return "aas_side"
    return None


# -- two sides and the included angle ------------------------------------------------------------------------
def _sas(d: dict):
    (x, y), (ang, val) = sorted(d["sides"]), next(iter(d["angles"].items()))
    return x, y, d["sides"][x], d["sides"][y], ang, val


def _law_of_cosines_side(chain: Chain, d: dict) -> None:
    x, y, vx, vy, ang, val = _sas(d)
    third = ang.lower()
    sq = sp.nsimplify(vx**2 + vy**2 - 2 * vx * vy * sp.cos(val))
    chain.ask(("已知两边及其夹角，用哪个定理求第三边？写出式子。", "Two sides and the included angle are known: which law gives the third side? Write it out."),
              (f"余弦定理：${third}^2={x}^2+{y}^2-2{x}{y}\\cos {ang}$", f"The law of cosines: ${third}^2={x}^2+{y}^2-2{x}{y}\\cos {ang}$"),
              "", kps=["tri.law_of_cosines"], hints=[("夹角对着要求的边。", "The included angle is opposite the side you want.")])
    chain.ask(("代入数值，$" + third + "^2$ 等于多少？", "Substitute the values: what is $" + third + "^2$?"),
              (f"${third}^2={tex(vx)}^2+{tex(vy)}^2-2\\times {tex(vx)}\\times {tex(vy)}\\cos {_deg_text(val)}={tex(sq)}$",) * 2,
              f"({plain(vx)})^2 + ({plain(vy)})^2 - 2*({plain(vx)})*({plain(vy)})*\\cos {_deg_claim(val)} = {plain(sq)}",
              kps=["tri.law_of_cosines", "trig.definition"], hints=[(f"$\\cos {_deg_text(val)}={tex(sp.cos(val))}$。", f"$\\cos {_deg_text(val)}={tex(sp.cos(val))}$.")])
    side = sp.sqrt(sq)
    chain.ask((f"开平方，${third}$ 是多少？", f"Take the square root: what is ${third}$?"), (f"${third}={tex(side)}$",) * 2,
              f"sqrt({plain(sq)}) = {plain(side)}", kps=["tri.solve"], hints=[("边长取正值。", "A side length is positive.")])
    chain.done((f"${third}={tex(side)}$",) * 2, (f"{third}={plain(_coordinate_length(d))}",) * 2)


def _coordinate_length(d: dict) -> sp.Expr:
    """Independent reference: place the angle's vertex at the origin and measure the third side."""
    _, _, vx, vy, _, val = _sas(d)
    p1, p2 = sp.Point(vx, 0), sp.Point(vy * sp.cos(val), vy * sp.sin(val))
    return sp.nsimplify(sp.sqrt(sp.expand((p1.x - p2.x) ** 2 + (p1.y - p2.y) ** 2)))


def _coordinates_side(chain: Chain, d: dict) -> None:
    x, y, vx, vy, ang, val = _sas(d)
    third = ang.lower()
    p2 = (sp.nsimplify(vy * sp.cos(val)), sp.nsimplify(vy * sp.sin(val)))
    chain.ask((f"以顶点 ${ang}$ 为原点、边 ${x}$ 所在直线为 $x$ 轴建立坐标系，另外两个顶点的坐标是什么？",
               f"Put vertex ${ang}$ at the origin with side ${x}$ along the x-axis. What are the other two vertices?"),
              (f"$({tex(vx)}, 0)$ 和 $({tex(p2[0])}, {tex(p2[1])})$", f"$({tex(vx)}, 0)$ and $({tex(p2[0])}, {tex(p2[1])})$"),
              f"{plain(vy)}*\\cos {_deg_claim(val)} = {plain(p2[0])} 且 {plain(vy)}*\\sin {_deg_claim(val)} = {plain(p2[1])}",
              kps=["coordinate_method", "trig.definition"], hints=[("另一条边与 $x$ 轴成的角就是已知角。", "The other side makes the given angle with the x-axis.")])
    sq = sp.expand((vx - p2[0]) ** 2 + p2[1] ** 2)
    side = sp.sqrt(sq)
    chain.ask(("用两点间距离公式求第三边。", "Use the distance formula for the third side."),
              (f"${third}=\\sqrt{{({tex(vx)}-{tex(p2[0])})^2+({tex(p2[1])})^2}}={tex(side)}$",) * 2,
              f"sqrt(({plain(vx)} - ({plain(p2[0])}))^2 + ({plain(p2[1])})^2) = {plain(side)}",
              kps=["line.distance", "coordinate_method"], hints=[("$|AB|=\\sqrt{(x_1-x_2)^2+(y_1-y_2)^2}$。", "$|AB|=\\sqrt{(x_1-x_2)^2+(y_1-y_2)^2}$.")])
    chain.done((f"${third}={tex(side)}$",) * 2, (f"{third}={plain(sp.sqrt(sp.nsimplify(vx**2 + vy**2 - 2 * vx * vy * sp.cos(val))))}",) * 2)


def _sas_area(chain: Chain, d: dict) -> None:
    x, y, vx, vy, ang, val = _sas(d)
    area = sp.nsimplify(vx * vy * sp.sin(val) / 2)
    chain.ask(("已知两边及夹角，三角形面积公式是什么？", "With two sides and the included angle known, what is the area formula?"),
              (f"$S=\\frac12 {x}{y}\\sin {ang}$",) * 2, "", kps=["tri.area"],
              hints=[("面积等于底乘高的一半，高可以用正弦表示。", "Area is half base times height; the height is a side times a sine.")])
    chain.ask(("代入数值，面积是多少？", "Substitute: what is the area?"),
              (f"$S=\\frac12\\times {tex(vx)}\\times {tex(vy)}\\times\\sin {_deg_text(val)}={tex(area)}$",) * 2,
              f"1/2*({plain(vx)})*({plain(vy)})*\\sin {_deg_claim(val)} = {plain(area)}", kps=["tri.area"],
              hints=[(f"$\\sin {_deg_text(val)}={tex(sp.sin(val))}$。", f"$\\sin {_deg_text(val)}={tex(sp.sin(val))}$.")])
    chain.done((dollar(area),) * 2, (plain(sp.nsimplify(sp.Triangle(sp.Point(0, 0), sp.Point(vx, 0), sp.Point(vy * sp.cos(val), vy * sp.sin(val))).area)),) * 2)


def _height_area(chain: Chain, d: dict) -> None:
    x, y, vx, vy, ang, val = _sas(d)
    h = sp.nsimplify(vy * sp.sin(val))
    chain.ask((f"以边 ${x}$ 为底，它上面的高是多少？", f"Taking side ${x}$ as the base, what is the height onto it?"),
              (f"$h={tex(vy)}\\sin {_deg_text(val)}={tex(h)}$",) * 2, f"{plain(vy)}*\\sin {_deg_claim(val)} = {plain(h)}",
              kps=["trig.definition", "tri.area"], hints=[("在直角三角形中，对边 = 斜边 × 正弦。", "In a right triangle, opposite = hypotenuse × sine.")])
    area = sp.nsimplify(vx * h / 2)
    chain.ask(("面积是多少？", "What is the area?"), (f"$S=\\frac12\\times {tex(vx)}\\times {tex(h)}={tex(area)}$",) * 2,
              f"1/2*({plain(vx)})*({plain(h)}) = {plain(area)}", kps=["tri.area"], hints=[("底乘高除以 2。", "Base times height over 2.")])
    chain.done((dollar(area),) * 2, (plain(sp.nsimplify(vx * vy * sp.sin(val) / 2)),) * 2)


register(Solver("triangle.sas_side", "plane_vectors", lambda p: (m if (m := detect(p)) and m.data["kind"] == "sas_side" else None), (
    Method(("余弦定理", "Law of cosines"), _law_of_cosines_side),
    Method(("坐标法", "Coordinates"), _coordinates_side),
), ("tri.law_of_cosines",), priority=55, answers=frozenset({"unknown", "length"})))
register(Solver("triangle.area", "plane_vectors", lambda p: (m if (m := detect(p)) and m.data["kind"] == "sas_area" else None), (
    Method(("面积公式 S=½ab·sinC", "Area formula S=½ab·sinC"), _sas_area),
    Method(("作高", "Drawing the height"), _height_area),
), ("tri.area",), priority=55, answers=frozenset({"area"})))


# -- three sides -> an angle ------------------------------------------------------------------------------------
def _sss_angle(chain: Chain, d: dict) -> None:
    s, want = d["sides"], d["want"]
    o = want.lower()
    x, y = sorted({"a", "b", "c"} - {o})
    cos_v = sp.nsimplify((s[x] ** 2 + s[y] ** 2 - s[o] ** 2) / (2 * s[x] * s[y]))
    chain.ask((f"用余弦定理的推论，$\\cos {want}$ 等于多少？", f"By the law of cosines, what is $\\cos {want}$?"),
              (f"$\\cos {want}=\\frac{{{x}^2+{y}^2-{o}^2}}{{2{x}{y}}}={tex(cos_v)}$",) * 2,
              f"(({plain(s[x])})^2 + ({plain(s[y])})^2 - ({plain(s[o])})^2)/(2*({plain(s[x])})*({plain(s[y])})) = {plain(cos_v)}",
              kps=["tri.law_of_cosines"], hints=[("角的余弦：两邻边平方和减对边平方，除以两邻边积的 2 倍。", "Cosine: (sum of squares of the adjacent sides minus the opposite side squared) over twice their product.")])
    ang = sp.acos(cos_v)
    if not (ang / sp.pi).is_Rational:
        raise ValueError("not a special angle")
    chain.ask((f"${want}\\in(0,\\pi)$，${want}$ 是多少？", f"With ${want}\\in(0,\\pi)$, what is ${want}$?"),
              (f"${want}={_deg_text(ang)}$",) * 2, f"\\cos {_deg_claim(ang)} = {plain(cos_v)}", kps=["trig.definition"],
              hints=[("哪个特殊角的余弦是这个值？", "Which special angle has this cosine?")])
    ans = f"${want}={tex(sp.nsimplify(ang * 180 / sp.pi))}^\\circ$"
    chain.done((ans,) * 2, (f"{want}={plain(_angle_by_coordinates(s, want))}°",) * 2)


def _angle_by_coordinates(s: dict, want: str) -> sp.Expr:
    """Reference: put B at the origin and C on the x-axis, find A from its distances, measure the angle."""
    a, b, c = s["a"], s["b"], s["c"]
    B, C = sp.Point(0, 0), sp.Point(a, 0)
    ax = (a**2 + c**2 - b**2) / (2 * a)
    A = sp.Point(ax, sp.sqrt(c**2 - ax**2))
    vertex, p, q = {"A": (A, B, C), "B": (B, A, C), "C": (C, A, B)}[want]
    u, v = p - vertex, q - vertex
    return sp.nsimplify(sp.acos(sp.simplify((u.x * v.x + u.y * v.y) / (sp.sqrt(u.x**2 + u.y**2) * sp.sqrt(v.x**2 + v.y**2)))) * 180 / sp.pi)


register(Solver("triangle.sss_angle", "plane_vectors", lambda p: (m if (m := detect(p)) and m.data["kind"] == "sss_angle" else None), (
    Method(("余弦定理", "Law of cosines"), _sss_angle),
), ("tri.law_of_cosines",), priority=55, answers=frozenset({"angle", "unknown"})))


# -- two angles and a side -> a side ---------------------------------------------------------------------------
def _aas(d: dict):
    (known, v), = d["sides"].items()
    want = d["want"]
    return known, v, want, d["angles"][known.upper()], d["angles"][want.upper()]


def _law_of_sines(chain: Chain, d: dict) -> None:
    known, v, want, a_known, a_want = _aas(d)
    K, W = known.upper(), want.upper()
    chain.ask(("已知两角和一边，用哪个定理？写出比例式。", "Two angles and a side are known: which law? Write the proportion."),
              (f"正弦定理：$\\frac{{{want}}}{{\\sin {W}}}=\\frac{{{known}}}{{\\sin {K}}}$", f"The law of sines: $\\frac{{{want}}}{{\\sin {W}}}=\\frac{{{known}}}{{\\sin {K}}}$"),
              "", kps=["tri.law_of_sines"], hints=[("边与它所对角的正弦之比相等。", "Each side over the sine of its opposite angle is the same.")])
    val = sp.nsimplify(sp.radsimp(v * sp.sin(a_want) / sp.sin(a_known)))
    chain.ask((f"代入数值，${want}$ 是多少？", f"Substitute: what is ${want}$?"),
              (f"${want}=\\frac{{{tex(v)}\\sin {_deg_text(a_want)}}}{{\\sin {_deg_text(a_known)}}}={tex(val)}$",) * 2,
              f"({plain(v)})*\\sin {_deg_claim(a_want)}/\\sin {_deg_claim(a_known)} = {plain(val)}", kps=["tri.law_of_sines"],
              hints=[("先写出两个角的正弦值。", "Write down the two sines first.")])
    chain.done((f"${want}={tex(val)}$",) * 2, (f"{want}={plain(_altitude_value(d))}",) * 2)


def _altitude_value(d: dict) -> sp.Expr:
    """Reference: SymPy's Triangle built from the third side's angle (ASA) and measured."""
    known, v, want, a_known, a_want = _aas(d)
    K, W = known.upper(), want.upper()
    third = ({"A", "B", "C"} - {K, W}).pop()
    a_third = sp.pi - a_known - a_want
    # the side between angles K and `third` is `want`... use the circumradius: side = 2R sin(opposite)
    two_r = v / sp.sin(a_known)
    del third, a_third
    return sp.nsimplify(sp.radsimp(sp.expand_trig(two_r * sp.sin(a_want))))


def _altitude(chain: Chain, d: dict) -> None:
    known, v, want, a_known, a_want = _aas(d)
    K, W = known.upper(), want.upper()
    third = ({"A", "B", "C"} - {K, W}).pop()
    h = sp.nsimplify(v * sp.sin(a_want))
    chain.ask((f"从顶点 ${third}$ 作对边上的高 $h$，用边 ${known}$ 和角 ${W}$ 表示 $h$，值是多少？",
               f"Drop the height $h$ from vertex ${third}$. Express $h$ with side ${known}$ and angle ${W}$; what is it?"),
              (f"$h={known}\\sin {W}={tex(v)}\\sin {_deg_text(a_want)}={tex(h)}$",) * 2,
              f"({plain(v)})*\\sin {_deg_claim(a_want)} = {plain(h)}", kps=["trig.definition", "tri.solve"],
              hints=[(f"边 ${known}$ 是含角 ${W}$ 的直角三角形的斜边。", f"Side ${known}$ is the hypotenuse of the right triangle containing angle ${W}$.")])
    val = sp.nsimplify(sp.radsimp(h / sp.sin(a_known)))
    chain.ask((f"同一条高也等于 ${want}\\sin {K}$，由此求 ${want}$。", f"The same height equals ${want}\\sin {K}$. Find ${want}$."),
              (f"${want}=\\frac{{h}}{{\\sin {_deg_text(a_known)}}}={tex(val)}$",) * 2,
              f"({plain(h)})/\\sin {_deg_claim(a_known)} = {plain(val)}", kps=["tri.solve"],
              hints=[("两种方式表示同一条高，列等式。", "Write the same height two ways and equate.")])
    chain.done((f"${want}={tex(val)}$",) * 2, (f"{want}={plain(_altitude_value(d))}",) * 2)


register(Solver("triangle.aas_side", "plane_vectors", lambda p: (m if (m := detect(p)) and m.data["kind"] == "aas_side" else None), (
    Method(("正弦定理", "Law of sines"), _law_of_sines),
    Method(("作高", "Drawing an altitude"), _altitude),
), ("tri.law_of_sines",), priority=55, answers=frozenset({"unknown", "length"})))


# -- two sides and an angle opposite one of them -> the third side ----------------------------------------------
def _ssa(d: dict):
    (ang, val), = d["angles"].items()
    opp = ang.lower()
    other = next(k for k in d["sides"] if k != opp)
    return opp, d["sides"][opp], other, d["sides"][other], ang, val, d["want"]


def _ssa_solutions(d: dict) -> list[sp.Expr]:
    """Reference: every triangle with these data, found by SymPy solving the law of cosines for the third side."""
    opp, vo, other, vt, ang, val, want = _ssa(d)
    w = sp.Symbol("w", positive=True)
    return sorted(sp.solve(sp.Eq(vo**2, vt**2 + w**2 - 2 * vt * w * sp.cos(val)), w), key=float)


def _ssa_answer(want, vals) -> tuple[str, str]:
    text = " 或 ".join(f"${want}={tex(v)}$" for v in vals)
    return text, text.replace(" 或 ", " or ")


def _ssa_cosines(chain: Chain, d: dict) -> None:
    opp, vo, other, vt, ang, val, want = _ssa(d)
    w = sp.Symbol(want, positive=True)
    eq = sp.expand(vt**2 + w**2 - 2 * vt * w * sp.cos(val) - vo**2)
    chain.ask((f"对角 ${ang}$ 用余弦定理，设未知边为 ${want}$，得到什么方程？", f"Apply the law of cosines at angle ${ang}$ with unknown side ${want}$. What equation results?"),
              (rf"${opp}^2={other}^2+{want}^2-2{other}{want}\cos {ang}$，即 ${tex(eq)}=0$",
               rf"${opp}^2={other}^2+{want}^2-2{other}{want}\cos {ang}$, i.e. ${tex(eq)}=0$"),
              f"({plain(vt)})^2 + {want}^2 - 2*({plain(vt)})*{want}*\\cos {_deg_claim(val)} - ({plain(vo)})^2 = {plain(eq)}",
              kps=["tri.law_of_cosines"], hints=[("已知角所对的边是已知边，未知边是邻边。", "The known angle faces a known side; the unknown side is adjacent.")])
    roots = sorted(r for r in sp.solve(eq, w) if r.is_positive)
    chain.ask((f"解这个关于 ${want}$ 的一元二次方程，取正根。", f"Solve the quadratic in ${want}$ and keep the positive roots."),
              (", ".join(f"${want}={tex(r)}$" for r in roots),) * 2,
              f"{plain(eq)} = 0 \\Rightarrow " + " 或 ".join(f"{want} = {plain(r)}" for r in roots), context=[f"{want} > 0"],
              kps=["tri.solve", "quad.equation"], hints=[("边长必须为正。", "Side lengths are positive.")])
    chain.done(_ssa_answer(want, roots), _ssa_answer(want, _ssa_solutions(d)))


def _ssa_sines(chain: Chain, d: dict) -> None:
    opp, vo, other, vt, ang, val, want = _ssa(d)
    other_ang = other.upper()
    s = sp.nsimplify(sp.radsimp(vt * sp.sin(val) / vo))
    chain.ask((f"由正弦定理求 $\\sin {other_ang}$。", f"Use the law of sines to find $\\sin {other_ang}$."),
              (f"$\\sin {other_ang}=\\frac{{{other}\\sin {ang}}}{{{opp}}}={tex(s)}$",) * 2,
              f"({plain(vt)})*\\sin {_deg_claim(val)}/({plain(vo)}) = {plain(s)}", kps=["tri.law_of_sines"],
              hints=[("$\\frac{a}{\\sin A}=\\frac{b}{\\sin B}$。", "$\\frac{a}{\\sin A}=\\frac{b}{\\sin B}$.")])
    base = sp.asin(s)
    if not (base / sp.pi).is_Rational:
        raise ValueError("not a special angle")
    cands = [base] if vt <= vo else [base, sp.pi - base]
    cands = [c for c in cands if c + val < sp.pi]
    chain.ask((f"由“大边对大角”判断 ${other_ang}$ 有几个可能的值？", f"Larger side, larger angle: how many values can ${other_ang}$ take?"),
              (", ".join(f"${other_ang}={_deg_text(c)}$" for c in cands),) * 2, "", kps=["tri.solve"],
              hints=[(f"比较 ${other}$ 与 ${opp}$ 的大小。", f"Compare ${other}$ with ${opp}$.")])
    vals = []
    for c in cands:
        third = sp.pi - val - c
        vals.append(sp.nsimplify(sp.radsimp(vo * sp.sin(third) / sp.sin(val))))
    chain.ask((f"求第三个角，再用正弦定理求 ${want}$。", f"Find the third angle, then use the law of sines for ${want}$."),
              (", ".join(f"${want}={tex(v)}$" for v in vals),) * 2,
              " 且 ".join(f"({plain(vo)})*\\sin {_deg_claim(sp.pi - val - c)}/\\sin {_deg_claim(val)} = {plain(v)}" for c, v in zip(cands, vals, strict=True)),
              kps=["tri.law_of_sines", "tri.solve"], hints=[("三角形内角和为 $\\pi$。", "The angles add up to π.")])
    chain.done(_ssa_answer(want, sorted(vals, key=float)), _ssa_answer(want, _ssa_solutions(d)))


register(Solver("triangle.ssa_side", "plane_vectors", lambda p: (m if (m := detect(p)) and m.data["kind"] == "ssa_side" else None), (
    Method(("余弦定理（列方程）", "Law of cosines (a quadratic)"), _ssa_cosines),
    Method(("正弦定理", "Law of sines"), _ssa_sines),
), ("tri.solve",), priority=55, answers=frozenset({"unknown", "length"})))

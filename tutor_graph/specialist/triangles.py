"""Solving triangles: an angle from three sides, a side from two angles and a side (law of sines / an altitude),
a side from two sides and an angle opposite one of them. Two sides and the included angle (the third side, the
area) are `types/trigonometry/triangle_sas.py` and `triangle_area.py`; reading the triangle is `triangle.py`."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim as _deg_claim
from tutor_graph.specialist.types.trigonometry.triangle import deg_text as _deg_text
from tutor_graph.specialist.types.trigonometry.triangle import read


def detect(p: Problem) -> Match | None:
    data = read(p)
    if data is None:
        return None
    givens = [f"{k} = {plain(v)}" for k, v in data["sides"].items()] + [f"{k} = {_deg_claim(v)}" for k, v in data["angles"].items()]
    return Match(givens, "area" if data["area"] else f"{data['want']}", data, 0.9)


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

"""Conic problems in standard position beyond reading off foci: a focus's distance to an asymptote,
a point of a parabola from its focal distance (directrix vs coordinates), the focal triangle's area
(definition + law of cosines vs b²·tan(θ/2)), the chord cut by a line (chord-length formula vs the
intersection points) and the chord with a given midpoint (点差法 vs Vieta)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.analytic_geometry import xy_equations
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, paren, plain, tex


def standard(e: sp.Expr) -> dict | None:
    """x²/A2 + y²/B2 = 1 (ellipse: both positive; hyperbola: opposite signs) or y² = 2px / x² = 2py."""
    poly = sp.Poly(e, X, Y)
    ax, ay, c0 = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2), poly.coeff_monomial(1)
    bx, by = poly.coeff_monomial(X), poly.coeff_monomial(Y)
    if poly.coeff_monomial(X * Y) != 0:
        return None
    if ax != 0 and ay != 0 and c0 != 0 and bx == 0 and by == 0:
        A2, B2 = -c0 / ax, -c0 / ay
        if A2 > 0 and B2 > 0 and A2 != B2:
            a2, b2 = (A2, B2) if A2 > B2 else (B2, A2)
            return {"kind": "ellipse", "A2": A2, "B2": B2, "a2": a2, "b2": b2, "c": sp.sqrt(a2 - b2), "x_axis": A2 > B2}
        if A2 * B2 < 0:
            a2, b2 = (A2, -B2) if A2 > 0 else (B2, -A2)
            return {"kind": "hyperbola", "A2": A2, "B2": B2, "a2": a2, "b2": b2, "c": sp.sqrt(a2 + b2), "x_axis": A2 > 0}
        return None
    if ay != 0 and ax == 0 and bx != 0 and by == 0 and c0 == 0:
        return {"kind": "parabola", "axis": "x", "p": -bx / ay / 2}  # y² = 2p x
    if ax != 0 and ay == 0 and by != 0 and bx == 0 and c0 == 0:
        return {"kind": "parabola", "axis": "y", "p": -by / ax / 2}
    return None


def _conic(p: Problem, need_line: bool = False):
    eqs = xy_equations(p)
    curves = [e for e, d in eqs if d == 2]
    lines = [e for e, d in eqs if d == 1]
    if len(curves) != 1 or (need_line and len(lines) != 1) or (not need_line and lines):
        return None
    s = standard(curves[0])
    if s is None:
        return None
    s["eq"] = curves[0]
    if need_line:
        s["line"] = lines[0]
    return s


# -- a focus and an asymptote ----------------------------------------------------------------------------------------
def detect_focus_asymptote(p: Problem) -> Match | None:
    if not (p.has("焦点", "focus") and p.has("渐近线", "asymptote") and p.has("距离", "distance")):
        return None
    s = _conic(p)
    if s is None or s["kind"] != "hyperbola":
        return None
    return Match([f"{plain(s['eq'])} = 0"], "distance from a focus to an asymptote", s, 0.9)


def _asymptote_line(s):
    a, b = sp.sqrt(s["a2"]), sp.sqrt(s["b2"])
    return (b * X - a * Y) if s["x_axis"] else (a * X - b * Y)


def _fa_reference(s) -> tuple[str, str]:
    """Independent: SymPy geometry's Line.distance from the focus point."""
    from sympy.geometry import Line, Point

    focus = Point(s["c"], 0) if s["x_axis"] else Point(0, s["c"])
    a, b = sp.sqrt(s["a2"]), sp.sqrt(s["b2"])
    line = Line(Point(0, 0), Point(a, b) if s["x_axis"] else Point(b, a))
    return (plain(sp.radsimp(line.distance(focus))),) * 2


def _fa_formula(chain: Chain, s: dict) -> None:
    a, b, c = sp.sqrt(s["a2"]), sp.sqrt(s["b2"]), s["c"]
    chain.ask(("$a$、$b$、$c$ 各是多少？", "What are a, b and c?"), (f"$a={tex(a)}$，$b={tex(b)}$，$c={tex(c)}$", f"$a={tex(a)}$, $b={tex(b)}$, $c={tex(c)}$"),
              f"sqrt({plain(s['a2'])} + {plain(s['b2'])}) = {plain(c)}", kps=["conic.hyperbola.props"], hints=[("双曲线 $c^2=a^2+b^2$。", "For a hyperbola $c^2=a^2+b^2$.")])
    line = _asymptote_line(s)
    focus = (c, 0) if s["x_axis"] else (0, c)
    d = sp.radsimp(sp.Abs(line.subs({X: focus[0], Y: focus[1]})) / sp.sqrt(line.coeff(X) ** 2 + line.coeff(Y) ** 2))
    chain.ask(("取焦点和一条渐近线，用点到直线的距离公式。", "Take a focus and an asymptote; use the point-to-line distance."),
              (f"渐近线 ${tex(line)}=0$，焦点 $({tex(focus[0])},{tex(focus[1])})$，$d={tex(d)}$", f"asymptote ${tex(line)}=0$, focus $({tex(focus[0])},{tex(focus[1])})$: $d={tex(d)}$"),
              f"|{plain(line.subs({X: paren(focus[0]), Y: paren(focus[1])}))}|/sqrt(({plain(line.coeff(X))})^2 + ({plain(line.coeff(Y))})^2) = {plain(d)}",
              kps=["conic.hyperbola.props", "line.distance"], hints=[("由对称性，任取一个焦点和一条渐近线即可。", "By symmetry any focus and asymptote will do.")])
    chain.done((dollar(d),) * 2, _fa_reference(s))


def _fa_fact(chain: Chain, s: dict) -> None:
    b = sp.sqrt(s["b2"])
    chain.ask(("焦点 $(c,0)$ 到渐近线 $bx-ay=0$ 的距离 $\\frac{bc}{\\sqrt{a^2+b^2}}$ 化简为什么？", "The distance from $(c,0)$ to $bx-ay=0$ is $\\frac{bc}{\\sqrt{a^2+b^2}}$: what does it simplify to?"),
              ("$\\frac{bc}{c}=b$",) * 2, "", kps=["conic.hyperbola.props"], hints=[("$\\sqrt{a^2+b^2}=c$。", "$\\sqrt{a^2+b^2}=c$.")])
    chain.ask(("所以距离是多少？", "So what is the distance?"), (f"$b={tex(b)}$",) * 2, f"sqrt({plain(s['b2'])}) = {plain(b)}",
              kps=["conic.hyperbola.props"], hints=[("这是双曲线的一个常用结论。", "A fact worth remembering.")])
    chain.done((dollar(b),) * 2, _fa_reference(s))


register(Solver("conic.focus_asymptote", "conics", detect_focus_asymptote, (
    Method(("点到直线的距离", "Point-to-line distance"), _fa_formula),
    Method(("结论：距离等于 b", "The distance is b"), _fa_fact),
), ("conic.hyperbola.props",), priority=58, answers=frozenset({"focus", "asymptote", "distance"})))


# -- a parabola's focal distance -------------------------------------------------------------------------------------
def detect_focal_point(p: Problem) -> Match | None:
    if not p.has("焦点", "focus"):
        return None
    m = re.search(r"(?:到焦点的距离|from the focus|distance to the focus)\s*(?:为|是|is|of)?\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*from the focus", p.text)
    want = re.search(r"横坐标|x\s*-?\s*coordinate|纵坐标|y\s*-?\s*coordinate", p.text)
    s = _conic(p)
    if not m or not want or s is None or s["kind"] != "parabola" or s["p"] <= 0:
        return None
    dist = sp.nsimplify(m.group(1) or m.group(2))
    coord = "x" if re.search(r"横坐标|x\s*-?\s*coordinate", want.group(0)) else "y"
    if coord != s["axis"] or dist < s["p"] / 2:
        return None
    return Match([f"{plain(s['eq'])} = 0", f"|PF| = {plain(dist)}"], f"{coord} of P", {**s, "dist": dist}, 0.9)


def _fp_reference(d) -> tuple[str, str]:
    """Independent: solve the distance equation together with the curve."""
    t, u = sp.symbols("t u", real=True)
    half = d["p"] / 2
    if d["axis"] == "x":
        sols = sp.solve([u**2 - 2 * d["p"] * t, (t - half) ** 2 + u**2 - d["dist"] ** 2], [t, u], dict=True)
    else:
        sols = sp.solve([t**2 - 2 * d["p"] * u, t**2 + (u - half) ** 2 - d["dist"] ** 2], [t, u], dict=True)
    vals = {s[t] if d["axis"] == "x" else s[u] for s in sols if all(v.is_real for v in s.values())}
    return (plain(vals.pop()) if len(vals) == 1 else "?",) * 2


def _fp_directrix(chain: Chain, d: dict) -> None:
    half = d["p"] / 2
    v = "x" if d["axis"] == "x" else "y"
    chain.ask(("焦点和准线分别是什么？", "What are the focus and the directrix?"),
              (f"$p={tex(d['p'])}$，准线 ${v}=-{tex(half)}$", f"$p={tex(d['p'])}$; directrix ${v}=-{tex(half)}$"),
              f"2*p = {plain(2 * d['p'])} \\Rightarrow p = {plain(d['p'])}", kps=["conic.parabola.def"],
              hints=[("$y^2=2px$ 的焦点 $(\\frac p2,0)$，准线 $x=-\\frac p2$。", "For $y^2=2px$: focus $(\\frac p2,0)$, directrix $x=-\\frac p2$.")])
    value = d["dist"] - half
    chain.ask(("由抛物线的定义，到焦点的距离等于到准线的距离。点 P 的坐标是多少？", "By definition, distance to the focus = distance to the directrix. So?"),
              (f"${v}_P+{tex(half)}={tex(d['dist'])}$，${v}_P={tex(value)}$",) * 2, f"{v} + {plain(half)} = {plain(d['dist'])} \\Rightarrow {v} = {plain(value)}",
              kps=["conic.parabola.props"], hints=[("焦半径公式 $|PF|=x_0+\\frac p2$。", "The focal radius is $x_0+\\frac p2$.")])
    chain.done((dollar(value),) * 2, _fp_reference(d))


register(Solver("conic.parabola_focal", "conics", detect_focal_point, (
    Method(("抛物线的定义（到准线的距离）", "Definition: distance to the directrix"), _fp_directrix),
), ("conic.parabola.props",), priority=58, answers=frozenset({"coordinates"})))


# -- the focal triangle ----------------------------------------------------------------------------------------------
def detect_focal_triangle(p: Problem) -> Match | None:
    if not p.has("面积", "area"):
        return None
    m = re.search(r"∠\s*F_\{?1\}?\s*P\s*F_\{?2\}?\s*=\s*(\d+)\s*°", p.text)
    s = _conic(p)
    if not m or s is None or s["kind"] == "parabola":
        return None
    theta = sp.Integer(m.group(1)) * sp.pi / 180
    if not 0 < theta < sp.pi:
        return None
    return Match([f"{plain(s['eq'])} = 0", f"angle {m.group(1)}°"], "area of the focal triangle", {**s, "theta": theta, "deg": int(m.group(1))}, 0.9)


def _ft_value(d) -> sp.Expr:
    half = d["theta"] / 2
    return sp.radsimp(sp.nsimplify(d["b2"] * (sp.tan(half) if d["kind"] == "ellipse" else 1 / sp.tan(half))))


def _ft_reference(d) -> tuple[str, str]:
    """Independent: find such a point P on the curve numerically, then the triangle's area by coordinates."""
    c = d["c"]
    f1, f2 = sp.Matrix([-c, 0]), sp.Matrix([c, 0])
    t = sp.Symbol("t", real=True)
    a, b = sp.sqrt(d["a2"]), sp.sqrt(d["b2"])
    P = sp.Matrix([a * sp.cos(t), b * sp.sin(t)]) if d["kind"] == "ellipse" else sp.Matrix([a * sp.cosh(t), b * sp.sinh(t)])
    if not d["x_axis"]:
        f1, f2 = sp.Matrix([0, -c]), sp.Matrix([0, c])
        P = sp.Matrix([P[1], P[0]])
    u, v = f1 - P, f2 - P
    angle = sp.acos(u.dot(v) / (u.norm() * v.norm()))
    try:
        t0 = sp.nsolve(angle - d["theta"], t, 1.0 if d["kind"] == "ellipse" else 0.8)
    except (ValueError, ZeroDivisionError):
        return ("?", "?")
    area = abs(float(u.subs(t, t0)[0] * v.subs(t, t0)[1] - u.subs(t, t0)[1] * v.subs(t, t0)[0])) / 2
    exact = _ft_value(d)
    return (plain(exact) if abs(float(exact) - area) < 1e-9 else repr(area),) * 2


def _ft_cosines(chain: Chain, d: dict) -> None:
    a, c, theta = sp.sqrt(d["a2"]), d["c"], d["theta"]
    sign = 1 if d["kind"] == "ellipse" else -1
    chain.ask(("设 $|PF_1|=m$，$|PF_2|=n$。由定义和余弦定理，各得到什么等式？", "Let $|PF_1|=m$, $|PF_2|=n$. What do the definition and the law of cosines give?"),
              (f"$m{'+' if sign > 0 else '-'}n={'' if sign > 0 else chr(177)}{tex(2 * a)}$，$m^2+n^2-2mn\\cos{d['deg']}^\\circ={tex(4 * c**2)}$",) * 2,
              f"2*sqrt({plain(d['a2'])}) = {plain(2 * a)} 且 4*({plain(c)})^2 = {plain(4 * c**2)}", kps=["conic.ellipse.def" if sign > 0 else "conic.hyperbola.def"],
              hints=[("椭圆上的点到两焦点距离之和为 $2a$。", "On an ellipse the two focal distances add up to 2a.")])
    mn = sp.radsimp((sign * (4 * a**2 - 4 * c**2)) / (2 * (1 + sign * sp.cos(theta)))) if sign > 0 else sp.radsimp((4 * c**2 - 4 * a**2) / (2 * (1 - sp.cos(theta))))
    chain.ask(("两式消去 $m^2+n^2$，求 $mn$。", "Eliminate $m^2+n^2$: what is $mn$?"), (f"$mn={tex(mn)}$",) * 2,
              (f"(({plain(2 * a)})^2 - {plain(4 * c**2)})/(2*(1 + cos({d['deg']}°))) = {plain(mn)}" if sign > 0 else
               f"({plain(4 * c**2)} - ({plain(2 * a)})^2)/(2*(1 - cos({d['deg']}°))) = {plain(mn)}").replace("°", "*pi/180"),
              kps=["conic.ellipse.def" if sign > 0 else "conic.hyperbola.def"], hints=[("把 $m\\pm n$ 平方。", "Square $m\\pm n$.")])
    area = sp.radsimp(mn * sp.sin(theta) / 2)
    chain.ask(("面积 $S=\\frac12 mn\\sin\\theta$ 是多少？", "What is the area $S=\\frac12 mn\\sin\\theta$?"), (f"$S={tex(area)}$",) * 2,
              f"(1/2)*({plain(mn)})*sin({d['deg']}*pi/180) = {plain(area)}", kps=["trig.definition"], hints=[("三角形面积公式。", "The triangle area formula.")])
    chain.done((dollar(area),) * 2, _ft_reference(d))


def _ft_formula(chain: Chain, d: dict) -> None:
    half = d["deg"] / 2
    value = _ft_value(d)
    f = "b^2\\tan\\frac{\\theta}{2}" if d["kind"] == "ellipse" else "\\frac{b^2}{\\tan\\frac{\\theta}{2}}"
    chain.ask((f"焦点三角形面积公式 $S={f}$，代入得多少？", f"The focal-triangle formula $S={f}$: substitute."), (f"$S={tex(value)}$",) * 2,
              (f"{plain(d['b2'])}*tan({sp.nsimplify(half)}*pi/180) = {plain(value)}" if d["kind"] == "ellipse" else
               f"{plain(d['b2'])}/tan({sp.nsimplify(half)}*pi/180) = {plain(value)}"),
              kps=["conic.ellipse.props" if d["kind"] == "ellipse" else "conic.hyperbola.props"], hints=[("$b^2$ 来自标准方程。", "Read $b^2$ off the standard equation.")])
    chain.done((dollar(value),) * 2, _ft_reference(d))


register(Solver("conic.focal_triangle", "conics", detect_focal_triangle, (
    Method(("定义 + 余弦定理", "Definition and the law of cosines"), _ft_cosines),
    Method(("焦点三角形面积公式", "The focal-triangle formula"), _ft_formula),
), ("conic.ellipse.props",), priority=58, answers=frozenset({"area"})))

"""Circles: the circle through three points (general equation / perpendicular bisectors) and a
parameter that makes a line tangent to a circle (centre distance / discriminant)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts, points_in, xy_equations
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, roots_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import linear_equations as _lines


def _std(centre, r2) -> sp.Expr:
    return (X - centre[0]) ** 2 + (Y - centre[1]) ** 2


def _circle_answer(centre, r2) -> tuple[str, str]:
    return (f"${tex(_std(centre, r2))}={tex(r2)}$",) * 2


# -- through three points --------------------------------------------------------------------------------
def detect_three_points(p: Problem) -> Match | None:
    if not p.has("圆", "circle") or not p.has("方程", "equation", "find the circle", "circle through", "circle passing") or xy_equations(p):
        return None
    pts = [(a, b) for _, a, b in points_in(p.text)]
    if len(pts) != 3 or sp.Point.is_collinear(*[sp.Point(*q) for q in pts]):
        return None
    return Match([f"({plain(a)}, {plain(b)})" for a, b in pts], "circle", {"pts": pts}, 0.9)


def _three_ref(d: dict) -> tuple[str, str]:
    c = sp.Circle(*[sp.Point(*q) for q in d["pts"]])
    return _circle_answer((c.center.x, c.center.y), c.radius**2)


def _general(chain: Chain, d: dict) -> None:
    D, E, F = sp.symbols("D E F", real=True)
    eqs = [sp.expand(x0**2 + y0**2 + D * x0 + E * y0 + F) for x0, y0 in d["pts"]]
    chain.ask(("设圆的一般方程 $x^2+y^2+Dx+Ey+F=0$，代入三点得到什么方程组？", "Let the circle be $x^2+y^2+Dx+Ey+F=0$. Which system do the three points give?"),
              ("，".join(f"${tex(q)}=0$" for q in eqs),) * 2, "", kps=["circle.equation", "undetermined_coefficients"],
              hints=[("每个点的坐标都满足方程。", "Each point satisfies the equation.")])
    sol = sp.solve(eqs, [D, E, F], dict=True)[0]
    chain.ask(("解方程组求 $D$、$E$、$F$。", "Solve for D, E, F."), (f"$D={tex(sol[D])}, E={tex(sol[E])}, F={tex(sol[F])}$",) * 2,
              " 且 ".join(f"({plain(x0)})^2 + ({plain(y0)})^2 + ({plain(sol[D])})*({plain(x0)}) + ({plain(sol[E])})*({plain(y0)}) + ({plain(sol[F])}) = 0"
                         for x0, y0 in d["pts"]), kps=["circle.equation"], hints=[("先用过原点的点求 $F$（若有）。", "A point at the origin gives F at once.")])
    centre = (-sol[D] / 2, -sol[E] / 2)
    r2 = sp.nsimplify(centre[0] ** 2 + centre[1] ** 2 - sol[F])
    chain.ask(("配方化成标准方程。", "Complete the squares for the standard equation."), (f"${tex(_std(centre, r2))}={tex(r2)}$",) * 2,
              f"x^2 + y^2 + ({plain(sol[D])})*x + ({plain(sol[E])})*y + ({plain(sol[F])}) = {plain(_std(centre, r2))} - {plain(r2)}",
              kps=["circle.equation", "completing_square"], hints=[("$x^2+Dx=(x+\\frac D2)^2-\\frac{D^2}{4}$。", "$x^2+Dx=(x+\\frac D2)^2-\\frac{D^2}{4}$.")])
    chain.done(_circle_answer(centre, r2), _three_ref(d))


def _bisectors(chain: Chain, d: dict) -> None:
    (x1, y1), (x2, y2), (x3, y3) = d["pts"]
    b1 = sp.expand((X - x1) ** 2 + (Y - y1) ** 2 - (X - x2) ** 2 - (Y - y2) ** 2)
    b2 = sp.expand((X - x2) ** 2 + (Y - y2) ** 2 - (X - x3) ** 2 - (Y - y3) ** 2)
    chain.ask(("圆心到三点距离相等：写出两条弦的垂直平分线方程。", "The centre is equidistant from the points: write the perpendicular bisectors of two chords."),
              (f"${tex(b1)}=0$，${tex(b2)}=0$",) * 2, "", kps=["circle.equation", "line.parallel_perp"],
              hints=[("弦的垂直平分线必过圆心。", "A chord's perpendicular bisector passes through the centre.")])
    sol = sp.solve([b1, b2], [X, Y], dict=True)[0]
    centre = (sol[X], sol[Y])
    chain.ask(("两条垂直平分线的交点就是圆心，是哪一点？", "The bisectors meet at the centre. Where?"), (f"$({tex(centre[0])}, {tex(centre[1])})$",) * 2,
              f"{plain(b1.subs({X: sp.Symbol('(' + plain(centre[0]) + ')'), Y: sp.Symbol('(' + plain(centre[1]) + ')')}))} = 0",
              kps=["line.intersection"], hints=[("联立两直线方程。", "Solve the two equations together.")])
    r2 = sp.nsimplify((x1 - centre[0]) ** 2 + (y1 - centre[1]) ** 2)
    chain.ask(("半径的平方是圆心到任一点距离的平方，写出标准方程。", "The radius squared is the squared distance to any point. Write the standard equation."),
              (f"$r^2={tex(r2)}$，${tex(_std(centre, r2))}={tex(r2)}$",) * 2,
              f"({plain(x1)} - ({plain(centre[0])}))^2 + ({plain(y1)} - ({plain(centre[1])}))^2 = {plain(r2)}", kps=["circle.equation", "line.distance"],
              hints=[("两点间距离公式。", "The distance formula.")])
    chain.done(_circle_answer(centre, r2), _three_ref(d))


register(Solver("circle.three_points", "lines_circles", detect_three_points, (
    Method(("待定系数法（一般方程）", "General equation with undetermined coefficients"), _general),
    Method(("垂直平分线求圆心", "Perpendicular bisectors"), _bisectors),
), ("circle.equation",), priority=59, answers=frozenset({"equation"})))


# -- tangent with a parameter ---------------------------------------------------------------------------------
def detect_tangent_param(p: Problem) -> Match | None:
    if not p.has("相切", "tangent"):
        return None
    circles = [(e, c) for e, deg in xy_equations(p) if deg == 2 and (c := circle_parts(e))]
    lines = _lines(p, params=True)
    if len(circles) != 1 or len(lines) != 1 or len(lines[0][1]) != 1:
        return None
    par = next(iter(lines[0][1]))
    centre, r2 = circles[0][1][0], circles[0][1][1]
    return Match([f"{plain(circles[0][0])} = 0", f"{plain(lines[0][0])} = 0"], f"{par}",
                 {"line": lines[0][0], "centre": centre, "r2": r2, "circle": circles[0][0], "par": par}, 0.9)


def _tangent_answer(par, vals) -> tuple[str, str]:
    return roots_math(tex(par), vals, "zh"), roots_math(tex(par), vals, "en")


def _tangent_ref(d: dict) -> tuple[str, str]:
    """Independent: the parameter values for which the line meets the circle in exactly one point."""
    par, line, circle = d["par"], d["line"], d["circle"]
    var, other = (Y, X) if line.coeff(Y) != 0 else (X, Y)
    sub = sp.solve(line, var)[0]
    quad = sp.expand(circle.subs(var, sub))
    vals = sp.solve(sp.discriminant(quad, other), par)
    return _tangent_answer(par, [v for v in vals if v.is_real])


def _by_distance(chain: Chain, d: dict) -> None:
    par, line = d["par"], d["line"]
    (h, k), r2 = d["centre"], d["r2"]
    a, b, c = line.coeff(X), line.coeff(Y), line.subs({X: 0, Y: 0})
    chain.ask(("圆心和半径是什么？", "What are the centre and the radius?"), (f"圆心 $({tex(h)}, {tex(k)})$，半径 ${tex(sp.sqrt(r2))}$",
              f"centre $({tex(h)}, {tex(k)})$, radius ${tex(sp.sqrt(r2))}$"), f"sqrt({plain(r2)}) = {plain(sp.sqrt(r2))}",
              kps=["circle.equation"], hints=[("由标准方程直接读出。", "Read them off the standard equation.")])
    num = sp.expand(a * h + b * k + c)
    chain.ask(("相切时圆心到直线的距离等于半径，列出方程。", "Tangency means the centre-to-line distance equals the radius. Write the equation."),
              (f"$\\frac{{|{tex(num)}|}}{{\\sqrt{{{tex(a**2 + b**2)}}}}}={tex(sp.sqrt(r2))}$",) * 2, "",
              kps=["circle.tangent", "line.distance"], hints=[("点到直线的距离公式。", "The point-to-line distance formula.")])
    vals = sorted(sp.solve(sp.Eq(num**2, r2 * (a**2 + b**2)), par), key=float)
    chain.ask((f"去绝对值（两边平方）解出 ${par}$。", f"Remove the absolute value (square both sides) and solve for ${par}$."),
              (", ".join(f"${par}={tex(v)}$" for v in vals),) * 2,
              f"({plain(num)})^2 = {plain(r2 * (a**2 + b**2))} \\Rightarrow " + " 或 ".join(f"{par} = {plain(v)}" for v in vals),
              kps=["circle.tangent"], hints=[("$|u|=r$ 有两个解 $u=\\pm r$。", "$|u|=r$ gives $u=\\pm r$.")])
    chain.done(_tangent_answer(par, vals), _tangent_ref(d))


def _by_discriminant(chain: Chain, d: dict) -> None:
    par, line, circle = d["par"], d["line"], d["circle"]
    var, other = (Y, X) if line.coeff(Y) != 0 else (X, Y)
    sub = sp.solve(line, var)[0]
    quad = sp.expand(circle.subs(var, sub))
    chain.ask((f"把直线代入圆的方程消去 ${var}$，得到关于 ${other}$ 的什么方程？", f"Substitute the line into the circle to eliminate ${var}$. What equation in ${other}$ results?"),
              (f"${tex(quad)}=0$",) * 2, f"{plain(circle.subs(var, sp.Symbol('(' + plain(sub) + ')')))} = {plain(quad)}",
              kps=["circle.line_circle", "elimination"], hints=[("消元后是一元二次方程。", "You get a quadratic.")])
    disc = sp.factor(sp.discriminant(quad, other))
    vals = sorted([v for v in sp.solve(disc, par) if v.is_real], key=float)
    chain.ask(("相切时只有一个公共点，令判别式为 0 并求解。", "Tangent means one common point: set the discriminant to 0 and solve."),
              (f"$\\Delta={tex(disc)}=0$，" + ", ".join(f"${par}={tex(v)}$" for v in vals),) * 2,
              f"{plain(sp.expand(disc))} = 0 \\Rightarrow " + " 或 ".join(f"{par} = {plain(v)}" for v in vals),
              kps=["circle.tangent", "quad.discriminant"], hints=[("$\\Delta=b^2-4ac$，其中系数含参数。", "$\\Delta=b^2-4ac$ with the parameter inside.")])
    chain.done(_tangent_answer(par, vals), _tangent_ref(d))


register(Solver("circle.tangent_parameter", "lines_circles", detect_tangent_param, (
    Method(("几何法（d=r）", "Geometric (d = r)"), _by_distance),
    Method(("代数法（Δ=0）", "Algebraic (Δ = 0)"), _by_discriminant),
), ("circle.tangent",), priority=61, answers=frozenset({"unknown"})))

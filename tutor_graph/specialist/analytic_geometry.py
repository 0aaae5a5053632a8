"""Lines and circles: distance from a point to a line (formula / foot of the perpendicular), the
line through two points, circle centre and radius (completing the square / D, E, F), line–circle
position (distance / discriminant) and chord length; shared readers of equations and points."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, labelled, plain, point_math, point_slope, tex

_POINT = re.compile(r"(?<![A-Za-z_])([A-Z])?\s*\(\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*,\s*(-?[\d./]+(?:\s*/\s*\d+)?)\s*\)")


def xy_equations(p: Problem) -> list[tuple[sp.Expr, int]]:
    """Equations in x and y as `expr = 0` with their degree (1 line, 2 conic)."""
    out = []
    for frag in p.fragments:
        rel = try_relation(frag)
        if rel is None or rel[1] != "=":
            continue
        e = sp.expand(rel[0] - rel[2])
        if e.free_symbols and e.free_symbols <= {X, Y} and e.is_polynomial(X, Y):
            deg = sp.Poly(e, X, Y).total_degree()
            if deg in (1, 2) and (X in e.free_symbols or Y in e.free_symbols):
                if isinstance(rel[0], sp.Symbol) and rel[0] == Y and not rel[2].has(Y) and deg == 2 and sp.degree(rel[2], X) == 2:
                    continue  # y = x^2 + … is a function, not a conic problem
                out.append((e, deg))
    return out


def points_in(text: str) -> list[tuple[str | None, sp.Expr, sp.Expr]]:
    out = []
    for m in _POINT.finditer(text):
        a, b = try_expr(m.group(2)), try_expr(m.group(3))
        if a is not None and b is not None:
            out.append((m.group(1), a, b))
    return out


def eq_text(e: sp.Expr) -> str:
    """A curve `e = 0` for the recognised givens."""
    return f"{plain(e)} = 0"


def line_answer(e: sp.Expr) -> tuple[str, str]:
    """A line as `$ax + by + c = 0$` with integer coefficients, positive leading coefficient."""
    text = f"${tex(line_form(e))} = 0$"
    return text, text


def point_slope_step(chain: Chain, x0, y0, k) -> sp.Expr:
    """Ask for the line through (x0, y0) with slope k, point-slope form then general form; return `y - kx - b`."""
    e = sp.expand(Y - y0 - k * (X - x0))
    chain.ask(("用点斜式写出直线方程，并化成一般式。", "Write the line in point-slope form and then in general form."),
              (f"${point_slope(x0, y0, k)}$，即 {line_answer(e)[0]}", f"${point_slope(x0, y0, k)}$, i.e. {line_answer(e)[0]}"),
              f"({plain(y0)}) = ({plain(k)})*({plain(x0)}) + ({plain(y0 - k * x0)})", kps=["line.equation"],
              hints=[("点斜式 $y-y_0=k(x-x_0)$。", "Point-slope: $y-y_0=k(x-x_0)$.")])
    return e


def line_form(e: sp.Expr) -> sp.Expr:
    """The left side of `ax + by + c = 0` with integer coefficients, positive leading coefficient."""
    poly = sp.Poly(e, X, Y)
    coeffs = poly.coeffs()
    den = sp.ilcm(*[sp.Rational(c).q for c in coeffs])
    g = sp.igcd(*[int(c * den) for c in coeffs])
    e = sp.expand(e * den / g)
    lead = e.coeff(X) if e.coeff(X) != 0 else e.coeff(Y)
    return -e if lead < 0 else e


# -- distance from a point to a line -------------------------------------------------------------------
def detect_distance(p: Problem) -> Match | None:
    if not p.has("距离", "distance"):
        return None
    curves = xy_equations(p)
    pts = points_in(p.text)
    lines = [e for e, d in curves if d == 1]
    if len(lines) == 1 and len(curves) == 1 and len(pts) == 1:
        _, a, b = pts[0]
        return Match([eq_text(lines[0]), f"P({plain(a)}, {plain(b)})"], "distance", {"line": lines[0], "point": (a, b)}, 0.9)
    if len(lines) == 2 and len(curves) == 2 and not pts:
        l1, l2 = lines
        a1, b1 = l1.coeff(X), l1.coeff(Y)
        k = sp.nsimplify(l2.coeff(X) / a1) if a1 != 0 else sp.nsimplify(l2.coeff(Y) / b1)
        if sp.expand(l2.coeff(X) - k * a1) != 0 or sp.expand(l2.coeff(Y) - k * b1) != 0:
            return None
        return Match([eq_text(l1), eq_text(l2)], "distance between parallel lines", {"line": l1, "line2": sp.expand(l2 / k)}, 0.9)
    return None


def _distance_value(line, pt) -> sp.Expr:
    a, b, c = line.coeff(X), line.coeff(Y), line.subs({X: 0, Y: 0})
    return sp.radsimp(abs(a * pt[0] + b * pt[1] + c) / sp.sqrt(a**2 + b**2))


def _reference_distance(d: dict) -> tuple[str, str]:
    """Independent: SymPy's geometry module."""
    line = d["line"]
    l1 = sp.Line(*_two_points(line))
    if "line2" in d:
        pt = _two_points(d["line2"])[0]
    else:
        pt = sp.Point(*d["point"])
    text = plain(sp.radsimp(l1.distance(pt)))
    return text, text


def _two_points(line) -> tuple[sp.Point, sp.Point]:
    if line.coeff(Y) != 0:
        f = sp.solve(line, Y)[0]
        return sp.Point(0, f.subs(X, 0)), sp.Point(1, f.subs(X, 1))
    x0 = sp.solve(line, X)[0]
    return sp.Point(x0, 0), sp.Point(x0, 1)


def _distance_formula(chain: Chain, d: dict) -> None:
    line = d["line"]
    a, b, c = line.coeff(X), line.coeff(Y), line.subs({X: 0, Y: 0})
    if "line2" in d:
        c2 = d["line2"].subs({X: 0, Y: 0})
        chain.ask(("两直线平行，把它们写成 $x$、$y$ 系数相同的形式，常数项各是多少？", "The lines are parallel: write them with the same x and y coefficients. What are the constants?"),
                  (f"$C_1={tex(c)}$，$C_2={tex(c2)}$", f"$C_1={tex(c)}$, $C_2={tex(c2)}$"), "", kps=["line.parallel_perp"],
                  hints=[("两边同乘一个数使系数一致。", "Scale one equation so the coefficients match.")])
        value = sp.radsimp(abs(c - c2) / sp.sqrt(a**2 + b**2))
        chain.ask(("用平行线间距离公式 $d=\\frac{|C_1-C_2|}{\\sqrt{A^2+B^2}}$。", "Use $d=\\frac{|C_1-C_2|}{\\sqrt{A^2+B^2}}$."),
                  (f"$d={tex(value)}$",) * 2, f"|({plain(c)}) - ({plain(c2)})|/sqrt(({plain(a)})^2 + ({plain(b)})^2) = {plain(value)}",
                  kps=["line.distance"], hints=[("先确认 $A$、$B$ 相同。", "Make sure A and B agree first.")])
        chain.done((dollar(value),) * 2, _reference_distance(d))
        return
    x0, y0 = d["point"]
    chain.ask(("写出直线的一般式 $Ax+By+C=0$ 中的 $A$、$B$、$C$。", "Read off A, B, C of the line $Ax+By+C=0$."),
              (f"$A={tex(a)}, B={tex(b)}, C={tex(c)}$",) * 2, "", kps=["line.equation"],
              hints=[("先把方程整理成一般式。", "Bring the equation to general form first.")])
    value = _distance_value(line, (x0, y0))
    chain.ask(("代入点到直线的距离公式 $d=\\frac{|Ax_0+By_0+C|}{\\sqrt{A^2+B^2}}$。", "Use the point-to-line distance formula $d=\\frac{|Ax_0+By_0+C|}{\\sqrt{A^2+B^2}}$."),
              (f"$d=\\frac{{|{tex(a)}\\cdot{tex(x0)}+{tex(b)}\\cdot{tex(y0)}+{tex(c)}|}}{{\\sqrt{{{tex(a**2)}+{tex(b**2)}}}}}={tex(value)}$",) * 2,
              f"|({plain(a)})*({plain(x0)}) + ({plain(b)})*({plain(y0)}) + ({plain(c)})|/sqrt(({plain(a)})^2 + ({plain(b)})^2) = {plain(value)}",
              kps=["line.distance"], hints=[("分子要加绝对值。", "The numerator takes an absolute value.")])
    chain.done((dollar(value),) * 2, _reference_distance(d))


def _foot(chain: Chain, d: dict) -> None:
    line = d["line"]
    x0, y0 = d["point"]
    a, b = line.coeff(X), line.coeff(Y)
    perp = sp.expand(b * (X - x0) - a * (Y - y0))
    chain.ask(("过点作已知直线的垂线，垂线方程是什么？", "Draw the perpendicular through the point. What is its equation?"),
              (f"${tex(perp)}=0$",) * 2, f"({plain(a)})*({plain(b)}) + ({plain(b)})*({plain(-a)}) = 0", kps=["line.parallel_perp"],
              hints=[("垂直的两直线斜率之积为 $-1$（或法向量垂直）。", "Perpendicular slopes multiply to −1.")])
    sol = sp.solve([line, perp], [X, Y], dict=True)[0]
    foot = (sol[X], sol[Y])
    chain.ask(("求两直线的交点（垂足）。", "Find where the two lines meet (the foot)."), (f"$({tex(foot[0])}, {tex(foot[1])})$",) * 2,
              f"({plain(a)})*({plain(foot[0])}) + ({plain(b)})*({plain(foot[1])}) + ({plain(line.subs({X: 0, Y: 0}))}) = 0", kps=["line.intersection"],
              hints=[("联立两直线方程。", "Solve the two equations together.")])
    value = sp.radsimp(sp.sqrt((foot[0] - x0) ** 2 + (foot[1] - y0) ** 2))
    chain.ask(("点到垂足的距离就是所求距离，是多少？", "The distance from the point to the foot is the answer. What is it?"),
              (f"$d={tex(value)}$",) * 2, f"sqrt(({plain(foot[0])} - ({plain(x0)}))^2 + ({plain(foot[1])} - ({plain(y0)}))^2) = {plain(value)}",
              kps=["line.distance"], hints=[("用两点间距离公式。", "Use the distance formula for two points.")])
    chain.done((dollar(value),) * 2, _reference_distance(d))


register(Solver("geometry.distance", "lines_circles", detect_distance, (
    Method(("距离公式", "Distance formula"), _distance_formula),
    Method(("求垂足", "Foot of the perpendicular"), _foot, lambda d: "point" in d),
), ("line.distance",), priority=62, answers=frozenset({"distance"})))


# -- the line through two points -------------------------------------------------------------------------
def detect_line(p: Problem) -> Match | None:
    if not p.has("直线", "line") or not p.has("方程", "equation") or xy_equations(p):
        return None
    pts = points_in(p.text)
    if len(pts) != 2 or pts[0][1:] == pts[1][1:]:
        return None
    return Match([f"({plain(a)}, {plain(b)})" for _, a, b in pts], "line through two points",
                 {"p1": pts[0][1:], "p2": pts[1][1:]}, 0.85)


def _line_ref(d: dict) -> tuple[str, str]:
    line = sp.Line(sp.Point(*d["p1"]), sp.Point(*d["p2"]))
    a, b, c = line.coefficients
    return line_answer(a * X + b * Y + c)


def _point_slope(chain: Chain, d: dict) -> None:
    (x1, y1), (x2, y2) = d["p1"], d["p2"]
    if x1 == x2:
        chain.ask(("两点横坐标相同，直线有什么特点？", "Both points share the x-coordinate. What kind of line is it?"),
                  (f"垂直于 $x$ 轴：$x={tex(x1)}$", f"vertical: $x={tex(x1)}$"), "", kps=["line.slope"],
                  hints=[("斜率不存在。", "The slope is undefined.")])
        chain.done(line_answer(X - x1), _line_ref(d))
        return
    k = sp.nsimplify((y2 - y1) / (x2 - x1))
    chain.ask(("直线的斜率 $k=\\frac{y_2-y_1}{x_2-x_1}$ 是多少？", "What is the slope $k=\\frac{y_2-y_1}{x_2-x_1}$?"),
              (f"$k={tex(k)}$",) * 2, f"(({plain(y2)}) - ({plain(y1)}))/(({plain(x2)}) - ({plain(x1)})) = {plain(k)}",
              kps=["line.slope"], hints=[("纵坐标之差除以横坐标之差。", "Rise over run.")])
    e = point_slope_step(chain, x1, y1, k)
    chain.done(line_answer(e), _line_ref(d))


def _two_point_form(chain: Chain, d: dict) -> None:
    (x1, y1), (x2, y2) = d["p1"], d["p2"]
    chain.ask(("设直线为 $y=kx+b$，代入两点得到什么方程组？", "Let the line be $y=kx+b$. Which system do the two points give?"),
              (f"${tex(y1)}={tex(x1)}k+b$，${tex(y2)}={tex(x2)}k+b$",) * 2, "", kps=["line.equation", "undetermined_coefficients"],
              hints=[("每个点的坐标都满足直线方程。", "Each point satisfies the equation.")])
    kk, bb = sp.symbols("k b", real=True)
    sol = sp.solve([kk * x1 + bb - y1, kk * x2 + bb - y2], [kk, bb], dict=True)[0]
    chain.ask(("解方程组求 $k$、$b$，写出直线方程。", "Solve for $k$ and $b$ and write the line."),
              (f"$k={tex(sol[kk])}, b={tex(sol[bb])}$",) * 2,
              f"({plain(sol[kk])})*({plain(x1)}) + ({plain(sol[bb])}) = {plain(y1)} 且 ({plain(sol[kk])})*({plain(x2)}) + ({plain(sol[bb])}) = {plain(y2)}",
              kps=["line.equation"], hints=[("两式相减先消去 $b$。", "Subtract to eliminate b first.")])
    chain.done(line_answer(sp.expand(Y - sol[kk] * X - sol[bb])), _line_ref(d))


register(Solver("geometry.line", "lines_circles", detect_line, (
    Method(("点斜式", "Point-slope form"), _point_slope),
    Method(("待定系数法", "Undetermined coefficients"), _two_point_form, lambda d: d["p1"][0] != d["p2"][0]),
), ("line.equation",), priority=58, answers=frozenset({"equation"})))


# -- circles ---------------------------------------------------------------------------------------------------
def circle_parts(e: sp.Expr):
    """(centre, r^2, D, E, F) when e = x^2 + y^2 + Dx + Ey + F (up to a factor)."""
    poly = sp.Poly(e, X, Y)
    a = poly.coeff_monomial(X**2)
    if a == 0 or poly.coeff_monomial(Y**2) != a or poly.coeff_monomial(X * Y) != 0:
        return None
    e = sp.expand(e / a)
    D, E, F = e.coeff(X, 1).subs(Y, 0), e.coeff(Y, 1).subs(X, 0), e.subs({X: 0, Y: 0})
    r2 = sp.nsimplify((D**2 + E**2 - 4 * F) / 4)
    if r2 <= 0:
        return None
    return (-D / 2, -E / 2), r2, D, E, F


def detect_circle(p: Problem) -> Match | None:
    curves = xy_equations(p)
    if not p.has("圆", "circle") and not any(d == 2 and circle_parts(e) for e, d in curves):
        return None
    circles = [(e, c) for e, d in curves if d == 2 and (c := circle_parts(e))]
    lines = [e for e, d in curves if d == 1]
    if len(circles) != 1:
        return None
    e, (centre, r2, D, E, F) = circles[0]
    data = {"eq": e, "centre": centre, "r2": r2, "D": D, "E": E, "F": F}
    if not lines and p.has("圆心", "半径", "centre", "center", "radius"):
        c, r = p.has("圆心", "centre", "center"), p.has("半径", "radius")
        if p.has("只", "only", "写出圆心坐标", "give the centre", "give the center"):
            r = not c
        data["want"] = "centre" if c and not r else ("radius" if r and not c else "both")
        return Match([eq_text(e)], "centre and radius", {**data, "goal": "centre"}, 0.9)
    if len(lines) == 1:
        goal = "chord" if p.has("弦长", "chord") else ("position" if p.has("位置关系", "相切", "相交", "相离", "position", "tangent", "intersect") else None)
        if goal:
            return Match([eq_text(e), eq_text(lines[0])], goal, {**data, "line": lines[0], "goal": goal}, 0.9)
    return None


def _centre_answer(centre, r2, want: str = "both") -> tuple[str, str]:
    if want != "both":
        return (point_math(centre) if want == "centre" else dollar(sp.sqrt(r2)),) * 2
    c, r = labelled(tuple(centre)), labelled(sp.sqrt(r2))
    return f"圆心 {c}，半径 {r}", f"centre {c}, radius {r}"


def _centre_ref(d: dict):
    """Independent: SymPy's Circle from the equation."""
    c = sp.Circle(sp.Eq(d["eq"], 0), x=X, y=Y)
    return _centre_answer((c.center.x, c.center.y), c.radius**2, d.get("want", "both"))


def _complete_square(chain: Chain, d: dict) -> None:
    (h, k), r2 = d["centre"], d["r2"]
    std = (X - h) ** 2 + (Y - k) ** 2
    if d["D"] == 0 and d["E"] == 0 and d["goal"] != "centre":
        chain.ask(("圆心和半径是什么？", "What are the centre and the radius?"), _centre_answer((h, k), r2),
                  f"sqrt({plain(r2)}) = {plain(sp.sqrt(r2))}", kps=["circle.equation"],
                  hints=[("$x^2+y^2=r^2$ 的圆心是原点。", "$x^2+y^2=r^2$ is centred at the origin.")])
        return
    chain.ask(("把 $x$ 的项、$y$ 的项分别配方，化成标准方程。", "Complete the square in x and in y to get the standard equation."),
              (f"${tex(std)}={tex(r2)}$",) * 2, f"{plain(sp.expand(d['eq'] / sp.Poly(d['eq'], X, Y).coeff_monomial(X**2)))} = {plain(std)} - {plain(r2)}",
              kps=["circle.equation", "completing_square"], hints=[("$x^2+Dx=(x+\\frac D2)^2-\\frac{D^2}{4}$。", "$x^2+Dx=(x+\\frac D2)^2-\\frac{D^2}{4}$.")])
    if d["goal"] == "centre":
        chain.ask(("由标准方程读出圆心和半径。", "Read the centre and radius off the standard equation."),
                  _centre_answer((h, k), r2), f"sqrt({plain(r2)}) = {plain(sp.sqrt(r2))}", kps=["circle.equation"],
                  hints=[("$(x-a)^2+(y-b)^2=r^2$ 的圆心是 $(a,b)$。", "$(x-a)^2+(y-b)^2=r^2$ has centre (a, b).")])
        chain.done(_centre_answer((h, k), r2, d.get("want", "both")), _centre_ref(d))


def _def_formula(chain: Chain, d: dict) -> None:
    D, E, F = d["D"], d["E"], d["F"]
    (h, k), r2 = d["centre"], d["r2"]
    chain.ask(("一般方程 $x^2+y^2+Dx+Ey+F=0$ 中 $D$、$E$、$F$ 各是多少？", "In $x^2+y^2+Dx+Ey+F=0$, what are D, E, F?"),
              (f"$D={tex(D)}, E={tex(E)}, F={tex(F)}$",) * 2, "", kps=["circle.equation"],
              hints=[("二次项系数先化为 1。", "Make the square terms' coefficients 1 first.")])
    r = sp.sqrt(r2)
    chain.ask(("圆心 $(-\\frac D2,-\\frac E2)$、半径 $\\frac12\\sqrt{D^2+E^2-4F}$ 各是多少？", "Centre $(-\\frac D2,-\\frac E2)$ and radius $\\frac12\\sqrt{D^2+E^2-4F}$?"),
              _centre_answer((h, k), r2), f"sqrt(({plain(D)})^2 + ({plain(E)})^2 - 4*({plain(F)}))/2 = {plain(r)}",
              kps=["circle.equation"], hints=[("注意负号。", "Mind the minus signs.")])
    chain.done(_centre_answer((h, k), r2, d.get("want", "both")), _centre_ref(d))


def _position_word(dist, r) -> tuple[str, str]:
    if dist < r:
        return "相交", "intersect"
    if dist == r:
        return "相切", "tangent"
    return "相离", "separate"


def _by_distance(chain: Chain, d: dict) -> None:
    _complete_square(chain, d)
    (h, k), r2 = d["centre"], d["r2"]
    r = sp.sqrt(r2)
    dist = _distance_value(d["line"], (h, k))
    chain.ask(("圆心到直线的距离 $d$ 是多少？", "What is the distance $d$ from the centre to the line?"), (f"$d={tex(dist)}$",) * 2,
              f"|({plain(d['line'].coeff(X))})*({plain(h)}) + ({plain(d['line'].coeff(Y))})*({plain(k)}) + ({plain(d['line'].subs({X: 0, Y: 0}))})|"
              f"/sqrt(({plain(d['line'].coeff(X))})^2 + ({plain(d['line'].coeff(Y))})^2) = {plain(dist)}",
              kps=["line.distance"], hints=[("点到直线的距离公式。", "Use the point-to-line distance formula.")])
    if d["goal"] == "chord":
        half = sp.radsimp(sp.sqrt(r2 - dist**2))
        chain.ask(("由垂径定理，弦长 $=2\\sqrt{r^2-d^2}$ 是多少？", "By the perpendicular-bisector property, the chord is $2\\sqrt{r^2-d^2}$. What is it?"),
                  (f"${tex(2 * half)}$",) * 2, f"2*sqrt({plain(r2)} - ({plain(dist)})^2) = {plain(2 * half)}", kps=["circle.line_circle"],
                  hints=[("半弦、弦心距、半径构成直角三角形。", "Half-chord, centre distance and radius form a right triangle.")])
        chain.done((dollar(2 * half),) * 2, _chord_ref(d))
        return
    word = _position_word(dist, r)
    chain.ask(("比较 $d$ 与半径 $r$，位置关系如何？", "Compare d with the radius r. How are the line and circle placed?"),
              (f"$d{'<' if dist < r else ('=' if dist == r else '>')}r={tex(r)}$，{word[0]}", f"$d{'<' if dist < r else ('=' if dist == r else '>')}r={tex(r)}$: {word[1]}"),
              f"{plain(dist)} {'<' if dist < r else ('=' if dist == r else '>')} {plain(r)}", kps=["circle.line_circle"],
              hints=[("$d<r$ 相交，$d=r$ 相切，$d>r$ 相离。", "d<r: intersect; d=r: tangent; d>r: separate.")])
    chain.done(word, _position_ref(d))


def _intersections(d: dict):
    return sp.solve([d["eq"], d["line"]], [X, Y], dict=True)


def _position_ref(d: dict) -> tuple[str, str]:
    real = [s for s in _intersections(d) if s[X].is_real and s[Y].is_real]
    return ("相交", "intersect") if len(real) == 2 else (("相切", "tangent") if len(real) == 1 else ("相离", "separate"))


def _chord_ref(d: dict) -> tuple[str, str]:
    pts = [sp.Point(s[X], s[Y]) for s in _intersections(d)]
    text = plain(sp.radsimp(sp.sqrt(sp.expand((pts[0].x - pts[1].x) ** 2 + (pts[0].y - pts[1].y) ** 2))))
    return text, text


def _by_discriminant(chain: Chain, d: dict) -> None:
    line, circle = d["line"], d["eq"]
    var, other = (Y, X) if line.coeff(Y) != 0 else (X, Y)
    sub = sp.solve(line, var)[0]
    quad = sp.expand(circle.subs(var, sub))
    quad = sp.expand(quad / sp.Poly(quad, other).LC()) * 1
    chain.ask((f"由直线解出 ${var}$ 代入圆的方程，得到关于 ${other}$ 的什么方程？", f"Solve the line for ${var}$ and substitute into the circle. What equation in ${other}$ results?"),
              (f"${tex(quad)}=0$",) * 2, f"{plain(circle.subs(var, sp.Symbol('(' + plain(sub) + ')')))} = {plain(sp.expand(circle.subs(var, sub)))}",
              kps=["circle.line_circle", "elimination"], hints=[("消元后得到一元二次方程。", "Elimination leaves a quadratic.")])
    disc = sp.discriminant(quad, other)
    if d["goal"] == "chord":
        a = sp.Poly(quad, other).LC()
        k2 = (line.coeff(other) / line.coeff(var)) ** 2 if line.coeff(var) != 0 else 0
        length = sp.radsimp(sp.sqrt(1 + k2) * sp.sqrt(disc) / abs(a))
        chain.ask(("由韦达定理和弦长公式 $|AB|=\\sqrt{1+k^2}\\,|x_1-x_2|$ 求弦长。", "Use Vieta and the chord formula $|AB|=\\sqrt{1+k^2}\\,|x_1-x_2|$."),
                  (f"$|x_1-x_2|=\\frac{{\\sqrt{{\\Delta}}}}{{|a|}}={tex(sp.radsimp(sp.sqrt(disc) / abs(a)))}$，弦长 ${tex(length)}$",
                   f"$|x_1-x_2|=\\frac{{\\sqrt{{\\Delta}}}}{{|a|}}={tex(sp.radsimp(sp.sqrt(disc) / abs(a)))}$, chord ${tex(length)}$"),
                  f"sqrt(1 + {plain(k2)})*sqrt({plain(disc)})/{plain(abs(a))} = {plain(length)}", kps=["circle.line_circle", "quad.vieta"],
                  hints=[("$|x_1-x_2|=\\sqrt{(x_1+x_2)^2-4x_1x_2}$。", "$|x_1-x_2|=\\sqrt{(x_1+x_2)^2-4x_1x_2}$.")])
        chain.done((dollar(length),) * 2, _chord_ref(d))
        return
    word = ("相交", "intersect") if disc > 0 else (("相切", "tangent") if disc == 0 else ("相离", "separate"))
    chain.ask(("判别式 $\\Delta$ 是多少？公共点有几个？", "What is the discriminant? How many common points?"),
              (f"$\\Delta={tex(disc)}$，{word[0]}", f"$\\Delta={tex(disc)}$: {word[1]}"),
              f"{plain(disc)} {'>' if disc > 0 else ('=' if disc == 0 else '<')} 0", kps=["circle.line_circle", "quad.discriminant"],
              hints=[("$\\Delta>0$ 两个公共点。", "Δ > 0: two common points.")])
    chain.done(word, _position_ref(d))


register(Solver("geometry.circle", "lines_circles", lambda p: (m if (m := detect_circle(p)) and m.data["goal"] == "centre" else None), (
    Method(("配方法", "Completing the square"), _complete_square),
    Method(("公式法（D、E、F）", "The D, E, F formulas"), _def_formula),
), ("circle.equation",), priority=60, answers=frozenset({"center", "radius", "coordinates"})))
register(Solver("geometry.line_circle", "lines_circles", lambda p: (m if (m := detect_circle(p)) and m.data["goal"] in ("position", "chord") else None), (
    Method(("几何法（圆心到直线的距离）", "Geometric: centre-to-line distance"), _by_distance),
    Method(("代数法（联立、判别式）", "Algebraic: substitution and discriminant"), _by_discriminant),
), ("circle.line_circle",), priority=60, answers=frozenset({"length", "position"})))

"""Lines and circles: circle centre and radius (completing the square / D, E, F), line–circle position
(distance / discriminant) and chord length; shared readers of equations and points (used by the line,
circle and conic types in `types/`)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, labelled, plain, point_math, tex

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


def line_form(e: sp.Expr) -> sp.Expr:
    """The left side of `ax + by + c = 0` with integer coefficients, positive leading coefficient."""
    poly = sp.Poly(e, X, Y)
    coeffs = poly.coeffs()
    den = sp.ilcm(*[sp.Rational(c).q for c in coeffs])
    g = sp.igcd(*[int(c * den) for c in coeffs])
    e = sp.expand(e * den / g)
    lead = e.coeff(X) if e.coeff(X) != 0 else e.coeff(Y)
    return -e if lead < 0 else e


def _distance_value(line, pt) -> sp.Expr:
    a, b, c = line.coeff(X), line.coeff(Y), line.subs({X: 0, Y: 0})
    return sp.radsimp(abs(a * pt[0] + b * pt[1] + c) / sp.sqrt(a**2 + b**2))


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

"""More lines and circles: the common chord of two intersecting circles (subtract the equations vs find the
intersection points), and the lines through a point with equal intercepts on the axes (cases on the
intercept form vs a slope)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts, line_form, points_in, xy_equations
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, point_math, tex


def _at(e: sp.Expr, x0, y0) -> str:
    """e with the point's coordinates written in, unevaluated: `3*(2) - 2*(3)`."""
    return plain(e.subs({X: sp.Symbol(f"({plain(x0)})"), Y: sp.Symbol(f"({plain(y0)})")}, simultaneous=True))


def _eq(e: sp.Expr) -> str:
    return f"{tex(line_form(e))} = 0"


# -- the common chord -------------------------------------------------------------------------------------------------
def detect_common_chord(p: Problem) -> Match | None:
    if not p.has("公共弦", "common chord"):
        return None
    eqs = xy_equations(p)
    if len(eqs) != 2 or any(deg != 2 for _, deg in eqs) or p.has("弦长", "length", "长度", "距离", "distance"):
        return None
    parts = [circle_parts(e) for e, _ in eqs]
    if any(c is None for c in parts):
        return None
    (c1, r1sq, *_), (c2, r2sq, *_) = parts
    dist = sp.sqrt((c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2)
    r1, r2 = sp.sqrt(r1sq), sp.sqrt(r2sq)
    if not (abs(r1 - r2) < dist < r1 + r2):
        return None  # not two intersection points: there is no common chord
    f1, f2 = (sp.expand(e / sp.Poly(e, X, Y).coeff_monomial(X**2)) for e, _ in eqs)
    return Match([f"{plain(f1)} = 0", f"{plain(f2)} = 0"], "common chord",
                 {"f1": f1, "f2": f2, "c1": c1, "c2": c2, "r1": r1, "r2": r2, "dist": dist}, 0.9)


def _chord_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's geometry intersects the circles and draws the line through the two points."""
    (c1, r1), (c2, r2) = (d["c1"], d["r1"]), (d["c2"], d["r2"])
    pts = sp.Circle(sp.Point(*c1), r1).intersection(sp.Circle(sp.Point(*c2), r2))
    a, b, c = sp.Line(*pts).coefficients
    text = f"{plain(line_form(a * X + b * Y + c))} = 0"
    return text, text


def _intersect_check(chain: Chain, d: dict) -> None:
    dist, r1, r2 = d["dist"], d["r1"], d["r2"]
    chain.ask(("两圆真的相交吗？比较圆心距与两半径的和、差。", "Do the circles really meet? Compare the distance between the centres with the sum and difference of the radii."),
              (f"圆心距 ${tex(dist)}$，$|r_1-r_2|={tex(abs(r1 - r2))}<{tex(dist)}<{tex(r1 + r2)}=r_1+r_2$，相交", f"the centres are ${tex(dist)}$ apart and $|r_1-r_2|={tex(abs(r1 - r2))}<{tex(dist)}<{tex(r1 + r2)}=r_1+r_2$: they meet"),
              f"{plain(abs(r1 - r2))} < {plain(dist)} 且 {plain(dist)} < {plain(r1 + r2)}", kps=["circle.two_circles"],
              hints=[("不相交就没有公共弦。", "Without two common points there is no common chord.")])


def _by_subtracting(chain: Chain, d: dict) -> None:
    f1, f2 = d["f1"], d["f2"]
    _intersect_check(chain, d)
    diff = sp.expand(f1 - f2)
    chain.ask(("两个交点同时满足两个方程。两方程相减，二次项怎样了？", "Both intersection points satisfy both equations. What happens to the squares when you subtract?"),
              (f"二次项消去：$({tex(f1)})-({tex(f2)})={tex(diff)}$", f"they cancel: $({tex(f1)})-({tex(f2)})={tex(diff)}$"),
              f"({plain(f1)}) - ({plain(f2)}) = {plain(diff)}", kps=["circle.two_circles", "elimination"],
              hints=[("相减后得到一次方程。", "The difference is linear.")])
    answer = f"${_eq(diff)}$"
    chain.ask(("这个一次方程表示什么？化成一般式。", "What does this linear equation describe? Write it in general form."),
              (f"过两个交点的直线，即公共弦所在直线 {answer}", f"the line through both intersection points, the common chord: {answer}"),
              f"{plain(diff)} = 0 \\Leftrightarrow {plain(line_form(diff))} = 0", kps=["circle.two_circles", "line.equation"],
              hints=[("两点确定一条直线。", "Two points determine a line.")])
    chain.done((answer,) * 2, _chord_reference(d))


def _by_points(chain: Chain, d: dict) -> None:
    f1, f2 = d["f1"], d["f2"]
    _intersect_check(chain, d)
    diff = sp.expand(f1 - f2)
    var, other = (X, Y) if diff.has(Y) else (Y, X)  # solve the line for y when it has a y
    expr = sp.solve(diff, other)[0]
    single = sp.expand(f1.subs(other, expr))
    roots = sorted(sp.solveset(single, var, sp.S.Reals), key=float)
    pts = [(r, expr.subs(var, r)) if var == X else (expr.subs(var, r), r) for r in roots]
    if len(pts) != 2:
        return
    shown = "，".join(point_math(q) for q in pts)
    sub = f1.subs(other, sp.Symbol(f"({plain(expr)})"))
    chain.ask((f"联立两圆方程：相减得到 ${tex(other)}={tex(expr)}$，代回第一个圆，求出两个交点。",
               f"Solve the two circles together: subtracting gives ${tex(other)}={tex(expr)}$; substitute it into the first circle and find the two points."),
              (f"交点 {shown}", f"the points {shown.replace('，', ', ')}"),
              f"{plain(sub)} = 0 \\Leftrightarrow " + " 或 ".join(f"{var} = {plain(r)}" for r in roots),
              kps=["circle.two_circles"], hints=[("先相减消去二次项，再代回一个圆。", "Subtract to drop the squares, then substitute back into one circle.")])
    (xa, ya), (xb, yb) = pts
    line = line_form((yb - ya) * (X - xa) - (xb - xa) * (Y - ya))
    answer = f"${tex(line)} = 0$"
    chain.ask(("过这两点的直线方程是什么？", "What line passes through the two points?"), (answer,) * 2,
              " 且 ".join(f"{_at(line, a, b)} = 0" for a, b in pts), kps=["line.equation"],
              hints=[("两点式，或先求斜率。", "Two-point form, or find the slope first.")])
    chain.done((answer,) * 2, _chord_reference(d))


register(Solver("circle.common_chord", "lines_circles", detect_common_chord, (
    Method(("两圆方程相减", "Subtract the two equations"), _by_subtracting),
    Method(("先求交点再求直线", "Find the intersection points first"), _by_points),
), ("circle.two_circles",), priority=66, answers=frozenset({"equation"})))


# -- equal intercepts through a point ----------------------------------------------------------------------------------
def detect_equal_intercepts(p: Problem) -> Match | None:
    if not re.search(r"截距相等|intercepts?\s+(?:on\s+the\s+(?:two\s+)?(?:coordinate\s+)?axes\s+)?(?:are\s+)?equal|equal\s+intercepts", p.text, re.I):
        return None
    if p.has("相反", "opposite", "和为", "sum", "倍", "twice", "面积", "area", "斜率", "slope", "圆", "circle", "平行", "垂直", "parallel", "perpendicular"):
        return None
    pts = points_in(p.text)
    if len(pts) != 1 or len(xy_equations(p)) != 0:
        return None
    _, x0, y0 = pts[0]
    if x0.free_symbols or y0.free_symbols or x0 == 0 or y0 == 0:
        return None  # on an axis: one of the lines has no intercept there
    return Match([f"point ({plain(x0)}, {plain(y0)})", "equal intercepts"], "equation", {"x0": x0, "y0": y0}, 0.9)


def _lines_of(d: dict) -> list[sp.Expr]:
    x0, y0 = d["x0"], d["y0"]
    out = [line_form(y0 * X - x0 * Y)]
    if x0 + y0 != 0:
        out.append(line_form(X + Y - (x0 + y0)))
    return out


def _answer(lines: list[sp.Expr]) -> tuple[str, str]:
    return " 或 ".join(f"${tex(e)} = 0$" for e in lines), " or ".join(f"${tex(e)} = 0$" for e in lines)


def _intercepts_reference(d: dict) -> tuple[str, str]:
    """Independent: every line y - y0 = k(x - x0); SymPy solves x-intercept = y-intercept for k."""
    x0, y0, k = d["x0"], d["y0"], sp.Symbol("k")
    line = Y - y0 - k * (X - x0)
    xi, yi = sp.solve(line.subs(Y, 0), X)[0], sp.solve(line.subs(X, 0), Y)[0]
    ks = [v for v in sp.solve(sp.together(xi - yi).as_numer_denom()[0], k) if v != 0]
    text = " 或 ".join(f"{plain(line_form(line.subs(k, v)))} = 0" for v in ks)
    return text, text


def _by_intercept_form(chain: Chain, d: dict) -> None:
    x0, y0 = d["x0"], d["y0"]
    through_origin = line_form(y0 * X - x0 * Y)
    chain.ask(("截距相等有哪两种情况？先考虑两个截距都为 0。", "Which two cases does 'equal intercepts' allow? First take both intercepts zero."),
              (f"直线过原点，斜率 ${tex(y0 / x0)}$，方程 ${tex(through_origin)} = 0$", f"the line passes through the origin with slope ${tex(y0 / x0)}$: ${tex(through_origin)} = 0$"),
              f"{_at(through_origin, x0, y0)} = 0", kps=["line.equation", "case_analysis"],
              hints=[("截距为 0 也是“相等”，这种情况最容易漏。", "Both intercepts zero also counts as equal: the case most often missed.")])
    s = x0 + y0
    if s != 0:
        chain.ask((f"截距不为 0 时，设截距式 $\\frac{{x}}{{a}}+\\frac{{y}}{{a}}=1$，代入点 $({tex(x0)}, {tex(y0)})$ 求 $a$。",
                   f"With non-zero intercepts put $\\frac{{x}}{{a}}+\\frac{{y}}{{a}}=1$ and substitute $({tex(x0)}, {tex(y0)})$ to find $a$."),
                  (f"$a={tex(s)}$，方程 ${_eq(X + Y - s)}$", f"$a={tex(s)}$, so ${_eq(X + Y - s)}$"),
                  f"{plain(x0)}/a + {plain(y0)}/a = 1 \\Rightarrow a = {plain(s)}", kps=["line.equation"],
                  hints=[("截距式中两个分母相同。", "Both denominators of the intercept form are the same.")])
    chain.done(_answer(_lines_of(d)), _intercepts_reference(d))


def _by_slope(chain: Chain, d: dict) -> None:
    x0, y0 = d["x0"], d["y0"]
    k = sp.Symbol("k")
    xi, yi = x0 - y0 / k, y0 - k * x0
    chain.ask((f"设直线 $y-{tex(y0)}=k(x-{tex(x0)})$（$k\\ne 0$，否则与某条坐标轴没有交点），它在两轴上的截距各是多少？",
               f"Put $y-{tex(y0)}=k(x-{tex(x0)})$ ($k\\ne 0$, or it misses an axis). What are its intercepts?"),
              (f"横截距 ${tex(xi)}$，纵截距 ${tex(yi)}$", f"x-intercept ${tex(xi)}$, y-intercept ${tex(yi)}$"), "", kps=["line.equation", "line.slope"],
              hints=[("令 $y=0$ 求横截距，令 $x=0$ 求纵截距。", "Set y = 0 for the x-intercept, x = 0 for the y-intercept.")])
    ks = sorted({v for v in sp.solve(sp.together(xi - yi).as_numer_denom()[0], k) if v != 0}, key=float)
    chain.ask(("令两截距相等，解出 $k$。", "Set the intercepts equal and solve for k."),
              (" 或 ".join(f"$k={tex(v)}$" for v in ks),) * 2,
              f"{plain(xi)} = {plain(yi)} \\Leftrightarrow " + " 或 ".join(f"k = {plain(v)}" for v in ks), kps=["line.equation", "quad.equation"],
              hints=[("去分母化成关于 $k$ 的二次方程。", "Clear the denominator: a quadratic in k.")])
    lines = [line_form(Y - y0 - v * (X - x0)) for v in ks]
    chain.done(_answer(lines), _intercepts_reference(d))


register(Solver("line.equal_intercepts", "lines_circles", detect_equal_intercepts, (
    Method(("按截距是否为零分类", "Cases: zero or non-zero intercepts"), _by_intercept_form),
    Method(("设斜率，令截距相等", "Put a slope and equate the intercepts"), _by_slope),
), ("line.equation",), priority=66, answers=frozenset({"equation"})))

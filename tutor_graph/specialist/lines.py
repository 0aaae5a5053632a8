"""Lines: the line through a point parallel or perpendicular to a given line (slope / a shifted
equation), a parameter from two lines being perpendicular or parallel, reflecting a point in a line
(midpoint and slope conditions / the foot of the perpendicular)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.analytic_geometry import line_answer, point_slope_step, points_in
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, point_math, roots_math, tex


def _lines(p: Problem, params: bool = False) -> list[tuple[sp.Expr, set]]:
    """Linear equations in x, y (with at most one parameter when `params`) as `expr = 0`."""
    out = []
    for frag in p.fragments:
        rel = try_relation(frag)
        if rel is None or rel[1] != "=":
            continue
        e = sp.expand(rel[0] - rel[2])
        extra = e.free_symbols - {X, Y}
        if not ({X, Y} & e.free_symbols) or (extra and not params) or len(extra) > 1:
            continue
        if not e.is_polynomial(X, Y) or sp.Poly(e, X, Y).total_degree() != 1:
            continue
        out.append((e, extra))
    return out


def _coef(e):
    return e.coeff(X), e.coeff(Y), e.subs({X: 0, Y: 0})


# -- parallel / perpendicular through a point -----------------------------------------------------------
def detect_through_point(p: Problem) -> Match | None:
    par, perp = p.has("平行", "parallel"), p.has("垂直", "perpendicular")
    if par == perp or not p.has("直线", "line") or not p.has("方程", "equation", "find the line", "line through"):
        return None
    lines = _lines(p)
    pts = points_in(p.text)
    if len(lines) != 1 or len(pts) != 1:
        return None
    line = lines[0][0]
    _, x0, y0 = pts[0]
    if sp.simplify(line.subs({X: x0, Y: y0})) == 0:
        return None  # the point is on the line
    return Match([f"{plain(line)} = 0", f"({plain(x0)}, {plain(y0)})"], "line", {"line": line, "pt": (x0, y0), "perp": perp}, 0.9)


def _through_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy geometry's parallel / perpendicular line."""
    a, b, c = _coef(d["line"])
    base = sp.Line(sp.Point(0, -c / b), sp.Point(1, -(a + c) / b)) if b != 0 else sp.Line(sp.Point(-c / a, 0), sp.Point(-c / a, 1))
    pt = sp.Point(*d["pt"])
    new = base.perpendicular_line(pt) if d["perp"] else base.parallel_line(pt)
    A, B, C = new.coefficients
    return line_answer(A * X + B * Y + C)


def _by_slope(chain: Chain, d: dict) -> None:
    a, b, c = _coef(d["line"])
    x0, y0 = d["pt"]
    if b == 0 or a == 0:
        raise ValueError("vertical or horizontal line: use the other method")
    k = sp.nsimplify(-a / b)
    chain.ask(("已知直线的斜率是多少？", "What is the slope of the given line?"), (f"$k={tex(k)}$",) * 2,
              f"-({plain(a)})/({plain(b)}) = {plain(k)}", kps=["line.slope"], hints=[("化成斜截式 $y=kx+b$。", "Rewrite as $y=kx+b$.")])
    k2 = sp.nsimplify(-1 / k) if d["perp"] else k
    chain.ask((f"所求直线与它{'垂直' if d['perp'] else '平行'}，斜率是多少？", f"The new line is {'perpendicular' if d['perp'] else 'parallel'}: what is its slope?"),
              (f"$k'={tex(k2)}$",) * 2, f"({plain(k)})*({plain(k2)}) = -1" if d["perp"] else f"{plain(k2)} = {plain(k)}",
              kps=["line.parallel_perp"], hints=[("平行斜率相等，垂直斜率之积为 $-1$。", "Parallel: equal slopes; perpendicular: product −1.")])
    e = point_slope_step(chain, x0, y0, k2)
    chain.done(line_answer(e), _through_ref(d))


def _by_shift(chain: Chain, d: dict) -> None:
    a, b, _ = _coef(d["line"])
    x0, y0 = d["pt"]
    m = sp.Symbol("m", real=True)
    fam = b * X - a * Y + m if d["perp"] else a * X + b * Y + m
    chain.ask((f"与已知直线{'垂直' if d['perp'] else '平行'}的直线可以设成什么形式？", f"How can every line {'perpendicular' if d['perp'] else 'parallel'} to it be written?"),
              (f"${tex(fam)}=0$",) * 2, "", kps=["line.parallel_perp", "line.equation"],
              hints=[("平行：$x$、$y$ 系数不变；垂直：系数对调并变一个号。", "Parallel: keep the x, y coefficients; perpendicular: swap them and change one sign.")])
    mv = sp.solve(fam.subs({X: x0, Y: y0}), m)[0]
    chain.ask(("代入已知点求常数。", "Substitute the point to find the constant."), (f"$m={tex(mv)}$",) * 2,
              f"({plain(fam.coeff(X))})*({plain(x0)}) + ({plain(fam.coeff(Y))})*({plain(y0)}) + ({plain(mv)}) = 0", kps=["line.equation"],
              hints=[("点在直线上，坐标满足方程。", "The point lies on the line, so its coordinates satisfy the equation.")])
    e = fam.subs(m, mv)
    chain.done(line_answer(e), _through_ref(d))


register(Solver("line.through_point", "lines_circles", detect_through_point, (
    Method(("斜率法（点斜式）", "Slope and point-slope form"), _by_slope, lambda d: _coef(d["line"])[0] != 0 and _coef(d["line"])[1] != 0),
    Method(("设直线系方程", "A family of parallel/perpendicular lines"), _by_shift),
), ("line.parallel_perp",), priority=63, answers=frozenset({"equation"})))


# -- a parameter from perpendicular / parallel lines ---------------------------------------------------------
def detect_param_lines(p: Problem) -> Match | None:
    perp, par = p.has("垂直", "perpendicular"), p.has("平行", "parallel")
    if perp == par or points_in(p.text):
        return None
    lines = _lines(p, params=True)
    params = set().union(*[ex for _, ex in lines]) if lines else set()
    if len(lines) != 2 or len(params) != 1:
        return None
    par_sym = params.pop()
    return Match([f"{plain(e)} = 0" for e, _ in lines], f"{par_sym}", {"l1": lines[0][0], "l2": lines[1][0], "par": par_sym, "perp": perp}, 0.9)


def _param_ref(d: dict) -> tuple[str, str]:
    """Independent: test each candidate value with SymPy geometry."""
    a1, b1, c1 = _coef(d["l1"])
    a2, b2, c2 = _coef(d["l2"])
    t = d["par"]
    cands = sp.solve(a1 * a2 + b1 * b2 if d["perp"] else a1 * b2 - a2 * b1, t)
    good = []
    for v in cands:
        A1, B1, C1, A2, B2, C2 = (w.subs(t, v) for w in (a1, b1, c1, a2, b2, c2))
        if d["perp"] or sp.Matrix([[A1, B1, C1], [A2, B2, C2]]).rank() == 2:
            good.append(v)
    return _param_answer(t, good)


def _param_answer(t, vals) -> tuple[str, str]:
    return roots_math(tex(t), vals, "zh"), roots_math(tex(t), vals, "en")


def _coefficients(chain: Chain, d: dict) -> None:
    a1, b1, c1 = _coef(d["l1"])
    a2, b2, c2 = _coef(d["l2"])
    t = d["par"]
    if d["perp"]:
        cond = sp.expand(a1 * a2 + b1 * b2)
        chain.ask(("两直线 $A_1x+B_1y+C_1=0$、$A_2x+B_2y+C_2=0$ 垂直的条件是什么？代入得到什么方程？",
                   "When are $A_1x+B_1y+C_1=0$ and $A_2x+B_2y+C_2=0$ perpendicular? What equation results?"),
                  (f"$A_1A_2+B_1B_2=0$：${tex(cond)}=0$",) * 2, f"({plain(a1)})*({plain(a2)}) + ({plain(b1)})*({plain(b2)}) = {plain(cond)}",
                  kps=["line.parallel_perp"], hints=[("法向量互相垂直。", "The normal vectors are perpendicular.")])
    else:
        cond = sp.expand(a1 * b2 - a2 * b1)
        chain.ask(("两直线平行，系数要满足什么？代入得到什么方程？", "For parallel lines, what must the coefficients satisfy? What equation results?"),
                  (f"$A_1B_2-A_2B_1=0$：${tex(cond)}=0$",) * 2, f"({plain(a1)})*({plain(b2)}) - ({plain(a2)})*({plain(b1)}) = {plain(cond)}",
                  kps=["line.parallel_perp"], hints=[("平行还要检验不重合。", "Parallel lines must also not coincide.")])
    vals = sorted(sp.solve(cond, t), key=float)
    chain.ask((f"解出 ${t}$。", f"Solve for ${t}$."), (", ".join(f"${t}={tex(v)}$" for v in vals) or "无解",) * 2,
              f"{plain(cond)} = 0 \\Rightarrow " + " 或 ".join(f"{t} = {plain(v)}" for v in vals) if vals else "",
              kps=["line.parallel_perp"], hints=[("解这个关于参数的方程。", "Solve the equation in the parameter.")])
    good = vals
    if not d["perp"]:
        good = [v for v in vals if sp.Matrix([[w.subs(t, v) for w in (a1, b1, c1)], [w.subs(t, v) for w in (a2, b2, c2)]]).rank() == 2]
        chain.ask(("检验：哪些值使两直线重合，要舍去？", "Check: which values make the lines coincide and must be dropped?"),
                  ((", ".join(f"${t}={tex(v)}$ 时重合，舍去" for v in vals if v not in good) or "都不重合"),
                   (", ".join(f"${t}={tex(v)}$ makes them coincide" for v in vals if v not in good) or "none coincide")), "",
                  kps=["line.parallel_perp"], hints=[("把值代回两个方程比较。", "Substitute back and compare the equations.")])
    chain.done(_param_answer(t, good), _param_ref(d))


register(Solver("line.parameter", "lines_circles", detect_param_lines, (
    Method(("系数关系", "Coefficient condition"), _coefficients),
), ("line.parallel_perp",), priority=63, answers=frozenset({"unknown"})))


# -- reflecting a point in a line ---------------------------------------------------------------------------
def detect_reflection(p: Problem) -> Match | None:
    if not p.has("对称点", "对称的点", "reflection", "symmetric point", "mirror image"):
        return None
    lines, pts = _lines(p), points_in(p.text)
    if len(lines) != 1 or len(pts) != 1 or not re.search(r"关于.*直线|in the line|across the line|about the line|with respect to the line", p.text):
        return None
    return Match([f"{plain(lines[0][0])} = 0", f"({plain(pts[0][1])}, {plain(pts[0][2])})"], "image point",
                 {"line": lines[0][0], "pt": pts[0][1:]}, 0.9)


def _reflect_ref(d: dict) -> tuple[str, str]:
    a, b, c = _coef(d["line"])
    line = sp.Line(sp.Point(0, -c / b), sp.Point(1, -(a + c) / b)) if b != 0 else sp.Line(sp.Point(-c / a, 0), sp.Point(-c / a, 1))
    q = sp.Point(*d["pt"]).reflect(line)
    return (f"({plain(q.x)}, {plain(q.y)})",) * 2


def _reflect_system(chain: Chain, d: dict) -> None:
    a, b, c = _coef(d["line"])
    x0, y0 = d["pt"]
    m, n = sp.symbols("m n", real=True)
    mid = a * (x0 + m) / 2 + b * (y0 + n) / 2 + c
    perp = b * (m - x0) - a * (n - y0)
    chain.ask(("设对称点为 $(m,n)$。两点连线与已知直线有什么关系？中点有什么特点？", "Let the image be $(m,n)$. How is the segment related to the line, and where is its midpoint?"),
              (f"连线与直线垂直：${tex(perp)}=0$；中点在直线上：${tex(sp.expand(mid))}=0$",
               f"the segment is perpendicular: ${tex(perp)}=0$; the midpoint is on the line: ${tex(sp.expand(mid))}=0$"),
              "", kps=["line.parallel_perp", "line.intersection"], hints=[("“垂直”和“平分”各列一个方程。", "One equation for 'perpendicular', one for 'bisected'.")])
    sol = sp.solve([mid, perp], [m, n], dict=True)[0]
    chain.ask(("解方程组。", "Solve the system."), (f"$m={tex(sol[m])}$，$n={tex(sol[n])}$", f"$m={tex(sol[m])}$, $n={tex(sol[n])}$"),
              f"({plain(a)})*({plain(x0)} + ({plain(sol[m])}))/2 + ({plain(b)})*({plain(y0)} + ({plain(sol[n])}))/2 + ({plain(c)}) = 0",
              kps=["line.intersection"], hints=[("二元一次方程组。", "A linear system in m and n.")])
    chain.done((point_math((sol[m], sol[n])),) * 2, _reflect_ref(d))


def _reflect_foot(chain: Chain, d: dict) -> None:
    a, b, c = _coef(d["line"])
    x0, y0 = d["pt"]
    t = sp.Symbol("t", real=True)
    tv = sp.solve(a * (x0 + a * t) + b * (y0 + b * t) + c, t)[0]
    foot = (x0 + a * tv, y0 + b * tv)
    chain.ask(("过该点作直线的垂线，垂足坐标是多少？", "Drop the perpendicular from the point: where is its foot?"),
              (f"$({tex(foot[0])}, {tex(foot[1])})$",) * 2,
              f"({plain(a)})*({plain(foot[0])}) + ({plain(b)})*({plain(foot[1])}) + ({plain(c)}) = 0", kps=["line.intersection", "line.parallel_perp"],
              hints=[("垂线的方向就是直线的法向量 $(A,B)$。", "The perpendicular runs along the normal vector (A, B).")])
    img = (2 * foot[0] - x0, 2 * foot[1] - y0)
    chain.ask(("垂足是原点与对称点的中点，对称点是多少？", "The foot is the midpoint of the point and its image. What is the image?"),
              (f"$({tex(img[0])}, {tex(img[1])})$",) * 2, f"(({plain(x0)}) + ({plain(img[0])}))/2 = {plain(foot[0])} 且 (({plain(y0)}) + ({plain(img[1])}))/2 = {plain(foot[1])}",
              kps=["line.intersection"], hints=[("中点坐标公式反过来用。", "Use the midpoint formula backwards.")])
    chain.done((point_math(img),) * 2, _reflect_ref(d))


register(Solver("line.reflection", "lines_circles", detect_reflection, (
    Method(("垂直平分（列方程组）", "Perpendicular bisector conditions"), _reflect_system),
    Method(("先求垂足", "Via the foot of the perpendicular"), _reflect_foot),
), ("line.parallel_perp",), priority=64, answers=frozenset({"symmetric_point", "coordinates"})))

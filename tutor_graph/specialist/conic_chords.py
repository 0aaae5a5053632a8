"""Chords of conics in standard position: the length of the chord a line cuts (the chord-length formula
with Vieta vs the intersection points, and x₁ + x₂ + p for a parabola's focal chord), and the line of
the chord with a given midpoint (点差法 vs Vieta)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.analytic_geometry import line_answer, line_form, points_in
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.conics.standard_form import conic_dict as _conic


def detect_chord(p: Problem) -> Match | None:
    if not re.search(r"\|\s*AB\s*\||弦长|chord length|length of the chord|截得的弦", p.text):
        return None
    s = _conic(p, need_line=True)
    if s is None:
        return None
    line = s["line"]
    if line.coeff(Y) == 0:
        return None  # a vertical line: written separately in textbooks; not ours yet
    k = -line.coeff(X) / line.coeff(Y)
    m = -line.subs({X: 0, Y: 0}) / line.coeff(Y)
    quad = sp.expand(s["eq"].subs(Y, k * X + m))
    if sp.degree(quad, X) != 2:
        return None
    A, B, C = sp.Poly(quad, X).all_coeffs()
    if B**2 - 4 * A * C <= 0:
        return None
    return Match([f"{plain(s['eq'])} = 0", f"y = {plain(k * X + m)}"], "|AB|", {**s, "k": k, "m": m, "quad": quad, "ABC": (A, B, C)}, 0.9)


def _chord_reference(d) -> tuple[str, str]:
    """Independent: the two intersection points solved by SymPy, then their distance."""
    pts = sp.solve([d["eq"], d["line"]], [X, Y], dict=True)
    if len(pts) != 2:
        return ("?", "?")
    a, b = pts
    return (plain(sp.radsimp(sp.sqrt((a[X] - b[X]) ** 2 + (a[Y] - b[Y]) ** 2))),) * 2


def _substitute(chain: Chain, d: dict) -> tuple:
    A, B, C = d["ABC"]
    chain.ask((f"把 $y={tex(d['k'] * X + d['m'])}$ 代入曲线方程，得到关于 $x$ 的什么方程？", f"Put $y={tex(d['k'] * X + d['m'])}$ into the curve: what equation in x do you get?"),
              (f"${tex(d['quad'])}=0$",) * 2, f"{plain(d['eq'].subs(Y, sp.Symbol('(' + plain(d['k'] * X + d['m']) + ')')))} = {plain(d['quad'])}",
              kps=["conic.line_conic"], hints=[("消去 $y$。", "Eliminate y.")])
    s1, s2 = -B / A, C / A
    chain.ask(("由韦达定理，$x_1+x_2$ 与 $x_1x_2$ 是多少？", "By Vieta, what are $x_1+x_2$ and $x_1x_2$?"),
              (f"$x_1+x_2={tex(s1)}$，$x_1x_2={tex(s2)}$", f"$x_1+x_2={tex(s1)}$, $x_1x_2={tex(s2)}$"),
              f"-({plain(B)})/({plain(A)}) = {plain(s1)} 且 ({plain(C)})/({plain(A)}) = {plain(s2)}", kps=["quad.vieta", "conic.chord"],
              hints=[("先确认判别式大于 0。", "Check the discriminant is positive first.")])
    return s1, s2


def _by_formula(chain: Chain, d: dict) -> None:
    s1, s2 = _substitute(chain, d)
    k = d["k"]
    L = sp.radsimp(sp.sqrt(1 + k**2) * sp.sqrt(s1**2 - 4 * s2))
    chain.ask(("弦长 $|AB|=\\sqrt{1+k^2}\\sqrt{(x_1+x_2)^2-4x_1x_2}$ 是多少？", "What is $|AB|=\\sqrt{1+k^2}\\sqrt{(x_1+x_2)^2-4x_1x_2}$?"),
              (f"$|AB|={tex(L)}$",) * 2, f"sqrt(1 + ({plain(k)})^2)*sqrt(({plain(s1)})^2 - 4*({plain(s2)})) = {plain(L)}", kps=["conic.chord"],
              hints=[("设而不求。", "Use the sums without finding the points.")])
    chain.done((dollar(L),) * 2, _chord_reference(d))


def _by_focal(chain: Chain, d: dict) -> None:
    s1, _ = _substitute(chain, d)
    L = s1 + d["p"]
    chain.ask(("直线过焦点，由抛物线的定义 $|AB|=x_1+x_2+p$，是多少？", "The line passes through the focus: $|AB|=x_1+x_2+p$. What is it?"),
              (f"$|AB|={tex(s1)}+{tex(d['p'])}={tex(L)}$",) * 2, f"{plain(s1)} + {plain(d['p'])} = {plain(L)}", kps=["conic.parabola.props", "conic.chord"],
              hints=[("焦半径 $|AF|=x_1+\\frac p2$。", "A focal radius is $x_1+\\frac p2$.")])
    chain.done((dollar(L),) * 2, _chord_reference(d))


def _through_focus(d) -> bool:
    return d["kind"] == "parabola" and d["axis"] == "x" and d["line"].subs({X: d["p"] / 2, Y: 0}) == 0


register(Solver("conic.chord_length", "conics", detect_chord, (
    Method(("弦长公式", "The chord-length formula"), _by_formula),
    Method(("焦点弦 x₁+x₂+p", "Focal chord x₁ + x₂ + p"), _by_focal, _through_focus),
), ("conic.chord",), priority=58, answers=frozenset({"abs", "length"})))


# -- the chord with a given midpoint -----------------------------------------------------------------------------------
def detect_midpoint(p: Problem) -> Match | None:
    if not p.has("中点", "midpoint") or not p.has("弦", "chord"):
        return None
    s = _conic(p)
    pts = points_in(p.text)
    if s is None or s["kind"] == "parabola" or len(pts) != 1:
        return None
    x0, y0 = pts[0][1], pts[0][2]
    if x0 == 0 or y0 == 0:
        return None
    k = -s["B2"] * x0 / (s["A2"] * y0)
    line = sp.expand(Y - y0 - k * (X - x0))
    quad = sp.expand(s["eq"].subs(Y, k * (X - x0) + y0))
    A, B, C = sp.Poly(quad, X).all_coeffs()
    if B**2 - 4 * A * C <= 0:
        return None  # no such chord (a hyperbola's midpoint can lie where no chord has it)
    return Match([f"{plain(s['eq'])} = 0", f"M({plain(x0)}, {plain(y0)})"], "line AB", {**s, "x0": x0, "y0": y0, "k": k, "line_ab": line}, 0.9)


def _mid_reference(d) -> tuple[str, str]:
    """Independent: a line of slope t through M; x₁ + x₂ = 2x₀ solved for t with SymPy."""
    t = sp.Symbol("t", real=True)
    quad = sp.Poly(sp.expand(d["eq"].subs(Y, t * (X - d["x0"]) + d["y0"])), X)
    A, B, _ = quad.all_coeffs()
    ks = sp.solve(sp.Eq(-B / A, 2 * d["x0"]), t)
    if len(ks) != 1:
        return ("?", "?")
    return line_answer(sp.expand(Y - d["y0"] - ks[0] * (X - d["x0"])))


def _by_difference(chain: Chain, d: dict) -> None:
    x0, y0, k = d["x0"], d["y0"], d["k"]
    chain.ask(("设 $A(x_1,y_1)$、$B(x_2,y_2)$，两点都在曲线上，两式相减得到什么？", "Let A(x₁,y₁), B(x₂,y₂) both lie on the curve. Subtract the two equations: what do you get?"),
              (f"$\\frac{{(x_1+x_2)(x_1-x_2)}}{{{tex(d['A2'])}}}+\\frac{{(y_1+y_2)(y_1-y_2)}}{{{tex(d['B2'])}}}=0$",) * 2, "", kps=["conic.chord"],
              hints=[("平方差公式。", "Difference of squares.")])
    chain.ask((f"由中点 $x_1+x_2={tex(2 * x0)}$，$y_1+y_2={tex(2 * y0)}$，斜率 $k=\\frac{{y_1-y_2}}{{x_1-x_2}}$ 是多少？",
               f"With $x_1+x_2={tex(2 * x0)}$ and $y_1+y_2={tex(2 * y0)}$, what is the slope $k=\\frac{{y_1-y_2}}{{x_1-x_2}}$?"),
              (f"$k={tex(k)}$",) * 2, f"-({plain(d['B2'])})*({plain(2 * x0)})/(({plain(d['A2'])})*({plain(2 * y0)})) = {plain(k)}", kps=["conic.chord"],
              hints=[("把两个和代入相减后的式子。", "Put the two sums into the difference.")])
    _finish(chain, d)


def _finish(chain: Chain, d: dict) -> None:
    ans = line_answer(d["line_ab"])
    coeffs = sp.Poly(d["line_ab"], X, Y).coeffs()
    scale = sp.ilcm(*[sp.Rational(c).q for c in coeffs]) * (1 if d["line_ab"].coeff(X) >= 0 else -1)
    shown = tex(sp.expand(d["line_ab"] * scale))  # integer coefficients, as in the answer
    chain.ask(("由点斜式写出直线 $AB$ 的方程。", "Write the line AB in point-slope form."), (f"${shown}=0$",) * 2,
              f"y - ({plain(d['y0'])}) = ({plain(d['k'])})*(x - ({plain(d['x0'])})) \\Leftrightarrow {plain(line_form(d['line_ab']))} = 0", kps=["line.equation"],
              hints=[("过中点 M。", "It passes through M.")])
    chain.done(ans, _mid_reference(d))


def _by_vieta(chain: Chain, d: dict) -> None:
    x0, y0 = d["x0"], d["y0"]
    t = sp.Symbol("k", real=True)
    quad = sp.expand(d["eq"].subs(Y, t * (X - x0) + y0))
    A, B, _ = sp.Poly(quad, X).all_coeffs()
    chain.ask(("设直线 $y-y_0=k(x-x_0)$，代入曲线，$x_1+x_2$ 用 $k$ 表示是什么？", "Let the line be $y-y_0=k(x-x_0)$; substitute. What is $x_1+x_2$ in terms of k?"),
              (f"$x_1+x_2={tex(sp.simplify(-B / A))}$",) * 2, "", kps=["quad.vieta", "conic.chord"], hints=[("韦达定理。", "Vieta.")])
    chain.ask((f"令 $x_1+x_2={tex(2 * x0)}$，解出 $k$。", f"Set $x_1+x_2={tex(2 * x0)}$ and solve for k."), (f"$k={tex(d['k'])}$",) * 2,
              f"{plain(sp.together(-B / A))} = {plain(2 * x0)} \\Rightarrow k = {plain(d['k'])}", kps=["conic.chord"],
              hints=[("还要检验判别式大于 0。", "Then check the discriminant is positive.")])
    _finish(chain, d)


register(Solver("conic.midpoint_chord", "conics", detect_midpoint, (
    Method(("点差法", "Subtract the two points' equations"), _by_difference),
    Method(("联立 + 韦达定理", "Substitute and use Vieta"), _by_vieta),
), ("conic.chord",), priority=58, answers=frozenset({"equation"})))

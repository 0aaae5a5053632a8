"""直线被圆锥曲线截得的弦长 / The length of the chord a line cuts from a conic in standard position."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.conics.standard_form import conic_dict
from tutor_graph.specialist.types.lines_circles.line_forms import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class ChordLength:
    """The conic `eq = 0`, the line y = kx + m (`line = 0`), and p where the conic is a parabola y² = 2px."""

    eq: sp.Expr
    line: sp.Expr
    k: sp.Expr
    m: sp.Expr
    parabola_p: sp.Expr | None  # y² = 2px only: its focal chords have |AB| = x₁ + x₂ + p


def detect(p: Problem) -> ChordLength | None:
    """`直线 y=2x-4 与抛物线 y^2=4x 交于 A,B 两点，求 |AB|`: one conic, one non-vertical line cutting it twice."""
    asked_ab = any(g["expression"].replace(" ", "") == "|AB|" for g in p.goals)
    if not asked_ab and not p.has("弦长", "chord length", "length of the chord", "截得的弦"):
        return None
    s = conic_dict(p, need_line=True)
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
    a, b, c = sp.Poly(quad, X).all_coeffs()
    if b**2 - 4 * a * c <= 0:
        return None
    par = s["p"] if s["kind"] == "parabola" and s["axis"] == "x" else None
    return ChordLength(s["eq"], line, k, m, par)


def values(t: ChordLength) -> Values:
    """The quadratic in x, Vieta's sums, the chord-length formula, the two points, and x₁ + x₂ + p."""
    k, line_y = t.k, t.k * X + t.m
    quad = sp.expand(t.eq.subs(Y, line_y))
    a, b, c = sp.Poly(quad, X).all_coeffs()
    s1, s2 = -b / a, c / a
    length = sp.radsimp(sp.sqrt(1 + k**2) * sp.sqrt(s1**2 - 4 * s2))
    x1, x2 = sorted(sp.solve(quad, X), key=float)
    y1, y2 = sp.expand(line_y.subs(X, x1)), sp.expand(line_y.subs(X, x2))
    focal = t.parabola_p is not None and t.line.subs({X: t.parabola_p / 2, Y: 0}) == 0
    out: Values = {
        "line_y": tex(line_y), "quad": tex(quad), "answer": dollar(length), "focal": focal,
        "A": f"({tex(x1)}, {tex(y1)})", "B": f"({tex(x2)}, {tex(y2)})",
        # the claims as the old solver wrote them, so the bank diff matches each verified verdict
        "sub_claim": f"{plain(t.eq.subs(Y, sp.Symbol('(' + plain(line_y) + ')')))} = {plain(quad)}",
        "vieta_claim": f"-({plain(b)})/({plain(a)}) = {plain(s1)} 且 ({plain(c)})/({plain(a)}) = {plain(s2)}",
        "formula_claim": f"sqrt(1 + ({plain(k)})^2)*sqrt(({plain(s1)})^2 - 4*({plain(s2)})) = {plain(length)}",
        "roots_claim": f"{plain(quad)} = 0 \\Leftrightarrow x = {plain(x1)} 或 x = {plain(x2)}",
        "dist_claim": f"sqrt(({plain(x1)} - ({plain(x2)}))^2 + ({plain(y1)} - ({plain(y2)}))^2) = {plain(length)}",
    }
    for name, value in (("s1", s1), ("s2", s2), ("k", k), ("L", length)):
        both(out, name, value)
    if focal and t.parabola_p is not None:
        both(out, "p", t.parabola_p)
        both(out, "half_p", t.parabola_p / 2)
        out["focus"] = f"({tex(t.parabola_p / 2)}, 0)"
        out["focal_answer"] = dollar(s1 + t.parabola_p)
        both(out, "focal_L", s1 + t.parabola_p)
        out["focal_claim"] = f"{plain(s1)} + {plain(t.parabola_p)} = {plain(s1 + t.parabola_p)}"
    return out


def reference(t: ChordLength) -> str:
    """Independent: the two intersection points solved by SymPy, then their distance."""
    pts = sp.solve([t.eq, t.line], [X, Y], dict=True)
    if len(pts) != 2:
        return "?"
    a, b = pts
    return plain(sp.radsimp(sp.sqrt((a[X] - b[X]) ** 2 + (a[Y] - b[Y]) ** 2)))


TYPE: ProblemType[ChordLength] = ProblemType(
    type_id="conic.chord_length", module="conics", name="chord_length", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"{plain(t.eq)} = 0", f"y = {plain(t.k * X + t.m)}"],
    goal=lambda t: "|AB|", answers=frozenset({"abs", "length"}),
)

"""圆的圆心与半径；直线与圆的位置关系、弦长 / A circle's centre and radius; a line and a circle: position, chord."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import circle_parts, eq_text, plane_equations
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, labelled, plain, point_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import both, coefficients, point_tex
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class CircleGiven:
    """The circle `eq = 0`, and either what is asked of it alone (`want`) or a line `line = 0` with the goal."""

    eq: sp.Expr
    goal: str  # "centre" | "position" | "chord"
    want: str = "both"  # for "centre": "centre" | "radius" | "both"
    line: sp.Expr | None = None


def read_circle(p: Problem) -> CircleGiven | None:
    """One circle's equation, and either 圆心/半径 asked (no line) or one line with 弦长 or a position asked."""
    curves = plane_equations(p)
    if not p.has("圆", "circle") and not any(d == 2 and circle_parts(e) for e, d in curves):
        return None
    circles = [e for e, d in curves if d == 2 and circle_parts(e)]
    lines = [e for e, d in curves if d == 1]
    if len(circles) != 1:
        return None
    if not lines and p.has("圆心", "半径", "centre", "center", "radius"):
        c, r = p.has("圆心", "centre", "center"), p.has("半径", "radius")
        if p.has("只", "only", "写出圆心坐标", "give the centre", "give the center"):
            r = not c
        return CircleGiven(circles[0], "centre", "centre" if c and not r else ("radius" if r and not c else "both"))
    if len(lines) == 1:
        goal = "chord" if p.has("弦长", "chord") else ("position" if p.has("位置关系", "相切", "相交", "相离", "position",
                                                                        "tangent", "intersect") else None)
        if goal:
            return CircleGiven(circles[0], goal, line=lines[0])
    return None


def centre_answer(centre: tuple[sp.Expr, sp.Expr], r2: sp.Expr, want: str = "both") -> tuple[str, str]:
    """`圆心 $(2, -3)$，半径 $4$` (or only the centre, or only the radius)."""
    if want != "both":
        return (point_math(centre) if want == "centre" else dollar(sp.sqrt(r2)),) * 2
    c, r = labelled(tuple(centre)), labelled(sp.sqrt(r2))
    return f"圆心 {c}，半径 {r}", f"centre {c}, radius {r}"


def circle_values(t: CircleGiven) -> Values:
    """D, E, F, the centre, the radius, the standard form and the completing-the-square claim."""
    (h, k), r2, d, e, f = circle_parts(t.eq)  # type: ignore[misc]  # read_circle kept circles only
    std = (X - h) ** 2 + (Y - k) ** 2
    lead = sp.Poly(t.eq, X, Y).coeff_monomial(X**2)
    r = sp.sqrt(r2)
    zh, en = centre_answer((h, k), r2)
    out: Values = {
        "circle": tex(t.eq), "general": tex(sp.expand(t.eq / lead)), "std": tex(std), "centre": point_tex(h, k),
        "centre_radius": zh, "centre_radius_en": en, "at_origin": d == 0 and e == 0, "scaled": lead != 1,
        # the claims as the old solver wrote them, so the bank diff matches each verified verdict
        "square_claim": f"{plain(sp.expand(t.eq / lead))} = {plain(std)} - {plain(r2)}",
        "r_claim": f"sqrt({plain(r2)}) = {plain(r)}",
        "def_claim": f"sqrt(({plain(d)})^2 + ({plain(e)})^2 - 4*({plain(f)}))/2 = {plain(r)}",
    }
    for name, value in (("D", d), ("E", e), ("F", f), ("r2", r2), ("r", r), ("h", h), ("k", k)):
        both(out, name, value)
    return out


def givens(t: CircleGiven) -> list[str]:
    """The circle, and the line where there is one."""
    return [eq_text(t.eq)] + ([eq_text(t.line)] if t.line is not None else [])


def line_values(t: CircleGiven) -> Values:
    """The circle's values, the centre-to-line distance, and the eliminated quadratic with Δ."""
    assert t.line is not None
    out = circle_values(t)
    (h, k), r2, *_ = circle_parts(t.eq)  # type: ignore[misc]
    r = sp.sqrt(r2)
    a, b, c = coefficients(t.line)
    dist = sp.radsimp(abs(a * h + b * k + c) / sp.sqrt(a**2 + b**2))
    var, other = (Y, X) if b != 0 else (X, Y)
    sub = sp.solve(t.line, var)[0]
    raw = sp.expand(t.eq.subs(var, sub))
    quad = sp.expand(raw / sp.Poly(raw, other).LC())
    disc = sp.discriminant(quad, other)
    out.update({
        "line": tex(t.line), "var": tex(var), "other": tex(other), "sub": tex(sub), "quad": tex(quad),
        "chord": t.goal == "chord",
        "dist_claim": f"|({plain(a)})*({plain(h)}) + ({plain(b)})*({plain(k)}) + ({plain(c)})|"
                      f"/sqrt(({plain(a)})^2 + ({plain(b)})^2) = {plain(dist)}",
        "sub_claim": f"{plain(t.eq.subs(var, sp.Symbol('(' + plain(sub) + ')')))} = {plain(raw)}",
    })
    both(out, "dist", dist)
    both(out, "disc", disc)
    if t.goal == "chord":
        half = sp.radsimp(sp.sqrt(r2 - dist**2))
        lead = sp.Poly(quad, other).LC()
        k2 = (t.line.coeff(other) / t.line.coeff(var)) ** 2 if t.line.coeff(var) != 0 else 0
        diff = sp.radsimp(sp.sqrt(disc) / abs(lead))
        length = sp.radsimp(sp.sqrt(1 + k2) * diff)
        out.update({
            "final": dollar(2 * half), "final_en": dollar(2 * half), "final_alg": dollar(length),
            "final_alg_en": dollar(length),
            "half_claim": f"2*sqrt({plain(r2)} - ({plain(dist)})^2) = {plain(2 * half)}",
            "len_claim": f"sqrt(1 + {plain(k2)})*sqrt({plain(disc)})/{plain(abs(lead))} = {plain(length)}",
        })
        for name, value in (("L", 2 * half), ("k2", k2), ("diff", diff), ("L_alg", length)):
            both(out, name, value)
        return out
    op = "<" if dist < r else ("=" if dist == r else ">")
    dop = ">" if disc > 0 else ("=" if disc == 0 else "<")
    word = ("相交", "intersect") if dist < r else (("相切", "tangent") if dist == r else ("相离", "separate"))
    out.update({
        "op": op, "dop": dop, "word": word[0], "word_en": word[1], "final": word[0], "final_en": word[1],
        "final_alg": word[0], "final_alg_en": word[1],
        "pos_claim": f"{plain(dist)} {op} {plain(r)}", "disc_claim": f"{plain(disc)} {dop} 0",
    })
    return out


def intersections(t: CircleGiven) -> list[dict[sp.Symbol, sp.Expr]]:
    """The common points of the circle and the line, solved by SymPy (for the references)."""
    return sp.solve([t.eq, t.line], [X, Y], dict=True)

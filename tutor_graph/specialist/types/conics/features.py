"""圆锥曲线的焦点、离心率、准线、渐近线 / Foci, eccentricity, directrix and asymptotes of a conic in standard position."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import eq_text, plane_equations
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, point_math, tex
from tutor_graph.specialist.types.lines_circles.line_forms import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Features:
    """The curve `eq` = 0 and the feature asked. Central: x²/A2 + y²/B2 = 1; parabola: the squared variable
    equals `twop` times the other (`axis` names the other, the axis of symmetry)."""

    kind: str  # ellipse | hyperbola | parabola
    goal: str  # eccentricity | focus | directrix | asymptote
    eq: sp.Expr
    A2: sp.Expr = sp.Integer(0)
    B2: sp.Expr = sp.Integer(0)
    axis: str = ""
    twop: sp.Expr = sp.Integer(0)


_GOALS = {"e": "eccentricity", "focus": "focus", "directrix": "directrix", "asymptote": "asymptote"}
# a point on the curve, a chord, a coordinate: another question about the same curve (type words)
_A_POINT = ("上一点", "上的点", "点P", "点 P", "point P", "交于", "intersect", "x-coordinate", "y-coordinate",
            *(f"point {c} " for c in "ABCDEGHIJKLMNOPQRSTUVWXYZ"))


def _goal(p: Problem) -> str | None:
    """The one feature asked, as the Reading's goal says (`e @ ellipse1` → eccentricity); None for anything else."""
    if len(p.goals) != 1 or p.goals[0]["kind"] != "conic":
        return None
    return _GOALS.get(p.goals[0]["expression"].split("@")[0].strip())


def detect(p: Problem) -> Features | None:
    """`求椭圆 x²/25 + y²/16 = 1 的离心率`, `Find the focus of y² = 8x`: one curve, one feature, nothing else."""
    if not p.has("椭圆", "双曲线", "抛物线", "ellipse", "hyperbola", "parabola", "焦点", "离心率", "focus", "foci", "eccentricity"):
        return None
    eqs = plane_equations(p)
    curves = [e for e, d in eqs if d == 2]
    if len(curves) != 1 or len(eqs) != 1:
        return None
    e = curves[0]
    poly = sp.Poly(e, X, Y)
    ax, ay, bx, by = (poly.coeff_monomial(m) for m in (X**2, Y**2, X, Y))
    if poly.coeff_monomial(X * Y) != 0 or (bx != 0 and ax != 0) or (by != 0 and ay != 0):
        return None  # shifted conics are not handled
    const = poly.coeff_monomial(1)
    if p.has(*_A_POINT):
        return None
    goal = _goal(p)
    if goal is None:
        return None
    found: Features | None = None
    if ax != 0 and ay != 0 and const != 0:
        A2, B2 = -const / ax, -const / ay
        kind = "ellipse" if A2 > 0 and B2 > 0 and A2 != B2 else "hyperbola" if A2 * B2 < 0 else None
        found = Features(kind, goal, e, A2, B2) if kind else None
    elif (ax == 0) != (ay == 0) and const == 0:
        if ay != 0 and bx != 0:
            found = Features("parabola", goal, e, axis="x", twop=-bx / ay)  # y² = 2p x
        elif ax != 0 and by != 0:
            found = Features("parabola", goal, e, axis="y", twop=-by / ax)
    if found is None or (found.kind != "hyperbola" and goal == "asymptote") or (found.kind == "parabola" and goal == "eccentricity"):
        return None
    return found


def _central(f: Features) -> dict[str, sp.Expr | bool]:
    if f.kind == "ellipse":
        major_x = bool(f.A2 > f.B2)
        a2, b2 = (f.A2, f.B2) if major_x else (f.B2, f.A2)
        c = sp.sqrt(a2 - b2)
    else:
        major_x = bool(f.A2 > 0)
        a2, b2 = (f.A2, -f.B2) if major_x else (f.B2, -f.A2)
        c = sp.sqrt(a2 + b2)
    asym = sp.radsimp(sp.sqrt(b2) / sp.sqrt(a2)) if major_x else sp.radsimp(sp.sqrt(a2) / sp.sqrt(b2))
    return {"a2": a2, "b2": b2, "c": c, "e": sp.radsimp(c / sp.sqrt(a2)), "major_x": major_x, "asym": asym}


def _answer(f: Features, e: sp.Expr, foci: list[tuple[sp.Expr, sp.Expr]], directrix: sp.Expr, asym: sp.Expr) -> str:
    if f.goal == "eccentricity":
        return dollar(e)
    if f.goal == "focus":
        return ", ".join(point_math(p) for p in foci)
    if f.goal == "directrix":
        var = X if f.axis == "x" else Y
        return f"${var}={tex(sp.solve(directrix, var)[0])}$"
    return f"$y=\\pm {'' if asym == 1 else tex(asym)} x$"


def values(f: Features) -> Values:
    """p, the focus and the directrix of a parabola; a², b², c, e, the foci and the asymptotes of the others."""
    out: Values = {"parabola": f.kind == "parabola", "ellipse": f.kind == "ellipse", "hyperbola": f.kind == "hyperbola",
                   **{f"goal_{g}": f.goal == g for g in ("eccentricity", "focus", "directrix", "asymptote")}}
    if f.kind == "parabola":
        v, w = ("x", "y") if f.axis == "x" else ("y", "x")
        half = f.twop / 4
        focus = (half, sp.Integer(0)) if f.axis == "x" else (sp.Integer(0), half)
        directrix = (X if f.axis == "x" else Y) + half
        out.update({"v": v, "w": w, "curve": f"{w}^2={tex(f.twop)}{v}", "focus": point_math(focus)[1:-1],
                    "directrix": f"{v}={tex(-half)}", "t_focus": "(t, 0)" if f.axis == "x" else "(0, t)",
                    "answer": _answer(f, sp.Integer(1), [focus], directrix, sp.Integer(0))})
        for name, value in (("p2", f.twop), ("p", f.twop / 2), ("half", half)):
            both(out, name, value)
        return out
    k = _central(f)
    a2, b2, c, asym = k["a2"], k["b2"], k["c"], k["asym"]
    assert isinstance(a2, sp.Expr) and isinstance(b2, sp.Expr) and isinstance(c, sp.Expr) and isinstance(asym, sp.Expr)
    foci = [(s * c, sp.Integer(0)) if k["major_x"] else (sp.Integer(0), s * c) for s in (-1, 1)]
    ell = f.kind == "ellipse"
    first, second = ("x", "y") if k["major_x"] else ("y", "x")
    out.update({
        "axis": "x" if k["major_x"] else "y", "rel": "c^2=a^2-b^2" if ell else "c^2=a^2+b^2", "pm": "-" if ell else "+",
        "foci": ", ".join(point_math(p) for p in foci), "e_formula": "1-\\frac{b^2}{a^2}" if ell else "1+\\frac{b^2}{a^2}",
        "zero_eq": f"\\frac{{{first}^2}}{{{tex(a2)}}}-\\frac{{{second}^2}}{{{tex(b2)}}}=0",
        "zero_claim": (f"x^2/({plain(a2)}) - (({plain(asym)})*x)^2/({plain(b2)}) = 0" if k["major_x"] else
                       f"(({plain(asym)})*x)^2/({plain(a2)}) - x^2/({plain(b2)}) = 0"),
        "asym_ratio": "\\frac{b}{a}" if k["major_x"] else "\\frac{a}{b}",
        "asym_claim_num": plain(b2 if k["major_x"] else a2), "asym_claim_den": plain(a2 if k["major_x"] else b2),
        "answer": _answer(f, k["e"], foci, sp.Integer(0), asym),  # type: ignore[arg-type]
    })
    for name, value in (("a2", a2), ("b2", b2), ("c", c), ("e", k["e"]), ("asym", asym), ("ratio", b2 / a2)):
        both(out, name, value)  # type: ignore[arg-type]
    return out


def reference(f: Features) -> str:
    """Independent: SymPy geometry's Ellipse and Parabola (the hyperbola's asymptotes from the degenerate conic)."""
    if f.kind == "ellipse" and f.goal in ("eccentricity", "focus"):
        el = sp.Ellipse(sp.Point(0, 0), sp.sqrt(f.A2), sp.sqrt(f.B2))
        foci = sorted([(p.x, p.y) for p in el.foci], key=lambda t: (float(t[0]), float(t[1])))
        return _answer(f, el.eccentricity, foci, sp.Integer(0), sp.Integer(0))
    if f.kind == "parabola":
        half = f.twop / 4
        par = sp.Parabola(sp.Point(half, 0) if f.axis == "x" else sp.Point(0, half),
                          sp.Line(sp.Point(-half, 0), sp.Point(-half, 1)) if f.axis == "x"
                          else sp.Line(sp.Point(0, -half), sp.Point(1, -half)))
        return _answer(f, par.eccentricity, [(par.focus.x, par.focus.y)], par.directrix.equation(x=X, y=Y), sp.Integer(0))
    if f.goal == "asymptote":  # x²/A2 + y²/B2 = 0 factors into the two asymptotes
        slopes = sp.solve(X**2 / f.A2 + Y**2 / f.B2, Y)
        return _answer(f, sp.Integer(0), [], sp.Integer(0), sp.radsimp(abs(slopes[0].coeff(X))))
    k = _central(f)
    foci = [(s * k["c"], sp.Integer(0)) if k["major_x"] else (sp.Integer(0), s * k["c"]) for s in (-1, 1)]
    return _answer(f, sp.sqrt(1 + (k["b2"] / k["a2"])), foci, sp.Integer(0), sp.Integer(0))  # type: ignore[operator,arg-type]


TYPE: ProblemType[Features] = ProblemType(
    type_id="geometry.conic", module="conics", name="features", detect=detect, values=values, reference=reference,
    givens=lambda f: [eq_text(f.eq)], goal=lambda f: f.goal,
    answers=frozenset({"eccentricity", "focus", "coordinates", "directrix", "asymptote"}),
)

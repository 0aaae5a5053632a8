"""两直线平行或垂直求参数 / A parameter from two lines being parallel or perpendicular."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import line_form, plane_points
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, sort_key, tex
from tutor_graph.specialist.types.lines_circles.line_forms import (
    both,
    coefficients,
    read_lines,
    sympy_line,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class LinePair:
    """Two lines `l1 = 0`, `l2 = 0` with one parameter `t`, and whether they are perpendicular (else parallel)."""

    l1: sp.Expr
    l2: sp.Expr
    t: sp.Symbol
    perp: bool


def detect(p: Problem) -> LinePair | None:
    """`直线 ax+2y-1=0 与 x+(a-1)y+2=0 垂直（平行），求 a`: two lines, one parameter, no point."""
    perp, par = p.has("垂直", "perpendicular"), p.has("平行", "parallel")
    if perp == par or plane_points(p):
        return None
    lines = read_lines(p, params=True)
    params = set().union(*[ex for _, ex in lines]) if lines else set()
    if len(lines) != 2 or len(params) != 1:
        return None
    return LinePair(lines[0][0], lines[1][0], params.pop(), perp)


def _fits(pair: LinePair, v: sp.Expr) -> bool:
    """Whether the lines at t = v are perpendicular, or parallel and distinct."""
    rows = [[w.subs(pair.t, v) for w in coefficients(e)] for e in (pair.l1, pair.l2)]
    (a1, b1, c1), (a2, b2, _) = rows
    if pair.perp:
        return bool(sp.simplify(a1 * a2 + b1 * b2) == 0)
    return bool(sp.simplify(a1 * b2 - a2 * b1) == 0) and sp.Matrix(rows).rank() == 2


def _factor(k: sp.Expr) -> str:
    """A slope as a factor of a product: bracketed where it carries a sign or a sum."""
    text = tex(k)
    return rf"\left({text}\right)" if text.startswith("-") or isinstance(k, sp.Add) else text


def _line_tex(e: sp.Expr) -> str:
    return f"{tex(e)}=0"


def _vertical_cases(pair: LinePair) -> tuple[list[sp.Expr], str, str]:
    """The parameter values where a line has no slope, each judged directly (zh and en sentences)."""
    t = pair.t
    values = sorted({v for e in (pair.l1, pair.l2) for v in sp.solve(coefficients(e)[1], t)}, key=sort_key)
    zh, en = [], []
    for v in values:
        l1, l2 = (line_form(sp.expand(e.subs(t, v))) for e in (pair.l1, pair.l2))
        ok = _fits(pair, v)
        rel_zh, rel_en = ("垂直", "perpendicular") if pair.perp else ("平行", "parallel")
        zh.append(f"${tex(t)}={tex(v)}$ 时两直线为 ${_line_tex(l1)}$ 与 ${_line_tex(l2)}$，"
                  + (f"{rel_zh}" if ok else f"不{rel_zh}"))
        en.append(f"At ${tex(t)}={tex(v)}$ the lines are ${_line_tex(l1)}$ and ${_line_tex(l2)}$: "
                  + (rel_en if ok else f"not {rel_en}"))
    return values, "；".join(zh), "; ".join(en)


def values(pair: LinePair) -> Values:
    """The coefficient condition and its roots, the coinciding values, and the slope method's cases."""
    t = pair.t
    (a1, b1, c1), (a2, b2, c2) = coefficients(pair.l1), coefficients(pair.l2)
    cond = sp.expand(a1 * a2 + b1 * b2 if pair.perp else a1 * b2 - a2 * b1)
    roots = sorted(sp.solve(cond, t), key=sort_key)
    good = [v for v in roots if _fits(pair, v)]
    dropped = [v for v in roots if v not in good]
    name = tex(t)
    out: Values = {
        "perp": pair.perp, "t": name, "rel_zh": "垂直" if pair.perp else "平行",
        "rel_en": "perpendicular" if pair.perp else "parallel", "l1": _line_tex(pair.l1), "l2": _line_tex(pair.l2),
        "roots": roots_math(name, roots, "zh") or "无解", "roots_en": roots_math(name, roots, "en") or "no solution",
        "roots_claim": (f"{plain(cond)} = 0 \\Rightarrow " + " 或 ".join(f"{t} = {plain(v)}" for v in roots)) if roots else "",
        "dropped": "，".join(f"${name}={tex(v)}$ 时两直线重合，舍去" for v in dropped) or "都不重合",
        "dropped_en": ", ".join(f"${name}={tex(v)}$ makes them coincide" for v in dropped) or "none makes them coincide",
        "answer": roots_math(name, good, "zh") or "无解", "answer_en": roots_math(name, good, "en") or "no solution",
    }
    for key, value in (("a1", a1), ("b1", b1), ("c1", c1), ("a2", a2), ("b2", b2), ("c2", c2), ("cond", cond)):
        both(out, key, value)
    _slope_values(pair, out)
    return out


def _slope_values(pair: LinePair, out: Values) -> None:
    """The slope method: the no-slope cases first, then k1·k2 = −1 (or k1 = k2 with different intercepts)."""
    t = pair.t
    (a1, b1, c1), (a2, b2, c2) = coefficients(pair.l1), coefficients(pair.l2)
    out["slope_method"] = b1 != 0 and b2 != 0  # a line that never has a slope: the coefficients only
    if not out["slope_method"]:
        return
    vertical, zh, en = _vertical_cases(pair)
    out["has_vertical"] = bool(vertical)
    out["vertical"], out["vertical_en"] = zh, en
    k1, k2 = sp.factor(-a1 / b1), sp.factor(-a2 / b2)
    both(out, "k1", k1)
    both(out, "k2", k2)
    eq = sp.Eq(k1 * k2, -1) if pair.perp else sp.Eq(k1, k2)
    sols = sorted((v for v in sp.solve(eq, t) if v not in vertical), key=sort_key)
    distinct = [v for v in sols if _fits(pair, v)]
    name = tex(t)
    out["slope_roots"] = roots_math(name, sols, "zh") or "无解"
    out["slope_roots_en"] = roots_math(name, sols, "en") or "no solution"
    lhs = f"({plain(k1)})*({plain(k2)}) = -1" if pair.perp else f"{plain(k1)} = {plain(k2)}"
    out["slope_claim"] = f"{lhs} \\Rightarrow " + " 或 ".join(f"{t} = {plain(v)}" for v in sols) if sols else ""
    out["slope_eq"] = f"{_factor(k1)}\\cdot {_factor(k2)}=-1" if pair.perp else f"{tex(k1)}={tex(k2)}"
    both(out, "b1t", b1)
    both(out, "b2t", b2)
    out["parallel_check"] = not pair.perp and bool(sols)
    out["intercepts"] = "；".join(
        f"${name}={tex(v)}$ 时截距 ${tex(sp.cancel(-c1 / b1).subs(t, v))}$ 与 ${tex(sp.cancel(-c2 / b2).subs(t, v))}$"
        + (" 不等，符合" if v in distinct else " 相等，两直线重合，舍去") for v in sols)
    out["intercepts_en"] = "; ".join(
        f"at ${name}={tex(v)}$ the intercepts are ${tex(sp.cancel(-c1 / b1).subs(t, v))}$ and "
        f"${tex(sp.cancel(-c2 / b2).subs(t, v))}$: " + ("different, it stays" if v in distinct else "equal, the lines coincide")
        for v in sols)


def reference(pair: LinePair) -> tuple[str, str]:
    """Independent: every parameter value making the normal vectors' cross product vanish (or their dot product),
    tested one by one with SymPy geometry's own parallel / perpendicular predicates."""
    t = pair.t
    (a1, b1, _), (a2, b2, _) = coefficients(pair.l1), coefficients(pair.l2)
    cands = sp.solve(sp.Matrix([[a1, b1], [a2, b2]]).det() if not pair.perp else a1 * a2 + b1 * b2, t)
    good = []
    for v in cands:
        l1, l2 = sympy_line(sp.expand(pair.l1.subs(t, v))), sympy_line(sp.expand(pair.l2.subs(t, v)))
        if (pair.perp and l1.is_perpendicular(l2)) or (not pair.perp and l1.is_parallel(l2) and not l1.equals(l2)):
            good.append(v)
    name = tex(t)
    return roots_math(name, good, "zh"), roots_math(name, good, "en")


TYPE: ProblemType[LinePair] = ProblemType(
    type_id="line.parameter", module="lines_circles", name="parameter", detect=detect, values=values,
    reference=reference, givens=lambda pair: [f"{plain(pair.l1)} = 0", f"{plain(pair.l2)} = 0"],
    goal=lambda pair: str(pair.t), answers=frozenset({"unknown"}),
)

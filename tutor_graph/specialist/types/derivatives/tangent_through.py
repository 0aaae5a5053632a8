"""过一点作曲线的切线 / Tangent lines to a polynomial curve through a given point (the point of tangency unknown)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, point_slope, roots_math, roots_text, tex
from tutor_graph.specialist.types.functions.function_reading import fdef, function_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_POINT = re.compile(r"(?:过点|经过点|through(?: the point)?|passing through(?: the point)?)\s*[A-Z]?\s*=?\s*"
                    r"\(\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*\)", re.I)
_AT_POINT = re.compile(r"在点?\s*[A-Z]?\s*\([^()]*\)\s*处|\bat (?:the )?point")
_T = sp.Symbol("t", real=True)
_K = sp.Symbol("k", real=True)


@dataclass(frozen=True)
class Through:
    """The curve y = f(x) (a polynomial of degree 2 or 3), the point (x0, y0) and the abscissas t of the points of
    tangency whose tangents pass through it."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    x0: sp.Expr
    y0: sp.Expr
    ts: tuple[sp.Expr, ...]


def _through_equation(body: sp.Expr, x: sp.Symbol, x0: sp.Expr, y0: sp.Expr) -> sp.Expr:
    """y0 − f(t) − f'(t)(x0 − t): zero exactly when the tangent at t passes through (x0, y0)."""
    return sp.expand(y0 - body.subs(x, _T) - sp.diff(body, x).subs(x, _T) * (x0 - _T))


def _square_roots_only(r: sp.Expr) -> bool:
    return all(a.exp.is_Integer or a.exp in (sp.S.Half, -sp.S.Half) for a in r.atoms(sp.Pow))


def detect(p: Problem) -> Through | None:
    """`求过点 (x0, y0) 且与曲线 y=f(x) 相切的直线`: one point named, not "在点 … 处" (that is `tangent`)."""
    if not p.has("切线", "相切", "tangent"):
        return None
    m = _POINT.search(p.text)
    found = function_of(p)
    if m is None or found is None or len(_POINT.findall(p.text)) != 1:
        return None
    name, x, body = found
    x0, y0 = try_expr(m.group(1)), try_expr(m.group(2))
    if x0 is None or y0 is None or not body.is_polynomial(x) or sp.degree(body, x) not in (2, 3):
        return None
    if _AT_POINT.search(p.text):
        return None  # the tangent AT a point (function.tangent)
    ts = sorted(sp.roots(sp.Poly(_through_equation(body, x, x0, y0), _T), filter="R"), key=float)
    if not ts or any(not _square_roots_only(r) for r in ts):
        return None  # cube roots and worse: not a textbook answer
    return Through("f" if name == "y" else name, x, body, x0, y0, tuple(ts))


def _num(e: sp.Expr) -> sp.Expr:
    return sp.expand(sp.radsimp(e))


def _lines(slopes_points: list[tuple[sp.Expr, sp.Expr]]) -> tuple[str, str]:
    """The lines y = kx + b, sorted, joined by 或 / or."""
    x = sp.Symbol("x")
    lines = sorted(set(slopes_points), key=lambda kb: (float(kb[0]), float(kb[1])))
    eqs = [f"$y={tex(k * x + b)}$" for k, b in lines]
    return " 或 ".join(eqs), " or ".join(eqs)


def values(d: Through) -> Values:
    """The check that the point is (not) on the curve, the tangent at t, the equation for t, the lines; for a
    parabola, the line through the point with slope k and its discriminant."""
    x, body, x0, y0, f = d.var, d.body, d.x0, d.y0, d.name
    fp = sp.diff(body, x)
    shown = sp.factor(fp)
    at = tidy(body.subs(x, x0))
    ft, fpt = body.subs(x, _T), fp.subs(x, _T)
    kb = [(_num(fp.subs(x, tv)), _num(body.subs(x, tv) - fp.subs(x, tv) * tv)) for tv in d.ts]
    final = _lines(kb)
    out: Values = {
        "f": f, "x": x.name, "fdef": fdef(f, x, body), "x0": tex(x0), "y0": tex(y0), "x0_plain": plain(x0),
        "at": tex(at), "at_plain": plain(at), "on_curve": at == y0, "fp": tex(shown), "fp_plain": plain(shown),
        "ft": tex(ft), "fpt": tex(fpt), "x0_minus_t": tex(x0 - _T),
        "ts": roots_math("t", d.ts, "zh"), "ts_en": roots_math("t", d.ts, "en"),
        "t_claim": f"{plain(y0)} - ({plain(ft)}) = ({plain(fpt)})*({plain(x0 - _T)}) \\Rightarrow {roots_text('t', d.ts, 'zh')}",
        "lines_claim": " 且 ".join(f"{plain(_num(body.subs(x, tv)))} + ({plain(k)})*(x - {paren(tv)}) = {plain(k * x + b)}"
                                   for tv, (k, b) in zip(d.ts, kb, strict=True)),
        "final": final[0], "final_en": final[1], "quadratic": sp.degree(body, x) == 2,
    }
    if out["quadratic"]:
        eq = sp.expand(body - y0 - _K * (x - x0))
        disc = sp.expand(sp.discriminant(eq, x))
        ks = sorted(sp.roots(sp.Poly(disc, _K), filter="R"), key=float)
        lines = [(kv, _num(y0 - kv * x0)) for kv in ks]
        disc_final = _lines(lines)
        out.update({
            "k_form": point_slope(x0, y0, _K), "meet": tex(eq), "disc": tex(disc),
            "ks": roots_math("k", ks, "zh"), "ks_en": roots_math("k", ks, "en"),
            "k_claim": f"{plain(disc)} = 0 \\Rightarrow {roots_text('k', ks, 'zh')}",
            "disc_lines_claim": " 且 ".join(f"{plain(y0)} + ({plain(kv)})*(x - {paren(x0)}) = {plain(kv * x + b)}"
                                            for kv, b in lines),
            "disc_final": disc_final[0], "disc_final_en": disc_final[1],
        })
    return out


def reference(d: Through) -> tuple[str, str]:
    """Independent: a line y = y0 + k(x − x0) is tangent to a polynomial curve iff f(x) − line has a double root,
    i.e. its discriminant in x vanishes; the real zeros in k are the slopes."""
    x = d.var
    diff = sp.Poly(sp.expand(d.body - d.y0 - _K * (x - d.x0)), x)
    ks = sp.roots(sp.Poly(sp.discriminant(diff), _K), filter="R")
    return _lines([(kv, _num(d.y0 - kv * d.x0)) for kv in ks])


TYPE: ProblemType[Through] = ProblemType(
    type_id="function.tangent_through", module="derivatives", name="tangent_through", detect=detect, values=values,
    reference=reference, givens=lambda d: [fdef(d.name, d.var, d.body), f"P({plain(d.x0)}, {plain(d.y0)})"],
    goal=lambda d: "tangent lines through a point", answers=frozenset({"tangent", "equation"}),
)

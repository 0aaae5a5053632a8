"""函数在闭区间上的最值 / The maximum and minimum of a function on a closed interval: the derivative, the vertex
for a quadratic."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, interval_text, labelled, plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.derivatives.analysis import analyse, asks_parameter, stated_interval
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_WORDS = ("最大值", "最小值", "最值", "值域", "maximum", "minimum", "range", "largest", "smallest")


@dataclass(frozen=True)
class MaxMin:
    """The function, the closed interval, the critical points (all, and those inside) and what is asked."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    fp: sp.Expr
    interval: sp.Interval
    all_crit: tuple[sp.Expr, ...]
    crit: tuple[sp.Expr, ...]
    want: str  # "max", "min" or "both"
    range: bool  # 值域: the answer is the interval [min, max]


def detect(p: Problem) -> MaxMin | None:
    """`求 f(x)=… 在区间 [a,b] 上的最大（小）值 / 值域`: a closed interval inside the domain, no parameter."""
    if not p.has(*_WORDS) or asks_parameter(p):
        return None
    f = analyse(p)
    iv = stated_interval(p)
    if f is None or iv is None or not isinstance(iv, sp.Interval) or iv.left_open or iv.right_open:
        return None
    if not iv.is_subset(f.domain):
        return None
    mx, mn = p.has("最大值", "maximum", "largest"), p.has("最小值", "minimum", "smallest")
    want = "max" if mx and not mn else ("min" if mn and not mx else "both")
    inside = tuple(c for c in f.crit if iv.contains(c) == sp.true)
    return MaxMin(f.name, f.var, f.body, f.fp, iv, f.crit, inside, want, p.has("值域", "range"))


def answer(m: MaxMin, lo: sp.Expr, hi: sp.Expr) -> tuple[str, str]:
    """The maximum, the minimum, both, or the range [min, max], as asked."""
    if m.want in ("max", "min") and not m.range:
        return (dollar(hi if m.want == "max" else lo),) * 2
    if m.range:
        return (f"$[{tex(lo)}, {tex(hi)}]$",) * 2
    return f"最大值 {labelled(hi)}，最小值 {labelled(lo)}", f"maximum {labelled(hi)}, minimum {labelled(lo)}"


def _listed(f: str, pairs: list[tuple[sp.Expr, sp.Expr]]) -> tuple[str, str, str]:
    """`f(-2)=-2，f(3)=18` for reading (Chinese, English) and `f(-2) = -2 且 f(3) = 18` for the checker."""
    shown = [f"${f}({tex(c)})={tex(v)}$" for c, v in pairs]
    return "，".join(shown), ", ".join(shown), " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in pairs)


def values(m: MaxMin) -> Values:
    """f', its zeros in the interval, the values to compare; for a quadratic the vertex form and the axis."""
    x, f, body, iv = m.var, m.name, m.body, m.interval
    fp = sp.factor(m.fp) if m.fp.is_polynomial(x) else sp.simplify(m.fp)
    points = sorted({iv.start, iv.end, *m.crit}, key=float)
    compared = [(c, tidy(body.subs(x, c))) for c in points]
    lo, hi = min(v for _, v in compared), max(v for _, v in compared)
    final = answer(m, lo, hi)
    listed = _listed(f, compared)
    out: Values = {
        "f": f, "x": x.name, "fdef": fdef(f, x, body), "fp": tex(fp), "fp_plain": plain(fp),
        "interval": interval_text(iv), "has_crit": bool(m.crit),
        "zeros": roots_math(x.name, list(m.crit), "zh"), "zeros_en": roots_math(x.name, list(m.crit), "en"),
        "zeros_claim": (f"{plain(sp.numer(sp.together(m.fp)))} = 0 \\Rightarrow {roots_text(x.name, list(m.all_crit), 'zh')}"
                        if m.all_crit else ""),
        "compared": listed[0], "compared_en": listed[1], "compared_claim": listed[2], "hi": tex(hi), "lo": tex(lo),
        "final": final[0], "final_en": final[1],
        "quadratic": bool(body.is_polynomial(x) and sp.degree(body, x) == 2),
    }
    if out["quadratic"]:
        a, b, _ = sp.Poly(body, x).all_coeffs()
        h = -b / (2 * a)
        k = tidy(body.subs(x, h))
        inside = iv.contains(h) == sp.true
        ends = _listed(f, [(iv.start, tidy(body.subs(x, iv.start))), (iv.end, tidy(body.subs(x, iv.end)))])
        q = [tidy(body.subs(x, iv.start)), tidy(body.subs(x, iv.end))] + ([k] if inside else [])
        out.update({
            "vertex_form": tex(a * (x - h) ** 2 + k), "vertex_claim": f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})",
            "axis": tex(h), "axis_inside": inside, "ends": ends[0], "ends_en": ends[1], "ends_claim": ends[2],
            "vertex_claim_value": f"{f}({plain(h)}) = {plain(k)}" if inside else "", "q_hi": tex(max(q)), "q_lo": tex(min(q)),
        })
    return out


def reference(m: MaxMin) -> tuple[str, str]:
    """Independent: SymPy's own minimum and maximum of f on the interval."""
    lo = sp.nsimplify(sp.calculus.util.minimum(m.body, m.var, m.interval))
    hi = sp.nsimplify(sp.calculus.util.maximum(m.body, m.var, m.interval))
    return answer(m, lo, hi)


TYPE: ProblemType[MaxMin] = ProblemType(
    type_id="function.maxmin_interval", module="derivatives", name="maxmin_interval", detect=detect, values=values,
    reference=reference, givens=lambda m: [fdef(m.name, m.var, m.body), interval_text(m.interval, latex=False)],
    goal=lambda m: "max and min on the interval", answers=frozenset({"max", "min", "range"}),
)

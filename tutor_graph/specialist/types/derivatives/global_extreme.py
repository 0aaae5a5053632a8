"""函数的最大（小）值（唯一极值点）/ The overall maximum or minimum of a function with one critical point."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.derivatives.analysis import analyse, restricted, sign_pieces
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class GlobalExtreme:
    """The function, its one critical point c, the pieces either side of it and which extreme is asked."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    domain: sp.Set
    c: sp.Expr
    left: sp.Interval
    right: sp.Interval
    want: str  # "max" or "min"


def detect(p: Problem) -> GlobalExtreme | None:
    """`求 f(x)=… 的最小值`: no interval, no parameter, and the one critical point is the extreme asked."""
    mx, mn = p.has("最大值", "maximum", "largest value"), p.has("最小值", "minimum", "smallest value")
    if mx == mn or restricted(p) or p.has("区间", "interval", "取值范围", "range of", "极"):
        return None
    f = analyse(p)
    if f is None or len(f.crit) != 1:
        return None
    want = "max" if mx else "min"
    pieces = sign_pieces(f)
    if [s for _, s in pieces] != ([1, -1] if want == "max" else [-1, 1]):
        return None  # the one critical point is not the overall extreme asked for
    return GlobalExtreme(f.name, f.var, f.body, f.domain, f.crit[0], pieces[0][0], pieces[1][0], want)


def values(g: GlobalExtreme) -> Values:
    """The derivative, its zero, the monotonic pieces, the extreme value; the second derivative there; the vertex
    form for a quadratic."""
    x, body, c = g.var, g.body, g.c
    fp = sp.diff(body, x)
    shown = sp.factor(fp) if fp.is_polynomial(x) else sp.simplify(fp)
    value = tidy(body.subs(x, c))
    up = g.want == "max"  # increasing then decreasing
    out: Values = {
        "f": g.name, "x": x.name, "fdef": fdef(g.name, x, body), "fp": tex(shown), "fp_plain": plain(shown),
        "zero_claim": f"{plain(fp)} = 0 \\Rightarrow {x} = {plain(c)}", "c": tex(c), "c_plain": plain(c),
        "left": interval_text(g.left), "right": interval_text(g.right),
        "left_way": "递增" if up else "递减", "right_way": "递减" if up else "递增",
        "left_way_en": "increasing" if up else "decreasing", "right_way_en": "decreasing" if up else "increasing",
        "value": tex(value), "value_plain": plain(value), "is_max": up,
        "most": "最大" if up else "最小", "most_en": "maximum" if up else "minimum",
        "quadratic": bool(body.is_polynomial(x) and sp.degree(body, x) == 2),
    }
    f2 = sp.simplify(sp.diff(body, x, 2))
    f2c = tidy(f2.subs(x, c))
    # the test decides only where f''(c) is not 0; its sign then agrees with the extreme the pieces showed
    out.update({"second_ok": bool(f2c != 0), "f2": tex(f2), "f2_plain": plain(f2), "f2c": tex(f2c),
                "f2c_plain": plain(f2c), "sign": "<" if up else ">",
                "kind": "极大值点" if up else "极小值点", "kind_en": "a local maximum" if up else "a local minimum"})
    if out["quadratic"]:
        a, b, _ = sp.Poly(body, x).all_coeffs()
        h = -b / (2 * a)
        k = tidy(body.subs(x, h))
        out.update({"vertex_form": tex(a * (x - h) ** 2 + k), "vertex_claim": f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})",
                    "h": tex(h), "h_plain": plain(h), "k": tex(k), "k_plain": plain(k)})
    return out


def reference(g: GlobalExtreme) -> str:
    """Independent: SymPy's own maximum / minimum of f over the domain."""
    extreme = sp.calculus.util.maximum if g.want == "max" else sp.calculus.util.minimum
    return plain(sp.nsimplify(extreme(g.body, g.var, g.domain)))


TYPE: ProblemType[GlobalExtreme] = ProblemType(
    type_id="function.global_extreme", module="derivatives", name="global_extreme", detect=detect, values=values,
    reference=reference, givens=lambda g: [fdef(g.name, g.var, g.body)], goal=lambda g: f"{g.want}imum",
    answers=frozenset({"max", "min"}),
)

"""Extrema and the maximum / minimum on a closed interval, by the derivative (first or second
derivative test) or, for quadratics, by the axis of symmetry."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.calculus import (
    _ctx,
    _derivative_step,
    _domain_context,
    _function,
    _is_quadratic,
    _sign_claim,
    _sign_pieces,
)
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, tidy
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    dollar,
    interval_text,
    labelled,
    plain,
    roots_math,
    roots_text,
    tex,
)


# -- extrema ------------------------------------------------------------------------------------------------
def detect_extrema(p: Problem) -> Match | None:
    if not p.has("极值", "极大值", "极小值", "extreme value", "extreme point", "local max", "local min", "extrema", "relative max"):
        return None
    d = _function(p)
    if d is None or not d["crit"] or interval(p.text) is not None:
        return None
    mx, mn = p.has("极大值", "local max", "relative max"), p.has("极小值", "local min", "relative min")
    d["want"] = "max" if mx and not mn else ("min" if mn and not mx else "both")
    # "求极值点" asks where; "求极值" asks the values; a question may ask both
    d["points"] = "extreme_point" in p.goal.kinds
    d["values"] = "extremum" in p.goal.kinds or not d["points"]
    return Match([fdef(d["name"], d["var"], d["body"])], "extreme values", d, 0.9)


def _extrema_table(d: dict) -> list[tuple[sp.Expr, str]]:
    x, fp = d["var"], d["fp"]
    out = []
    for c in d["crit"]:
        left, right = fp.subs(x, c - sp.Rational(1, 1000)), fp.subs(x, c + sp.Rational(1, 1000))
        if left > 0 > right:
            out.append((c, "max"))
        elif left < 0 < right:
            out.append((c, "min"))
    return out


def _extrema_answer(d: dict, table) -> tuple[str, str]:
    if d.get("points"):
        x, want = d["var"], d.get("want", "both")
        mx = [f"${x}={tex(c)}$" for c, k in table if k == "max"] if want != "min" else []
        mn = [f"${x}={tex(c)}$" for c, k in table if k == "min"] if want != "max" else []
        zh = "，".join(([f"极大值点 {', '.join(mx) or '无'}"] if want != "min" else []) + ([f"极小值点 {', '.join(mn) or '无'}"] if want != "max" else []))
        en = ", ".join(([f"local maximum point {', '.join(mx) or 'none'}"] if want != "min" else [])
                       + ([f"local minimum point {', '.join(mn) or 'none'}"] if want != "max" else []))
        if d.get("values"):
            vz, ve = _extrema_values(d, table)
            return f"{zh}；{vz}", f"{en}; {ve}"
        return zh, en
    return _extrema_values(d, table)


def _extrema_values(d: dict, table) -> tuple[str, str]:
    x, body = d["var"], d["body"]
    show = dollar if d.get("want", "both") != "both" else labelled
    mx = [show(tidy(body.subs(x, c))) for c, k in table if k == "max"]
    mn = [show(tidy(body.subs(x, c))) for c, k in table if k == "min"]
    if d.get("want", "both") != "both":
        text = ", ".join(mx if d["want"] == "max" else mn)
        return (text or "无", text or "none")
    zh = f"极大值 {', '.join(mx) or '无'}，极小值 {', '.join(mn) or '无'}"
    en = f"local maximum {', '.join(mx) or 'none'}, local minimum {', '.join(mn) or 'none'}"
    return zh, en


def _values_step(chain: Chain, d: dict, table) -> None:
    f, x, body = d["name"], d["var"], d["body"]
    parts = [(c, k, tidy(body.subs(x, c))) for c, k in table]
    chain.ask(("计算极值点处的函数值，极大值、极小值各是多少？", "Evaluate f at these points. What are the local maximum and minimum values?"),
              ("，".join(f"{'极大值' if k == 'max' else '极小值'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts),
               ", ".join(f"local {'max' if k == 'max' else 'min'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, _, v in parts), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("把极值点代入原函数，不是代入导数。", "Substitute into f itself, not into f'.")])


def _extrema_first(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"令 ${f}'({x})=0$，得到哪些点？", f"Solve ${f}'({x})=0$."),
              (roots_math(x.name, crit, "zh"), roots_math(x.name, crit, "en")),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, crit, 'zh')}" if crit else "",
              context=_domain_context(d), kps=["deriv.extremum"], hints=[("导数为 0 的点只是可能的极值点。", "Zeros of f' are only candidates.")])
    table = _extrema_table(d)
    chain.ask(("列表看导数在这些点两侧的符号，哪个是极大值点，哪个是极小值点？",
               "Look at the sign of f' on each side of these points. Which is a local max, which a local min?"),
              ("，".join(f"${x}={tex(c)}$ 是{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${x}={tex(c)}$ is a local {'max' if k == 'max' else 'min'}" for c, k in table)),
              _sign_claim(d, _sign_pieces(d), 1), context=_domain_context(d), kps=["deriv.extremum", "deriv.monotonicity"],
              hints=[("左正右负是极大值，左负右正是极小值。", "+ then − is a maximum; − then + is a minimum.")])
    _values_step(chain, d, table)
    chain.done(_extrema_answer(d, table), _extrema_answer(d, _extrema_table_ref(d)))


def _extrema_table_ref(d: dict):
    """Independent classification: the second derivative (or f' sign from solveset when f'' = 0)."""
    x = d["var"]
    f2 = sp.diff(d["body"], x, 2)
    out = []
    pos = sp.solveset(d["fp"] > 0, x, d["domain"])
    for c in sp.solveset(d["fp"], x, d["domain"]) if isinstance(sp.solveset(d["fp"], x, d["domain"]), sp.FiniteSet) else d["crit"]:
        v = f2.subs(x, c)
        if v != 0:
            out.append((c, "max" if v < 0 else "min"))
        else:
            left, right = pos.contains(c - sp.Rational(1, 1000)), pos.contains(c + sp.Rational(1, 1000))
            if left != right:
                out.append((c, "max" if left == sp.true else "min"))
    return sorted(out, key=lambda t: float(t[0]))


def _extrema_second(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    f2 = sp.simplify(sp.diff(d["body"], x, 2))
    chain.ask((f"再求二阶导数 ${f}''({x})$。", f"Now find the second derivative ${f}''({x})$."),
              (f"${f}''({x})={tex(f2)}$",) * 2, f"{f}''({x}) = {plain(f2)}", context=_ctx(d), kps=["deriv.rules"],
              hints=[("对 $f'(x)$ 再求一次导。", "Differentiate $f'(x)$ once more.")])
    table = [(c, "max" if f2.subs(x, c) < 0 else "min") for c in d["crit"] if f2.subs(x, c) != 0]
    chain.ask((f"在 ${f}'({x})=0$ 的点处 ${f}''$ 的符号如何？由此判断极大、极小。",
               f"What is the sign of ${f}''$ at the zeros of ${f}'$? Decide max or min."),
              ("，".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$，{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$: local {k}" for c, k in table)),
              " 且 ".join(f"{f}''({plain(c)}) = {plain(f2.subs(x, c))}" for c, _ in table), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("$f''<0$ 是极大值，$f''>0$ 是极小值。", "$f''<0$: maximum; $f''>0$: minimum.")])
    _values_step(chain, d, table)
    chain.done(_extrema_answer(d, table), _extrema_answer(d, _extrema_table_ref(d)))


register(Solver("function.extrema", "derivatives", detect_extrema, (
    Method(("导数符号法（列表）", "Sign of the derivative (table)"), _extrema_first),
    Method(("二阶导数法", "Second-derivative test"), _extrema_second,
           lambda d: all(sp.diff(d["body"], d["var"], 2).subs(d["var"], c) != 0 for c in d["crit"])),
), ("deriv.extremum",), priority=35, answers=frozenset({"extremum", "extreme_point"})))


# -- max / min on a closed interval ------------------------------------------------------------------------
def detect_maxmin(p: Problem) -> Match | None:
    if not p.has("最大值", "最小值", "最值", "值域", "maximum", "minimum", "range", "largest", "smallest"):
        return None
    if re.search(r"实数\s*[a-z]|[a-z]\s*的取值范围|range of (values of )?(?![fgh]\()[a-z]\b", p.text):
        return None
    d = _function(p)
    iv = interval(p.text)
    if d is None or iv is None or not isinstance(iv, sp.Interval) or iv.left_open or iv.right_open:
        return None
    if not iv.is_subset(d["domain"]):
        return None
    mx = p.has("最大值", "maximum", "largest")
    mn = p.has("最小值", "minimum", "smallest")
    d["want"] = "max" if mx and not mn else ("min" if mn and not mx else "both")
    d = {**d, "interval": iv, "range": p.has("值域", "range"), "all_crit": d["crit"], "crit": [c for c in d["crit"] if iv.contains(c) == sp.true]}
    return Match([fdef(d["name"], d["var"], d["body"]), interval_text(iv, latex=False)], "max and min on the interval", d, 0.9)


def _maxmin_answer(d: dict, lo, hi) -> tuple[str, str]:
    if d.get("want") in ("max", "min") and not d["range"]:
        return (dollar(hi if d["want"] == "max" else lo),) * 2
    if d["range"]:
        text = f"$[{tex(lo)}, {tex(hi)}]$"
        return text, text
    return f"最大值 {labelled(hi)}，最小值 {labelled(lo)}", f"maximum {labelled(hi)}, minimum {labelled(lo)}"


def _reference_maxmin(d: dict):
    x, iv = d["var"], d["interval"]
    lo = sp.calculus.util.minimum(d["body"], x, iv)
    hi = sp.calculus.util.maximum(d["body"], x, iv)
    return sp.nsimplify(lo), sp.nsimplify(hi)


def _maxmin_derivative(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["interval"]
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"${f}'({x})=0$ 在区间 ${interval_text(iv)}$ 内的解是什么？", f"Which zeros of ${f}'({x})$ lie in ${interval_text(iv)}$?"),
              (roots_math(x.name, crit, "zh") if crit else "区间内没有", roots_math(x.name, crit, "en") if crit else "none inside"),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, d['all_crit'], 'zh')}"
              if d["all_crit"] else "",
              kps=["deriv.max_min"], hints=[("区间外的点不用考虑。", "Ignore points outside the interval.")])
    points = sorted({iv.start, iv.end, *crit}, key=float)
    values = [(c, tidy(body.subs(x, c))) for c in points]
    chain.ask(("比较端点和这些点的函数值。", "Compare the values at the endpoints and at these points."),
              ("，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in values),) * 2,
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in values), context=_ctx(d), kps=["deriv.max_min"],
              hints=[("闭区间上连续函数的最值在端点或极值点取得。", "On a closed interval the extremes occur at endpoints or critical points.")])
    lo, hi = min(v for _, v in values), max(v for _, v in values)
    chain.ask(("最大值、最小值各是多少？", "What are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"), "",
              kps=["deriv.max_min"], hints=[("从上面的值里挑最大和最小。", "Pick the largest and the smallest of those values.")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


def _maxmin_vertex(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["interval"]
    a, b, _ = sp.Poly(body, x).all_coeffs()
    h = -b / (2 * a)
    k = tidy(body.subs(x, h))
    chain.ask(("配方求顶点和对称轴。", "Complete the square to find the vertex and the axis."),
              (f"${f}({x})={tex(a * (x - h) ** 2 + k)}$，对称轴 $x={tex(h)}$", f"${f}({x})={tex(a * (x - h) ** 2 + k)}$, axis $x={tex(h)}$"),
              f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})", kps=["completing_square", "quad.function"],
              hints=[("先提出二次项系数再配方。", "Factor out the leading coefficient, then complete the square.")])
    inside = iv.contains(h) == sp.true
    ends = [(iv.start, tidy(body.subs(x, iv.start))), (iv.end, tidy(body.subs(x, iv.end)))]
    chain.ask((f"对称轴在区间 ${interval_text(iv)}$ 内吗？两端点的函数值是多少？", f"Is the axis inside ${interval_text(iv)}$? What are the values at the endpoints?"),
              (f"{'在' if inside else '不在'}区间内；" + "，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends),
               f"{'inside' if inside else 'outside'}; " + ", ".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in ends), context=_ctx(d), kps=["quad.function"],
              hints=[("离对称轴越远，开口向上的抛物线函数值越大。", "For an upward parabola, farther from the axis means larger.")])
    values = [v for _, v in ends] + ([k] if inside else [])
    lo, hi = min(values), max(values)
    chain.ask(("结合图象，最大值、最小值各是多少？", "From the graph, what are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"),
              f"{f}({plain(h)}) = {plain(k)}" if inside else "", context=_ctx(d), kps=["quad.function", "shape_number"],
              hints=[("开口向上时，顶点在区间内则顶点处最小。", "Opening upward with the vertex inside: the minimum is at the vertex.")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


register(Solver("function.maxmin_interval", "derivatives", detect_maxmin, (
    Method(("导数法", "Derivative"), _maxmin_derivative, lambda d: not _is_quadratic(d)),
    Method(("配方法（对称轴）", "Vertex and axis of symmetry"), _maxmin_vertex, _is_quadratic),
    Method(("导数法", "Derivative"), _maxmin_derivative, _is_quadratic),
), ("deriv.max_min",), priority=35, answers=frozenset({"max", "min", "range"})))

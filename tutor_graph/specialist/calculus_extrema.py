"""Extrema and the maximum / minimum on a closed interval, by the derivative (first or second
derivative test) or, for quadratics, by the axis of symmetry."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.calculus import _ctx, _derivative_step
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, tidy
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    dollar,
    interval_text,
    labelled,
    plain,
    roots_math,
    roots_text,
    tex,
)
from tutor_graph.specialist.types.derivatives.analysis import (
    domain_context,
    function_data,
    is_quadratic,
    sign_claim,
    sign_pieces,
)


# -- extrema ------------------------------------------------------------------------------------------------
def detect_extrema(p: Problem) -> Match | None:
    if not p.has("极值", "极大值", "极小值", "extreme value", "extreme point", "local max", "local min", "extrema", "relative max"):
        return None
    d = function_data(p)
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
    chain.ask(("极值点处的函数值是多少？极大值、极小值各是多少？", "What are the values of f at these points: the local maximum and minimum values?"),
              ("，".join(f"{'极大值' if k == 'max' else '极小值'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts),
               ", ".join(f"local {'max' if k == 'max' else 'min'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, _, v in parts), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("极值是函数值还是自变量的值？", "Is an extreme value a value of f or a value of x?"),
                     ("把极值点代入原函数（不是导数），各得多少？", "Substitute each point into f itself (not into f'): what do you get?")])


def _extrema_first(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    chain.idea(("怎样用导数判断一个点是不是极值点？", "How does the derivative tell whether a point is a local extreme?"),
               ("看 $f'(x)$ 在该点两侧的符号：左正右负是极大值点，左负右正是极小值点", "by the sign of $f'(x)$ on each side: + then − is a local max, − then + a local min"),
               kps=["deriv.extremum"],
               hints=[("极大值点附近，函数先怎样变化、后怎样变化？", "Near a local maximum, how does f change before and after the point?"),
                      ("函数的增减又由导数的什么决定？", "And what about the derivative decides whether f increases?")])
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"令 ${f}'({x})=0$，能得到哪些点？", f"Solving ${f}'({x})=0$, which points do you get?"),
              (roots_math(x.name, crit, "zh"), roots_math(x.name, crit, "en")),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, crit, 'zh')}" if crit else "",
              context=domain_context(d), kps=["deriv.extremum"],
              hints=[("极值点一定是导数为 0 的点吗？导数为 0 的点一定是极值点吗？", "Is every local extreme a zero of f'? Is every zero of f' a local extreme?"),
                     ("把导数的分子分解因式，每个因式等于 0 时 $x$ 是多少？", "Factor the numerator of f': where is each factor 0?")])
    table = _extrema_table(d)
    chain.ask(("列表看导数在这些点两侧的符号，哪个是极大值点，哪个是极小值点？",
               "Look at the sign of f' on each side of these points. Which is a local max, which a local min?"),
              ("，".join(f"${x}={tex(c)}$ 是{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${x}={tex(c)}$ is a local {'max' if k == 'max' else 'min'}" for c, k in table)),
              sign_claim(d, sign_pieces(d), 1), context=domain_context(d), kps=["deriv.extremum", "deriv.monotonicity"],
              hints=[("在每个点的左右各取一个值代入导数，符号是什么？", "Take a value on each side of each point in f': what are the signs?"),
                     ("符号怎样变化时是极大值点，怎样变化时是极小值点？", "Which change of sign makes a local max, which a local min?")])
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
    chain.idea(("在导数为 0 的点，二阶导数的符号说明了什么？", "At a zero of f', what does the sign of the second derivative tell?"),
               ("$f''>0$ 时图象在该点附近下凸，是极小值点；$f''<0$ 时上凸，是极大值点", "$f''>0$: the graph bends up there, a local min; $f''<0$: it bends down, a local max"),
               kps=["deriv.extremum"],
               hints=[("二阶导数是 $f'$ 的导数：它的正负说明 $f'$ 在增还是在减？", "The second derivative is the derivative of f': does its sign say f' rises or falls?"),
                      ("$f'$ 从负增到正经过 0 时，原函数先减后增，这是什么点？", "When f' rises through 0 from negative to positive, f falls then rises: what point is that?")])
    _derivative_step(chain, d)
    f2 = sp.simplify(sp.diff(d["body"], x, 2))
    chain.ask((f"二阶导数 ${f}''({x})$ 是什么？", f"What is the second derivative ${f}''({x})$?"),
              (f"${f}''({x})={tex(f2)}$",) * 2, f"{f}''({x}) = {plain(f2)}", context=_ctx(d), kps=["deriv.rules"],
              hints=[("二阶导数是对谁求导？", "The second derivative is the derivative of what?"),
                     ("把 $f'(x)$ 的每一项再用一次求导公式，得到什么？", "Apply the rules once more to each term of $f'(x)$: what do you get?")])
    table = [(c, "max" if f2.subs(x, c) < 0 else "min") for c in d["crit"] if f2.subs(x, c) != 0]
    chain.ask((f"在 ${f}'({x})=0$ 的点处 ${f}''$ 的符号如何？各是极大值点还是极小值点？",
               f"What is the sign of ${f}''$ at the zeros of ${f}'$? Which is a local max, which a local min?"),
              ("，".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$，{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$: local {k}" for c, k in table)),
              " 且 ".join(f"{f}''({plain(c)}) = {plain(f2.subs(x, c))}" for c, _ in table), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("把每个点代入二阶导数，值是正还是负？", "Substitute each point into f'': positive or negative?"),
                     ("开头说的规律：哪种符号对应极大值？", "The rule from the start: which sign means a local max?")])
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
    d = function_data(p)
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
    chain.idea(("闭区间上连续函数的最值可能在哪些点取得？", "Where can a continuous function on a closed interval reach its maximum and minimum?"),
               ("在区间端点或区间内的极值点取得", "at the end points or at the critical points inside the interval"),
               kps=["deriv.max_min"],
               hints=[("函数在区间内部取到最大值的点，附近的函数值都比它小：那里的导数是多少？", "At an inside point where f is largest, nearby values are smaller: what is f' there?"),
                      ("区间的两个端点有没有可能取到最值？", "Can the largest or smallest value sit at an end of the interval?")])
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"${f}'({x})=0$ 在区间 ${interval_text(iv)}$ 内的解是什么？", f"Which zeros of ${f}'({x})$ lie in ${interval_text(iv)}$?"),
              (roots_math(x.name, crit, "zh") if crit else "区间内没有", roots_math(x.name, crit, "en") if crit else "none inside"),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, d['all_crit'], 'zh')}"
              if d["all_crit"] else "",
              kps=["deriv.max_min"],
              hints=[("把导数的分子分解因式，它的零点是哪些？", "Factor the numerator of f': what are its zeros?"),
                     ("这些零点中，哪些落在区间里？区间外的还要考虑吗？", "Which of them lie in the interval? Do the others matter?")])
    points = sorted({iv.start, iv.end, *crit}, key=float)
    values = [(c, tidy(body.subs(x, c))) for c in points]
    chain.ask(("端点和这些点处的函数值各是多少？", "What are the values of f at the end points and at these points?"),
              ("，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in values),) * 2,
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in values), context=_ctx(d), kps=["deriv.max_min"],
              hints=[("要比较的有哪几个点？别漏掉两个端点。", "Which points are to be compared? Do not leave out the two end points."),
                     ("把每个点代入原函数（不是导数），各得多少？", "Substitute each point into f itself (not into f'): what do you get?")])
    lo, hi = min(v for _, v in values), max(v for _, v in values)
    chain.ask(("最大值、最小值各是多少？", "What are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"), "",
              kps=["deriv.max_min"],
              hints=[("最值就在上一步算出的这几个函数值里：为什么？", "The extremes are among the values just found: why?"),
                     ("把这几个值从小到大排一排，两头各是哪个？", "Order those values from smallest to largest: what is at each end?")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


def _maxmin_vertex(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["interval"]
    a, b, _ = sp.Poly(body, x).all_coeffs()
    h = -b / (2 * a)
    k = tidy(body.subs(x, h))
    chain.idea(("二次函数在闭区间上的最值，关键看什么？", "For a quadratic on a closed interval, what decides the maximum and minimum?"),
               ("开口方向，以及对称轴是否在区间内：再比较顶点和端点的函数值", "the opening, and whether the axis lies in the interval: then compare the vertex with the end points"),
               kps=["quad.function", "shape_number"],
               hints=[("抛物线的最高点或最低点在哪里？", "Where is the highest or lowest point of a parabola?"),
                      ("如果顶点不在区间里，函数在区间上是单调的吗？", "If the vertex is outside the interval, is the function monotonic on it?")])
    chain.ask(("配方后，顶点式是什么？对称轴是哪条直线？", "Completing the square, what is the vertex form, and which line is the axis?"),
              (f"${f}({x})={tex(a * (x - h) ** 2 + k)}$，对称轴 $x={tex(h)}$", f"${f}({x})={tex(a * (x - h) ** 2 + k)}$, axis $x={tex(h)}$"),
              f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})", kps=["completing_square", "quad.function"],
              hints=[("配方前先对二次项系数做什么？", "What do you do with the leading coefficient before completing the square?"),
                     ("顶点式 $a(x-h)^2+k$ 的对称轴是哪条直线？", "Which line is the axis of $a(x-h)^2+k$?")])
    inside = iv.contains(h) == sp.true
    ends = [(iv.start, tidy(body.subs(x, iv.start))), (iv.end, tidy(body.subs(x, iv.end)))]
    chain.ask((f"对称轴在区间 ${interval_text(iv)}$ 内吗？两端点的函数值是多少？", f"Is the axis inside ${interval_text(iv)}$? What are the values at the endpoints?"),
              (f"{'在' if inside else '不在'}区间内；" + "，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends),
               f"{'inside' if inside else 'outside'}; " + ", ".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in ends), context=_ctx(d), kps=["quad.function"],
              hints=[("对称轴 $x=h$ 与区间两端比较，在哪一侧？", "Compare the axis $x=h$ with the two ends: on which side is it?"),
                     ("把两个端点分别代入函数，各得多少？", "Substitute each end point into the function: what do you get?")])
    values = [v for _, v in ends] + ([k] if inside else [])
    lo, hi = min(values), max(values)
    chain.ask(("结合图象，最大值、最小值各是多少？", "From the graph, what are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"),
              f"{f}({plain(h)}) = {plain(k)}" if inside else "", context=_ctx(d), kps=["quad.function", "shape_number"],
              hints=[("开口向上时，离对称轴越远函数值怎样变化？开口向下呢？", "Opening upward, how do the values change farther from the axis? And opening downward?"),
                     ("顶点在区间内时，顶点处是最大还是最小？另一个最值在哪个端点？", "With the vertex inside, is it the max or the min? At which end is the other one?")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


register(Solver("function.maxmin_interval", "derivatives", detect_maxmin, (
    Method(("导数法", "Derivative"), _maxmin_derivative, lambda d: not is_quadratic(d)),
    Method(("配方法（对称轴）", "Vertex and axis of symmetry"), _maxmin_vertex, is_quadratic),
    Method(("导数法", "Derivative"), _maxmin_derivative, is_quadratic),
), ("deriv.max_min",), priority=35, answers=frozenset({"max", "min", "range"})))

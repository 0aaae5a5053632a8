"""成对数据：最小二乘回归直线、已知斜率求截距与预测（含 ẑ = ln y）、残差、样本相关系数 /
Paired data: the least-squares line, the intercept and predictions from a given slope (also through ẑ = ln y),
residuals and the sample correlation coefficient.

The reference is computed another way: the line by minimising the sum of squared residuals (solving the
normal equations SymPy derives), r from the coefficient of determination 1 − SSE/SST.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_NUMBER = r"-?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"\(\s*({_NUMBER})\s*,\s*({_NUMBER})\s*\)")
_RUN = rf"({_NUMBER}(?:\s*,\s*(?:{_NUMBER}|\.\.\.))+)"
_A = sp.Symbol("A", real=True)


@dataclass(frozen=True)
class Paired:
    """What is asked (`fit`, `r`, `intercept`, `predict`, `residual`) and what is given."""

    goal: str
    xs: tuple[sp.Expr, ...] = ()  # the data, where given
    ys: tuple[sp.Expr, ...] = ()
    letter: str = "y"  # the response of the stated line: y, or z = ln y
    slope: sp.Expr | None = None  # of the stated line
    intercept: sp.Expr | None = None  # of the stated line; None when it is â
    mx: sp.Expr | None = None  # stated means (used when no data are given)
    my: sp.Expr | None = None
    x0: sp.Expr | None = None  # the x of a prediction
    point: tuple[sp.Expr, sp.Expr] | None = None  # the data point of a residual


def _run(text: str) -> list[sp.Expr] | None:
    """`1, 2, 3` or `1, ..., 5` (whole steps) as numbers."""
    items = [i.strip() for i in text.split(",")]
    out: list[sp.Expr] = []
    for i, item in enumerate(items):
        if item == "...":
            if not out or i + 1 >= len(items):
                return None
            step = out[-1] - out[-2] if len(out) >= 2 else sp.Integer(1)
            end = sp.nsimplify(items[i + 1])
            if step <= 0 or (end - out[-1]) / step > 40:
                return None
            while out[-1] + step < end:
                out.append(out[-1] + step)
            continue
        v = try_expr(item)
        if v is None:
            return None
        out.append(sp.nsimplify(v))
    return out


def paired_data(text: str) -> tuple[list[sp.Expr], list[sp.Expr]] | None:
    """The data as two equal-length lists, from `(1,2),(2,3),…` or `x … 1,2,3 … y … 2,3,5`."""
    pairs = _PAIR.findall(text)
    if 3 <= len(pairs) <= 30:
        return [sp.nsimplify(a) for a, _ in pairs], [sp.nsimplify(b) for _, b in pairs]
    m = re.search(rf"(?<![A-Za-z])x\s*(?:的取值|的值|取值|values?)?\s*(?:为|是|=|:|of|are)?\s*{_RUN}.*?(?<![A-Za-z])y\s*(?:的取值|的值|取值|values?)?\s*(?:为|是|=|:|of|are)?\s*{_RUN}", text)
    if not m:
        return None
    xs, ys = _run(m.group(1)), _run(m.group(2))
    if not xs or not ys or len(xs) != len(ys) or len(xs) < 3:
        return None
    return xs, ys


def _line(text: str) -> tuple[str, sp.Expr, sp.Expr | None] | None:
    """The fitted line written in the text: (response letter, slope, intercept or None when it is â)."""
    for m in re.finditer(r"bar\{([yz])\}\s*=\s*((?:[0-9x+\-*/()\s]|\.(?=\d)|bar\{a\})+)", text):
        e = try_expr(m.group(2).replace("bar{a}", "A"))
        if e is not None and e.has(X) and not e.free_symbols - {X, _A}:
            break
    else:
        return None
    slope = e.coeff(X)
    rest = sp.expand(e - slope * X)
    if slope.free_symbols or rest.has(X):
        return None
    return m.group(1), slope, None if rest.has(_A) else rest


def _means(text: str) -> dict[str, sp.Expr]:
    out = {}
    for name in "xy":
        m = re.search(rf"bar\{{{name}\}}\s*=\s*({_NUMBER})(?![\d.])(?!\s*x)", text)  # not the 1 of \hat y=1.5x
        if m:
            out[name] = sp.nsimplify(m.group(1))
    return out


def detect(p: Problem) -> Paired | None:
    """`(1,2),(2,3),…，求回归方程` / `相关系数 r` / `ŷ=1.2x+â，求 â` / `预测 x=6 时` / `样本点 (3,8) 的残差`."""
    if not p.has("回归", "相关系数", "残差", "最小二乘", "regression", "least-squares", "least squares", "correlation",
                 "residual", "fitted line", "成对数据", "paired"):
        return None
    data, line, means = paired_data(p.text), _line(p.text), _means(p.text)
    asked = re.split(r"求|find|predict|compute|what is", p.text, flags=re.I)[-1]
    x0 = re.search(rf"x\s*=\s*({_NUMBER})\s*(?:时|$|\.|,|\?)", p.text)
    point = None
    x0_value = None
    if p.has("残差", "residual"):
        found = _PAIR.findall(asked) or _PAIR.findall(p.text)
        if line is None or line[2] is None or len(found) != 1:
            return None
        goal, point = "residual", (sp.nsimplify(found[0][0]), sp.nsimplify(found[0][1]))
    elif p.has("相关系数", "correlation coefficient"):
        if data is None:
            return None
        goal = "r"
    elif line is not None and line[2] is None and re.search(r"bar\{a\}", asked) and data:
        goal = "intercept"
    elif p.has("预测", "predict", "estimate") and x0:
        if line is None or (line[2] is None and not (data or {"x", "y"} <= set(means))):
            return None
        goal, x0_value = "predict", sp.nsimplify(x0.group(1))
    elif p.has("回归方程", "regression line", "regression equation", "least-squares line", "least squares line",
               "line of best fit") and data and line is None:
        goal = "fit"
    else:
        return None
    if line is not None and line[0] == "z" and not re.search(r"z\s*=\s*ln\s*y", p.text):
        return None
    if data is not None and len(set(data[0])) < 2:
        return None
    xs, ys = (tuple(data[0]), tuple(data[1])) if data else ((), ())
    letter, slope, intercept = line if line is not None else ("y", None, None)
    return Paired(goal, xs, ys, letter, slope, intercept, means.get("x"), means.get("y"), x0_value, point)


def _means_of(d: Paired) -> tuple[sp.Expr, sp.Expr]:
    if d.xs:
        n = len(d.xs)
        return sum(d.xs, sp.Integer(0)) / n, sum(d.ys, sp.Integer(0)) / n
    assert d.mx is not None and d.my is not None  # detect asks for both means where no data are given
    return d.mx, d.my


def _sum_text(terms: list[str]) -> str:
    return " + ".join(terms)


def _data_values(d: Paired, out: Values) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    """The means and the deviation and sum forms of Sxy, Sxx, Syy; returns (x̄, ȳ, b̂ of the data)."""
    xs, ys, n = d.xs, d.ys, len(d.xs)
    mx, my = _means_of(d)
    pairs = list(zip(xs, ys, strict=True))
    sxy = sum(((x - mx) * (y - my) for x, y in pairs), sp.Integer(0))
    sxx = sum(((x - mx) ** 2 for x in xs), sp.Integer(0))
    syy = sum(((y - my) ** 2 for y in ys), sp.Integer(0))
    pxy = sum((x * y for x, y in pairs), sp.Integer(0))
    pxx = sum((x**2 for x in xs), sp.Integer(0))
    out.update({
        "n": str(n), "xs_sum": _sum_text([plain(x) for x in xs]), "ys_sum": _sum_text([plain(y) for y in ys]),
        "dev_xy_terms": _sum_text([f"({plain(x - mx)})*({plain(y - my)})" for x, y in pairs]),
        "dev_xx_terms": _sum_text([f"({plain(x - mx)})^2" for x in xs]),
        "dev_yy_terms": _sum_text([f"({plain(y - my)})^2" for y in ys]),
        "xy_terms": _sum_text([f"({plain(x)})*({plain(y)})" for x, y in pairs]),
        "xx_terms": _sum_text([f"({plain(x)})^2" for x in xs]),
        "yy_terms": _sum_text([f"({plain(y)})^2" for y in ys]),
        "sxy": tex(sxy), "sxy_plain": plain(sxy), "sxx": tex(sxx), "sxx_plain": plain(sxx),
        "syy": tex(syy), "syy_plain": plain(syy),
        "pxy": tex(pxy), "pxy_plain": plain(pxy), "pxx": tex(pxx), "pxx_plain": plain(pxx),
    })
    if sxx != 0 and syy != 0:
        r = sp.radsimp(sxy / sp.sqrt(sxx * syy))
        out.update({"rr": tex(r), "rr_plain": plain(r)})
    return mx, my, sxy / sxx


def values(d: Paired) -> Values:
    """Every quantity the chains show; the flags say which goal and which givens there are."""
    need_a = d.goal in ("fit", "intercept") or (d.goal == "predict" and d.intercept is None)
    out: Values = {
        "fit": d.goal == "fit", "r": d.goal == "r", "formulas": d.goal in ("fit", "r"),
        "intercept": d.goal == "intercept", "predict": d.goal == "predict", "residual": d.goal == "residual",
        "centre": d.goal in ("intercept", "predict"), "need_a": need_a, "has_data": bool(d.xs),
        "means_given": not d.xs, "is_z": d.letter == "z",
        "data_means": need_a and bool(d.xs),  # the means are to be computed from the data
        "yname": "\\hat z" if d.letter == "z" else "\\hat y",
    }
    b_data = None
    if d.xs:
        mx, my, b_data = _data_values(d, out)
    elif d.mx is not None and d.my is not None:
        mx, my = d.mx, d.my
    else:
        mx = my = sp.Integer(0)  # the stated line is complete: no means are needed
    out.update({"mx": tex(mx), "mx_plain": plain(mx), "my": tex(my), "my_plain": plain(my)})
    b = b_data if d.goal in ("fit", "r") else d.slope
    assert b is not None  # a line is stated for every goal but fit and r
    a = my - b * mx if need_a or d.intercept is None else d.intercept
    out.update({"b": tex(b), "b_plain": plain(b), "a": tex(a), "a_plain": plain(a)})
    if d.goal == "fit":
        out["answer"] = f"$y={tex(b * X + a)}$"
    elif d.goal == "r":
        out["answer"] = f"${out['rr']}$"
    elif d.goal == "intercept":
        out["answer"] = dollar(a)
        # the least-squares intercept for a fixed slope: the mean of the offsets y_i − b̂x_i
        offsets = [y - b * x for x, y in zip(d.xs, d.ys, strict=True)]
        out.update({"offsets": ", ".join(tex(o) for o in offsets),
                    "offsets_claim": " 且 ".join(f"{plain(y)} - ({plain(b)})*({plain(x)}) = {plain(o)}"
                                                for x, y, o in zip(d.xs, d.ys, offsets, strict=True)),
                    "offsets_terms": _sum_text([f"({plain(o)})" for o in offsets])})
    elif d.goal == "predict":
        assert d.x0 is not None
        v = b * d.x0 + a
        out.update({"x0": tex(d.x0), "x0_plain": plain(d.x0), "v": tex(v), "v_plain": plain(v),
                    "gap": tex(d.x0 - mx), "gap_plain": plain(d.x0 - mx), "rise": tex(b * (d.x0 - mx)),
                    "rise_plain": plain(b * (d.x0 - mx))})
        if d.letter == "z":
            y = sp.exp(v)
            out.update({"yv": tex(y), "yv_plain": plain(y), "c": tex(sp.exp(a)), "c_plain": plain(sp.exp(a)),
                        "kx": tex(b * X)})
            out["answer"] = dollar(y)
        else:
            out["answer"] = dollar(v)
    else:
        assert d.point is not None
        x0, y0 = d.point
        yhat = b * x0 + a
        c = y0 - b * x0  # the intercept of the parallel line through the point
        out.update({"px": tex(x0), "px_plain": plain(x0), "py": tex(y0), "py_plain": plain(y0),
                    "yhat": tex(yhat), "yhat_plain": plain(yhat), "e": tex(y0 - yhat), "e_plain": plain(y0 - yhat),
                    "pc": tex(c), "pc_plain": plain(c), "parallel": tex(b * X + c)})
        out["answer"] = dollar(y0 - yhat)
    return out


def reference(d: Paired) -> str:
    """Independent: minimise the squared residuals (normal equations from SymPy's derivatives)."""
    if d.goal == "residual":
        assert d.point is not None and d.slope is not None and d.intercept is not None
        return plain(d.point[1] - (d.slope * d.point[0] + d.intercept))
    A, B = sp.symbols("A B", real=True)
    if d.xs:
        sse = sum(((y - A - B * x) ** 2 for x, y in zip(d.xs, d.ys, strict=True)), sp.Integer(0))
        fixed = {B: d.slope} if d.slope is not None and d.goal in ("intercept", "predict") else {}
        unknowns = [v for v in (A, B) if v not in fixed]
        sol = sp.solve([sp.diff(sse.subs(fixed), v) for v in unknowns], unknowns, dict=True)[0]
        a, b = sol.get(A, fixed.get(A)), sol.get(B, fixed.get(B))
        if d.goal == "predict" and d.intercept is not None:
            a = d.intercept  # the stated line is the one to predict with
    else:
        assert d.slope is not None
        b = d.slope
        a = d.intercept if d.intercept is not None else d.my - b * d.mx  # type: ignore[operator]
    if d.goal == "fit":
        return f"$y={tex(b * X + a)}$"
    if d.goal == "intercept":
        return plain(a)
    if d.goal == "predict":
        v = b * d.x0 + a
        return plain(sp.exp(v) if d.letter == "z" else v)
    my = sum(d.ys, sp.Integer(0)) / len(d.ys)
    sse = sum(((y - a - b * x) ** 2 for x, y in zip(d.xs, d.ys, strict=True)), sp.Integer(0))
    sst = sum(((y - my) ** 2 for y in d.ys), sp.Integer(0))
    return plain(sp.radsimp(sp.sign(b) * sp.sqrt(1 - sse / sst)))


def _givens(d: Paired) -> list[str]:
    return ([f"{len(d.xs)} pairs"] if d.xs else []) + ([f"line slope {plain(d.slope)}"] if d.slope is not None else [])


TYPE: ProblemType[Paired] = ProblemType(
    type_id="statistics.regression", module="statistics", name="regression", detect=detect, values=values,
    reference=reference, givens=_givens, goal=lambda d: d.goal,
    answers=frozenset({"regression", "correlation", "coefficient", "residual", "predict", "equation", "expr", "intercept"}),
)

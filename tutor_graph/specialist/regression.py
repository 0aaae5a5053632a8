"""Paired data: the least-squares line (deviation form vs sums form), its intercept from a given slope,
predictions (also through ẑ = ln y), residuals and the sample correlation coefficient.

References are computed another way: the line by minimising the sum of squared residuals (solving
the normal equations SymPy derives), r from the coefficient of determination 1 − SSE/SST.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_NUMBER = r"-?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"\(\s*({_NUMBER})\s*,\s*({_NUMBER})\s*\)")
_RUN = rf"({_NUMBER}(?:\s*,\s*(?:{_NUMBER}|\.\.\.))+)"


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


def paired_data(text: str) -> tuple[list, list] | None:
    """The data as two equal-length lists, from `(1,2),(2,3),…` or `x … 1,2,3 … y … 2,3,5`."""
    pairs = _PAIR.findall(text)
    if len(pairs) >= 3 and len(pairs) <= 30:
        return [sp.nsimplify(a) for a, _ in pairs], [sp.nsimplify(b) for _, b in pairs]
    m = re.search(rf"(?<![A-Za-z])x\s*(?:的取值|的值|取值|values?)?\s*(?:为|是|=|:|of|are)?\s*{_RUN}.*?(?<![A-Za-z])y\s*(?:的取值|的值|取值|values?)?\s*(?:为|是|=|:|of|are)?\s*{_RUN}", text)
    if not m:
        return None
    xs, ys = _run(m.group(1)), _run(m.group(2))
    if not xs or not ys or len(xs) != len(ys) or len(xs) < 3:
        return None
    return xs, ys


def _line(text: str):
    """The fitted line written in the text: (response letter, slope, intercept or None when it is â)."""
    for m in re.finditer(r"bar\{([yz])\}\s*=\s*((?:[0-9x+\-*/()\s]|\.(?=\d)|bar\{a\})+)", text):
        e = try_expr(m.group(2).replace("bar{a}", "A"))
        if e is not None and e.has(X) and not e.free_symbols - {X, sp.Symbol("A", real=True)}:
            break
    else:
        return None
    slope = e.coeff(X)
    rest = sp.expand(e - slope * X)
    if slope.free_symbols or rest.has(X):
        return None
    unknown = rest.has(sp.Symbol("A", real=True))
    return m.group(1), slope, None if unknown else rest


def _means(text: str) -> dict[str, sp.Expr]:
    out = {}
    for name in "xy":
        m = re.search(rf"bar\{{{name}\}}\s*=\s*({_NUMBER})(?!\s*x)", text)
        if m:
            out[name] = sp.nsimplify(m.group(1))
    return out


def detect(p: Problem) -> Match | None:
    if not p.has("回归", "相关系数", "残差", "最小二乘", "regression", "least-squares", "least squares", "correlation", "residual",
                 "fitted line", "成对数据", "paired"):
        return None
    data, line, means = paired_data(p.text), _line(p.text), _means(p.text)
    asked = re.split(r"求|find|predict|compute|what is", p.text, flags=re.I)[-1]
    x0 = re.search(rf"x\s*=\s*({_NUMBER})\s*(?:时|$|\.|,|\?)", p.text)
    if p.has("残差", "residual"):
        point = _PAIR.findall(asked) or _PAIR.findall(p.text)
        if line is None or line[2] is None or len(point) != 1:
            return None
        goal = {"goal": "residual", "point": tuple(sp.nsimplify(v) for v in point[0])}
    elif p.has("相关系数", "correlation coefficient"):
        if data is None:
            return None
        goal = {"goal": "r"}
    elif line is not None and line[2] is None and re.search(r"bar\{a\}", asked) and data:
        goal = {"goal": "intercept"}
    elif p.has("预测", "predict", "estimate") and x0:
        if line is None or (line[2] is None and not (data or {"x", "y"} <= set(means))):
            return None
        goal = {"goal": "predict", "x0": sp.nsimplify(x0.group(1))}
    elif p.has("回归方程", "regression line", "regression equation", "least-squares line", "least squares line", "line of best fit") and data and line is None:
        goal = {"goal": "fit"}
    else:
        return None
    if line is not None and line[0] == "z" and not re.search(r"z\s*=\s*ln\s*y", p.text):
        return None
    if data is not None:
        xs, _ = data
        if len(set(xs)) < 2:
            return None
    d = {**goal, "data": data, "line": line, "means": means}
    givens = [f"{len(data[0])} pairs"] if data else []
    return Match(givens + ([f"line slope {plain(line[1])}"] if line else []), goal["goal"], d, 0.9)


# -- the computations, written out ----------------------------------------------------------------------------
def _mean_steps(chain: Chain, xs: list, ys: list) -> tuple[sp.Expr, sp.Expr]:
    n = len(xs)
    mx, my = sp.Rational(sum(xs), n) if all(v.is_Rational for v in xs) else sum(xs) / n, sum(ys) / n
    chain.ask(("先求 $\\bar x$ 和 $\\bar y$。", "First find $\\bar x$ and $\\bar y$."), (f"$\\bar x={tex(mx)}$，$\\bar y={tex(my)}$", f"$\\bar x={tex(mx)}$, $\\bar y={tex(my)}$"),
              f"({' + '.join(plain(v) for v in xs)})/{n} = {plain(mx)} 且 ({' + '.join(plain(v) for v in ys)})/{n} = {plain(my)}",
              kps=["stat.regression"], hints=[("求和后除以数据个数。", "Add up, then divide by the count.")])
    return mx, my


def _dev_slope(chain: Chain, xs, ys, mx, my) -> sp.Expr:
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    chain.ask(("计算 $\\sum(x_i-\\bar x)(y_i-\\bar y)$ 与 $\\sum(x_i-\\bar x)^2$。", "Compute $\\sum(x_i-\\bar x)(y_i-\\bar y)$ and $\\sum(x_i-\\bar x)^2$."),
              (f"${tex(sxy)}$，${tex(sxx)}$", f"${tex(sxy)}$ and ${tex(sxx)}$"),
              " + ".join(f"({plain(x - mx)})*({plain(y - my)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 "
              + " + ".join(f"({plain(x - mx)})^2" for x in xs) + f" = {plain(sxx)}",
              kps=["stat.regression"], hints=[("先列出每个 $x_i-\\bar x$ 与 $y_i-\\bar y$。", "List each $x_i-\\bar x$ and $y_i-\\bar y$ first.")])
    b = sxy / sxx
    chain.ask(("$\\hat b=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sum(x_i-\\bar x)^2}$ 是多少？", "What is $\\hat b=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sum(x_i-\\bar x)^2}$?"),
              (f"$\\hat b={tex(b)}$",) * 2, f"({plain(sxy)})/({plain(sxx)}) = {plain(b)}", kps=["stat.regression"],
              hints=[("最小二乘法的斜率公式。", "The least-squares slope formula.")])
    return b


def _sum_slope(chain: Chain, xs, ys, mx, my) -> sp.Expr:
    n = len(xs)
    sxy, sxx = sum(x * y for x, y in zip(xs, ys, strict=True)), sum(x**2 for x in xs)
    chain.ask(("计算 $\\sum x_iy_i$ 与 $\\sum x_i^2$。", "Compute $\\sum x_iy_i$ and $\\sum x_i^2$."), (f"${tex(sxy)}$，${tex(sxx)}$", f"${tex(sxy)}$ and ${tex(sxx)}$"),
              " + ".join(f"({plain(x)})*({plain(y)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 " + " + ".join(f"({plain(x)})^2" for x in xs) + f" = {plain(sxx)}",
              kps=["stat.regression"], hints=[("逐项相乘再相加。", "Multiply pair by pair, then add.")])
    b = (sxy - n * mx * my) / (sxx - n * mx**2)
    chain.ask(("$\\hat b=\\frac{\\sum x_iy_i-n\\bar x\\bar y}{\\sum x_i^2-n\\bar x^2}$ 是多少？", "What is $\\hat b=\\frac{\\sum x_iy_i-n\\bar x\\bar y}{\\sum x_i^2-n\\bar x^2}$?"),
              (f"$\\hat b={tex(b)}$",) * 2, f"({plain(sxy)} - {n}*({plain(mx)})*({plain(my)}))/({plain(sxx)} - {n}*({plain(mx)})^2) = {plain(b)}",
              kps=["stat.regression"], hints=[("与离差形式的公式等价。", "It is the deviation formula rewritten.")])
    return b


def _intercept(chain: Chain, b, mx, my) -> sp.Expr:
    a = my - b * mx
    chain.ask(("回归直线过样本中心 $(\\bar x,\\bar y)$，$\\hat a=\\bar y-\\hat b\\bar x$ 是多少？", "The line passes through $(\\bar x,\\bar y)$: what is $\\hat a=\\bar y-\\hat b\\bar x$?"),
              (f"$\\hat a={tex(a)}$",) * 2, f"{plain(my)} - ({plain(b)})*({plain(mx)}) = {plain(a)}", kps=["stat.regression"],
              hints=[("样本中心一定在回归直线上。", "The centre of the data always lies on the fitted line.")])
    return a


def _eq(b, a, letter="y") -> str:
    return f"${letter}={tex(b * X + a)}$"


def _reference(d: dict) -> tuple[str, str]:
    """Independent: minimise the squared residuals (normal equations from SymPy's derivatives)."""
    goal = d["goal"]
    if goal == "residual":
        _, b, a = d["line"]
        x0, y0 = d["point"]
        return (plain(y0 - (b * x0 + a)),) * 2
    A, B = sp.symbols("A B", real=True)
    if d["data"]:
        xs, ys = d["data"]
        sse = sum((y - A - B * x) ** 2 for x, y in zip(xs, ys, strict=True))
        fixed = {B: d["line"][1]} if d["line"] and goal in ("intercept", "predict") else {}
        unknowns = [v for v in (A, B) if v not in fixed]
        sol = sp.solve([sp.diff(sse.subs(fixed), v) for v in unknowns], unknowns, dict=True)[0]
        a, b = sol.get(A, fixed.get(A)), sol.get(B, fixed.get(B))
    else:
        b = d["line"][1]
        a = d["line"][2] if d["line"][2] is not None else d["means"]["y"] - b * d["means"]["x"]
    if goal == "fit":
        return (_eq(b, a),) * 2
    if goal == "intercept":
        return (plain(a),) * 2
    if goal == "predict":
        v = b * d["x0"] + a
        return (plain(sp.exp(v) if d["line"][0] == "z" else v),) * 2
    xs, ys = d["data"]
    my = sum(ys) / len(ys)
    sse = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys, strict=True))
    sst = sum((y - my) ** 2 for y in ys)
    return (plain(sp.radsimp(sp.sign(b) * sp.sqrt(1 - sse / sst))),) * 2


def _fit(chain: Chain, d: dict, slope) -> None:
    xs, ys = d["data"]
    mx, my = _mean_steps(chain, xs, ys)
    b = slope(chain, xs, ys, mx, my)
    a = _intercept(chain, b, mx, my)
    chain.done((_eq(b, a),) * 2, _reference(d))


def _given_slope(chain: Chain, d: dict) -> None:
    """â from the data's means and the stated slope, and a prediction when asked."""
    letter, b, a = d["line"]
    if a is None:
        if d["data"]:
            mx, my = _mean_steps(chain, *d["data"])
        else:
            mx, my = d["means"]["x"], d["means"]["y"]
        a = _intercept(chain, b, mx, my)
    if d["goal"] == "intercept":
        chain.done((dollar(a),) * 2, _reference(d))
        return
    x0 = d["x0"]
    v = b * x0 + a
    name = "\\hat z" if letter == "z" else "\\hat y"
    chain.ask((f"把 $x={tex(x0)}$ 代入回归方程，${name}$ 是多少？", f"Substitute $x={tex(x0)}$ into the fitted line: what is ${name}$?"),
              (f"${name}={tex(v)}$",) * 2, f"({plain(b)})*({plain(x0)}) + ({plain(a)}) = {plain(v)}", kps=["stat.regression"],
              hints=[("预测值是估计值，不是精确值。", "A prediction is an estimate, not an exact value.")])
    if letter == "z":
        y = sp.exp(v)
        chain.ask(("由 $z=\\ln y$ 换回 $y$，预测值是多少？", "Undo $z=\\ln y$: what is the predicted $y$?"), (f"$\\hat y=e^{{{tex(v)}}}$",) * 2,
                  f"ln({plain(y)}) = {plain(v)}", kps=["stat.scatter_nonlinear"],
                  hints=[("$z=\\ln y$ 等价于 $y=e^z$。", "$z=\\ln y$ means $y=e^z$.")])
        v = y
    chain.done((dollar(v),) * 2, _reference(d))


def _residual(chain: Chain, d: dict) -> None:
    _, b, a = d["line"]
    x0, y0 = d["point"]
    yhat = b * x0 + a
    chain.ask((f"在 $x={tex(x0)}$ 处的预测值 $\\hat y$ 是多少？", f"What is the predicted $\\hat y$ at $x={tex(x0)}$?"), (f"$\\hat y={tex(yhat)}$",) * 2,
              f"({plain(b)})*({plain(x0)}) + ({plain(a)}) = {plain(yhat)}", kps=["stat.regression"],
              hints=[("把横坐标代入回归方程。", "Put the x-value into the fitted line.")])
    e = y0 - yhat
    chain.ask(("残差 $\\hat e=y-\\hat y$ 是多少？", "What is the residual $\\hat e=y-\\hat y$?"), (f"$\\hat e={tex(e)}$",) * 2,
              f"{plain(y0)} - ({plain(yhat)}) = {plain(e)}", kps=["stat.regression"],
              hints=[("残差 = 观测值 − 预测值。", "Residual = observed − predicted.")])
    chain.done((dollar(e),) * 2, _reference(d))


def _correlation(chain: Chain, d: dict, sums: bool) -> None:
    xs, ys = d["data"]
    n = len(xs)
    mx, my = _mean_steps(chain, xs, ys)
    if sums:
        terms = {"xy": sum(x * y for x, y in zip(xs, ys, strict=True)), "xx": sum(x * x for x in xs), "yy": sum(y * y for y in ys)}
        sxy, sxx, syy = terms["xy"] - n * mx * my, terms["xx"] - n * mx**2, terms["yy"] - n * my**2
        claim = (" + ".join(f"({plain(x)})*({plain(y)})" for x, y in zip(xs, ys, strict=True)) + f" - {n}*({plain(mx)})*({plain(my)}) = {plain(sxy)} 且 "
                 + " + ".join(f"({plain(x)})^2" for x in xs) + f" - {n}*({plain(mx)})^2 = {plain(sxx)} 且 "
                 + " + ".join(f"({plain(y)})^2" for y in ys) + f" - {n}*({plain(my)})^2 = {plain(syy)}")
        q = ("用 $\\sum x_iy_i-n\\bar x\\bar y$、$\\sum x_i^2-n\\bar x^2$、$\\sum y_i^2-n\\bar y^2$ 计算三个和。",
             "Compute $\\sum x_iy_i-n\\bar x\\bar y$, $\\sum x_i^2-n\\bar x^2$ and $\\sum y_i^2-n\\bar y^2$.")
    else:
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
        sxx, syy = sum((x - mx) ** 2 for x in xs), sum((y - my) ** 2 for y in ys)
        claim = (" + ".join(f"({plain(x - mx)})*({plain(y - my)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 "
                 + " + ".join(f"({plain(x - mx)})^2" for x in xs) + f" = {plain(sxx)} 且 " + " + ".join(f"({plain(y - my)})^2" for y in ys) + f" = {plain(syy)}")
        q = ("计算 $\\sum(x_i-\\bar x)(y_i-\\bar y)$、$\\sum(x_i-\\bar x)^2$、$\\sum(y_i-\\bar y)^2$。",
             "Compute $\\sum(x_i-\\bar x)(y_i-\\bar y)$, $\\sum(x_i-\\bar x)^2$ and $\\sum(y_i-\\bar y)^2$.")
    chain.ask(q, (f"${tex(sxy)}$，${tex(sxx)}$，${tex(syy)}$", f"${tex(sxy)}$, ${tex(sxx)}$, ${tex(syy)}$"), claim, kps=["stat.correlation"],
              hints=[("三个和都用同样的均值。", "Use the same means in all three sums.")])
    r = sp.radsimp(sxy / sp.sqrt(sxx * syy))
    chain.ask(("$r=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sqrt{\\sum(x_i-\\bar x)^2\\sum(y_i-\\bar y)^2}}$ 是多少？",
               "What is $r=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sqrt{\\sum(x_i-\\bar x)^2\\sum(y_i-\\bar y)^2}}$?"),
              (f"$r={tex(r)}$",) * 2, f"({plain(sxy)})/sqrt(({plain(sxx)})*({plain(syy)})) = {plain(r)}", kps=["stat.correlation"],
              hints=[("$|r|$ 越接近 1，线性相关越强。", "The closer |r| is to 1, the stronger the linear relation.")])
    chain.done((dollar(r),) * 2, _reference(d))


register(Solver("statistics.regression", "statistics", detect, (
    Method(("离差公式", "Deviation form"), lambda c, d: _fit(c, d, _dev_slope), lambda d: d["goal"] == "fit"),
    Method(("求和公式", "Sums form"), lambda c, d: _fit(c, d, _sum_slope), lambda d: d["goal"] == "fit"),
    Method(("样本中心与代入回归方程", "Centre of the data, then substitute"), _given_slope, lambda d: d["goal"] in ("intercept", "predict")),
    Method(("残差的定义", "Definition of a residual"), _residual, lambda d: d["goal"] == "residual"),
    Method(("离差公式", "Deviation form"), lambda c, d: _correlation(c, d, False), lambda d: d["goal"] == "r"),
    Method(("求和公式", "Sums form"), lambda c, d: _correlation(c, d, True), lambda d: d["goal"] == "r"),
), ("stat.regression",), priority=88, answers=frozenset({"regression", "correlation", "coefficient", "residual", "predict", "equation", "expr", "intercept"})))

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
from tutor_graph.specialist.registering import Match, Method, Solver, register
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
        m = re.search(rf"bar\{{{name}\}}\s*=\s*({_NUMBER})(?![\d.])(?!\s*x)", text)  # not the 1 of \hat y=1.5x
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
    chain.ask(("样本的平均数 $\\bar x$ 和 $\\bar y$ 各是多少？", "What are the sample means $\\bar x$ and $\\bar y$?"), (f"$\\bar x={tex(mx)}$，$\\bar y={tex(my)}$", f"$\\bar x={tex(mx)}$, $\\bar y={tex(my)}$"),
              f"({' + '.join(plain(v) for v in xs)})/{n} = {plain(mx)} 且 ({' + '.join(plain(v) for v in ys)})/{n} = {plain(my)}",
              kps=["stat.regression"],
              hints=[("平均数怎样定义？一共有几组数据？", "How is a mean defined, and how many pairs of data are there?"),
                     ("把所有 $x_i$ 加起来除以个数，$y_i$ 也一样，各得多少？", "Add up the $x_i$ and divide by the count, and the same for the $y_i$: what do you get?")])
    return mx, my


def _dev_slope(chain: Chain, xs, ys, mx, my) -> sp.Expr:
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    chain.ask(("$\\sum(x_i-\\bar x)(y_i-\\bar y)$ 与 $\\sum(x_i-\\bar x)^2$ 各是多少？", "What are $\\sum(x_i-\\bar x)(y_i-\\bar y)$ and $\\sum(x_i-\\bar x)^2$?"),
              (f"${tex(sxy)}$，${tex(sxx)}$", f"${tex(sxy)}$ and ${tex(sxx)}$"),
              " + ".join(f"({plain(x - mx)})*({plain(y - my)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 "
              + " + ".join(f"({plain(x - mx)})^2" for x in xs) + f" = {plain(sxx)}",
              kps=["stat.regression"],
              hints=[("每个数据与平均数的差 $x_i-\\bar x$、$y_i-\\bar y$ 各是多少？列个表？", "What is each deviation $x_i-\\bar x$ and $y_i-\\bar y$? Can a table help?"),
                     ("把每行的两个差相乘再相加；$x$ 的差平方后相加，各得多少？", "Multiply the two deviations in each row and add; square the x-deviations and add: what do you get?")])
    b = sxy / sxx
    chain.ask(("$\\hat b=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sum(x_i-\\bar x)^2}$ 是多少？", "What is $\\hat b=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sum(x_i-\\bar x)^2}$?"),
              (f"$\\hat b={tex(b)}$",) * 2, f"({plain(sxy)})/({plain(sxx)}) = {plain(b)}", kps=["stat.regression"],
              hints=[("公式的分子、分母就是上一步算出的哪两个和？", "Which two sums from the last step are the numerator and the denominator?"),
                     ("两者相除，约分后是多少？", "Divide one by the other and simplify: what is it?")])
    return b


def _sum_slope(chain: Chain, xs, ys, mx, my) -> sp.Expr:
    n = len(xs)
    sxy, sxx = sum(x * y for x, y in zip(xs, ys, strict=True)), sum(x**2 for x in xs)
    chain.ask(("$\\sum x_iy_i$ 与 $\\sum x_i^2$ 各是多少？", "What are $\\sum x_iy_i$ and $\\sum x_i^2$?"), (f"${tex(sxy)}$，${tex(sxx)}$", f"${tex(sxy)}$ and ${tex(sxx)}$"),
              " + ".join(f"({plain(x)})*({plain(y)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 " + " + ".join(f"({plain(x)})^2" for x in xs) + f" = {plain(sxx)}",
              kps=["stat.regression"],
              hints=[("每组数据的 $x_iy_i$ 和 $x_i^2$ 各是多少？", "What are $x_iy_i$ and $x_i^2$ for each pair?"),
                     ("把各组的结果分别加起来，各得多少？", "Add them up over all the pairs: what do you get?")])
    b = (sxy - n * mx * my) / (sxx - n * mx**2)
    chain.ask(("$\\hat b=\\frac{\\sum x_iy_i-n\\bar x\\bar y}{\\sum x_i^2-n\\bar x^2}$ 是多少？", "What is $\\hat b=\\frac{\\sum x_iy_i-n\\bar x\\bar y}{\\sum x_i^2-n\\bar x^2}$?"),
              (f"$\\hat b={tex(b)}$",) * 2, f"({plain(sxy)} - {n}*({plain(mx)})*({plain(my)}))/({plain(sxx)} - {n}*({plain(mx)})^2) = {plain(b)}",
              kps=["stat.regression"],
              hints=[("公式里的 $n$、$\\bar x$、$\\bar y$ 各是多少？", "What are $n$, $\\bar x$ and $\\bar y$ in the formula?"),
                     ("分子、分母分别代入上一步的两个和，相除得多少？", "Put the two sums into the numerator and denominator: what is the quotient?")])
    return b


def _intercept(chain: Chain, b, mx, my) -> sp.Expr:
    a = my - b * mx
    chain.ask(("回归直线过样本中心 $(\\bar x,\\bar y)$，$\\hat a=\\bar y-\\hat b\\bar x$ 是多少？", "The line passes through $(\\bar x,\\bar y)$: what is $\\hat a=\\bar y-\\hat b\\bar x$?"),
              (f"$\\hat a={tex(a)}$",) * 2, f"{plain(my)} - ({plain(b)})*({plain(mx)}) = {plain(a)}", kps=["stat.regression"],
              hints=[("样本中心 $(\\bar x,\\bar y)$ 在回归直线上吗？", "Does the centre $(\\bar x,\\bar y)$ lie on the fitted line?"),
                     ("把 $\\bar x$、$\\bar y$ 和 $\\hat b$ 代入 $\\hat a=\\bar y-\\hat b\\bar x$，得多少？", "Put $\\bar x$, $\\bar y$ and $\\hat b$ into $\\hat a=\\bar y-\\hat b\\bar x$: what is it?")])
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
    chain.idea(("用最小二乘法求线性回归方程 $\\hat y=\\hat bx+\\hat a$，要先求哪些量？按什么顺序？", "To fit $\\hat y=\\hat bx+\\hat a$ by least squares, which quantities come first, and in what order?"),
               ("先求平均数 $\\bar x$、$\\bar y$，再用公式求斜率 $\\hat b$，最后由直线过样本中心求 $\\hat a$",
                "the means $\\bar x$ and $\\bar y$ first, then the slope $\\hat b$ by its formula, then $\\hat a$ from the line passing through the centre"),
               kps=["stat.regression"],
               hints=[("$\\hat b$ 的公式里出现了哪些量？", "Which quantities appear in the formula for $\\hat b$?"),
                      ("回归直线一定经过哪个点？由它能求出什么？", "Which point does the fitted line always pass through, and what does it give?")])
    mx, my = _mean_steps(chain, xs, ys)
    b = slope(chain, xs, ys, mx, my)
    a = _intercept(chain, b, mx, my)
    chain.done((_eq(b, a),) * 2, _reference(d))


def _given_slope(chain: Chain, d: dict) -> None:
    """â from the data's means and the stated slope, and a prediction when asked."""
    letter, b, a = d["line"]
    chain.idea(("回归直线一定经过哪个点？已知斜率时，怎样用它求截距和预测值？", "Which point does a fitted line always pass through, and with the slope known, how does it give the intercept and a prediction?"),
               ("经过样本中心 $(\\bar x,\\bar y)$：由 $\\hat a=\\bar y-\\hat b\\bar x$ 求截距，再把 $x$ 代入方程得预测值",
                "the centre $(\\bar x,\\bar y)$: $\\hat a=\\bar y-\\hat b\\bar x$ gives the intercept, then substitute $x$ for the prediction"),
               kps=["stat.regression"],
               hints=[("最小二乘法求出的直线，和数据的平均数有什么关系？", "How is the least-squares line tied to the means of the data?"),
                      ("预测值是精确值还是估计值？", "Is a prediction exact, or an estimate?")])
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
              hints=[("回归方程的 $\\hat b$、$\\hat a$ 各是多少？", "What are $\\hat b$ and $\\hat a$ in the fitted line?"),
                     (f"把 $x={tex(x0)}$ 代进去，算出的值是精确值还是估计值？", f"Put in $x={tex(x0)}$: is the result exact, or an estimate?")])
    if letter == "z":
        y = sp.exp(v)
        chain.ask(("由 $z=\\ln y$ 换回 $y$，预测值是多少？", "Undo $z=\\ln y$: what is the predicted $y$?"), (f"$\\hat y=e^{{{tex(v)}}}$",) * 2,
                  f"ln({plain(y)}) = {plain(v)}", kps=["stat.scatter_nonlinear"],
                  hints=[("对数式 $z=\\ln y$ 改写成指数式是什么？", "How does $z=\\ln y$ read as a power?"),
                         ("把算出的 $\\hat z$ 放到指数上，$\\hat y$ 是多少？", "Put the $\\hat z$ found into the exponent: what is $\\hat y$?")])
        v = y
    chain.done((dollar(v),) * 2, _reference(d))


def _residual(chain: Chain, d: dict) -> None:
    _, b, a = d["line"]
    x0, y0 = d["point"]
    yhat = b * x0 + a
    chain.idea(("残差是怎样定义的？", "How is a residual defined?"),
               ("观测值减去预测值：$\\hat e=y-\\hat y$", "the observed value minus the predicted one: $\\hat e=y-\\hat y$"),
               kps=["stat.regression"],
               hints=[("样本点的真实值和回归方程给出的值一样吗？", "Is a data point's observed value the same as the fitted line's value?"),
                      ("两者之差，谁减谁？", "Their difference: which minus which?")])
    chain.ask((f"在 $x={tex(x0)}$ 处的预测值 $\\hat y$ 是多少？", f"What is the predicted $\\hat y$ at $x={tex(x0)}$?"), (f"$\\hat y={tex(yhat)}$",) * 2,
              f"({plain(b)})*({plain(x0)}) + ({plain(a)}) = {plain(yhat)}", kps=["stat.regression"],
              hints=[("预测值由什么给出？", "What gives the predicted value?"),
                     (f"把 $x={tex(x0)}$ 代入回归方程，得多少？", f"Put $x={tex(x0)}$ into the fitted line: what do you get?")])
    e = y0 - yhat
    chain.ask(("残差 $\\hat e=y-\\hat y$ 是多少？", "What is the residual $\\hat e=y-\\hat y$?"), (f"$\\hat e={tex(e)}$",) * 2,
              f"{plain(y0)} - ({plain(yhat)}) = {plain(e)}", kps=["stat.regression"],
              hints=[("这个点的观测值 $y$ 是多少？", "What is the observed $y$ of this point?"),
                     ("观测值减去上一步的预测值，得多少？", "Observed minus the prediction from the last step: what is it?")])
    chain.done((dollar(e),) * 2, _reference(d))


def _correlation(chain: Chain, d: dict, sums: bool) -> None:
    xs, ys = d["data"]
    n = len(xs)
    chain.idea(("样本相关系数 $r$ 刻画什么？怎样计算？", "What does the sample correlation coefficient $r$ measure, and how is it computed?"),
               ("刻画两个变量线性相关的强弱与正负：先求平均数，再求三个离差和，代入 $r$ 的公式",
                "how strong, and of which sign, the linear relation is: find the means, then three sums of deviations, and put them into the formula for $r$"),
               kps=["stat.correlation"],
               hints=[("$|r|$ 越接近 1，散点越接近一条直线吗？", "The closer $|r|$ is to 1, the closer the points lie to a line?"),
                      ("$r$ 的公式里有哪几个和？它们都要用到什么？", "Which sums appear in the formula for $r$, and what do they all need?")])
    mx, my = _mean_steps(chain, xs, ys)
    if sums:
        terms = {"xy": sum(x * y for x, y in zip(xs, ys, strict=True)), "xx": sum(x * x for x in xs), "yy": sum(y * y for y in ys)}
        sxy, sxx, syy = terms["xy"] - n * mx * my, terms["xx"] - n * mx**2, terms["yy"] - n * my**2
        claim = (" + ".join(f"({plain(x)})*({plain(y)})" for x, y in zip(xs, ys, strict=True)) + f" - {n}*({plain(mx)})*({plain(my)}) = {plain(sxy)} 且 "
                 + " + ".join(f"({plain(x)})^2" for x in xs) + f" - {n}*({plain(mx)})^2 = {plain(sxx)} 且 "
                 + " + ".join(f"({plain(y)})^2" for y in ys) + f" - {n}*({plain(my)})^2 = {plain(syy)}")
        q = ("$\\sum x_iy_i-n\\bar x\\bar y$、$\\sum x_i^2-n\\bar x^2$、$\\sum y_i^2-n\\bar y^2$ 各是多少？",
             "What are $\\sum x_iy_i-n\\bar x\\bar y$, $\\sum x_i^2-n\\bar x^2$ and $\\sum y_i^2-n\\bar y^2$?")
    else:
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
        sxx, syy = sum((x - mx) ** 2 for x in xs), sum((y - my) ** 2 for y in ys)
        claim = (" + ".join(f"({plain(x - mx)})*({plain(y - my)})" for x, y in zip(xs, ys, strict=True)) + f" = {plain(sxy)} 且 "
                 + " + ".join(f"({plain(x - mx)})^2" for x in xs) + f" = {plain(sxx)} 且 " + " + ".join(f"({plain(y - my)})^2" for y in ys) + f" = {plain(syy)}")
        q = ("$\\sum(x_i-\\bar x)(y_i-\\bar y)$、$\\sum(x_i-\\bar x)^2$、$\\sum(y_i-\\bar y)^2$ 各是多少？",
             "What are $\\sum(x_i-\\bar x)(y_i-\\bar y)$, $\\sum(x_i-\\bar x)^2$ and $\\sum(y_i-\\bar y)^2$?")
    chain.ask(q, (f"${tex(sxy)}$，${tex(sxx)}$，${tex(syy)}$", f"${tex(sxy)}$, ${tex(sxx)}$, ${tex(syy)}$"), claim, kps=["stat.correlation"],
              hints=[("三个和用的是不是同样的平均数？", "Do all three sums use the same means?"),
                     ("列表写出每组数据的各项，再按列相加，各得多少？", "Tabulate the terms for each pair and add each column: what do you get?")])
    r = sp.radsimp(sxy / sp.sqrt(sxx * syy))
    chain.ask(("$r=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sqrt{\\sum(x_i-\\bar x)^2\\sum(y_i-\\bar y)^2}}$ 是多少？",
               "What is $r=\\frac{\\sum(x_i-\\bar x)(y_i-\\bar y)}{\\sqrt{\\sum(x_i-\\bar x)^2\\sum(y_i-\\bar y)^2}}$?"),
              (f"$r={tex(r)}$",) * 2, f"({plain(sxy)})/sqrt(({plain(sxx)})*({plain(syy)})) = {plain(r)}", kps=["stat.correlation"],
              hints=[("分子、分母根号里各是上一步的哪个和？", "Which sums from the last step go on top and under the root?"),
                     ("算出的 $r$ 在 $[-1,1]$ 里吗？它的正负说明什么？", "Is the $r$ you get in $[-1,1]$, and what does its sign say?")])
    chain.done((dollar(r),) * 2, _reference(d))


register(Solver("statistics.regression", "statistics", detect, (
    Method(("离差公式", "Deviation form"), lambda c, d: _fit(c, d, _dev_slope), lambda d: d["goal"] == "fit"),
    Method(("求和公式", "Sums form"), lambda c, d: _fit(c, d, _sum_slope), lambda d: d["goal"] == "fit"),
    Method(("样本中心与代入回归方程", "Centre of the data, then substitute"), _given_slope, lambda d: d["goal"] in ("intercept", "predict")),
    Method(("残差的定义", "Definition of a residual"), _residual, lambda d: d["goal"] == "residual"),
    Method(("离差公式", "Deviation form"), lambda c, d: _correlation(c, d, False), lambda d: d["goal"] == "r"),
    Method(("求和公式", "Sums form"), lambda c, d: _correlation(c, d, True), lambda d: d["goal"] == "r"),
), ("stat.regression",), priority=88, answers=frozenset({"regression", "correlation", "coefficient", "residual", "predict", "equation", "expr", "intercept"})))

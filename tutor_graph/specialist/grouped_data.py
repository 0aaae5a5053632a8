"""Summaries without the raw data: stratified sampling (sampling ratio vs share of the population),
frequency histograms (an unknown height, then the median, mean or mode estimated from the bars), and
the mean / variance of a linear transform a·xᵢ + b (rules vs the definition)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_N = r"\d+(?:\.\d+)?"


# -- stratified sampling ----------------------------------------------------------------------------------------
def detect_stratified(p: Problem) -> Match | None:
    if not p.has("分层抽样", "stratified"):
        return None
    t = p.text
    m = re.search(r"([^,.:;]*?(?:,\s*[^,.:;]+?)+)\s*分别有\s*[^\d]{0,6}((?:\d+\s*(?:人|名|个|件)?\s*,\s*)+\d+)\s*(?:人|名|个|件)?", t)
    if m:
        labels = [x.strip() for x in re.sub(r"^.*?(?:某校|某单位|某公司|某地|学校)", "", m.group(1)).split(",")]
        counts = [int(x) for x in re.findall(r"\d+", m.group(2))]
    else:
        m = re.search(r"(\d+(?:\s*,\s*\d+)*(?:\s*,?\s*and\s+\d+)?)\s+\w+\s+in\s+(?:the\s+)?(\w+?)s?\s+(\w+(?:\s*,\s*\w+)*(?:\s*,?\s*and\s+\w+)?)", t)
        if not m:
            return None
        counts = [int(x) for x in re.findall(r"\d+", m.group(1))]
        labels = [f"{m.group(2)} {x}" for x in re.findall(r"\w+", re.sub(r"\band\b", " ", m.group(3)))]
    size = re.search(r"(?:抽取|抽出|sample of|sample of size)\s*(?:一个容量为\s*)?(\d+)", t)
    asked = re.split(r"[,.?]\s*(?=[^,.?]*(?:应抽取|抽取多少|抽取的人数|how many))", t, flags=re.I)[-1]
    hit = [i for i, lab in enumerate(labels) if lab and lab in asked]
    if not size or len(counts) != len(labels) or len(hit) != 1 or len(counts) < 2:
        return None
    n, total, k = int(size.group(1)), sum(counts), hit[0]
    if n > total or (n * counts[k]) % total:
        return None
    data = {"counts": counts, "labels": labels, "n": n, "k": k}
    return Match([f"{lab}: {c}" for lab, c in zip(labels, counts, strict=True)] + [f"sample {n}"], f"stratum {labels[k]}", data, 0.9)


def _by_ratio(chain: Chain, d: dict) -> None:
    counts, n, k = d["counts"], d["n"], d["k"]
    total = sum(counts)
    ratio = sp.Rational(n, total)
    chain.ask(("总体共有多少个个体？抽样比是多少？", "How large is the population, and what is the sampling ratio?"),
              (f"${'+'.join(map(str, counts))}={total}$，抽样比 $\\frac{{{n}}}{{{total}}}={tex(ratio)}$",
               f"${'+'.join(map(str, counts))}={total}$; ratio $\\frac{{{n}}}{{{total}}}={tex(ratio)}$"),
              f"{n}/({' + '.join(map(str, counts))}) = {plain(ratio)}", kps=["stat.sampling"],
              hints=[("分层抽样中每个个体被抽到的可能性相同。", "In stratified sampling every individual has the same chance.")])
    v = counts[k] * ratio
    chain.ask((f"{d['labels'][k]}应抽取多少？", f"How many from {d['labels'][k]}?"), (f"${counts[k]}\\times{tex(ratio)}={tex(v)}$",) * 2,
              f"{counts[k]}*({plain(ratio)}) = {plain(v)}", kps=["stat.sampling"], hints=[("这一层的人数乘抽样比。", "The stratum's size times the ratio.")])
    chain.done((dollar(v),) * 2, (plain(sp.Rational(n * counts[k], total)),) * 2)


def _by_share(chain: Chain, d: dict) -> None:
    counts, n, k = d["counts"], d["n"], d["k"]
    total = sum(counts)
    share = sp.Rational(counts[k], total)
    chain.ask((f"{d['labels'][k]}占总体的比例是多少？", f"What share of the population is {d['labels'][k]}?"), (f"${tex(share)}$",) * 2,
              f"{counts[k]}/({' + '.join(map(str, counts))}) = {plain(share)}", kps=["stat.sampling"],
              hints=[("样本中各层的比例与总体中相同。", "Each stratum keeps its population share in the sample.")])
    v = n * share
    chain.ask(("样本中这一层应有多少个？", "How many of the sample come from it?"), (f"${n}\\times{tex(share)}={tex(v)}$",) * 2,
              f"{n}*({plain(share)}) = {plain(v)}", kps=["stat.sampling"], hints=[("样本容量乘这个比例。", "Sample size times that share.")])
    chain.done((dollar(v),) * 2, (plain(sp.Rational(n * counts[k], total)),) * 2)


register(Solver("statistics.stratified", "probability_statistics", detect_stratified, (
    Method(("抽样比", "Sampling ratio"), _by_ratio),
    Method(("按比例分配", "Share of the population"), _by_share),
), ("stat.sampling",), priority=89, answers=frozenset({"count"})))


# -- frequency histograms ---------------------------------------------------------------------------------------------
A = sp.Symbol("a", real=True)


def detect_histogram(p: Problem) -> Match | None:
    if not p.has("直方图", "histogram"):
        return None
    t = p.text
    edges = re.findall(rf"\[\s*({_N})\s*,\s*({_N})\s*[)\]]", t)
    width = re.search(rf"(?:组距|class width|width)\s*(?:为|是|=|of)?\s*({_N})", t)
    if len(edges) < 2 or not width:
        return None
    w = sp.nsimplify(width.group(1))
    lo = sp.nsimplify(edges[0][0])
    hi = sp.nsimplify(edges[-1][1])
    k = int((hi - lo) / w)
    m = re.search(rf"(?:频率/组距|frequency/width|heights?)[^\d]*?((?:(?:{_N}|a)\s*,\s*)+(?:{_N}|a))", t)
    if not m or k < 2 or k > 12:
        return None
    rates = [try_expr(x) for x in re.split(r"\s*,\s*", m.group(1).strip())]
    if any(r is None for r in rates) or len(rates) != k or sum(1 for r in rates if r.has(A)) > 1:
        return None
    rates = [sp.nsimplify(r) for r in rates]
    asked = re.split(r"求|find|estimate|估计", t, flags=re.I)
    tail = asked[-1] if len(asked) > 1 else ""
    goal = ("median" if re.search(r"中位数|median", tail) else "mean" if re.search(r"平均数|mean|average", tail)
            else "mode" if re.search(r"众数|mode", tail) else "a" if re.search(r"(?<![A-Za-z])a(?![A-Za-z])", tail) else None)
    if goal is None or (goal == "a" and not any(r.has(A) for r in rates)):
        return None
    data = {"lo": lo, "w": w, "rates": rates, "goal": goal}
    return Match([f"width {plain(w)}", ", ".join(plain(r) for r in rates)], goal, data, 0.9)


def _solved_rates(d: dict) -> list:
    rates = d["rates"]
    if any(r.has(A) for r in rates):
        val = sp.solve(sp.Eq(sum(rates) * d["w"], 1), A)[0]
        rates = [r.subs(A, val) for r in rates]
    return rates


def _histogram_reference(d: dict) -> tuple[str, str]:
    """Independent: the density as a piecewise function; the median solves ∫ f = 1/2, the mean is ∫ x f."""
    rates, lo, w = _solved_rates(d), d["lo"], d["w"]
    if d["goal"] == "a":
        return (plain(sp.solve(sp.Eq(sum(d["rates"]) * w, 1), A)[0]),) * 2
    x, m = sp.symbols("x m", real=True)
    f = sp.Piecewise(*[(r, (x >= lo + i * w) & (x < lo + (i + 1) * w)) for i, r in enumerate(rates)], (0, True))
    if d["goal"] == "mean":
        return (plain(sp.integrate(x * f, (x, lo, lo + len(rates) * w))),) * 2
    if d["goal"] == "mode":
        i = max(range(len(rates)), key=lambda j: rates[j])
        return (plain(lo + i * w + w / 2),) * 2
    for i in range(len(rates)):  # the bar where the cumulative area passes 1/2
        a0 = sp.integrate(f, (x, lo, lo + i * w))
        if a0 + rates[i] * w >= sp.Rational(1, 2):
            sol = sp.solve(sp.Eq(a0 + rates[i] * (m - lo - i * w), sp.Rational(1, 2)), m)
            return (plain(sol[0]),) * 2
    raise ValueError("no median")


def _histogram(chain: Chain, d: dict) -> None:
    rates, lo, w = d["rates"], d["lo"], d["w"]
    if any(r.has(A) for r in rates):
        val = sp.solve(sp.Eq(sum(rates) * w, 1), A)[0]
        chain.ask(("各小矩形面积（频率）之和为 1，求 $a$。", "The bar areas (frequencies) add up to 1: find $a$."), (f"$a={tex(val)}$",) * 2,
                  f"({' + '.join(plain(r) for r in rates)})*{plain(w)} = 1 \\Rightarrow a = {plain(val)}", kps=["stat.frequency_histogram"],
                  hints=[("频率 = 频率/组距 × 组距。", "Frequency = height × width.")])
        rates = [r.subs(A, val) for r in rates]
        if d["goal"] == "a":
            chain.done((dollar(val),) * 2, _histogram_reference(d))
            return
    freqs = [r * w for r in rates]
    if d["goal"] == "mode":
        i = max(range(len(rates)), key=lambda j: rates[j])
        mode = lo + i * w + w / 2
        chain.ask(("最高的矩形是哪一组？众数的估计值是多少？", "Which bar is tallest? What is the estimated mode?"),
                  (f"$[{tex(lo + i * w)},{tex(lo + (i + 1) * w)})$，众数约为 ${tex(mode)}$", f"$[{tex(lo + i * w)},{tex(lo + (i + 1) * w)})$: mode ≈ ${tex(mode)}$"),
                  f"({plain(lo + i * w)} + {plain(lo + (i + 1) * w)})/2 = {plain(mode)}", kps=["stat.frequency_histogram", "stat.central_tendency"],
                  hints=[("众数取最高矩形底边中点的横坐标。", "The mode is the midpoint of the tallest bar.")])
        chain.done((dollar(mode),) * 2, _histogram_reference(d))
        return
    if d["goal"] == "mean":
        mids = [lo + i * w + w / 2 for i in range(len(rates))]
        mean = sum(m * f for m, f in zip(mids, freqs, strict=True))
        chain.ask(("用各组中点乘频率再相加，平均数的估计值是多少？", "Multiply each midpoint by its frequency and add: the estimated mean?"),
                  (f"${tex(mean)}$",) * 2, " + ".join(f"{plain(m)}*{plain(f)}" for m, f in zip(mids, freqs, strict=True)) + f" = {plain(mean)}",
                  kps=["stat.frequency_histogram", "stat.central_tendency"], hints=[("每组的数据用组中值代表。", "Each class is represented by its midpoint.")])
        chain.done((dollar(mean),) * 2, _histogram_reference(d))
        return
    cum, i = sp.Integer(0), 0
    while cum + freqs[i] < sp.Rational(1, 2):
        cum += freqs[i]
        i += 1
    chain.ask(("从左往右累加频率，累计到哪一组超过 0.5？", "Add the frequencies from the left: in which class does the total pass 0.5?"),
              (f"前 {i} 组的频率和为 ${tex(cum)}$，中位数在 $[{tex(lo + i * w)},{tex(lo + (i + 1) * w)})$ 内",
               f"the first {i} classes make ${tex(cum)}$: the median is in $[{tex(lo + i * w)},{tex(lo + (i + 1) * w)})$"),
              (" + ".join(plain(f) for f in freqs[:i]) + f" = {plain(cum)} 且 " if i else "") + f"{plain(cum)} + {plain(freqs[i])} = {plain(cum + freqs[i])}",
              kps=["stat.frequency_histogram"], hints=[("中位数左边的面积是 0.5。", "The area left of the median is 0.5.")])
    x = sp.Symbol("x", real=True)
    start = lo + i * w
    med = sp.solve(sp.Eq(cum + (x - start) * rates[i], sp.Rational(1, 2)), x)[0]
    chain.ask(("设中位数为 $x$，列方程求它。", "Let the median be $x$; write an equation and solve it."), (f"$x={tex(med)}$",) * 2,
              f"{plain(cum)} + (x - {plain(start)})*{plain(rates[i])} = 1/2 \\Rightarrow x = {plain(med)}", kps=["stat.frequency_histogram", "stat.central_tendency"],
              hints=[("这一组内按比例分配剩下的频率。", "Inside that class, share out the remaining frequency proportionally.")])
    chain.done((dollar(med),) * 2, _histogram_reference(d))


register(Solver("statistics.histogram", "probability_statistics", detect_histogram, (
    Method(("面积法", "Areas of the bars"), _histogram),
), ("stat.frequency_histogram",), priority=89, answers=frozenset({"mean", "median", "mode", "unknown"})))


# -- a linear transform of the data ---------------------------------------------------------------------------------
def detect_transform(p: Problem) -> Match | None:
    t = p.text
    m = next((m for m in re.finditer(r"(-?\d*(?:\.\d+)?)\s*\*?\s*x_\{?1\}?\s*([+-]\s*\d+(?:\.\d+)?)?\s*,", t)
              if m.group(1) or m.group(2)), None)
    mean = re.search(rf"(?:平均数|均值|mean)\s*(?:为|是|=|of|is)?\s*(-?{_N})", t)
    var = re.search(rf"(?:方差|variance)\s*(?:为|是|=|of|is)?\s*({_N})", t)
    std = re.search(rf"(?:标准差|standard deviation)\s*(?:为|是|=|of|is)?\s*({_N})", t)
    if not m or not (mean or var or std):
        return None
    asked = re.split(r"求|find", t, flags=re.I)[-1]
    goal = "variance" if re.search(r"方差|variance", asked) else "std" if re.search(r"标准差|standard deviation", asked) else \
        "mean" if re.search(r"平均数|均值|mean", asked) else None
    a = sp.nsimplify(m.group(1)) if m.group(1) not in ("", "-") else sp.Integer(-1 if m.group(1) == "-" else 1)
    b = sp.nsimplify(m.group(2).replace(" ", "")) if m.group(2) else sp.Integer(0)
    given = {"mean": sp.nsimplify(mean.group(1)) if mean else None, "var": sp.nsimplify(var.group(1)) if var else None,
             "std": sp.nsimplify(std.group(1)) if std else None}
    if given["var"] is None and given["std"] is not None:
        given["var"] = given["std"] ** 2
    if goal is None or (goal == "mean" and given["mean"] is None) or (goal != "mean" and given["var"] is None):
        return None
    return Match([f"{plain(a)}x + {plain(b)}"], goal, {"a": a, "b": b, **given, "goal": goal}, 0.9)


def _transform_reference(d: dict) -> tuple[str, str]:
    """Independent: a concrete data set with the given mean and variance (m ± s), transformed and measured."""
    m = d["mean"] if d["mean"] is not None else sp.Integer(0)
    s = sp.sqrt(d["var"]) if d["var"] is not None else sp.Integer(0)
    data = [d["a"] * v + d["b"] for v in (m - s, m + s)]
    mean = sum(data) / 2
    var = sum((v - mean) ** 2 for v in data) / 2
    return (plain(sp.simplify({"mean": mean, "variance": var, "std": sp.sqrt(var)}[d["goal"]])),) * 2


def _by_rules(chain: Chain, d: dict) -> None:
    a, b = d["a"], d["b"]
    if d["goal"] == "mean":
        v = a * d["mean"] + b
        chain.ask(("每个数乘 $a$ 再加 $b$，平均数怎么变？", "Each value is multiplied by a and b is added: how does the mean change?"),
                  (f"$\\bar y=a\\bar x+b={tex(v)}$",) * 2, f"({plain(a)})*({plain(d['mean'])}) + ({plain(b)}) = {plain(v)}",
                  kps=["stat.central_tendency"], hints=[("平均数随数据一起平移、伸缩。", "The mean shifts and scales with the data.")])
    else:
        v = a**2 * d["var"]
        chain.ask(("加上常数不改变方差，乘 $a$ 时方差变为原来的 $a^2$ 倍。新方差是多少？", "Adding a constant keeps the variance; multiplying by a multiplies it by a². The new variance?"),
                  (f"${tex(a)}^2\\times{tex(d['var'])}={tex(v)}$",) * 2, f"({plain(a)})^2*({plain(d['var'])}) = {plain(v)}", kps=["stat.dispersion"],
                  hints=[("方差只与数据离平均数的远近有关。", "Variance depends only on distances from the mean.")])
        if d["goal"] == "std":
            chain.ask(("标准差是多少？", "What is the standard deviation?"), (f"${tex(sp.sqrt(v))}$",) * 2, f"sqrt({plain(v)}) = {plain(sp.sqrt(v))}",
                      kps=["stat.dispersion"], hints=[("开平方。", "Take the square root.")])
            v = sp.sqrt(v)
    chain.done((dollar(v),) * 2, _transform_reference(d))


def _by_definition(chain: Chain, d: dict) -> None:
    a, b, m = d["a"], d["b"], d["mean"] if d["mean"] is not None else sp.Symbol("m", real=True)
    x = sp.Symbol("x", real=True)
    new_mean = a * m + b
    chain.ask(("新数据的平均数是多少？每个新数据与新平均数的差是多少？", "What is the new mean, and each new value's deviation from it?"),
              (f"$\\bar y={tex(new_mean)}$，$y_i-\\bar y={tex(a)}(x_i-{tex(m)})$", f"$\\bar y={tex(new_mean)}$, $y_i-\\bar y={tex(a)}(x_i-{tex(m)})$"),
              f"({plain(a * x + b)}) - ({plain(new_mean)}) = {plain(a)}*(x - {plain(m)})", kps=["stat.dispersion"],
              hints=[("常数 $b$ 在作差时消去。", "The constant b cancels in the difference.")])
    v = a**2 * d["var"]
    chain.ask(("由方差的定义，新方差是多少？", "By the definition, what is the new variance?"), (f"${tex(v)}$",) * 2,
              f"({plain(a)})^2*({plain(d['var'])}) = {plain(v)}", kps=["stat.dispersion"],
              hints=[("每个偏差都乘了同一个数，平方后提出来。", "Every deviation is scaled by the same factor; take its square out.")])
    if d["goal"] == "std":
        v = sp.sqrt(v)
    chain.done((dollar(v),) * 2, _transform_reference(d))


register(Solver("statistics.transform", "probability_statistics", detect_transform, (
    Method(("均值、方差的性质", "Rules for mean and variance"), _by_rules),
    Method(("从定义推导", "From the definition"), _by_definition, lambda d: d["goal"] != "mean"),
), ("stat.dispersion",), priority=89, answers=frozenset({"mean", "variance", "std"})))

"""Basic statistics of a small data set: mean, median, mode, range, variance and standard deviation
(variance by the definition / by the shortcut E[x²]−x̄²; mean directly / with an assumed mean)."""

from __future__ import annotations

import re
from collections import Counter

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, labelled, plain, tex

_GOALS = {"mean": ("平均数", "均值", "mean", "average"), "median": ("中位数", "median"), "mode": ("众数", "mode"),
          "variance": ("方差", "variance"), "std": ("标准差", "standard deviation"), "range": ("极差", "range")}


def detect(p: Problem) -> Match | None:
    goals = [g for g, words in _GOALS.items() if p.has(*words)]
    if not goals or not p.has("数据", "一组", "样本", "data", "scores", "成绩", "values", "numbers"):
        return None
    runs = re.findall(r"(-?\d+(?:\.\d+)?(?:\s*[,，、]\s*-?\d+(?:\.\d+)?){3,})", p.text)
    if len(runs) != 1:
        return None
    data = [try_expr(v) for v in re.split(r"\s*[,，、]\s*", runs[0])]
    if any(v is None for v in data) or len(data) > 40:
        return None
    data = [sp.nsimplify(v) for v in data]
    if "mode" in goals and len(set(data)) == len(data):
        return None  # no value repeats: textbooks differ on what the mode is, so no chain of ours
    if "std" in goals and "variance" in goals and p.lower.find("标准差") >= 0 and "方差" not in p.lower.replace("标准差", ""):
        goals.remove("variance")
    return Match([", ".join(plain(v) for v in data)], ", ".join(goals), {"data": data, "goals": goals}, 0.9)


def _stats(data: list) -> dict:
    n = len(data)
    s = sorted(data)
    mean = sp.nsimplify(sum(data) / n)
    median = s[n // 2] if n % 2 else sp.nsimplify((s[n // 2 - 1] + s[n // 2]) / 2)
    counts = Counter(data)
    top = max(counts.values())
    mode = sorted(v for v, c in counts.items() if c == top) if top > 1 else []
    var = sp.nsimplify(sum((x - mean) ** 2 for x in data) / n)
    return {"mean": mean, "median": median, "mode": mode, "variance": var, "std": sp.sqrt(var), "range": s[-1] - s[0]}


def _answer(goals, st) -> tuple[str, str]:
    names = {"mean": ("平均数", "mean"), "median": ("中位数", "median"), "mode": ("众数", "mode"), "variance": ("方差", "variance"),
             "std": ("标准差", "standard deviation"), "range": ("极差", "range")}
    def val(g, show=dollar):
        v = st[g]
        return ", ".join(show(x) for x in v) if isinstance(v, list) else show(v)
    if len(goals) == 1:
        return (val(goals[0]),) * 2
    return ("，".join(f"{names[g][0]} {val(g, labelled)}" for g in goals), ", ".join(f"{names[g][1]} {val(g, labelled)}" for g in goals))


def _reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's stats on a finite uniform distribution over the data."""
    from sympy.stats import E, FiniteRV, variance

    data = d["data"]
    n = len(data)
    weights = Counter(data)
    X = FiniteRV("X", {v: sp.Rational(c, n) for v, c in weights.items()})
    st = _stats(data)
    st["mean"], st["variance"] = sp.nsimplify(E(X)), sp.nsimplify(variance(X))
    st["std"] = sp.sqrt(st["variance"])
    return _answer(d["goals"], st)


def _mean_step(chain: Chain, data: list) -> sp.Expr:
    n = len(data)
    mean = sp.nsimplify(sum(data) / n)
    chain.ask(("平均数 $\\bar x=\\frac{1}{n}\\sum x_i$ 是多少？", "What is the mean $\\bar x=\\frac{1}{n}\\sum x_i$?"),
              (f"$\\bar x=\\frac{{{tex(sum(data))}}}{{{n}}}={tex(mean)}$",) * 2,
              f"({' + '.join(plain(v) for v in data)})/{n} = {plain(mean)}", kps=["stat.central_tendency"],
              hints=[("先求和，再除以个数。", "Add them up, then divide by how many there are.")])
    return mean


def sorted_claim(data: list) -> str:
    """The sorted data as a checkable claim: the order as a chain (`2 < 4 = 4 < 5`, so repeats show) and
    that it is a rearrangement of the data, as the identity ∏(t − xᵢ) = ∏(t − sᵢ)^mᵢ."""
    s = sorted(data)
    chain = plain(s[0]) + "".join(f" {'=' if b == a else '<'} {plain(b)}" for a, b in zip(s, s[1:], strict=False))
    counts = Counter(s)
    left = "".join(f"(t - ({plain(v)}))" for v in data)
    right = "".join(f"(t - ({plain(v)}))" + (f"^{c}" if c > 1 else "") for v, c in sorted(counts.items()))
    return f"{chain} 且 {left} = {right}"


def position_context(s: list) -> list[str]:
    """The sorted data as named positions x_1 … x_n, so a claim can read off "the i-th value"."""
    return [f"x_{{{i}}} = {plain(v)}" for i, v in enumerate(s, 1)]


def sort_step(chain: Chain, data: list, kps: list[str]) -> list:
    """Ask for the data in increasing order (claim: order and rearrangement); return the sorted list."""
    s = sorted(data)
    chain.ask(("把数据从小到大排列（相同的数相邻）。", "Sort the data in increasing order (equal values side by side)."),
              ("$" + " \\le ".join(tex(v) for v in s) + "$",) * 2,
              sorted_claim(data) if len(data) <= 25 else "", kps=kps,
              hints=[("先找最小的，再找次小的……", "Find the smallest, then the next smallest, …")])
    return s


def _other_steps(chain: Chain, d: dict, st: dict) -> None:
    data, goals = d["data"], d["goals"]
    n = len(data)
    if {"median", "mode"} & set(goals):
        s = sort_step(chain, data, ["stat.central_tendency"])
    if "median" in goals:
        if n % 2:
            k = n // 2 + 1
            claim = f"({n} + 1)/2 = {k} 且 x_{{{k}}} = {plain(st['median'])}"
            where = (f"第 {k} 个数", f"item {k}")
        else:
            claim = f"({plain(s[n // 2 - 1])} + {plain(s[n // 2])})/2 = {plain(st['median'])}"
            where = (f"第 {n // 2}、{n // 2 + 1} 个数的平均", f"the mean of items {n // 2} and {n // 2 + 1}")
        chain.ask((f"共 {n} 个数，中位数是排序后的第几个数？是多少？", f"There are {n} values. Which position is the median, and what is it?"),
                  (f"{where[0]}：${tex(st['median'])}$", f"{where[1]}: ${tex(st['median'])}$"),
                  claim, context=position_context(s) if n % 2 else None,
                  kps=["stat.central_tendency"], hints=[("个数为偶数时取中间两个数的平均。", "With an even count, average the middle two.")])
    if "mode" in goals:
        counts = Counter(data)
        top = max(counts.values())
        chain.ask(("出现次数最多的数是哪个？", "Which value occurs most often?"),
                  ((f"${', '.join(tex(v) for v in st['mode'])}$（出现 {top} 次）" if st["mode"] else "无（每个数都只出现一次）"),
                   (f"${', '.join(tex(v) for v in st['mode'])}$ ({top} times)" if st["mode"] else "none (every value occurs once)")),
                  # the sorted chain with = between repeats shows every multiplicity
                  sorted_claim(data).split(" 且 ")[0],
                  kps=["stat.central_tendency"], hints=[("数一数每个数出现的次数。", "Count how often each value occurs.")])
    if "range" in goals:
        s = sorted(data)
        chain.ask(("极差是最大值减最小值，是多少？", "The range is max − min. What is it?"), (f"${tex(s[-1])}-({tex(s[0])})={tex(st['range'])}$",) * 2,
                  f"{plain(s[-1])} - ({plain(s[0])}) = {plain(st['range'])}", kps=["stat.dispersion"], hints=[("找最大值和最小值。", "Find the largest and smallest values.")])


def _definition(chain: Chain, d: dict) -> None:
    data, goals = d["data"], d["goals"]
    st = _stats(data)
    if {"mean", "variance", "std"} & set(goals):
        mean = _mean_step(chain, data)
    if {"variance", "std"} & set(goals):
        var = st["variance"]
        chain.ask(("用定义 $s^2=\\frac1n\\sum (x_i-\\bar x)^2$ 计算方差。", "Use the definition $s^2=\\frac1n\\sum (x_i-\\bar x)^2$."),
                  (f"$s^2={tex(var)}$",) * 2, f"({' + '.join(f'({plain(v)} - {plain(mean)})^2' for v in data)})/{len(data)} = {plain(var)}",
                  kps=["stat.dispersion"], hints=[("先算每个数与平均数的差。", "Compute each deviation from the mean first.")])
        if "std" in goals:
            chain.ask(("标准差是方差的算术平方根，是多少？", "The standard deviation is the square root of the variance. What is it?"),
                      (f"$s={tex(st['std'])}$",) * 2, f"sqrt({plain(var)}) = {plain(st['std'])}", kps=["stat.dispersion"],
                      hints=[("开平方。", "Take the square root.")])
    _other_steps(chain, d, st)
    chain.done(_answer(goals, st), _reference(d))


def _shortcut(chain: Chain, d: dict) -> None:
    data, goals = d["data"], d["goals"]
    st = _stats(data)
    mean = _mean_step(chain, data)
    sq = sp.nsimplify(sum(v**2 for v in data) / len(data))
    chain.ask(("平方的平均数 $\\overline{x^2}=\\frac1n\\sum x_i^2$ 是多少？", "What is the mean of the squares $\\frac1n\\sum x_i^2$?"),
              (f"${tex(sq)}$",) * 2, f"({' + '.join(f'({plain(v)})^2' for v in data)})/{len(data)} = {plain(sq)}",
              kps=["stat.dispersion"], hints=[("每个数平方后求平均。", "Square every value, then average.")])
    var = sq - mean**2
    chain.ask(("用 $s^2=\\overline{x^2}-\\bar x^2$ 求方差。", "Use $s^2=\\overline{x^2}-\\bar x^2$."), (f"$s^2={tex(sq)}-({tex(mean)})^2={tex(var)}$",) * 2,
              f"{plain(sq)} - ({plain(mean)})^2 = {plain(var)}", kps=["stat.dispersion"],
              hints=[("这是方差定义展开后的简便公式。", "This shortcut comes from expanding the definition.")])
    if "std" in goals:
        chain.ask(("标准差是多少？", "What is the standard deviation?"), (f"$s={tex(sp.sqrt(var))}$",) * 2,
                  f"sqrt({plain(var)}) = {plain(sp.sqrt(var))}", kps=["stat.dispersion"], hints=[("开平方。", "Take the square root.")])
    _other_steps(chain, d, st)
    chain.done(_answer(goals, {**st, "variance": var, "std": sp.sqrt(var)}), _reference(d))


def _assumed_mean(chain: Chain, d: dict) -> None:
    data, goals = d["data"], d["goals"]
    st = _stats(data)
    base = sp.Integer(round(float(sum(data) / len(data)) / 10) * 10) or sp.Integer(round(float(st["median"])))
    dev = [v - base for v in data]
    chain.ask((f"取一个接近数据的数 $a={tex(base)}$，每个数减去 $a$，得到哪些较小的数？", f"Pick a round number $a={tex(base)}$ near the data and subtract it from each value. What do you get?"),
              ("$" + ", ".join(tex(v) for v in dev) + "$",) * 2, "", kps=["stat.central_tendency"],
              hints=[("数据整体平移，平均数也平移同样的量。", "Shifting every value shifts the mean by the same amount.")])
    m_dev = sp.nsimplify(sum(dev) / len(dev))
    mean = base + m_dev
    chain.ask(("这些差的平均数是多少？原数据的平均数是多少？", "What is the mean of the differences, and so of the data?"),
              (f"${tex(m_dev)}$，$\\bar x={tex(base)}+({tex(m_dev)})={tex(mean)}$",) * 2,
              f"{plain(base)} + ({' + '.join(plain(v) for v in dev)})/{len(dev)} = {plain(mean)}", kps=["stat.central_tendency"],
              hints=[("差的平均数加回 $a$。", "Add a back to the mean of the differences.")])
    if {"variance", "std"} & set(goals):
        var = sp.nsimplify(sum((v - m_dev) ** 2 for v in dev) / len(dev))
        chain.ask(("平移不改变方差，用这些差计算方差。", "Shifting does not change the variance: compute it from the differences."),
                  (f"$s^2={tex(var)}$",) * 2, f"({' + '.join(f'({plain(v)} - ({plain(m_dev)}))^2' for v in dev)})/{len(dev)} = {plain(var)}",
                  kps=["stat.dispersion"], hints=[("方差只与数据的离散程度有关。", "Variance measures spread only.")])
    _other_steps(chain, d, st)
    chain.done(_answer(goals, st), _reference(d))


register(Solver("statistics.basic", "probability_statistics", detect, (
    Method(("按定义计算", "By definition"), _definition),
    Method(("简便公式 s²=平方的平均−平均的平方", "Shortcut s² = mean of squares − square of mean"), _shortcut,
           lambda d: bool({"variance", "std"} & set(d["goals"]))),
    Method(("假定平均数（平移）", "Assumed mean (shift)"), _assumed_mean,
           lambda d: "mean" in d["goals"] and not ({"variance", "std"} & set(d["goals"])) and max(abs(v) for v in d["data"]) >= 50),
), ("stat.central_tendency",), priority=90, answers=frozenset({"mean", "median", "mode", "variance", "std"})))


"""一组数据的数字特征：平均数、中位数、众数、极差、方差、标准差 / A small data set's mean, median, mode, range,
variance and standard deviation."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, labelled, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.statistics.data_order import position_context, sorted_claim
from tutor_graph.specialist.types.template import Values

_GOALS = {"mean": ("平均数", "均值", "mean", "average"), "median": ("中位数", "median"), "mode": ("众数", "mode"),
          "variance": ("方差", "variance"), "std": ("标准差", "standard deviation"), "range": ("极差", "range")}
_NAMES = {"mean": ("平均数", "mean"), "median": ("中位数", "median"), "mode": ("众数", "mode"),
          "variance": ("方差", "variance"), "std": ("标准差", "standard deviation"), "range": ("极差", "range")}
_DEFINITIONS = {  # what each statistic is, as the textbook defines it (the idea question's answer)
    "mean": (r"平均数 $\bar x=\frac{1}{n}\sum x_i$", r"the mean $\bar x=\frac{1}{n}\sum x_i$"),
    "median": ("中位数是从小到大排列后居中的数（个数为偶数时取中间两个数的平均数）",
               "the median is the middle value once sorted (the mean of the middle two for an even count)"),
    "mode": ("众数是出现次数最多的数", "the mode is the value that occurs most often"),
    "variance": (r"方差 $s^2=\frac{1}{n}\sum(x_i-\bar x)^2$，要先求平均数",
                 r"the variance $s^2=\frac{1}{n}\sum(x_i-\bar x)^2$, which needs the mean first"),
    "std": (r"标准差 $s$ 是方差的算术平方根，要先求平均数和方差",
            "the standard deviation $s$ is the square root of the variance, which needs the mean first"),
    "range": ("极差是最大值减最小值", "the range is the largest value minus the smallest"),
}


@dataclass(frozen=True)
class Data:
    """The data in the order given and the statistics asked, in the order of `_GOALS`."""

    data: tuple[sp.Expr, ...]
    goals: tuple[str, ...]


def detect(p: Problem) -> Data | None:
    """`求数据 2, 4, 4, 5, 6, 9 的平均数和方差` / `Find the mean of the data 85, 90, 92, 88, 95`."""
    goals = [g for g, words in _GOALS.items() if p.has(*words)]
    if not goals or not p.has("数据", "一组", "样本", "data", "scores", "成绩", "values", "numbers"):
        return None
    runs = re.findall(r"(-?\d+(?:\.\d+)?(?:\s*[,，、]\s*-?\d+(?:\.\d+)?){3,})", p.text)
    if len(runs) != 1:
        return None
    read = [try_expr(v) for v in re.split(r"\s*[,，、]\s*", runs[0])]
    if any(v is None for v in read) or len(read) > 40:
        return None
    data = tuple(sp.nsimplify(v) for v in read)
    if "mode" in goals and len(set(data)) == len(data):
        return None  # no value repeats: textbooks differ on what the mode is, so no chain of ours
    if "std" in goals and "variance" in goals and p.lower.find("标准差") >= 0 and "方差" not in p.lower.replace("标准差", ""):
        goals.remove("variance")
    return Data(data, tuple(goals))


def _stats(data: tuple[sp.Expr, ...]) -> dict:
    n = len(data)
    s = sorted(data)
    mean = sp.nsimplify(sum(data) / n)
    median = s[n // 2] if n % 2 else sp.nsimplify((s[n // 2 - 1] + s[n // 2]) / 2)
    counts = Counter(data)
    top = max(counts.values())
    mode = sorted(v for v, c in counts.items() if c == top) if top > 1 else []
    var = sp.nsimplify(sum((x - mean) ** 2 for x in data) / n)
    return {"mean": mean, "median": median, "mode": mode, "variance": var, "std": sp.sqrt(var), "range": s[-1] - s[0]}


def _answer(goals: tuple[str, ...], st: dict) -> tuple[str, str]:
    def val(g: str, show=dollar) -> str:
        v = st[g]
        return ", ".join(show(x) for x in v) if isinstance(v, list) else show(v)

    if len(goals) == 1:
        return (val(goals[0]),) * 2
    return ("，".join(f"{_NAMES[g][0]} {val(g, labelled)}" for g in goals),
            ", ".join(f"{_NAMES[g][1]} {val(g, labelled)}" for g in goals))


def values(d: Data) -> Values:
    """Mean, deviations, variance by the definition and by the mean of squares, the sorted data, median, mode,
    range, and the shifted data of the assumed-mean method."""
    data, goals = d.data, set(d.goals)
    n, s, st = len(data), sorted(d.data), _stats(d.data)
    mean, var = st["mean"], st["variance"]
    sq = sp.nsimplify(sum(v**2 for v in data) / n)
    counts = Counter(data)
    big = bool(max(abs(v) for v in data) >= 50)
    out: Values = {
        "n": str(n), "asks_mean": "mean" in goals, "spread": bool({"variance", "std"} & goals), "asks_std": "std" in goals,
        "asks_median": "median" in goals, "asks_mode": "mode" in goals, "asks_range": "range" in goals,
        "needs_mean": bool({"mean", "variance", "std"} & goals), "needs_sort": bool({"median", "mode"} & goals),
        "odd": n % 2 == 1, "even": n % 2 == 0, "has_mode": bool(st["mode"]),
        "shift": "mean" in goals and not {"variance", "std"} & goals and big,
        "defs_zh": "；".join(_DEFINITIONS[g][0] for g in d.goals), "defs_en": "; ".join(_DEFINITIONS[g][1] for g in d.goals),
        "sum": tex(sum(data)), "mean": tex(mean), "mean_plain": plain(mean),
        "mean_claim": f"({' + '.join(plain(v) for v in data)})/{n} = {plain(mean)}",
        "var": tex(var), "var_plain": plain(var),
        "var_claim": f"({' + '.join(f'({plain(v)} - {plain(mean)})^2' for v in data)})/{n} = {plain(var)}",
        "std": tex(st["std"]), "std_plain": plain(st["std"]),
        "sq": tex(sq), "sq_plain": plain(sq), "sq_claim": f"({' + '.join(f'({plain(v)})^2' for v in data)})/{n} = {plain(sq)}",
        "sorted": " \\le ".join(tex(v) for v in s), "sorted_claim": sorted_claim(data) if n <= 25 else "",
        "order_claim": sorted_claim(data).split(" 且 ")[0],  # the sorted chain with = between repeats: every multiplicity
        "positions": "\n".join(position_context(s)), "median": tex(st["median"]), "median_plain": plain(st["median"]),
        "mid": str(n // 2 + 1), "lo": str(n // 2), "hi": str(n // 2 + 1),
        "x_lo": plain(s[n // 2 - 1]), "x_hi": plain(s[n // 2]),
        "modes": ", ".join(tex(v) for v in st["mode"]), "top": str(max(counts.values())),
        "max": tex(s[-1]), "min": tex(s[0]), "max_plain": plain(s[-1]), "min_plain": plain(s[0]),
        "range": tex(st["range"]), "range_plain": plain(st["range"]),
    }
    if out["shift"]:
        base = sp.Integer(round(float(sum(data) / n) / 10) * 10) or sp.Integer(round(float(st["median"])))
        dev = [v - base for v in data]
        m_dev = sp.nsimplify(sum(dev) / n)
        out.update({"base": tex(base), "base_plain": plain(base), "dev": ", ".join(tex(v) for v in dev),
                    "dev_claim": " 且 ".join(f"{plain(v)} - {plain(base)} = {plain(v - base)}" for v in data),
                    "m_dev": tex(m_dev), "m_dev_plain": plain(m_dev),
                    "shift_claim": f"{plain(base)} + ({' + '.join(plain(v) for v in dev)})/{n} = {plain(mean)}"})
    out["answer_zh"], out["answer_en"] = _answer(d.goals, st)
    return out


def reference(d: Data) -> tuple[str, str]:
    """Independent: SymPy's stats on a finite uniform distribution over the data."""
    from sympy.stats import E, FiniteRV, variance

    n = len(d.data)
    weights = Counter(d.data)
    X = FiniteRV("X", {v: sp.Rational(c, n) for v, c in weights.items()})
    st = _stats(d.data)
    st["mean"], st["variance"] = sp.nsimplify(E(X)), sp.nsimplify(variance(X))
    st["std"] = sp.sqrt(st["variance"])
    return _answer(d.goals, st)


TYPE: ProblemType[Data] = ProblemType(
    type_id="statistics.basic", module="statistics", name="basic", detect=detect, values=values, reference=reference,
    givens=lambda d: [", ".join(plain(v) for v in d.data)], goal=lambda d: ", ".join(d.goals),
    answers=frozenset({"mean", "median", "mode", "variance", "std"}), topic="probability_statistics",
)

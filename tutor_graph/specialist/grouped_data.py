"""The mean / variance of a linear transform a·xᵢ + b of data known only by their summaries (rules vs the
definition). (Stratified sampling and frequency histograms moved to `types/statistics/`.)"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_N = r"\d+(?:\.\d+)?"


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

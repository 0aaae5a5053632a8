"""数据的线性变换 a·xᵢ+b：由原数据的平均数、方差求新数据的平均数、方差、标准差 / The mean, variance or standard
deviation of a·xᵢ + b from the summaries of the xᵢ."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"\d+(?:\.\d+)?"
_GOALS = ("mean", "variance", "std")


@dataclass(frozen=True)
class Transform:
    """yᵢ = a·xᵢ + b; the given mean and variance of the xᵢ (None when not given) and the summary asked."""

    a: sp.Expr
    b: sp.Expr
    mean: sp.Expr | None
    var: sp.Expr | None
    goal: str  # one of _GOALS


def detect(p: Problem) -> Transform | None:
    """`已知数据 x_1, …, x_n 的平均数为 4，标准差为 3，求数据 -2x_1+5, …, -2x_n+5 的平均数`."""
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
    given_var = sp.nsimplify(var.group(1)) if var else sp.nsimplify(std.group(1)) ** 2 if std else None
    given_mean = sp.nsimplify(mean.group(1)) if mean else None
    if goal is None or (goal == "mean" and given_mean is None) or (goal != "mean" and given_var is None):
        return None
    return Transform(a, b, given_mean, given_var, goal)


def _times(a: sp.Expr, x: sp.Expr | str) -> str:
    """`-2\\times 4` or `-2\\times(-1)`: a product as a textbook writes a substitution."""
    shown = x if isinstance(x, str) else tex(x) if x >= 0 else f"({tex(x)})"
    return f"{tex(a)}\\times {shown}"


def _plus(b: sp.Expr) -> str:
    """`+5`, `-1`, or nothing for b = 0."""
    return "" if b == 0 else f"+{tex(b)}" if b > 0 else tex(b)


def values(d: Transform) -> Values:
    """The new mean, variance and standard deviation, and each substitution the chains show."""
    a, b = d.a, d.b
    out: Values = {f"goal_{g}": d.goal == g for g in _GOALS}
    coef = "" if a == 1 else "-" if a == -1 else tex(a)  # `x_i`, `-x_i`, `2x_i` as a textbook prints them
    out.update({"a": tex(a), "a_plain": plain(a), "b": tex(b), "b_plain": plain(b), "b_term": _plus(b),
                "a_coef": coef, "a_sq": tex(a**2), "a_sq_plain": plain(a**2)})
    if d.mean is not None:
        new_mean = a * d.mean + b
        out.update({"mean": tex(d.mean), "mean_plain": plain(d.mean), "new_mean": tex(new_mean),
                    "new_mean_plain": plain(new_mean), "mean_sub": _times(a, d.mean) + _plus(b)})
    m = d.mean if d.mean is not None else sp.Symbol("m", real=True)
    x = sp.Symbol("x", real=True)
    xi = sp.Symbol("x_i", real=True)
    out.update({"dev_claim": f"({plain(a * x + b)}) - ({plain(a * m + b)}) = {plain(a)}*(x - {plain(m)})",
                "y_mean": tex(a * m + b), "dev": f"{coef}({tex(xi - m)})", "x_dev": tex(xi - m)})
    if d.var is not None:
        new_var = a**2 * d.var
        out.update({"var": tex(d.var), "var_plain": plain(d.var), "new_var": tex(new_var), "new_var_plain": plain(new_var),
                    "var_sub": f"{f'({tex(a)})' if a < 0 or not a.is_integer else tex(a)}^2\\times {tex(d.var)}",
                    "new_std": tex(sp.sqrt(new_var)), "new_std_plain": plain(sp.sqrt(new_var))})
    answer = {"mean": a * d.mean + b if d.mean is not None else None, "variance": a**2 * d.var if d.var is not None else None,
              "std": sp.sqrt(a**2 * d.var) if d.var is not None else None}[d.goal]
    out["final"] = dollar(answer)
    return out


def reference(d: Transform) -> str:
    """Independent: a concrete data set with the given mean and variance (m ± s), transformed and measured."""
    m = d.mean if d.mean is not None else sp.Integer(0)
    s = sp.sqrt(d.var) if d.var is not None else sp.Integer(0)
    data = [d.a * v + d.b for v in (m - s, m + s)]
    mean = sum(data) / 2
    var = sum((v - mean) ** 2 for v in data) / 2
    return plain(sp.simplify({"mean": mean, "variance": var, "std": sp.sqrt(var)}[d.goal]))


TYPE: ProblemType[Transform] = ProblemType(
    type_id="statistics.transform", module="statistics", name="transform", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{plain(d.a)}x + {plain(d.b)}"], goal=lambda d: d.goal,
    answers=frozenset({"mean", "variance", "std"}), topic="probability_statistics",
)

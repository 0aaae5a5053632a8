"""2×2 contingency tables: the χ² statistic by the shortcut formula n(ad−bc)²/((a+b)(c+d)(a+c)(b+d)) and,
as a second method, by Σ(observed − expected)²/expected over the four cells."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex


def cells(text: str) -> tuple[int, int, int, int] | None:
    """The four counts a, b (first row), c, d (second row) in reading order; a stated total must match."""
    named = dict(re.findall(r"(?<![A-Za-z])([abcd])\s*=\s*(\d+)", text))
    if len(named) == 4:
        return tuple(int(named[k]) for k in "abcd")  # type: ignore[return-value]
    body = re.split(r"\^2\s*=|K\^2|χ|计算|求|[Cc]ompute|[Ff]ind", text)[0]
    nums = [int(n) for n in re.findall(r"(?<![\d.^_A-Za-z])(\d+)(?![\d.%])", body)]
    if len(nums) == 5 and nums[0] == sum(nums[1:]):
        nums = nums[1:]
    if len(nums) != 4 or 0 in nums or max(nums) > 10**6:
        return None
    return nums[0], nums[1], nums[2], nums[3]


def detect(p: Problem) -> Match | None:
    if not (re.search(r"\\chi|χ|卡方|chi-square|chi square|独立性检验|列联表|contingency|K\^2", p.raw, re.I) and
            p.has("计算", "求", "compute", "find", "calculate", "值", "value")):
        return None
    if p.has("把握", "α", "alpha", "significance", "能否", "是否有关", "whether"):
        return None  # a decision at a level needs the critical-value table: the statistic alone is not the answer
    c = cells(p.text)
    if c is None:
        return None
    a, b, cc, d = c
    if 0 in (a + b, cc + d, a + cc, b + d):
        return None
    return Match([f"a = {a}, b = {b}, c = {cc}, d = {d}"], "chi-square", {"cells": c}, 0.85)


def _expected(c):
    a, b, cc, d = c
    n = a + b + cc + d
    rows, cols = (a + b, cc + d), (a + cc, b + d)
    return n, [[sp.Rational(rows[i] * cols[j], n) for j in range(2)] for i in range(2)]


def _reference(d: dict) -> tuple[str, str]:
    """Independent: Σ(O−E)²/E (the definition), not the shortcut."""
    a, b, cc, dd = d["cells"]
    _, e = _expected(d["cells"])
    obs = [[a, b], [cc, dd]]
    value = sum((obs[i][j] - e[i][j]) ** 2 / e[i][j] for i in range(2) for j in range(2))
    return (plain(sp.nsimplify(value)),) * 2


def _shortcut(chain: Chain, d: dict) -> None:
    a, b, c, dd = d["cells"]
    n = a + b + c + dd
    chain.ask(("把数据填入 2×2 列联表：$a,b,c,d$ 各是多少？总数 $n$ 是多少？", "Fill the 2×2 table: what are $a,b,c,d$ and the total $n$?"),
              (f"$a={a},b={b},c={c},d={dd}$，$n={n}$", f"$a={a},b={b},c={c},d={dd}$, $n={n}$"), f"{a} + {b} + {c} + {dd} = {n}",
              kps=["stat.contingency"], hints=[("第一行是第一类的两种情况，第二行是第二类的。", "Row one holds the first group's two outcomes, row two the second's.")])
    diff = a * dd - b * c
    chain.ask(("$ad-bc$ 是多少？", "What is $ad-bc$?"), (f"${diff}$",) * 2, f"{a}*{dd} - {b}*{c} = {diff}", kps=["stat.contingency"],
              hints=[("主对角线之积减副对角线之积。", "Main diagonal product minus the other.")])
    value = sp.Rational(n * diff**2, (a + b) * (c + dd) * (a + c) * (b + dd))
    chain.ask(("代入 $\\chi^2=\\frac{n(ad-bc)^2}{(a+b)(c+d)(a+c)(b+d)}$。", "Substitute into $\\chi^2=\\frac{n(ad-bc)^2}{(a+b)(c+d)(a+c)(b+d)}$."),
              (f"$\\chi^2={tex(value)}$",) * 2, f"{n}*({diff})^2/(({a + b})*({c + dd})*({a + c})*({b + dd})) = {plain(value)}",
              kps=["stat.contingency"], hints=[("分母是两行的和与两列的和的乘积。", "The denominator multiplies the row totals and the column totals.")])
    chain.done((dollar(value),) * 2, _reference(d))


def _by_expected(chain: Chain, d: dict) -> None:
    a, b, c, dd = d["cells"]
    n, e = _expected(d["cells"])
    chain.ask(("若两个变量独立，每格的期望频数 $\\frac{行和\\times列和}{n}$ 是多少？", "If the variables were independent, what is each cell's expected count (row total × column total / n)?"),
              (", ".join(f"${tex(v)}$" for row in e for v in row),) * 2,
              " 且 ".join(f"({r})*({k})/{n} = {plain(e[i][j])}" for i, r in enumerate((a + b, c + dd)) for j, k in enumerate((a + c, b + dd))),
              kps=["stat.contingency"], hints=[("独立时，每格的比例等于行比例乘列比例。", "Under independence a cell's share is its row share times its column share.")])
    obs = [[a, b], [c, dd]]
    value = sum((obs[i][j] - e[i][j]) ** 2 / e[i][j] for i in range(2) for j in range(2))
    chain.ask(("$\\chi^2=\\sum\\frac{(观测-期望)^2}{期望}$ 是多少？", "What is $\\chi^2=\\sum\\frac{(O-E)^2}{E}$?"), (f"$\\chi^2={tex(value)}$",) * 2,
              " + ".join(f"({obs[i][j]} - {plain(e[i][j])})^2/({plain(e[i][j])})" for i in range(2) for j in range(2)) + f" = {plain(value)}",
              kps=["stat.contingency"], hints=[("四个格子分别计算再相加。", "Do each of the four cells, then add.")])
    chain.done((dollar(value),) * 2, _reference(d))


register(Solver("statistics.chi_square", "statistics", detect, (
    Method(("公式法", "Shortcut formula"), _shortcut),
    Method(("观测与期望频数", "Observed vs expected counts"), _by_expected),
), ("stat.contingency",), priority=89, answers=frozenset({"chi2", "expr"})))

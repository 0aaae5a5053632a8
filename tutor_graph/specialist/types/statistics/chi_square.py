"""2×2 列联表的 χ² 值 / The χ² statistic of a 2×2 contingency table."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Table:
    """The four counts: a, b (first row), c, d (second row)."""

    a: int
    b: int
    c: int
    d: int


def cells(text: str) -> tuple[int, int, int, int] | None:
    """The four counts a, b (first row), c, d (second row) in reading order; a stated total must match."""
    named = dict(re.findall(r"(?<![A-Za-z])([abcd])\s*=\s*(\d+)", text))
    if len(named) == 4:
        return int(named["a"]), int(named["b"]), int(named["c"]), int(named["d"])
    body = re.split(r"\^2\s*=|K\^2|χ|计算|求|[Cc]ompute|[Ff]ind", text)[0]
    nums = [int(n) for n in re.findall(r"(?<![\d.^_A-Za-z])(\d+)(?![\d.%])", body)]
    if len(nums) == 5 and nums[0] == sum(nums[1:]):
        nums = nums[1:]
    if len(nums) != 4 or 0 in nums or max(nums) > 10**6:
        return None
    return nums[0], nums[1], nums[2], nums[3]


def detect(p: Problem) -> Table | None:
    """A χ² (K²) statistic asked of a 2×2 table whose four counts are given; a decision at a level is not."""
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
    return Table(a, b, cc, d)


def _expected(t: Table) -> list[list[sp.Rational]]:
    n = t.a + t.b + t.c + t.d
    rows, cols = (t.a + t.b, t.c + t.d), (t.a + t.c, t.b + t.d)
    return [[sp.Rational(rows[i] * cols[j], n) for j in range(2)] for i in range(2)]


def values(t: Table) -> Values:
    """The counts, the totals, ad − bc, the expected counts and χ² by the shortcut formula."""
    n = t.a + t.b + t.c + t.d
    diff = t.a * t.d - t.b * t.c
    r1, r2, c1, c2 = t.a + t.b, t.c + t.d, t.a + t.c, t.b + t.d
    chi2 = sp.Rational(n * diff**2, r1 * r2 * c1 * c2)
    out: Values = {"a": str(t.a), "b": str(t.b), "c": str(t.c), "d": str(t.d), "n": str(n), "r1": str(r1),
                   "r2": str(r2), "c1": str(c1), "c2": str(c2), "diff": str(diff),
                   "diff_paren": f"({diff})" if diff < 0 else str(diff), "chi2": tex(chi2), "chi2_plain": plain(chi2)}
    obs = [[t.a, t.b], [t.c, t.d]]
    terms_tex, terms_plain = [], []
    for i, row in enumerate(_expected(t)):
        for j, e in enumerate(row):
            out[f"e{i + 1}{j + 1}"], out[f"e{i + 1}{j + 1}_plain"] = tex(e), plain(e)
            terms_tex.append(f"\\frac{{({obs[i][j]}-{tex(e)})^2}}{{{tex(e)}}}")
            terms_plain.append(f"({obs[i][j]} - {plain(e)})^2/({plain(e)})")
    out["terms"], out["terms_plain"] = "+".join(terms_tex), " + ".join(terms_plain)
    return out


def reference(t: Table) -> str:
    """Independent: Σ(O − E)²/E over the four cells (the definition), not the shortcut."""
    obs = [[t.a, t.b], [t.c, t.d]]
    e = _expected(t)
    return plain(sp.nsimplify(sum((obs[i][j] - e[i][j]) ** 2 / e[i][j] for i in range(2) for j in range(2))))


TYPE: ProblemType[Table] = ProblemType(
    type_id="statistics.chi_square", module="statistics", name="chi_square", detect=detect, values=values,
    reference=reference, givens=lambda t: [f"a = {t.a}, b = {t.b}, c = {t.c}, d = {t.d}"],
    goal=lambda t: "chi-square", answers=frozenset({"chi2", "expr"}),
)

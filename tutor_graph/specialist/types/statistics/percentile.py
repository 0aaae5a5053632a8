"""一组数据的第 p 百分位数 / The p-th percentile of a small data set."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.statistics.data_order import position_context, sorted_claim
from tutor_graph.specialist.types.template import Values

_RUN = r"(-?\d+(?:\.\d+)?(?:\s*[,，、]\s*-?\d+(?:\.\d+)?){3,})"


@dataclass(frozen=True)
class Percentile:
    """The data in the order given and p (0 < p < 100)."""

    data: tuple[sp.Expr, ...]
    q: int


def detect(p: Problem) -> Percentile | None:
    """`求数据 2,3,5,6,8,9,10,12 的第 75 百分位数` / `the 25th percentile of 12, 15, …`."""
    m = re.search(r"第\s*(\d+)\s*百分位数|(\d+)(?:th|st|nd|rd) percentile", p.text)
    runs = re.findall(_RUN, p.text)
    if not m or len(runs) != 1:
        return None
    q = int(m.group(1) or m.group(2))
    data = [try_expr(v) for v in re.split(r"\s*[,，、]\s*", runs[0])]
    if any(v is None for v in data) or not 0 < q < 100:
        return None
    return Percentile(tuple(sp.nsimplify(v) for v in data), q)


def values(d: Percentile) -> Values:
    """The sorted data, i = n·p %, the position(s) read off, the percentile, and the two counts of the definition."""
    s, n, q = sorted(d.data), len(d.data), d.q
    pos = sp.Rational(q, 100) * n
    rest = n - pos
    whole = bool(pos.is_Integer)
    out: Values = {"n": str(n), "q": str(q), "q_rest": str(100 - q), "pos": tex(pos), "pos_plain": plain(pos),
                   "rest": tex(rest), "rest_plain": plain(rest), "whole": whole,
                   "sorted": " \\le ".join(tex(v) for v in s),
                   "sorted_claim": sorted_claim(list(d.data)) if n <= 25 else "",
                   "positions": "\n".join(position_context(s))}
    if whole:
        i = int(pos)
        v = (s[i - 1] + s[i]) / 2
        out.update({"i": str(i), "i1": str(i + 1), "xi": tex(s[i - 1]), "xi_plain": plain(s[i - 1]),
                    "xi1": tex(s[i]), "xi1_plain": plain(s[i]), "below": str(i), "above": str(n - i)})
    else:
        k = int(sp.ceiling(pos))
        v = s[k - 1]
        out.update({"k": str(k), "below": str(k), "above": str(n - k + 1)})
    out.update({"v": tex(v), "v_plain": plain(v), "answer": dollar(v)})
    return out


def reference(d: Percentile) -> str:
    """Independent: the textbook rule applied to a freshly sorted copy by rank counting."""
    data = sorted(d.data)
    pos = sp.Rational(d.q, 100) * len(data)
    v = data[int(pos) - 1] / 2 + data[int(pos)] / 2 if pos.is_Integer else data[int(sp.ceiling(pos)) - 1]
    return plain(sp.nsimplify(v))


TYPE: ProblemType[Percentile] = ProblemType(
    type_id="statistics.percentile", module="statistics", name="percentile", detect=detect, values=values,
    reference=reference, givens=lambda d: [", ".join(plain(v) for v in d.data)], goal=lambda d: f"{d.q}th percentile",
    answers=frozenset({"percentile"}), topic="probability_statistics",
)

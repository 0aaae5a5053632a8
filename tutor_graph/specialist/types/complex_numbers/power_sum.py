"""i 的连续正整数次幂之和 / A sum of consecutive powers of i."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_SUM = re.compile(r"(?<![a-z])i\s*(?:\^\s*\{?(\d+)\}?)?\s*\+\s*i\s*\^\s*\{?(\d+)\}?\s*\+\s*(?:i\s*\^\s*\{?\d+\}?\s*\+\s*)?"
                  r"\.\.\.\s*\+\s*i\s*\^\s*\{?(\d+)\}?")


@dataclass(frozen=True)
class PowerSum:
    """i^a + i^(a+1) + … + i^b."""

    a: int
    b: int


def detect(p: Problem) -> PowerSum | None:
    """`i+i^2+i^3+…+i^{2025}`."""
    # the sum is what the Reading says is asked ("\\cdots" and "..." alike, once normalised)
    m = next((m for g in p.goals if g["kind"] == "value" and (m := _SUM.search(normalise(g["expression"])))), None)
    if m is None:
        return None
    first, second, last = int(m.group(1) or 1), int(m.group(2)), int(m.group(3))
    if second != first + 1 or not first <= last <= 10**6:
        return None
    return PowerSum(first, last)


def _power(k: int) -> str:
    """`i` for i^1, `i^{k}` otherwise."""
    return "i" if k == 1 else f"i^{{{k}}}"


def values(s: PowerSum) -> Values:
    """The count of terms, the full periods and the terms left; the geometric-series form."""
    a, b = s.a, s.b
    n = b - a + 1
    full, rest = divmod(n, 4)
    tail = [b - rest + 1 + k for k in range(rest)]
    value = sum((sp.I**k for k in tail), sp.Integer(0))
    closed = sp.simplify(sp.I**a * (1 - sp.I**n) / (1 - sp.I))
    return {
        "a": str(a), "b": str(b), "n": str(n), "full": str(full), "rest": str(rest), "first": _power(a),
        "left_zh": f"剩下 ${'+'.join(_power(k) for k in tail)}$" if tail else "恰好分完，没有剩下的项",
        "left_en": f"left over ${'+'.join(_power(k) for k in tail)}$" if tail else "nothing is left over",
        "value": tex(value), "closed": tex(closed), "in": tex(sp.I**n),
        "group_claim": f"{n} = 4*{full} + {rest} 且 " + (" + ".join(f"i^{k}" for k in tail) + f" = {plain(value)}" if tail else "0 = 0"),
        "in_claim": f"i^{n} = {plain(sp.I ** n)}",
        "closed_claim": f"i^{a}*(1 - i^{n})/(1 - i) = {plain(closed)}",
    }


def reference(s: PowerSum) -> str:
    """Independent: SymPy adds the powers one by one for short sums, else the geometric series simplified."""
    if s.b - s.a < 400:
        return plain(sp.expand(sum((sp.I**k for k in range(s.a, s.b + 1)), sp.Integer(0))))
    return plain(sp.simplify(sp.I**s.a * (1 - sp.I ** (s.b - s.a + 1)) / (1 - sp.I)))


TYPE: ProblemType[PowerSum] = ProblemType(
    type_id="complex.power_sum", module="complex_numbers", name="power_sum", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"i^{s.a} + … + i^{s.b}"], goal=lambda s: "sum",
    answers=frozenset({"expr", "sum"}),
)

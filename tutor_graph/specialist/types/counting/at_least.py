"""“至少”的选法计数：直接分类与排除反面 / Counting "at least" selections: case by case or from the opposite."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import NUMBER, num
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_GROUPS = re.compile(NUMBER + r"\s*名?(男生|男同学|男|红球|个红球)\s*(?:和|与|、|,)\s*" + NUMBER
                     + r"\s*名?(女生|女同学|女|白球|个白球)")
_GROUPS_EN = re.compile(r"(\d+)\s+(boys|men|red balls)\s+and\s+(\d+)\s+(girls|women|white balls)", re.I)
_CHOOSE = re.compile(r"(?:选|选出|抽取|取出|任取|choose|select|pick)\s*" + NUMBER
                     + r"\s*(?:人|名|个|people|students|balls)?", re.I)
_AT_LEAST = re.compile(r"至少(?:有)?\s*" + NUMBER + r"\s*(?:名|个)?\s*(女|男|白|红)"
                       r"|at least (\w+) (girl|boy|woman|man|white|red)", re.I)
MAX_CASES = 5  # more cases than this are not counted one by one: the opposite is the method then


@dataclass(frozen=True)
class AtLeast:
    """Choose k of t + o, at least `need` of the t; `name` is the t's word in the problem."""

    t: int
    o: int
    k: int
    need: int
    name: str
    shown: str  # the two groups as the problem lists them, `5 + 4`


def detect(p: Problem) -> AtLeast | None:
    """`从 5 名男生和 4 名女生中选 3 人，至少有 1 名女生` / `… 4 boys and 3 girls … at least one girl …`."""
    if p.has("概率", "probability", "恰", "exactly", "至多", "at most", "不超过", "no more than"):
        return None  # a second constraint ("…中恰有 2 名女生的有多少种") is not the at-least count we write
    m = _GROUPS.search(p.text) or _GROUPS_EN.search(p.text)
    k = _CHOOSE.search(p.text)
    at = _AT_LEAST.search(p.text)
    if not (m and k and at):
        return None
    a, b, kk = num(m.group(1)), num(m.group(3)), num(k.group(1))
    if at.group(1):
        need, second = num(at.group(1)), at.group(2) in m.group(4)
    else:
        word = at.group(3).lower()
        found = {"one": 1, "two": 2}.get(word) or (int(word) if word.isdigit() else None)
        if found is None:
            return None
        need, second = found, at.group(4).lower() in m.group(4).lower()
    if not 0 < kk <= a + b <= 30 or need > kk:
        return None
    shown = f"{a} + {b}"
    return AtLeast(b, a, kk, need, m.group(4), shown) if second else AtLeast(a, b, kk, need, m.group(2), shown)


def values(s: AtLeast) -> Values:
    """The cases counted directly (one value set per case) and the opposite's count."""
    t, o, k, need, c = s.t, s.o, s.k, s.need, sp.binomial
    cases = [(j, c(t, j) * c(o, k - j)) for j in range(need, min(t, k) + 1) if k - j <= o]
    bad = [(j, c(t, j) * c(o, k - j)) for j in range(0, need) if k - j <= o]
    total = sum((v for _, v in cases), sp.Integer(0))
    everything, bad_total = c(t + o, k), sum((v for _, v in bad), sp.Integer(0))
    out: Values = {
        "t": str(t), "o": str(o), "k": str(k), "need": str(need), "name": s.name, "tpo": str(t + o),
        "cases_zh": "、".join(f"${j}$ 个" for j, _ in cases), "cases_en": ", ".join(f"${j}$" for j, _ in cases),
        "sum": " + ".join(str(v) for _, v in cases), "total": str(total),
        "all": str(everything), "bad_total": str(bad_total),
        "bad": " + ".join(f"C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}" for j, _ in bad),
        "bad_plain": " + ".join(f"C_{t}^{j}*C_{o}^{k - j}" for j, _ in bad),
        "few": len(cases) <= MAX_CASES, "has_bad": bool(bad),
    }
    for i, (j, v) in enumerate(cases[:MAX_CASES], start=1):
        out |= {f"j{i}": str(j), f"r{i}": str(k - j), f"v{i}": str(v), f"case{i}": True}
    return out


def reference(s: AtLeast) -> str:
    """Independent: list every selection and count those with enough of the t."""
    people = [True] * s.t + [False] * s.o
    return str(sum(1 for pick in itertools.combinations(range(len(people)), s.k)
                   if sum(people[i] for i in pick) >= s.need))


TYPE: ProblemType[AtLeast] = ProblemType(
    type_id="counting.at_least", module="counting", name="at_least", detect=detect, values=values,
    reference=reference, givens=lambda s: [s.shown, f"choose {s.k}", f"at least {s.need}"],
    goal=lambda s: "count", answers=frozenset({"count"}),
)

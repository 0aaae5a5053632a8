"""“至少”的选法计数：直接分类与排除反面 / Counting "at least" selections: case by case or from the opposite."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

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
    # the two groups (男生:5,女生:4), how many are chosen, and "at least need of a group" (女>=1): objects read
    groups = next((o["value"] for o in p.objects("groups") if o["name"] == "groups"), "")
    m = re.fullmatch(r"(.+?):(\d+),(.+?):(\d+)", groups)
    kk = count(p, "chosen")
    at = next((re.fullmatch(r"(.+?)>=(\d+)", o["value"]) for o in p.objects("event") if o["name"] == "at_least"), None)
    if not (m and kk is not None and at):
        return None
    a, b = int(m.group(2)), int(m.group(4))
    need, second = int(at.group(2)), at.group(1).lower() in m.group(3).lower()
    if not 0 < kk <= a + b <= 30 or need > kk:
        return None
    shown = f"{a} + {b}"
    return AtLeast(b, a, kk, need, m.group(3), shown) if second else AtLeast(a, b, kk, need, m.group(1), shown)


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

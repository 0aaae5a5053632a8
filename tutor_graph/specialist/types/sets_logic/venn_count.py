"""两个集合的容斥计数：总数、各自人数与都参加的人数已知，求都没参加的 / Two-set Venn counting: who is in neither."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Venn:
    """`total` people, `a` in the first group, `b` in the second, `both` in both; how many in neither."""

    total: int
    a: int
    b: int
    both: int


def detect(p: Problem) -> Venn | None:
    """`40 名学生……参加数学小组的 22 人，物理小组的 18 人，两个小组都参加的 7 人……都没有参加的`: four counts."""
    nums = re.findall(r"(\d+)\s*(?:名|人|个|students|people)", p.text)
    if len(nums) != 4 and p.lang == "en":
        nums = re.findall(r"(?<![\w.])(\d+)(?![\w.])", p.text)
    if len(nums) != 4 or not p.has("都参加", "都喜欢", "两个", "both") or not p.has("都没", "都不", "neither", "none of"):
        return None
    total, a, b, both = (int(v) for v in nums)
    if total > 100_000 or not (both <= min(a, b) and a + b - both <= total):
        return None
    return Venn(total, a, b, both)


def values(v: Venn) -> Values:
    """The four counts, each region of the diagram, the union and the answer."""
    union = v.a + v.b - v.both
    return {"total": str(v.total), "a": str(v.a), "b": str(v.b), "both": str(v.both), "union": str(union),
            "only_a": str(v.a - v.both), "only_b": str(v.b - v.both), "neither": str(v.total - union)}


def reference(v: Venn) -> str:
    """Independent: build the two groups as sets of people and count who is left."""
    people = set(range(v.total))
    first = set(range(v.a))
    second = set(range(v.a - v.both, v.a - v.both + v.b))
    return str(len(people - first - second))


TYPE: ProblemType[Venn] = ProblemType(
    type_id="set.venn_count", module="sets_logic", name="venn_count", detect=detect, values=values,
    reference=reference, topic="sets",
    givens=lambda v: [f"total {v.total}", f"A {v.a}", f"B {v.b}", f"both {v.both}"], goal=lambda v: "neither",
    answers=frozenset({"count"}),
)

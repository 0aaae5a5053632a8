"""一人站（不站）在排头、排尾的排列 / One person kept off (or on) the ends of a row."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

# the rule on A: (the places A may take, as words)
_RULES = {
    "not_ends": ("不站在排头和排尾", "not at either end"),
    "ends": ("站在排头或排尾", "at one of the ends"),
    "not_head": ("不站在排头", "not first"),
}


@dataclass(frozen=True)
class Ends:
    """n people in a row; A's place ruled by `rule` (not_ends, ends or not_head)."""

    n: int
    rule: str


def detect(p: Problem) -> Ends | None:
    """`6 个人排成一排，甲不站在两端` / `Seven people line up; A is not first`."""
    n = count(p, "row")
    if n is None or p.has("概率", "probability", "相邻", "adjacent"):
        return None
    if not 3 <= n <= 8:
        return None  # the reference lists every order: 8! = 40 320 at most
    # the rule on A is a type word: which ends it names, and whether A stands there or not
    if p.has("既不站在排头也不站在排尾", "不站在两端", "不在两端", "neither first nor last", "not at either end"):
        return Ends(n, "not_ends")
    if p.has("站在两端", "在两端", "at one of the ends", "at an end") and not p.has("不"):
        return Ends(n, "ends")
    if p.has("不站在排头", "不在排头", "not first", "not at the front"):
        return Ends(n, "not_head")
    return None


def _places(e: Ends) -> tuple[int, int]:
    """(places A may take, places A may not take)."""
    allowed = {"not_ends": e.n - 2, "ends": 2, "not_head": e.n - 1}[e.rule]
    return allowed, e.n - allowed


def values(e: Ends) -> Values:
    """Each count the chains show: A's places, the others' orders, the total, the complement."""
    n = e.n
    spots, banned = _places(e)
    rest = sp.factorial(n - 1)
    total = spots * rest
    bad = banned * rest
    fill = sp.ff(n - 1, banned)  # the banned places taken by the others first (position first)
    return {
        "n": str(n), "nm1": str(n - 1), "spots": str(spots), "banned": str(banned), "rest": str(rest),
        "total": str(total), "all": str(sp.factorial(n)), "bad": str(bad), "fill": str(fill),
        "left": str(n - banned), "left_orders": str(sp.factorial(n - banned)),
        "rule_zh": _RULES[e.rule][0], "rule_en": _RULES[e.rule][1],
        # the places A must avoid can be filled first by the others: only when A is kept off some places
        "avoids": e.rule != "ends",
    }


def reference(e: Ends) -> str:
    """Independent: list every order of the n people and count those with A (person 0) where allowed."""
    ok = {"not_ends": lambda i: 0 < i < e.n - 1, "ends": lambda i: i in (0, e.n - 1), "not_head": lambda i: i != 0}[e.rule]
    return str(sum(1 for perm in itertools.permutations(range(e.n)) if ok(perm.index(0))))


TYPE: ProblemType[Ends] = ProblemType(
    type_id="counting.ends", module="counting", name="ends", detect=detect, values=values, reference=reference,
    givens=lambda e: [f"{e.n} people in a row"], goal=lambda e: e.rule, answers=frozenset({"count"}),
)

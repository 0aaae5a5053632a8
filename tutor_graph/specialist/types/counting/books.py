"""不同的书平均分给几个人 / Distinct books shared out equally among people."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Books:
    """n different books, `each` to every one of `people` people."""

    n: int
    people: int
    each: int


def detect(p: Problem) -> Books | None:
    """`把 8 本不同的书分给甲、乙、丙、丁四人，每人 2 本` / `Nine different books are given to A, B and C, three each`."""
    n, each = count(p, "books"), count(p, "each")
    if n is None or each is None:
        return None
    people = count(p, "people") or (n // each if each else 0)  # "three each": as many people as that makes
    if people * each != n or not 2 <= people <= 4 or n > 9:
        return None
    return Books(n, people, each)


def values(b: Books) -> Values:
    """Each person's choice in turn, their product, and the unordered groups."""
    n, k, e = b.n, b.people, b.each
    left = [n - i * e for i in range(k)]
    factors = [sp.binomial(m, e) for m in left]
    total = sp.Mul(*factors)
    groups = total / sp.factorial(k)
    return {
        "n": str(n), "k": str(k), "e": str(e), "total": str(total), "groups": str(groups),
        "choices": "，".join(f"$C_{{{m}}}^{{{e}}}={f}$" for m, f in zip(left, factors, strict=True)),
        "choices_en": ", ".join(f"$C_{{{m}}}^{{{e}}}={f}$" for m, f in zip(left, factors, strict=True)),
        "choices_plain": " 且 ".join(f"C_{{{m}}}^{{{e}}} = {f}" for m, f in zip(left, factors, strict=True)),
        "product": "\\times ".join(map(str, factors)), "product_plain": " * ".join(map(str, factors)),
        "symbols": "".join(f"C_{{{m}}}^{{{e}}}" for m in left),
        "symbols_plain": " * ".join(f"C_{{{m}}}^{{{e}}}" for m in left),
    }


def reference(b: Books) -> str:
    """Independent: list every way to hand each book to a person and keep the equal shares."""
    return str(sum(1 for f in itertools.product(range(b.people), repeat=b.n)
                   if all(f.count(i) == b.each for i in range(b.people))))


TYPE: ProblemType[Books] = ProblemType(
    type_id="counting.books", module="counting", name="books", detect=detect, values=values, reference=reference,
    givens=lambda b: [f"{b.n} books, {b.people} people, {b.each} each"], goal=lambda b: "count",
    answers=frozenset({"count"}),
)

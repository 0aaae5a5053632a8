"""用含 0 的数字组成没有重复数字的数 / Numbers with distinct digits from a set of digits that includes 0."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_KIND = {"any": ("", ""), "even": ("偶数", "even"), "odd": ("奇数", "odd")}


@dataclass(frozen=True)
class Digits:
    """k-digit numbers (any, even or odd) with distinct digits taken from `digits` (0 among them)."""

    digits: tuple[int, ...]
    k: int
    kind: str


def detect(p: Problem) -> Digits | None:
    """`用 0,1,2,3,4,5 可以组成多少个没有重复数字的四位数` / `… odd three-digit numbers with distinct digits …`."""
    listed = next((o["value"] for o in p.objects("digits") if o["name"] == "digits"), "")
    length = count(p, "digit_length")
    if not listed or length is None or not p.has("没有重复", "不重复", "distinct", "no repeated", "without repetition"):
        return None
    digits = tuple(int(x) for x in listed.split(","))
    kind = "even" if p.has("偶数", " even ") else "odd" if p.has("奇数", " odd ") else "any"
    if len(set(digits)) != len(digits) or length > len(digits) or 0 not in digits:
        return None
    return Digits(digits, length, kind)


def values(d: Digits) -> Values:
    """The counts of both methods: the first place first (by the last digit for a parity) and the complement."""
    n, k = len(d.digits), d.k
    a = sp.ff
    want = [x for x in d.digits if d.kind != "any" and x % 2 == (0 if d.kind == "even" else 1)]
    others = [x for x in want if x != 0]  # the wanted last digits that leave the first place free of 0
    e, e1 = len(want), len(others)
    with_zero = a(n - 1, k - 1) if 0 in want else sp.Integer(0)
    without = e1 * (n - 2) * a(n - 2, k - 2)
    if d.kind == "any":
        total = (n - 1) * a(n - 1, k - 1)
    else:
        total = with_zero + without
    return {
        "n": str(n), "k": str(k), "nm1": str(n - 1), "nm2": str(n - 2), "km1": str(k - 1), "km2": str(k - 2),
        "digits": ",".join(map(str, d.digits)), "kind_zh": _KIND[d.kind][0], "kind_en": _KIND[d.kind][1],
        "rest": str(a(n - 1, k - 1)), "total": str(total), "allp": str(a(n, k)), "lead0": str(a(n - 1, k - 1)),
        "want_zh": "、".join(map(str, want)), "want_en": ", ".join(map(str, want)), "e": str(e),
        "others_zh": "、".join(map(str, others)), "others_en": ", ".join(map(str, others)), "e1": str(e1),
        "with_zero": str(with_zero), "without": str(without),
        "par_all": str(e * a(n - 1, k - 1)), "par_bad": str(e1 * a(n - 2, k - 2)),
        "any": d.kind == "any", "parity": d.kind != "any", "zero_end": 0 in want, "odd": d.kind == "odd",
    }


def reference(d: Digits) -> str:
    """Independent: list every ordered choice of the digits and keep the numbers that qualify."""
    ok = 0
    for perm in itertools.permutations(d.digits, d.k):
        if perm[0] == 0 or (d.kind == "even" and perm[-1] % 2) or (d.kind == "odd" and perm[-1] % 2 == 0):
            continue
        ok += 1
    return str(ok)


TYPE: ProblemType[Digits] = ProblemType(
    type_id="counting.digits", module="counting", name="digits", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"digits {list(d.digits)}", f"{d.k}-digit {d.kind}"], goal=lambda d: "count",
    answers=frozenset({"count"}),
)

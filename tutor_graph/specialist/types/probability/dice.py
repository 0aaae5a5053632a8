"""掷两枚骰子：点数之和等于或不小于某数的概率 / Two dice: the chance that the sum equals, or is at least, a number."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Dice:
    """Two fair dice; the event: the sum equals `target` (`at_least` False) or is at least `target`."""

    target: int
    at_least: bool


def detect(p: Problem) -> Dice | None:
    """`掷两枚骰子，点数之和为 7 的概率` / `the total is at least 10`."""
    if not p.has("骰子", "dice", "die") or not p.has("概率", "probability") or count(p, "dice") != 2:
        return None
    event = next((o["value"] for o in p.objects("event") if o["name"] == "sum"), "")
    m = re.fullmatch(r"sum(=|>=)(\d+)", event)  # the event the Reading read: the sum equal to or at least a number
    return Dice(int(m.group(2)), m.group(1) == ">=") if m else None


def _ok(d: Dice, s: int) -> bool:
    return s >= d.target if d.at_least else s == d.target


def _diagonal(s: int) -> int:
    """Cells of the 6×6 table whose sum is s: one diagonal, 6 − |s − 7| long (none outside 2…12)."""
    return max(0, 6 - abs(s - 7))


def values(d: Dice) -> Values:
    """The favourable pairs, their count by listing and by the table's diagonals, the complement and P."""
    fav = [(a, b) for a in range(1, 7) for b in range(1, 7) if _ok(d, a + b)]
    m = len(fav)
    v = sp.Rational(m, 36)
    sums = [s for s in range(2, 13) if _ok(d, s) and _diagonal(s)]
    bad_sums = [s for s in range(2, 13) if not _ok(d, s)]
    bad = 36 - m
    out: Values = {
        "at_least": d.at_least, "exact": not d.at_least, "t": str(d.target), "m": str(m), "bad": str(bad),
        "v": tex(v), "v_plain": plain(v), "ratio": f"\\frac{{{m}}}{{36}}" + ("" if v.q == 36 else f"={tex(v)}"),
        "pairs_zh": "、".join(f"$({a},{b})$" for a, b in fav) + f"，共 ${m}$ 个",
        "pairs_en": ", ".join(f"$({a},{b})$" for a, b in fav) + f": ${m}$ in all",
        "pairs_plain": " 且 ".join(f"{a} + {b} = {a + b}" for a, b in fav[:3]),  # the first three, as the bank's chain checked
        "cells": "+".join(str(_diagonal(s)) for s in sums) + (f"={m}" if len(sums) > 1 else ""),
        "cells_plain": " + ".join(f"(6 - abs({s} - 7))" for s in sums) + f" = {m}",
        "bad_cells": "+".join(str(_diagonal(s)) for s in bad_sums) + (f"={bad}" if len(bad_sums) > 1 else ""),
        "bad_cells_plain": " + ".join(f"(6 - abs({s} - 7))" for s in bad_sums) + f" = {bad}",
        "below": str(d.target - 1),
        # the table method counts a diagonal (or the complement's diagonals): it needs some cell of each it counts
        "table": bool(sums) and (not d.at_least or bool(bad_sums)),
    }
    return out


def reference(d: Dice) -> str:
    """Independent: the fraction of all 36 outcomes, counted by brute force."""
    outcomes = list(itertools.product(range(1, 7), repeat=2))
    return plain(sp.Rational(sum(1 for a, b in outcomes if _ok(d, a + b)), len(outcomes)))


TYPE: ProblemType[Dice] = ProblemType(
    type_id="probability.dice", module="probability", name="dice", detect=detect, values=values, reference=reference,
    givens=lambda d: ["two dice"], goal=lambda d: f"P(sum {'≥' if d.at_least else '='} {d.target})",
    answers=frozenset({"probability"}), topic="probability_statistics",
)

"""从几个数中一次取几个：和或积为奇偶数、等于、大于或小于某数、是某数倍数的概率 / Numbers taken at once from a
short list: the chance that their sum or product is even or odd, equal to, above or below a number, or a multiple."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ZH = {"sum": "和", "product": "积"}
_ZH_OPS = {"=": "等于", ">": "大于", "<": "小于", ">=": "不小于", "<=": "不大于"}
_EN_OPS = {"=": "equal to", ">": "greater than", "<": "less than", ">=": "at least", "<=": "at most"}


@dataclass(frozen=True)
class Pick:
    """`k` different numbers taken at once from `numbers`; the event: their sum or product is `kind` `value`."""

    numbers: tuple[int, ...]
    k: int
    subject: str  # "sum" or "product"
    kind: str  # "parity" (value 0 even, 1 odd), "=", ">", "<", ">=", "<=" or "multiple"
    value: int


def detect(p: Problem) -> Pick | None:
    """`从 1,2,3,4,5 中任取两个不同的数，求它们的积为偶数的概率`."""
    if not p.has("概率", "probability"):
        return None
    # the list, how many are taken, how (at once, or in order / drawn back / forming numbers) and the event, as read
    listed = next((o["value"] for o in p.objects("set") if o["name"] == "numbers"), "")
    k = next((int(o["value"]) for o in p.objects("count") if o["name"] == "picked"), 0)
    how = next((o["value"] for o in p.objects("draw") if o["name"] == "picks"), "")
    if not listed or not k or how != "at once":
        return None
    numbers = tuple(int(v) for v in listed.split(","))
    if len(set(numbers)) != len(numbers) or not k < len(numbers) <= 10:
        return None
    event = next((o["value"].split(" ") for o in p.objects("event") if o["name"] == "pick"), None)
    if not event or len(event) != 3:
        return None
    return Pick(numbers, k, event[0], event[1], int(event[2]))


def _value(d: Pick, pick: tuple[int, ...]) -> int:
    return sum(pick) if d.subject == "sum" else math.prod(pick)


def _holds(d: Pick, pick: tuple[int, ...]) -> bool:
    v, t = _value(d, pick), d.value
    return {"parity": v % 2 == t, "=": v == t, ">": v > t, "<": v < t, ">=": v >= t, "<=": v <= t,
            "multiple": v % t == 0 if d.kind == "multiple" else False}[d.kind]


def _event_text(d: Pick) -> tuple[str, str]:
    s, kind, t = d.subject, d.kind, d.value
    if kind == "parity":
        return f"{_ZH[s]}为{'偶数' if t == 0 else '奇数'}", f"the {s} is {'even' if t == 0 else 'odd'}"
    if kind == "multiple":
        return f"{_ZH[s]}是 {t} 的倍数", f"the {s} is a multiple of {t}"
    return f"{_ZH[s]}{_ZH_OPS[kind]} {t}", f"the {s} is {_EN_OPS[kind]} {t}"


def _set(pick: tuple[int, ...]) -> str:
    return "\\{" + ",".join(str(v) for v in pick) + "\\}"


def _claims(d: Pick, picks: list[tuple[int, ...]]) -> str:
    """Each listed choice's sum (product) as a claim: `1 + 3 = 4 且 …` (the first four)."""
    op = " + " if d.subject == "sum" else "*"
    return " 且 ".join(f"{op.join(str(v) if v >= 0 else f'({v})' for v in pick)} = {_value(d, pick)}" for pick in picks[:4])


def values(d: Pick) -> Values:
    """The listed choices and the favourable ones, the parity count, and the ordered count."""
    nums, k, n = d.numbers, d.k, len(d.numbers)
    picks = list(itertools.combinations(nums, k))
    good = [pk for pk in picks if _holds(d, pk)]
    total, m = len(picks), len(good)
    v = sp.Rational(m, total)
    ev_zh, ev_en = _event_text(d)
    shown = "，".join(f"${_set(pk)}$" for pk in picks)
    good_zh = "，".join(f"${_set(pk)}$" for pk in good)
    out: Values = {
        "n": str(n), "k": str(k), "total": str(total), "m": str(m), "v": tex(v), "v_plain": plain(v),
        "ratio": f"\\frac{{{m}}}{{{total}}}" + ("" if v.q == total else f"={tex(v)}"),
        "event_zh": ev_zh, "event_en": ev_en, "subject_zh": _ZH[d.subject], "subject_en": d.subject,
        "all_zh": shown, "all_en": shown.replace("，", ", "),
        "good_zh": f"{good_zh}，共 {m} 种" if good else "没有", "good_en": f"{good_zh.replace('，', ', ')}: {m}" if good else "none",
        "good_claims": _claims(d, good), "parity": d.kind == "parity", "not_parity": d.kind != "parity",
        "sum_parity": d.kind == "parity" and d.subject == "sum", "product_parity": d.kind == "parity" and d.subject == "product",
        "kf": str(math.factorial(k)), "ordered": str(sp.ff(n, k)), "ordered_good": str(m * math.factorial(k)),
        "ordered_ratio": f"\\frac{{{m * math.factorial(k)}}}{{{sp.ff(n, k)}}}" + ("" if v.q == sp.ff(n, k) else f"={tex(v)}"),
    }
    if d.kind == "parity":
        odd = sum(x % 2 for x in nums)
        even = n - odd
        if d.subject == "sum":  # the sum's parity is the parity of how many odd numbers are taken
            js, complement = [j for j in range(k + 1) if j % 2 == d.value and j <= odd and k - j <= even], False
        else:  # a product is odd only when every factor is odd: an even product is its complement
            js, complement = ([k] if k <= odd else []), d.value == 0
        count = sum(sp.binomial(odd, j) * sp.binomial(even, k - j) for j in js)
        terms = [f"C_{{{odd}}}^{{{j}}}C_{{{even}}}^{{{k - j}}}" for j in js] or ["0"]
        out.update({
            "odd": str(odd), "even": str(even), "complement": complement, "direct": not complement,
            "count": str(count), "count_terms": "+".join(terms),
            "count_claim": " + ".join(f"C_{odd}^{j}*C_{even}^{k - j}" for j in js) or "0",
            "parity_shown": (f"1-\\frac{{{count}}}{{{total}}}" if complement else f"\\frac{{{count}}}{{{total}}}"),
            "parity_claim": f"1 - {count}/C_{n}^{k} = {plain(v)}" if complement else f"{count}/C_{n}^{k} = {plain(v)}",
        })
    return out


def reference(d: Pick) -> str:
    """Independent: every ordered draw of k distinct positions, counted by brute force."""
    draws = list(itertools.permutations(range(len(d.numbers)), d.k))
    good = sum(_holds(d, tuple(d.numbers[i] for i in draw)) for draw in draws)
    f = Fraction(good, len(draws))
    return plain(sp.Rational(f.numerator, f.denominator))


TYPE: ProblemType[Pick] = ProblemType(
    type_id="probability.pick_numbers", module="probability", name="pick_numbers", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"numbers {list(d.numbers)}", f"take {d.k}"],
    goal=lambda d: f"P({d.subject} {d.kind} {d.value})", answers=frozenset({"probability"}), topic="probability_statistics",
)

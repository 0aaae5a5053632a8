"""从几个数中一次取几个：和或积为奇偶数、等于、大于或小于某数、是某数倍数的概率 / Numbers taken at once from a
short list: the chance that their sum or product is even or odd, equal to, above or below a number, or a multiple."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_LIST = r"\{?\s*((?:-?\d+\s*,\s*){2,9}-?\d+)\s*\}?"
_K = r"(两|二|三|2|3|two|three)"
_KS = {"两": 2, "二": 2, "三": 3, "2": 2, "3": 3, "two": 2, "three": 3}
_PICK_ZH = re.compile(r"从\s*(?:数字\s*)?" + _LIST + r"\s*(?:这\s*[一二三四五六七八九十\d]+\s*个(?:数字?)?\s*)?中\s*"
                      r"(?:随机|任意|等可能)?\s*地?\s*(?:任|随机)?\s*(?:取|选|抽)(?:出|取)?\s*" + _K
                      + r"\s*个\s*(?:不同的?)?\s*(?:数字?|整数)")
_PICK_EN = re.compile(_K + r"\s+(?:different\s+|distinct\s+)?(?:numbers|integers)\s+are\s+(?:randomly\s+)?"
                      r"(?:chosen|selected|drawn|picked|taken)(?:\s+at random)?\s+from\s+(?:the\s+(?:set|numbers|list)\s+)?"
                      + _LIST + r"|(?:choose|select|pick|take|draw)\s+" + _K + r"\s+(?:different\s+|distinct\s+)?"
                      r"(?:numbers|integers)(?:\s+at random)?\s+from\s+(?:the\s+(?:set|numbers|list)\s+)?" + _LIST, re.I)
# ordered draws, drawing back, forming multi-digit numbers or cards with extra rules are other problems
_OTHER = re.compile(r"放回|依次|先后|有序|两位数|三位数|组成|排成|第一次|第二次|卡片|replace|in order|one after|"
                    r"\b(?:first|second|digits?|form|cards?)\b", re.I)
_SUBJECT = r"(和|积|乘积|sum|product)"
_PARITY = re.compile(_SUBJECT + r"\s*(?:为|是|is|is an?)\s*(偶数|奇数|even|odd)", re.I)
_EQUAL = re.compile(_SUBJECT + r"\s*(?:为|是|等于|is|equals?|is equal to)\s*(-?\d+)(?!\s*的倍数|\s*的约数)", re.I)
_COMPARE = re.compile(_SUBJECT + r"\s*(?:is\s+)?(不小于|不大于|大于|小于|greater than|less than|at least|at most)\s*(-?\d+)",
                      re.I)
_MULTIPLE = re.compile(_SUBJECT + r"\s*(?:为|是|能被|is\s+(?:a\s+)?|is\s+divisible\s+by)\s*(?:multiple\s+of\s+)?(\d+)"
                       r"\s*(?:的倍数|整除)?", re.I)
_OPS = {"不小于": ">=", "at least": ">=", "不大于": "<=", "at most": "<=", "大于": ">", "greater than": ">", "小于": "<",
        "less than": "<"}
_JOINED = re.compile(r"且|或|并且|同时|至少|至多|恰|都|均|\b(?:and|or|both|exactly|at least|at most|neither|either)\b", re.I)
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


def _event(tail: str) -> tuple[str, str, int] | None:
    """(subject, kind, value) of the one event asked about, or None when there is not exactly one."""
    found: list[tuple[str, str, int]] = []
    for m in _PARITY.finditer(tail):
        found.append((m.group(1), "parity", 0 if m.group(2).lower() in ("偶数", "even") else 1))
    for m in _COMPARE.finditer(tail):
        found.append((m.group(1), _OPS[m.group(2).lower()], int(m.group(3))))
    for m in _MULTIPLE.finditer(tail):
        said = m.group(0).lower()
        if "倍数" in said or "multiple" in said or "divisible" in said or "整除" in said:
            found.append((m.group(1), "multiple", int(m.group(2))))
    found += [(m.group(1), "=", int(m.group(2))) for m in _EQUAL.finditer(tail)]
    if len(found) != 1:
        return None
    # a second condition joined to the event ("积为奇数且和为 10", "at least one is even") is not read: decline
    rest = _COMPARE.sub(" ", _PARITY.sub(" ", _MULTIPLE.sub(" ", _EQUAL.sub(" ", tail))))
    if _JOINED.search(rest):
        return None
    subject, kind, value = found[0]
    subject = "product" if subject.lower() in ("积", "乘积", "product") else "sum"
    if kind == "multiple" and not 2 <= value <= 20:
        return None
    return subject, kind, value


def detect(p: Problem) -> Pick | None:
    """`从 1,2,3,4,5 中任取两个不同的数，求它们的积为偶数的概率`."""
    if not p.has("概率", "probability") or _OTHER.search(p.text):
        return None
    m = _PICK_ZH.search(p.text) or _PICK_EN.search(p.text)
    if m is None:
        return None
    groups = [g for g in m.groups() if g]
    listed = next(g for g in groups if "," in g)
    k = _KS[next(g for g in groups if "," not in g).lower()]
    numbers = tuple(int(v) for v in re.split(r"\s*,\s*", listed.strip()))
    if len(set(numbers)) != len(numbers) or not k < len(numbers) <= 10:
        return None
    event = _event(p.text[m.end():])
    return Pick(numbers, k, *event) if event else None


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

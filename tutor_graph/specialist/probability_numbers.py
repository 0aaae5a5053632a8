"""Classical probability with numbers taken from a list: k different numbers are taken at once from a
short list of integers, and the event is about their sum or product (even / odd, equal to, greater or less
than a number, a multiple of a number). Listing the sample space vs counting with combinations by parity
(or the ordered sample space when the event is not about parity)."""

from __future__ import annotations

import itertools
import math
import re
from fractions import Fraction

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_LIST = r"\{?\s*((?:-?\d+\s*,\s*){2,9}-?\d+)\s*\}?"
_K = r"(两|二|三|2|3|two|three)"
_KS = {"两": 2, "二": 2, "三": 3, "2": 2, "3": 3, "two": 2, "three": 3}
_PICK_ZH = re.compile(r"从\s*(?:数字\s*)?" + _LIST + r"\s*(?:这\s*[一二三四五六七八九十\d]+\s*个(?:数字?)?\s*)?中\s*(?:随机|任意|等可能)?\s*地?\s*"
                      r"(?:任|随机)?\s*(?:取|选|抽)(?:出|取)?\s*" + _K + r"\s*个\s*(?:不同的?)?\s*(?:数字?|整数)")
_PICK_EN = re.compile(_K + r"\s+(?:different\s+|distinct\s+)?(?:numbers|integers)\s+are\s+(?:randomly\s+)?(?:chosen|selected|drawn|picked|taken)"
                      r"(?:\s+at random)?\s+from\s+(?:the\s+(?:set|numbers|list)\s+)?" + _LIST
                      + r"|(?:choose|select|pick|take|draw)\s+" + _K + r"\s+(?:different\s+|distinct\s+)?(?:numbers|integers)(?:\s+at random)?\s+from\s+"
                      r"(?:the\s+(?:set|numbers|list)\s+)?" + _LIST, re.I)
# ordered draws, drawing back, forming multi-digit numbers or cards with extra rules are other problems
_OTHER = re.compile(r"放回|依次|先后|有序|两位数|三位数|组成|排成|第一次|第二次|卡片|replace|in order|one after|\b(?:first|second|digits?|form|cards?)\b", re.I)
_SUBJECT = r"(和|积|乘积|sum|product)"
_PARITY = re.compile(_SUBJECT + r"\s*(?:为|是|is|is an?)\s*(偶数|奇数|even|odd)", re.I)
_EQUAL = re.compile(_SUBJECT + r"\s*(?:为|是|等于|is|equals?|is equal to)\s*(-?\d+)(?!\s*的倍数|\s*的约数)", re.I)
_COMPARE = re.compile(_SUBJECT + r"\s*(?:is\s+)?(不小于|不大于|大于|小于|greater than|less than|at least|at most)\s*(-?\d+)", re.I)
_MULTIPLE = re.compile(_SUBJECT + r"\s*(?:为|是|能被|is\s+(?:a\s+)?|is\s+divisible\s+by)\s*(?:multiple\s+of\s+)?(\d+)\s*(?:的倍数|整除)?", re.I)
_OPS = {"不小于": ">=", "at least": ">=", "不大于": "<=", "at most": "<=", "大于": ">", "greater than": ">", "小于": "<", "less than": "<"}
_JOINED = re.compile(r"且|或|并且|同时|至少|至多|恰|都|均|\b(?:and|or|both|exactly|at least|at most|neither|either)\b", re.I)
_ZH = {"sum": "和", "product": "积"}


def _event(p: Problem, tail: str) -> tuple | None:
    """(subject, kind, value) of the one event asked about, or None when there is not exactly one."""
    found = []
    for m in _PARITY.finditer(tail):
        found.append((m.group(1), "parity", 0 if m.group(2).lower() in ("偶数", "even") else 1))
    for m in _COMPARE.finditer(tail):
        found.append((m.group(1), _OPS[m.group(2).lower()], int(m.group(3))))
    for m in _MULTIPLE.finditer(tail):
        if "倍数" in m.group(0) or "multiple" in m.group(0).lower() or "divisible" in m.group(0).lower() or "整除" in m.group(0):
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


def detect(p: Problem) -> Match | None:
    if not p.has("概率", "probability") or _OTHER.search(p.text):
        return None
    m = _PICK_ZH.search(p.text) or _PICK_EN.search(p.text)
    if m is None:
        return None
    groups = [g for g in m.groups() if g]
    listed = next(g for g in groups if "," in g)
    k = _KS[next(g for g in groups if "," not in g).lower()]
    numbers = [int(v) for v in re.split(r"\s*,\s*", listed.strip())]
    if len(set(numbers)) != len(numbers) or not k < len(numbers) <= 10:
        return None
    event = _event(p, p.text[m.end():])
    if event is None:
        return None
    subject, kind, value = event
    return Match([f"numbers {numbers}", f"take {k}"], f"P({subject} {kind} {value})",
                 {"numbers": numbers, "k": k, "subject": subject, "kind": kind, "value": value}, 0.9)


def _holds(d: dict, pick) -> bool:
    v = sum(pick) if d["subject"] == "sum" else math.prod(pick)
    kind, t = d["kind"], d["value"]
    return {"parity": lambda: v % 2 == t, "=": lambda: v == t, ">": lambda: v > t, "<": lambda: v < t,
            ">=": lambda: v >= t, "<=": lambda: v <= t, "multiple": lambda: v % t == 0}[kind]()


def _reference(d: dict) -> tuple[str, str]:
    """Independent: every ordered draw of k distinct positions, counted by brute force."""
    draws = list(itertools.permutations(range(len(d["numbers"])), d["k"]))
    good = sum(_holds(d, [d["numbers"][i] for i in draw]) for draw in draws)
    f = Fraction(good, len(draws))
    return (plain(sp.Rational(f.numerator, f.denominator)),) * 2


def _event_text(d: dict) -> tuple[str, str]:
    s, kind, t = d["subject"], d["kind"], d["value"]
    zh_ops = {"=": "等于", ">": "大于", "<": "小于", ">=": "不小于", "<=": "不大于"}
    en_ops = {"=": "equal to", ">": "greater than", "<": "less than", ">=": "at least", "<=": "at most"}
    if kind == "parity":
        return f"{_ZH[s]}为{'偶数' if t == 0 else '奇数'}", f"the {s} is {'even' if t == 0 else 'odd'}"
    if kind == "multiple":
        return f"{_ZH[s]}是 {t} 的倍数", f"the {s} is a multiple of {t}"
    return f"{_ZH[s]}{zh_ops[kind]} {t}", f"the {s} is {en_ops[kind]} {t}"


def _set(pick) -> str:
    return "\\{" + ",".join(str(v) for v in pick) + "\\}"


def _value_claims(d: dict, picks) -> str:
    op = "+" if d["subject"] == "sum" else "*"
    return " 且 ".join(f"{f' {op} '.join(str(v) if v >= 0 else f'({v})' for v in pick)} = {sum(pick) if op == '+' else math.prod(pick)}"
                      for pick in picks[:4])


def _total_step(chain: Chain, d: dict) -> int:
    n, k = len(d["numbers"]), d["k"]
    total = sp.binomial(n, k)
    chain.ask((f"从 {n} 个数中一次取 {k} 个（不计顺序），样本空间有多少个基本事件？",
               f"Taking {k} of the {n} numbers at once (order does not matter), how many outcomes are in the sample space?"),
              (f"$C_{{{n}}}^{{{k}}}={tex(total)}$",) * 2, f"C_{n}^{k} = {plain(total)}", kps=["prob.sample_space", "count.combination"],
              hints=[("取出的数不计顺序，用组合数，或者直接列举。", "Order does not matter: use combinations, or list them.")])
    return int(total)


def _listing(chain: Chain, d: dict) -> None:
    picks = list(itertools.combinations(d["numbers"], d["k"]))
    shown = "，".join(f"${_set(pk)}$" for pk in picks)
    chain.ask(("列出所有可能的取法，共有几种？", "List every possible choice. How many are there?"),
              (f"{shown}，共 {len(picks)} 种", f"{shown.replace('，', ', ')}: {len(picks)} in all"),
              f"C_{len(d['numbers'])}^{d['k']} = {len(picks)}", kps=["prob.sample_space"],
              hints=[("按第一个数从小到大列举，做到不重不漏。", "List by the smallest number first so nothing is missed or repeated.")])
    good = [pk for pk in picks if _holds(d, pk)]
    ev = _event_text(d)
    chain.ask((f"其中满足“{ev[0]}”的有哪些？", f"Which of them satisfy “{ev[1]}”?"),
              ("，".join(f"${_set(pk)}$" for pk in good) + f"，共 {len(good)} 种" if good else "没有",
               ", ".join(f"${_set(pk)}$" for pk in good) + f": {len(good)}" if good else "none"),
              _value_claims(d, good), kps=["prob.classical"], hints=[("逐个计算每种取法的和（积）再判断。", "Work out each choice's sum (product) and check it.")])
    v = sp.Rational(len(good), len(picks))
    chain.ask(("由古典概型公式，所求概率是多少？", "By the classical formula, what is the probability?"),
              (f"$P=\\frac{{{len(good)}}}{{{len(picks)}}}={tex(v)}$",) * 2, f"{len(good)}/{len(picks)} = {plain(v)}", kps=["prob.classical"],
              hints=[("$P(A)=\\frac{m}{n}$：有利的基本事件数除以总数。", "$P(A)=\\frac{m}{n}$: favourable outcomes over all outcomes.")])
    chain.done((dollar(v),) * 2, _reference(d))


def _by_parity(chain: Chain, d: dict) -> None:
    nums, k, t = d["numbers"], d["k"], d["value"]
    odd, even = sum(v % 2 for v in nums), sum(1 - v % 2 for v in nums)
    total = _total_step(chain, d)
    chain.ask(("这些数中奇数、偶数各有几个？", "How many of the numbers are odd, and how many even?"),
              (f"奇数 {odd} 个，偶数 {even} 个", f"{odd} odd, {even} even"), f"{odd} + {even} = {len(nums)}", kps=["count.principles"],
              hints=[("按奇偶分成两类，事件只与取到几个奇数有关。", "Split by parity: the event depends only on how many odd numbers are taken.")])
    if d["subject"] == "sum":
        js = [j for j in range(0, k + 1) if j % 2 == t and j <= odd and k - j <= even]
        why = ("和的奇偶只看奇数的个数：取到偶数个奇数时和为偶数，奇数个奇数时和为奇数。",
               "The parity of a sum depends only on how many odd numbers it has: an even count gives an even sum.")
        complement = False
    else:  # a product is odd only when every factor is odd
        js, complement = [k] if k <= odd else [], t == 0
        why = ("积为奇数当且仅当每个数都是奇数；积为偶数是它的对立事件。", "A product is odd only when every factor is odd; an even product is the complement.")
    terms = [f"C_{odd}^{j}*C_{even}^{k - j}" for j in js] or ["0"]
    count = sum(sp.binomial(odd, j) * sp.binomial(even, k - j) for j in js)
    chain.ask(("满足奇偶要求的取法有多少种？" if not complement else "积为奇数（对立事件）的取法有多少种？",
               "How many choices have the required parity?" if not complement else "How many choices have an odd product (the complement)?"),
              (f"${' + '.join(t_.replace('*', '') for t_ in terms)}={tex(count)}$",) * 2, f"{' + '.join(terms)} = {plain(count)}",
              kps=["count.combination", "prob.event_relations"], hints=[why])
    v = 1 - sp.Rational(count, total) if complement else sp.Rational(count, total)
    claim = f"1 - {plain(count)}/C_{len(nums)}^{k} = {plain(v)}" if complement else f"{plain(count)}/C_{len(nums)}^{k} = {plain(v)}"
    shown = f"1-\\frac{{{count}}}{{{total}}}" if complement else f"\\frac{{{count}}}{{{total}}}"
    chain.ask(("所求概率是多少？", "What is the probability?"), (f"$P={shown}={tex(v)}$",) * 2, claim,
              kps=["prob.classical", *(["prob.basic_properties"] if complement else [])],
              hints=[("$P(A)=\\frac{m}{n}$；用对立事件时 $P(A)=1-P(\\bar A)$。", "$P(A)=m/n$; with the complement, $P(A)=1-P(\\bar A)$.")])
    chain.done((dollar(v),) * 2, _reference(d))


def _ordered(chain: Chain, d: dict) -> None:
    nums, k = d["numbers"], d["k"]
    n = len(nums)
    total = sp.ff(n, k)
    chain.ask(("换一种样本空间：把取出的数看成有先后顺序，共有多少个等可能的结果？",
               "Another sample space: treat the numbers as taken in order. How many equally likely outcomes are there?"),
              (f"$A_{{{n}}}^{{{k}}}={tex(total)}$",) * 2, f"A_{n}^{k} = {plain(total)}", kps=["prob.sample_space", "count.permutation"],
              hints=[("只要有利事件也按同样的有序方式计数，概率不变。", "Count the favourable outcomes in order too and the probability is the same.")])
    good = [pk for pk in itertools.combinations(nums, k) if _holds(d, pk)]
    fav = len(good) * math.factorial(k)
    chain.ask((f"每种不计顺序的取法对应 ${k}!$ 种有序结果，有利的有序结果有多少个？",
               f"Each unordered choice gives ${k}!$ ordered outcomes. How many ordered outcomes are favourable?"),
              (f"${len(good)}\\times {math.factorial(k)}={fav}$",) * 2, f"{len(good)}*{k}! = {fav}", kps=["count.permutation", "prob.classical"],
              hints=[("先找出满足条件的数组，再乘以排列数。", "Find the qualifying sets first, then multiply by the number of orders.")])
    v = sp.Rational(fav, total)
    chain.ask(("所求概率是多少？", "What is the probability?"), (f"$P=\\frac{{{fav}}}{{{total}}}={tex(v)}$",) * 2,
              f"{fav}/A_{n}^{k} = {plain(v)}", kps=["prob.classical"], hints=[("有序计数时分子分母都要有序。", "Ordered top and bottom alike.")])
    chain.done((dollar(v),) * 2, _reference(d))


register(Solver("probability.pick_numbers", "probability_statistics", detect, (
    Method(("列举法", "Listing the sample space"), _listing),
    Method(("按奇偶分类用组合数", "Split by parity, count with combinations"), _by_parity, lambda d: d["kind"] == "parity"),
    Method(("有序样本空间", "Ordered sample space"), _ordered, lambda d: d["kind"] != "parity"),
), ("prob.classical",), priority=84, answers=frozenset({"probability"})))

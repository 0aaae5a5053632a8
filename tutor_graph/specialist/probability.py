"""Probability: classical probability with dice and with balls drawn from a bag (counting with
combinations / listing the sample space / the complement). (Independent events and the binomial
distribution are template types: types/probability/independent.py, binomial.py.)"""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.counting.words import NUMBER, C, num

_N = NUMBER


# -- dice ------------------------------------------------------------------------------------------------
def detect_dice(p: Problem) -> Match | None:
    if not p.has("骰子", "dice", "die") or not p.has("概率", "probability"):
        return None
    if not re.search(r"(两|2|二)\s*(枚|颗|个)|two (fair )?dice|a pair of dice|twice|两次", p.text, re.I):
        return None
    m = re.search(r"(?:点数)?之和\s*(?:为|是|等于)\s*(\d+)|(?:sum|total) (?:is|of|equals?)\s*(\d+)", p.text, re.I)
    if m:
        target = int(m.group(1) or m.group(2))
        return Match(["two dice"], f"P(sum = {target})", {"kind": "sum", "target": target}, 0.9)
    m = re.search(r"(?:点数)?之和\s*(?:不小于|大于等于|≥)\s*(\d+)|(?:sum|total) is at least (\d+)", p.text, re.I)
    if m:
        target = int(m.group(1) or m.group(2))
        return Match(["two dice"], f"P(sum ≥ {target})", {"kind": "atleast", "target": target}, 0.9)
    return None


def _dice_favourable(d: dict) -> list[tuple[int, int]]:
    ok = (lambda s: s == d["target"]) if d["kind"] == "sum" else (lambda s: s >= d["target"])
    return [(a, b) for a in range(1, 7) for b in range(1, 7) if ok(a + b)]


def _dice_ref(d: dict) -> tuple[str, str]:
    """Independent: the fraction of all 36 outcomes, counted by brute force."""
    outcomes = list(itertools.product(range(1, 7), repeat=2))
    ok = (lambda s: s == d["target"]) if d["kind"] == "sum" else (lambda s: s >= d["target"])
    v = sp.Rational(sum(1 for a, b in outcomes if ok(a + b)), len(outcomes))
    return (plain(v),) * 2


def _dice_list(chain: Chain, d: dict) -> None:
    chain.ask(("样本空间有多少个等可能的基本事件？", "How many equally likely outcomes are in the sample space?"),
              ("$6\\times6=36$ 个", "$6\\times6=36$"), "6*6 = 36", kps=["prob.sample_space"],
              hints=[("两枚骰子各有 6 种结果，用有序数对 $(a,b)$ 表示。", "Each die has 6 results: use ordered pairs (a, b).")])
    fav = _dice_favourable(d)
    chain.ask(("列举满足条件的基本事件，有几个？", "List the outcomes that qualify. How many are there?"),
              ("、".join(f"$({a},{b})$" for a, b in fav) + f"，共 ${len(fav)}$ 个", ", ".join(f"$({a},{b})$" for a, b in fav) + f": ${len(fav)}$"),
              " 且 ".join(f"{a} + {b} = {a + b}" for a, b in fav[:3]), kps=["prob.classical"],
              hints=[("按第一枚的点数从 1 到 6 依次列举，不重不漏。", "Go through the first die's value 1 to 6 so nothing is missed.")])
    v = sp.Rational(len(fav), 36)
    chain.ask(("由古典概型公式，概率是多少？", "By the classical formula, what is the probability?"), (f"$P=\\frac{{{len(fav)}}}{{36}}={tex(v)}$",) * 2,
              f"{len(fav)}/36 = {plain(v)}", kps=["prob.classical"], hints=[("$P(A)=\\frac{m}{n}$。", "$P(A)=\\frac{m}{n}$.")])
    chain.done((dollar(v),) * 2, _dice_ref(d))


def _dice_table(chain: Chain, d: dict) -> None:
    chain.ask(("画一张 6×6 的表，每格写两枚骰子点数之和，满足条件的格子有几个？", "Draw a 6×6 table of the sums. How many cells qualify?"),
              (f"${len(_dice_favourable(d))}$ 个", f"${len(_dice_favourable(d))}$"), "", kps=["prob.sample_space", "shape_number"],
              hints=[("和为 $s$ 的格子在同一条斜线上。", "Cells with the same sum lie on one diagonal.")])
    if d["kind"] == "atleast":
        bad = 36 - len(_dice_favourable(d))
        v = 1 - sp.Rational(bad, 36)
        chain.ask(("用对立事件：不满足条件的概率是多少？所求概率是多少？", "Use the complement: what is the probability of failing, and so of succeeding?"),
                  (f"$1-\\frac{{{bad}}}{{36}}={tex(v)}$",) * 2, f"1 - {bad}/36 = {plain(v)}", kps=["prob.basic_properties", "complement"],
                  hints=[("$P(A)=1-P(\\bar A)$。", "$P(A)=1-P(\\bar A)$.")])
    else:
        v = sp.Rational(len(_dice_favourable(d)), 36)
        chain.ask(("概率是多少？", "What is the probability?"), (f"${tex(v)}$",) * 2, f"{len(_dice_favourable(d))}/36 = {plain(v)}",
                  kps=["prob.classical"], hints=[("满足条件的格子数除以 36。", "Qualifying cells over 36.")])
    chain.done((dollar(v),) * 2, _dice_ref(d))


register(Solver("probability.dice", "probability_statistics", detect_dice, (
    Method(("列举法", "Listing outcomes"), _dice_list),
    Method(("列表法（对立事件）", "Table / complement"), _dice_table),
), ("prob.classical",), priority=85, answers=frozenset({"probability"})))


# -- balls drawn from a bag -----------------------------------------------------------------------------------
def detect_balls(p: Problem) -> Match | None:
    if not p.has("概率", "probability") or not p.has("球", "ball"):
        return None
    m = re.search(_N + r"\s*(?:个)?\s*(红|白|黑|黄)球\s*(?:和|与|、|,)\s*" + _N + r"\s*(?:个)?\s*(红|白|黑|黄)球", p.text) or \
        re.search(r"(\d+) (red|white|black)(?: balls?)? and (\d+) (red|white|black) balls?", p.text, re.I)
    k = re.search(r"(?:任取|取出|摸出|抽取|取|draw|pick|take)\s*" + _N + r"\s*(?:个|balls?)?", p.text, re.I) or \
        re.search(_N + r"\s*(?:balls?\s*)?(?:are|is)\s*(?:drawn|picked|taken)", p.text, re.I)
    if not (m and k) or p.has("放回", "with replacement", "依次", "one after another", "先后"):
        return None
    a, ca, b, cb = num(m.group(1)), m.group(2), num(m.group(3)), m.group(4)
    draw = num(k.group(1))
    want = re.search(r"恰(?:有|好)?\s*" + _N + r"\s*(?:个)?\s*(红|白|黑|黄)|exactly (\d+|one|two) (red|white|black)", p.text, re.I)
    least = re.search(r"至少(?:有)?\s*" + _N + r"\s*(?:个)?\s*(红|白|黑|黄)|at least (\d+|one|two) (red|white|black)", p.text, re.I)
    both = re.search(r"(都是|全是|均为)\s*(红|白|黑|黄)|both (red|white|black)|all (red|white|black)", p.text, re.I)
    words = {"one": 1, "two": 2}
    pair = re.search(r"probability (?:of|that)\s+(one|two|\d+) (red|white|black) and (one|two|\d+) (red|white|black)", p.text, re.I)
    if pair:  # "one red and one white": exactly that many of the first colour
        cnt, color, kind = words.get(pair.group(1).lower()) or int(pair.group(1)), pair.group(2).lower(), "exactly"
        other = words.get(pair.group(3).lower()) or int(pair.group(3))
        if cnt + other != draw:
            return None
    elif want:
        cnt = num(want.group(1)) if want.group(1) else words.get(want.group(3), None) or int(want.group(3))
        color, kind = want.group(2) or want.group(4), "exactly"
    elif least:
        cnt = num(least.group(1)) if least.group(1) else words.get(least.group(3), None) or int(least.group(3))
        color, kind = least.group(2) or least.group(4), "atleast"
    elif both:
        cnt, color, kind = draw, both.group(2) or both.group(3) or both.group(4), "exactly"
    else:
        return None
    ca, cb, color = ca.lower(), cb.lower(), color.lower()
    if color not in (ca, cb) or not 0 < draw <= a + b <= 20 or cnt > draw:
        return None
    t, o = (a, b) if color == ca else (b, a)
    return Match([f"{a} {ca}, {b} {cb}", f"draw {draw}"], f"P({kind} {cnt} {color})",
                 {"t": t, "o": o, "draw": draw, "cnt": cnt, "kind": kind, "color": color}, 0.9)


def _balls_ref(d: dict) -> tuple[str, str]:
    """Independent: enumerate labelled draws."""
    balls = ["t"] * d["t"] + ["o"] * d["o"]
    draws = list(itertools.combinations(range(len(balls)), d["draw"]))
    ok = 0
    for s in draws:
        n_t = sum(balls[i] == "t" for i in s)
        ok += (n_t == d["cnt"]) if d["kind"] == "exactly" else (n_t >= d["cnt"])
    return (plain(sp.Rational(ok, len(draws))),) * 2


def _balls_count(chain: Chain, d: dict) -> None:
    t, o, k, cnt = d["t"], d["o"], d["draw"], d["cnt"]
    total = C(t + o, k)
    chain.ask((f"从 {t + o} 个球中任取 {k} 个，基本事件总数是多少？", f"Drawing {k} of {t + o} balls: how many outcomes in all?"),
              (f"$C_{{{t + o}}}^{{{k}}}={tex(total)}$",) * 2, f"C_{t + o}^{k} = {plain(total)}", kps=["prob.classical", "count.combination"],
              hints=[("取球不计顺序，用组合数。", "Order does not matter: combinations.")])
    js = [cnt] if d["kind"] == "exactly" else list(range(cnt, min(t, k) + 1))
    js = [j for j in js if k - j <= o]
    fav = sum(C(t, j) * C(o, k - j) for j in js)
    chain.ask(("满足条件的取法有多少种？", "How many draws qualify?"),
              (f"${' + '.join(f'C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}' for j in js)}={tex(fav)}$",) * 2,
              f"{' + '.join(f'C_{t}^{j}*C_{o}^{k - j}' for j in js)} = {plain(fav)}", kps=["count.combination", "count.principles"],
              hints=[("分别从两种颜色中选，再相乘。", "Choose from each colour separately and multiply.")])
    v = sp.Rational(fav, total)
    chain.ask(("概率是多少？", "What is the probability?"), (f"$P=\\frac{{{fav}}}{{{total}}}={tex(v)}$",) * 2, f"{plain(fav)}/{plain(total)} = {plain(v)}",
              kps=["prob.classical"], hints=[("$P=\\frac{m}{n}$，结果约分。", "$P=m/n$, reduced.")])
    chain.done((dollar(v),) * 2, _balls_ref(d))


def _balls_complement(chain: Chain, d: dict) -> None:
    t, o, k, cnt = d["t"], d["o"], d["draw"], d["cnt"]
    total = C(t + o, k)
    bad_js = [j for j in range(0, cnt) if k - j <= o]
    bad = sum(C(t, j) * C(o, k - j) for j in bad_js)
    chain.ask(("对立事件是什么？它包含多少种取法？", "What is the complementary event, and how many draws does it contain?"),
              (f"所取的球中该颜色少于 {cnt} 个：${' + '.join(f'C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}' for j in bad_js)}={tex(bad)}$",
               f"fewer than {cnt} of that colour: ${' + '.join(f'C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}' for j in bad_js)}={tex(bad)}$"),
              f"{' + '.join(f'C_{t}^{j}*C_{o}^{k - j}' for j in bad_js)} = {plain(bad)}", kps=["prob.event_relations", "complement"],
              hints=[("“至少一个”的反面是“一个也没有”。", "The opposite of 'at least one' is 'none'.")])
    v = 1 - sp.Rational(bad, total)
    chain.ask(("用 $P(A)=1-P(\\bar A)$ 求概率。", "Use $P(A)=1-P(\\bar A)$."), (f"$1-\\frac{{{bad}}}{{{total}}}={tex(v)}$",) * 2,
              f"1 - {plain(bad)}/C_{t + o}^{k} = {plain(v)}", kps=["prob.basic_properties"],
              hints=[(f"总数是 $C_{{{t + o}}}^{{{k}}}$。", f"The total is $C_{{{t + o}}}^{{{k}}}$.")])
    chain.done((dollar(v),) * 2, _balls_ref(d))


def _balls_list(chain: Chain, d: dict) -> None:
    t, o, k = d["t"], d["o"], d["draw"]
    labels = [f"A{i + 1}" for i in range(t)] + [f"B{i + 1}" for i in range(o)]
    draws = list(itertools.combinations(labels, k))
    chain.ask((f"把该颜色的球记为 A1…A{t}，其余记为 B1…B{o}，列出所有取法，共几种？", f"Label the balls A1…A{t} and B1…B{o} and list every draw. How many are there?"),
              (("、".join("".join(s) for s in draws[:12]) + ("…" if len(draws) > 12 else "") + f"，共 {len(draws)} 种"),
               (", ".join("".join(s) for s in draws[:12]) + ("…" if len(draws) > 12 else "") + f": {len(draws)}")),
              f"C_{t + o}^{k} = {len(draws)}", kps=["prob.sample_space"], hints=[("按字母顺序列举，不重不漏。", "List in order so nothing is missed.")])
    ok = [s for s in draws if (sum(x.startswith("A") for x in s) == d["cnt"]) if d["kind"] == "exactly"] if d["kind"] == "exactly" else \
        [s for s in draws if sum(x.startswith("A") for x in s) >= d["cnt"]]
    v = sp.Rational(len(ok), len(draws))
    chain.ask(("数出满足条件的取法，概率是多少？", "Count the qualifying draws. What is the probability?"),
              (f"{len(ok)} 种，$P=\\frac{{{len(ok)}}}{{{len(draws)}}}={tex(v)}$", f"{len(ok)}, so $P=\\frac{{{len(ok)}}}{{{len(draws)}}}={tex(v)}$"),
              f"{len(ok)}/{len(draws)} = {plain(v)}", kps=["prob.classical"], hints=[("逐个检查每种取法。", "Check each draw.")])
    chain.done((dollar(v),) * 2, _balls_ref(d))


register(Solver("probability.balls", "probability_statistics", detect_balls, (
    Method(("组合计数", "Counting with combinations"), _balls_count),
    Method(("对立事件", "Complementary event"), _balls_complement, lambda d: d["kind"] == "atleast"),
    Method(("列举法", "Listing the sample space"), _balls_list, lambda d: C(d["t"] + d["o"], d["draw"]) <= 20),
), ("prob.classical",), priority=85, answers=frozenset({"probability"})))

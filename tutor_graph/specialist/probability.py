"""Probability: classical probability with balls drawn from a bag (counting with
combinations / listing the sample space / the complement). (Dice, independent events and the
binomial distribution are template types: types/probability/dice.py, independent.py, binomial.py.)"""

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

"""More probability: conditional probability when drawing in turn without replacement (reduced sample
space vs P(AB)/P(A)), total probability and Bayes' formula, the hypergeometric mean (distribution vs
nM/N), symmetry of a normal distribution, and matches (best of 2k−1 by cases vs the complement; “win by
two” by rounds of two games vs a state equation)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.counting import NUMBER, num
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_N = NUMBER
_COLOURS = r"(红|白|黑|黄|red|white|black|yellow)"
_P = r"(\d*\.\d+|\d+\s*\\?%|\(\(\d+\)/\(\d+\)\)|\d+/\d+)"


def _prob(s: str) -> sp.Expr | None:
    s = s.replace("\\%", "%").strip()
    if s.endswith("%"):
        return sp.nsimplify(s[:-1].strip()) / 100
    v = try_expr(s)
    return sp.nsimplify(v) if v is not None and not v.free_symbols and 0 <= v <= 1 else None


def _bag(text: str):
    m = re.search(_N + r"\s*(?:个)?\s*" + _COLOURS + r"\s*(?:球|balls?)?\s*(?:和|与|、|,|and)\s*" + _N + r"\s*(?:个)?\s*" + _COLOURS + r"\s*(?:球|balls?)", text, re.I)
    if not m:
        return None
    return num(m.group(1)), m.group(2).lower(), num(m.group(3)), m.group(4).lower()


# -- conditional probability: drawing in turn --------------------------------------------------------------------
def detect_conditional(p: Problem) -> Match | None:
    if not p.has("不放回", "without replacement") or not p.has("已知", "given", "条件"):
        return None
    bag = _bag(p.text)
    first = re.search(r"第一次(?:摸到|取到|抽到)?\s*" + _COLOURS + r"|first (?:one |ball )?is " + _COLOURS, p.text, re.I)
    second = re.search(r"第二次(?:也)?(?:摸到|取到|抽到)?\s*" + _COLOURS + r"|second (?:one |ball )?is " + _COLOURS, p.text, re.I)
    if not (bag and first and second):
        return None
    a, ca, b, cb = bag
    c1, c2 = (first.group(1) or first.group(2)).lower(), (second.group(1) or second.group(2)).lower()
    if {c1, c2} - {ca, cb} or a + b > 30:
        return None
    counts = {ca: a, cb: b}
    return Match([f"{a} {ca}, {b} {cb}"], f"P(second {c2} | first {c1})", {"counts": counts, "c1": c1, "c2": c2}, 0.9)


def _cond_reference(d: dict) -> tuple[str, str]:
    """Independent: enumerate every ordered pair of distinct balls."""
    balls = [c for c, k in d["counts"].items() for _ in range(k)]
    pairs = [(x, y) for i, x in enumerate(balls) for j, y in enumerate(balls) if i != j]
    first = [pr for pr in pairs if pr[0] == d["c1"]]
    both = [pr for pr in first if pr[1] == d["c2"]]
    return (plain(sp.Rational(len(both), len(first))),) * 2


def _reduced(chain: Chain, d: dict) -> None:
    counts, c1, c2 = d["counts"], d["c1"], d["c2"]
    n = sum(counts.values())
    left = dict(counts)
    left[c1] -= 1
    chain.ask(("第一次摸到之后，袋中还剩哪些球？", "After the first draw, what is left in the bag?"),
              ("，".join(f"{c} {k} 个" for c, k in left.items()), ", ".join(f"{k} {c}" for c, k in left.items())),
              f"{counts[c1]} - 1 = {left[c1]} 且 {n} - 1 = {n - 1}", kps=["prob.conditional"],
              hints=[("条件概率可以在缩小后的样本空间里算。", "A conditional probability can be computed in the reduced sample space.")])
    v = sp.Rational(left[c2], n - 1)
    chain.ask(("在剩下的球里，第二次摸到所求颜色的概率是多少？", "Among those left, what is the chance of the colour asked for?"), (f"${tex(v)}$",) * 2,
              f"{left[c2]}/{n - 1} = {plain(v)}", kps=["prob.conditional", "prob.classical"], hints=[("古典概型。", "Equally likely outcomes.")])
    chain.done((dollar(v),) * 2, _cond_reference(d))


def _by_formula(chain: Chain, d: dict) -> None:
    counts, c1, c2 = d["counts"], d["c1"], d["c2"]
    n = sum(counts.values())
    pa = sp.Rational(counts[c1], n)
    second = counts[c2] - (1 if c1 == c2 else 0)
    pab = sp.Rational(counts[c1] * second, n * (n - 1))
    chain.ask(("$P(A)$（第一次摸到）与 $P(AB)$（两次都符合）各是多少？", "What are $P(A)$ (the first draw) and $P(AB)$ (both draws)?"),
              (f"$P(A)={tex(pa)}$，$P(AB)={tex(pab)}$", f"$P(A)={tex(pa)}$, $P(AB)={tex(pab)}$"),
              f"{counts[c1]}/{n} = {plain(pa)} 且 ({counts[c1]}*{second})/({n}*{n - 1}) = {plain(pab)}", kps=["prob.conditional", "prob.classical"],
              hints=[("依次摸出两个球共有 $n(n-1)$ 种等可能结果。", "Two ordered draws have n(n−1) equally likely outcomes.")])
    v = pab / pa
    chain.ask(("$P(B\\mid A)=\\frac{P(AB)}{P(A)}$ 是多少？", "What is $P(B\\mid A)=\\frac{P(AB)}{P(A)}$?"), (f"${tex(v)}$",) * 2,
              f"({plain(pab)})/({plain(pa)}) = {plain(v)}", kps=["prob.conditional"], hints=[("条件概率公式。", "The conditional probability formula.")])
    chain.done((dollar(v),) * 2, _cond_reference(d))


register(Solver("probability.conditional", "probability", detect_conditional, (
    Method(("缩小样本空间", "Reduced sample space"), _reduced),
    Method(("条件概率公式", "P(AB)/P(A)"), _by_formula),
), ("prob.conditional",), priority=86, answers=frozenset({"probability"})))


# -- total probability and Bayes -----------------------------------------------------------------------------------
def detect_total(p: Problem) -> Match | None:
    if not p.has("次品", "defective", "不合格", "患病", "disease"):
        return None
    groups = re.findall(rf"(?:占|makes?|produces?)\s*{_P}[^%\d]*?(?:次品率|不合格率|with|defect(?:ive)? rate)\s*(?:为|是|of)?\s*{_P}", p.text)
    if len(groups) < 2:
        return None
    shares = [_prob(a) for a, _ in groups]
    rates = [_prob(b) for _, b in groups]
    if None in shares or None in rates or sum(shares) != 1:
        return None
    names = re.findall(r"([甲乙丙丁])(?:机床|车间|厂)?\s*生产的|[Mm]achine ([A-D])", p.text)
    labels = list(dict.fromkeys(a or b for a, b in names))  # each source named once, in order
    bayes = re.search(r"已知[^.]*次品[^.]*(?:求|是)[^.]*([甲乙丙丁])|[Gg]iven (?:that )?(?:it|the part) is defective[^.]*machine ([A-D])", p.text)
    k = None
    if bayes:
        who = bayes.group(1) or bayes.group(2)
        if len(labels) != len(groups) or who not in labels:
            return None  # the sources must be named one to one with their shares, or "which one" is a guess
        k = labels.index(who)
    return Match([f"{len(groups)} sources"], "P(defective)" if k is None else f"P({labels[k]} | defective)",
                 {"shares": shares, "rates": rates, "k": k, "labels": labels}, 0.85)


def _total_reference(d: dict) -> tuple[str, str]:
    """Independent: a population of 10 000·… parts counted, not the formula."""
    scale = 10**6
    parts = [(sp.Integer(s * scale), r) for s, r in zip(d["shares"], d["rates"], strict=True)]
    bad = [n * r for n, r in parts]
    v = sum(bad) / scale if d["k"] is None else bad[d["k"]] / sum(bad)
    return (plain(sp.nsimplify(v)),) * 2


def _total(chain: Chain, d: dict) -> None:
    terms = [s * r for s, r in zip(d["shares"], d["rates"], strict=True)]
    total = sum(terms)
    times = " + ".join(tex(s) + "\\times " + tex(r) for s, r in zip(d["shares"], d["rates"], strict=True))
    chain.ask(("由全概率公式 $P(B)=\\sum P(A_i)P(B\\mid A_i)$，次品的概率是多少？", "By total probability $P(B)=\\sum P(A_i)P(B\\mid A_i)$, what is the chance of a defective part?"),
              (f"${times}={tex(total)}$",) * 2,
              " + ".join(f"({plain(s)})*({plain(r)})" for s, r in zip(d["shares"], d["rates"], strict=True)) + f" = {plain(total)}",
              kps=["prob.total_probability"], hints=[("按来源分类，每类的概率乘该类中的次品率。", "Split by source: each share times its defect rate.")])
    if d["k"] is None:
        chain.done((dollar(total),) * 2, _total_reference(d))
        return
    k = d["k"]
    v = terms[k] / total
    chain.ask((f"由贝叶斯公式，它来自{d['labels'][k]}的概率是多少？", f"By Bayes' formula, what is the chance it came from {d['labels'][k]}?"),
              (f"$\\frac{{{tex(terms[k])}}}{{{tex(total)}}}={tex(v)}$",) * 2, f"({plain(terms[k])})/({plain(total)}) = {plain(v)}",
              kps=["prob.total_probability", "prob.conditional"], hints=[("分子是这一类的贡献，分母是总的次品率。", "Its share of the defective parts over all defective parts.")])
    chain.done((dollar(v),) * 2, _total_reference(d))


register(Solver("probability.total", "probability", detect_total, (
    Method(("全概率公式 / 贝叶斯公式", "Total probability / Bayes"), _total),
), ("prob.total_probability",), priority=86, answers=frozenset({"probability"})))

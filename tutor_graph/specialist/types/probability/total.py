"""全概率公式与贝叶斯公式：按来源分类的次品率 / Total probability and Bayes' formula: defects by source."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import event, probability, ratio
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Sources:
    """Each source's share of the parts and its defect rate; `k` the source asked about (Bayes), else None."""

    shares: tuple[sp.Expr, ...]
    rates: tuple[sp.Expr, ...]
    k: int | None
    labels: tuple[str, ...]


def detect(p: Problem) -> Sources | None:
    """`甲生产的占 50%，次品率为 1%；乙…` with the chance of a defective part, or of its source given it is one."""
    if not p.has("次品", "defective", "不合格", "患病", "disease"):
        return None
    # each source's share and defect rate (`50%:1%,30%:2%`), the sources' names and the one asked about, as read
    mixture = next((o["value"] for o in p.objects("mixture") if o["name"] == "sources"), "")
    groups = [tuple(pair.split(":")) for pair in mixture.split(",")] if mixture else []
    if len(groups) < 2 or any(len(g) != 2 for g in groups):
        return None
    shares = [probability(a) for a, _ in groups]
    rates = [probability(b) for _, b in groups]
    if any(s is None for s in shares) or any(r is None for r in rates) or sum(s for s in shares if s is not None) != 1:
        return None
    named = next((o["value"] for o in p.objects("sources") if o["name"] == "labels"), "")
    labels = tuple(named.split(",")) if named else ()
    who = event(p, "from")
    k = None
    if who:
        if len(labels) != len(groups) or who not in labels:
            return None  # the sources must be named one to one with their shares, or "which one" is a guess
        k = labels.index(who)
    return Sources(tuple(s for s in shares if s is not None), tuple(r for r in rates if r is not None), k, labels)


def _batch(s: Sources) -> int:
    """A number of parts for which every source's parts and defective parts are whole: a power of ten if one
    up to 10⁶ does, else the least such number."""
    need = [s_ * r for s_, r in zip(s.shares, s.rates, strict=True)] + list(s.shares)
    least = int(sp.ilcm(*[sp.Rational(x).q for x in need]))
    return next((10**j for j in range(1, 7) if 10**j % least == 0), least)


def _name(s: Sources, i: int, lang: str) -> str:
    """甲 / machine A as the problem names the source; its number where the problem names none."""
    if i >= len(s.labels):
        return f"第 {i + 1} 个来源" if lang == "zh" else f"source {i + 1}"
    label = s.labels[i]
    if label not in "ABCD":
        return label
    return f"机床 {label}" if lang == "zh" else f"machine {label}"


def values(s: Sources) -> Values:
    """The terms of the total-probability sum, the Bayes quotient, and the counts in a batch of parts."""
    terms = [a * r for a, r in zip(s.shares, s.rates, strict=True)]
    total = sum(terms, sp.Integer(0))
    answer = total if s.k is None else terms[s.k] / total
    big = _batch(s)
    made = [big * a for a in s.shares]
    bad = [m * r for m, r in zip(made, s.rates, strict=True)]
    idx = range(len(terms))
    out: Values = {
        "bayes": s.k is not None, "answer": tex(answer), "answer_plain": plain(answer),
        "total": tex(total), "total_plain": plain(total), "m": str(len(terms)),
        "shares_sum_plain": " + ".join(f"({plain(a)})" for a in s.shares),
        "sources_zh": "；".join(f"$P(A_{i + 1})={tex(s.shares[i])}$，$P(B\\mid A_{i + 1})={tex(s.rates[i])}$" for i in idx),
        "sources_en": "; ".join(f"$P(A_{i + 1})={tex(s.shares[i])}$, $P(B\\mid A_{i + 1})={tex(s.rates[i])}$" for i in idx),
        "names_zh": "、".join(f"$A_{i + 1}$（{_name(s, i, 'zh')}）" for i in idx),
        "names_en": ", ".join(f"$A_{i + 1}$ ({_name(s, i, 'en')})" for i in idx),
        "times": "+".join(f"{tex(a)}\\times {tex(r)}" for a, r in zip(s.shares, s.rates, strict=True)),
        "times_plain": " + ".join(f"({plain(a)})*({plain(r)})" for a, r in zip(s.shares, s.rates, strict=True)),
        "batch": str(big), "bad": plain(sum(bad, sp.Integer(0))),
        "made_zh": "，".join(f"{_name(s, i, 'zh')} {plain(made[i])} 件" for i in idx),
        "made_en": ", ".join(f"{_name(s, i, 'en')}: {plain(made[i])}" for i in idx),
        "made_plain": " 且 ".join(f"{big}*({plain(a)}) = {plain(m)}" for a, m in zip(s.shares, made, strict=True)),
        "bad_zh": "，".join(f"{_name(s, i, 'zh')} {plain(bad[i])} 件" for i in idx),
        "bad_en": ", ".join(f"{_name(s, i, 'en')}: {plain(bad[i])}" for i in idx),
        "bad_plain": " 且 ".join(f"{plain(m)}*({plain(r)}) = {plain(b)}" for m, r, b in zip(made, s.rates, bad, strict=True)),
        "bad_sum_plain": " + ".join(plain(b) for b in bad),
        "bad_ratio": ratio(sum(bad, sp.Integer(0)), sp.Integer(big)),
    }
    if s.k is not None:
        out.update({"k": str(s.k + 1), "who_zh": _name(s, s.k, "zh"), "who_en": _name(s, s.k, "en"),
                    "term_k": tex(terms[s.k]), "term_k_plain": plain(terms[s.k]), "bad_k": plain(bad[s.k]),
                    "bad_k_ratio": ratio(bad[s.k], sum(bad, sp.Integer(0)))})
    return out


def reference(s: Sources) -> str:
    """Independent: a population of a million parts counted, not the formula."""
    scale = 10**6
    bad = [sp.Integer(a * scale) * r for a, r in zip(s.shares, s.rates, strict=True)]
    v = sum(bad) / scale if s.k is None else bad[s.k] / sum(bad)
    return plain(sp.nsimplify(v))


TYPE: ProblemType[Sources] = ProblemType(
    type_id="probability.total", module="probability", name="total", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{len(s.shares)} sources"],
    goal=lambda s: "P(defective)" if s.k is None else f"P({s.labels[s.k]} | defective)",
    answers=frozenset({"probability"}),
)

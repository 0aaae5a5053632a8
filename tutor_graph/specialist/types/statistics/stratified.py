"""分层抽样：某一层应抽取的个数 / Stratified sampling: how many of the sample come from one stratum."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Stratified:
    """The strata's sizes and names, the sample size, and the stratum asked about (index k)."""

    counts: tuple[int, ...]
    labels: tuple[str, ...]
    n: int
    k: int


def detect(p: Problem) -> Stratified | None:
    """`甲、乙、丙三个部门分别有员工 120 人、80 人、200 人，分层抽样抽取 40 人，乙部门应抽取多少人？`."""
    if not p.has("分层抽样", "stratified"):
        return None
    t = p.text
    m = re.search(r"([^,.:;]*?(?:,\s*[^,.:;]+?)+)\s*分别有\s*[^\d]{0,6}((?:\d+\s*(?:人|名|个|件)?\s*,\s*)+\d+)\s*(?:人|名|个|件)?", t)
    if m:
        labels = [x.strip() for x in re.sub(r"^.*?(?:某校|某单位|某公司|某地|学校)", "", m.group(1)).split(",")]
        counts = [int(x) for x in re.findall(r"\d+", m.group(2))]
    else:
        m = re.search(r"(\d+(?:\s*,\s*\d+)*(?:\s*,?\s*and\s+\d+)?)\s+\w+\s+in\s+(?:the\s+)?(\w+?)s?\s+(\w+(?:\s*,\s*\w+)*(?:\s*,?\s*and\s+\w+)?)", t)
        if not m:
            return None
        counts = [int(x) for x in re.findall(r"\d+", m.group(1))]
        labels = [f"{m.group(2)} {x}" for x in re.findall(r"\w+", re.sub(r"\band\b", " ", m.group(3)))]
    size = re.search(r"(?:抽取|抽出|sample of|sample of size)\s*(?:一个容量为\s*)?(\d+)", t)
    asked = re.split(r"[,.?]\s*(?=[^,.?]*(?:应抽取|抽取多少|抽取的人数|how many))", t, flags=re.I)[-1]
    hit = [i for i, lab in enumerate(labels) if lab and lab in asked]
    if not size or len(counts) != len(labels) or len(hit) != 1 or len(counts) < 2:
        return None
    n, total, k = int(size.group(1)), sum(counts), hit[0]
    if n > total or (n * counts[k]) % total:
        return None
    return Stratified(tuple(counts), tuple(labels), n, k)


def values(s: Stratified) -> Values:
    """The population size, the sampling ratio, the stratum's share and the count it gives."""
    total = sum(s.counts)
    ratio, share = sp.Rational(s.n, total), sp.Rational(s.counts[s.k], total)
    v = s.counts[s.k] * ratio
    return {"counts_sum": "+".join(map(str, s.counts)), "counts_terms": " + ".join(map(str, s.counts)),
            "total": str(total), "n": str(s.n), "ck": str(s.counts[s.k]), "label": s.labels[s.k],
            "ratio": tex(ratio), "ratio_plain": plain(ratio), "share": tex(share), "share_plain": plain(share),
            "v": tex(v), "v_plain": plain(v), "answer": dollar(v)}


def reference(s: Stratified) -> str:
    """Independent: one exact fraction n·N_k / N, not through the ratio or the share."""
    return plain(sp.Rational(s.n * s.counts[s.k], sum(s.counts)))


TYPE: ProblemType[Stratified] = ProblemType(
    type_id="statistics.stratified", module="statistics", name="stratified", detect=detect, values=values,
    reference=reference,
    givens=lambda s: [f"{lab}: {c}" for lab, c in zip(s.labels, s.counts, strict=True)] + [f"sample {s.n}"],
    goal=lambda s: f"stratum {s.labels[s.k]}", answers=frozenset({"count"}), topic="probability_statistics",
)

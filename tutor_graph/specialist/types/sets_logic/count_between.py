"""满足 {…} ⊆ M ⊆ {…} 的集合 M 的个数 / How many sets lie between a given small set and a given big set."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from sympy import binomial

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Between:
    """small ⊆ M ⊆ big, listed integers; `strict` when a proper subset is asked (no method fits that yet)."""

    small: frozenset[int]
    big: frozenset[int]
    name: str
    strict: bool


def detect(p: Problem) -> Between | None:
    """`满足 {1,2} ⊆ M ⊆ {1,2,3,4,5} 的集合 M 共有多少个`."""
    m = re.search(r"\{([\d,\s]+)\}\s*⊆\s*([A-Z])\s*⊆\s*\{([\d,\s]+)\}", p.text)
    if not m or not p.has("多少", "几个", "how many", "number of"):
        return None
    small = frozenset(int(v) for v in m.group(1).split(",") if v.strip())
    big = frozenset(int(v) for v in m.group(3).split(",") if v.strip())
    if not small <= big or len(big) > 12:
        return None
    return Between(small, big, m.group(2), "⊊" in p.text or "真子集" in p.text)


def _listed(items: frozenset[int]) -> str:
    return ", ".join(tex(e) for e in sorted(items))


def values(b: Between) -> Values:
    """The elements M must hold, the free ones, 2^k, and the count of each size C_k^r."""
    free = b.big - b.small
    k = len(free)
    counts = [int(binomial(k, r)) for r in range(k + 1)]
    sizes_zh = "，".join(f"添 {r} 个：$\\mathrm{{C}}_{{{k}}}^{{{r}}}={c}$" for r, c in enumerate(counts))
    sizes_en = ", ".join(f"{r} added: $\\mathrm{{C}}_{{{k}}}^{{{r}}}={c}$" for r, c in enumerate(counts))
    return {"name": b.name, "small": _listed(b.small), "big": _listed(b.big), "free": _listed(free), "k": str(k),
            "count": str(2**k), "sizes_zh": sizes_zh, "sizes_en": sizes_en,
            "sizes_claim": " 且 ".join(f"C_{k}^{r} = {c}" for r, c in enumerate(counts)),
            "sum": " + ".join(str(c) for c in counts), "strict": b.strict}


def reference(b: Between) -> str:
    """Independent: enumerate every subset of the big set and keep those holding the small one."""
    big = sorted(b.big)
    return str(sum(1 for r in range(len(big) + 1) for c in itertools.combinations(big, r) if b.small <= set(c)))


TYPE: ProblemType[Between] = ProblemType(
    type_id="set.count_between", module="sets_logic", name="count_between", detect=detect, values=values,
    reference=reference, topic="sets", givens=lambda b: [f"{sorted(b.small)} ⊆ {b.name} ⊆ {sorted(b.big)}"],
    goal=lambda b: "count", answers=frozenset({"count", "set"}),
)

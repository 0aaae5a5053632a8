"""条件概率：不放回地依次摸球 / Conditional probability when drawing in turn without replacement."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import colour_names, event, ratio, read_bag
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Draws:
    """A bag of two colours; given the first ball's colour, the chance of the second's."""

    counts: tuple[tuple[str, int], tuple[str, int]]  # (colour, how many), in the order the problem names them
    first: str
    second: str


def detect(p: Problem) -> Draws | None:
    """`不放回地依次摸出 2 个球。已知第一次摸到白球，求第二次摸到红球的概率`."""
    if not p.has("不放回", "without replacement") or not p.has("已知", "given", "条件"):
        return None
    found, c1, c2 = read_bag(p), event(p, "first"), event(p, "second")  # the bag and the two draws' colours, as read
    if not (found and c1 and c2):
        return None
    a, ca, b, cb = found
    if {c1, c2} - {ca, cb} or a + b > 30 or ca == cb:
        return None
    return Draws(((ca, a), (cb, b)), c1, c2)


def values(d: Draws) -> Values:
    """What is left after the first draw, P(A), P(AB) and P(B|A)."""
    counts = dict(d.counts)
    n = sum(counts.values())
    left = dict(counts)
    left[d.first] -= 1
    second = left[d.second]  # balls of the second colour still in the bag once the first is out
    pa, pab = sp.Rational(counts[d.first], n), sp.Rational(counts[d.first] * second, n * (n - 1))
    v = pab / pa
    (z1, e1), (z2, e2) = colour_names(d.first), colour_names(d.second)
    out: Values = {"n": str(n), "n1": str(n - 1), "k1": str(counts[d.first]), "k1_left": str(left[d.first]),
                   "k2_left": str(second), "first_zh": z1, "first_en": e1, "second_zh": z2, "second_en": e2,
                   "left_zh": "，".join(f"{colour_names(c)[0]}球 {k} 个" for c, k in left.items()),
                   "left_en": ", ".join(f"{k} {colour_names(c)[1]}" for c, k in left.items()),
                   "pa_ratio": ratio(counts[d.first], n), "v_ratio": ratio(second, n - 1)}
    for name, x in (("pa", pa), ("pab", pab), ("v", v)):
        out[name], out[f"{name}_plain"] = tex(x), plain(x)
    return out


def reference(d: Draws) -> str:
    """Independent: enumerate every ordered pair of distinct balls."""
    balls = [c for c, k in d.counts for _ in range(k)]
    pairs = [(x, y) for i, x in enumerate(balls) for j, y in enumerate(balls) if i != j]
    first = [pr for pr in pairs if pr[0] == d.first]
    both = [pr for pr in first if pr[1] == d.second]
    return plain(sp.Rational(len(both), len(first)))


TYPE: ProblemType[Draws] = ProblemType(
    type_id="probability.conditional", module="probability", name="conditional", detect=detect, values=values,
    reference=reference, givens=lambda d: [", ".join(f"{k} {c}" for c, k in d.counts)],
    goal=lambda d: f"P(second {d.second} | first {d.first})", answers=frozenset({"probability"}),
)

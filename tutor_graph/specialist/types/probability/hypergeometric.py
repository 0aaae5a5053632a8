"""超几何分布的均值：不放回地取球 / The hypergeometric mean: balls drawn without replacement."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.probability.givens import read_bag
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Draw:
    """N balls, M of the colour counted by X, n drawn without replacement."""

    N: int
    M: int
    n: int
    shown: tuple[str, str]  # the bag and the draw, as the givens show them


def detect(p: Problem) -> Draw | None:
    """`5 个红球和 3 个白球，不放回地任取 2 个，X 为取到的红球个数，求 E(X)`."""
    if not p.has("不放回", "without replacement") or not p.has("E(X)", "E (X)", "均值", "期望", "expect"):
        return None
    # the bag, how many are drawn, and the colour X counts: objects of the Reading
    found, draw = read_bag(p), count(p, "drawn")
    x = next((m for o in p.objects("random_variable") if (m := re.fullmatch(r"count\((\w+)\)", o["value"]))), None)
    if not (found and draw and x):
        return None
    a, ca, b, cb = found
    colour = x.group(1)
    if colour not in (ca, cb) or draw > a + b or a + b > 40:
        return None
    return Draw(a + b, a if colour == ca else b, draw, (f"{a} {ca}, {b} {cb}", f"draw {draw}"))


def values(d: Draw) -> Values:
    """The distribution P(X = k) = C(M,k)C(N−M,n−k)/C(N,n), its mean, and nM/N."""
    ks = [k for k in range(0, min(d.M, d.n) + 1) if d.n - k <= d.N - d.M]
    ps = [sp.Rational(sp.binomial(d.M, k) * sp.binomial(d.N - d.M, d.n - k), sp.binomial(d.N, d.n)) for k in ks]
    e = sum((k * q for k, q in zip(ks, ps, strict=True)), sp.Integer(0))
    return {
        "N": str(d.N), "M": str(d.M), "n": str(d.n), "NM": str(d.N - d.M), "ks": ",".join(map(str, ks)),
        "table_zh": "，".join(f"$P(X={k})={tex(q)}$" for k, q in zip(ks, ps, strict=True)),
        "table_en": ", ".join(f"$P(X={k})={tex(q)}$" for k, q in zip(ks, ps, strict=True)),
        "table_plain": " 且 ".join(f"C_{{{d.M}}}^{{{k}}}*C_{{{d.N - d.M}}}^{{{d.n - k}}}/C_{{{d.N}}}^{{{d.n}}} = {plain(q)}"
                                  for k, q in zip(ks, ps, strict=True)),
        "sum_plain": " + ".join(f"{k}*({plain(q)})" for k, q in zip(ks, ps, strict=True)),
        "e": tex(e), "e_plain": plain(e),
    }


def reference(d: Draw) -> str:
    """Independent: SymPy's Hypergeometric distribution."""
    from sympy.stats import E, Hypergeometric

    return plain(E(Hypergeometric("X", d.N, d.M, d.n)))


TYPE: ProblemType[Draw] = ProblemType(
    type_id="probability.hypergeometric", module="probability", name="hypergeometric", detect=detect, values=values,
    reference=reference, givens=lambda d: list(d.shown), goal=lambda d: "E(X)", answers=frozenset({"expectation"}),
)

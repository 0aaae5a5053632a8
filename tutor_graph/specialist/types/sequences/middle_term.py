"""等差数列由奇数项的和求中间项 / The middle term of an arithmetic sequence from an odd-length sum."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Middle:
    """S_n = s with n odd, and the middle term a_k, k = (n + 1)/2, asked."""

    n: int
    s: sp.Expr
    k: int


def detect(p: Problem) -> Middle | None:
    """`等差数列 S_9 = 27，求 a_5` and nothing else given."""
    if not p.has("等差", "arithmetic"):
        return None
    g, goal = reading.given_values(p), reading.asked(p)
    sums = [(int(k[2:]), v) for k, v in g.items() if k.startswith("S_")]
    if len(sums) != 1 or any(k.startswith("a_") for k in g) or goal is None or goal[0] != "a" or goal[1] is None:
        return None
    (n, s), k = sums[0], goal[1]
    if n % 2 == 0 or k != (n + 1) // 2:
        return None
    return Middle(n, s, k)


def values(m: Middle) -> Values:
    """The sum, the count of terms and the middle term's value."""
    out: Values = {"n": str(m.n), "k": str(m.k), "km1": str(m.k - 1), "nn2": str(m.n * (m.n - 1) // 2)}
    both(out, "s", m.s)
    both(out, "v", sp.nsimplify(m.s / m.n))
    return out


def reference(m: Middle) -> str:
    """Independent: any arithmetic sequence with this sum; a_k is forced, whatever a_1 is."""
    a1, dd = sp.symbols("a1 dd")
    sol = sp.solve(sp.Eq(m.n * a1 + sp.Rational(m.n * (m.n - 1), 2) * dd, m.s), a1)[0]
    return plain(sp.simplify(sol + (m.k - 1) * dd))


TYPE: ProblemType[Middle] = ProblemType(
    type_id="sequence.middle_term", module="sequences", name="middle_term", detect=detect, values=values,
    reference=reference, givens=lambda m: [f"S_{m.n} = {plain(m.s)}"], goal=lambda m: f"a_{m.k}",
    answers=frozenset({"term"}),
)

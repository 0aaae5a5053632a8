"""由 p^a = q^b = N 求 1/a + 1/b / 1/a + 1/b from p^a = q^b = N."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_GIVEN = re.compile(r"(\d+)\s*\^\s*\{?([a-z])\}?\s*=\s*(\d+)\s*\^\s*\{?([a-z])\}?\s*=\s*(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class EqualPowers:
    """b1^v1 = b2^v2 = n, and 1/v1 + 1/v2 asked."""

    b1: int
    b2: int
    v1: str
    v2: str
    n: sp.Rational
    given: str  # the givens as written


def detect(p: Problem) -> EqualPowers | None:
    """`已知 2^a=3^b=6，求 1/a+1/b`: two integer bases, two letters, a positive value other than 1."""
    # the given chain of equal powers (its formal claim) and the asked sum of reciprocals, as the Reading read them
    m = next((m for claim in p.given_claims if (m := _GIVEN.search(normalise(claim)))), None)
    asked = " ".join(normalise(g["expression"]) for g in p.goals)
    if not m or not re.search(r"1\s*/\s*\(?\s*[a-z]|\(\(1\)/\(([a-z])\)\)", asked):
        return None
    b1, v1, b2, v2, n = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4), sp.nsimplify(m.group(5))
    if v1 == v2 or min(b1, b2) < 2 or n <= 0 or n == 1:
        return None
    return EqualPowers(b1, b2, v1, v2, n, m.group(0))


def values(e: EqualPowers) -> Values:
    """The letters, bases and value, the product of the bases and the asked sum log_N(b1·b2)."""
    out: Values = {"v1": e.v1, "v2": e.v2, "b1": str(e.b1), "b2": str(e.b2), "prod": str(e.b1 * e.b2)}
    both(out, "n", e.n)
    both(out, "value", sp.nsimplify(sp.log(e.b1 * e.b2) / sp.log(e.n)))
    out["n_log"] = tex(e.n)  # the base of log_N as LaTeX
    return out


def reference(e: EqualPowers) -> str:
    """Independent: the exponents as floating-point logarithms, then the sum recognised exactly."""
    a = math.log(float(e.n)) / math.log(e.b1)
    b = math.log(float(e.n)) / math.log(e.b2)
    exact = sp.nsimplify(sp.log(e.b1 * e.b2) / sp.log(e.n))
    return plain(exact) if abs(1 / a + 1 / b - float(exact)) < 1e-12 else "?"


TYPE: ProblemType[EqualPowers] = ProblemType(
    type_id="explog.equal_powers", module="exp_log", name="equal_powers", detect=detect, values=values,
    reference=reference, givens=lambda e: [e.given],
    goal=lambda e: f"1/{e.v1} + 1/{e.v2}", answers=frozenset({"expr"}),
)

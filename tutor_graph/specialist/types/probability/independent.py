"""相互独立事件：至少一个、都发生、恰有一个发生的概率 / Two independent events: at least one, both, exactly one."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import named_probability
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Independent:
    """P(A) = a and P(B) = b for independent A, B; the event asked: at least one, both, or exactly one."""

    a: sp.Expr
    b: sp.Expr
    kind: str  # "atleast", "both" or "one"


def detect(p: Problem) -> Independent | None:
    """`甲、乙独立地各射击一次，命中率分别为 0.8 和 0.7，求目标被击中的概率`."""
    if not p.has("概率", "probability", "命中率", "hit") or not p.has("独立", "independent", "各", "each"):
        return None
    pa, pb = named_probability(p, "P(A)"), named_probability(p, "P(B)")  # the two rates, as the Reading read them
    if not (pa and pb):
        return None
    a, b = try_expr(pa), try_expr(pb)
    if a is None or b is None or not (0 < a < 1 and 0 < b < 1):
        return None
    if p.has("至少", "被击中", "击中目标", "at least one", "is hit"):
        kind = "atleast"
    elif p.has("都", "同时", "both"):
        kind = "both"
    elif p.has("恰有一", "恰好一", "exactly one"):
        kind = "one"
    else:
        return None
    return Independent(sp.nsimplify(a), sp.nsimplify(b), kind)


def values(d: Independent) -> Values:
    """P(Ā), P(B̄), P(AB), P(ĀB̄), P(AB̄)+P(ĀB) and the probability asked."""
    a, b = d.a, d.b
    na, nb = 1 - a, 1 - b
    parts = {"a": a, "b": b, "na": na, "nb": nb, "both": a * b, "none": na * nb, "a_only": a * nb, "b_only": na * b,
             "one": a * nb + na * b, "union": 1 - na * nb}
    v = parts["union" if d.kind == "atleast" else d.kind]
    out: Values = {"atleast": d.kind == "atleast", "both_asked": d.kind == "both", "one_asked": d.kind == "one",
                   "v": tex(v), "v_plain": plain(v)}
    for name, x in parts.items():
        out[name], out[f"{name}_plain"] = tex(x), plain(x)
    return out


def reference(d: Independent) -> str:
    """Independent: the four outcomes of two independent events, added by brute force."""
    total = sp.Integer(0)
    for ha, hb in itertools.product((True, False), repeat=2):
        pr = (d.a if ha else 1 - d.a) * (d.b if hb else 1 - d.b)
        ok = {"atleast": ha or hb, "both": ha and hb, "one": ha != hb}[d.kind]
        total += pr if ok else 0
    return plain(sp.nsimplify(total))


TYPE: ProblemType[Independent] = ProblemType(
    type_id="probability.independent", module="probability", name="independent", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"P(A) = {plain(d.a)}", f"P(B) = {plain(d.b)}"], goal=lambda d: d.kind,
    answers=frozenset({"probability"}), topic="probability_statistics",
)

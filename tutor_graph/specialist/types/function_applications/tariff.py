"""分段计费（起步价加超出部分按单价）求行程 / A two-part tariff: the distance from the fare."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"(\d+(?:\.\d+)?)"
_ZH = re.compile(rf"{_N}\s*(km|千米|公里|吨|度|分钟)\s*以内(?:\(含\s*{_N}\s*\w+\))?\s*收费\s*{_N}\s*元[^\d]{{0,12}}超过.{{0,16}}?"
                 rf"每\s*(?:千米|公里|吨|度|分钟)?\s*(?:收费)?\s*{_N}\s*元")
_EN = re.compile(rf"charges?\s*{_N}\s*yuan for (?:up to|the first)\s*{_N}\s*(km|kilometres|kilometers|tons|minutes)\s*and\s*"
                 rf"{_N}\s*yuan per\s*\w+\s*beyond")
_FARE = re.compile(rf"(?:付费|付了|支付|cost|paid|costs)\s*{_N}\s*(?:元|yuan)?")


@dataclass(frozen=True)
class Tariff:
    """`base` for up to `d0` units, `rate` per unit beyond; `fare` was paid (more than the base)."""

    d0: sp.Expr
    base: sp.Expr
    rate: sp.Expr
    fare: sp.Expr


def detect(p: Problem) -> Tariff | None:
    """`2 km 以内收费 8 元，超过 2 km 的部分每千米收费 1.5 元。某人付费 20 元…`: base, distance, rate and a fare."""
    t = p.text
    m = _ZH.search(t)
    if m:
        d0, base, rate = (sp.nsimplify(m.group(i)) for i in (1, 4, 5))
    else:
        m = _EN.search(t)
        if not m:
            return None
        base, d0, rate = (sp.nsimplify(m.group(i)) for i in (1, 2, 4))
    fare = _FARE.search(t[m.end():])
    if not fare:
        return None
    paid = sp.nsimplify(fare.group(1))
    if paid <= base or rate <= 0:
        return None  # within the base distance the distance is not determined
    return Tariff(d0, base, rate, paid)


def values(s: Tariff) -> Values:
    """The piece the fare falls in, the equation on it and its root; the extra fare and extra distance."""
    extra = s.fare - s.base
    beyond = extra / s.rate
    x = s.d0 + beyond
    return {
        "d0": tex(s.d0), "d0_plain": plain(s.d0), "base": tex(s.base), "base_plain": plain(s.base),
        "rate": tex(s.rate), "rate_plain": plain(s.rate), "fare": tex(s.fare), "fare_plain": plain(s.fare),
        "rule": rf"f(x)=\begin{{cases}}{tex(s.base)}, & 0<x\le {tex(s.d0)}\\ {tex(s.base)}+{tex(s.rate)}(x-{tex(s.d0)}), & x>{tex(s.d0)}\end{{cases}}",
        "x": tex(x), "x_plain": plain(x), "extra": tex(extra), "extra_plain": plain(extra),
        "beyond": tex(beyond), "beyond_plain": plain(beyond),
    }


def reference(s: Tariff) -> str:
    """Independent: SymPy solves f(x) = fare for the whole piecewise rule."""
    fx = sp.Piecewise((s.base, X <= s.d0), (s.base + s.rate * (X - s.d0), True))
    roots = sp.solve(sp.Eq(fx, s.fare), X)
    return plain(roots[0]) if len(roots) == 1 else "?"


TYPE: ProblemType[Tariff] = ProblemType(
    type_id="application.tariff", module="function_applications", name="tariff", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{plain(s.base)} up to {plain(s.d0)}", f"{plain(s.rate)} per unit beyond"],
    goal=lambda s: "distance", answers=frozenset({"distance", "quantity"}),
)

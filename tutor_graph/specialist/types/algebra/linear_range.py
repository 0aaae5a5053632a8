"""由 a、b 的范围求 pa + qb 的范围 / The range of p·a + q·b from the ranges of a and b."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_math, interval_text, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.algebra.values import both, goal_exprs, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

# a given claim `lo < a < hi` (the Reading's, made plain): the math layer parses one relation, not a chain
_RANGE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(<|≤)\s*([a-z])\s*(<|≤)\s*(-?\d+(?:\.\d+)?)\s*")


@dataclass(frozen=True)
class Bound:
    """lo o1 name o2 hi, as given."""

    name: str
    lo: sp.Rational
    o1: str
    hi: sp.Rational
    o2: str


@dataclass(frozen=True)
class LinearRange:
    """Two letters' ranges and the linear form p·a + q·b (no constant term) whose range is asked."""

    bounds: tuple[Bound, Bound]
    e: sp.Expr


def detect(p: Problem) -> LinearRange | None:
    """`已知 1<a<2，-1<b<3，求 2a-b 的取值范围`: two letters' ranges, a linear form of both asked."""
    chains = [m for claim in p.given_claims if (m := _RANGE.fullmatch(normalise(claim)))]
    ranges = {m.group(3): Bound(m.group(3), sp.nsimplify(m.group(1)), m.group(2), sp.nsimplify(m.group(5)), m.group(4))
              for m in chains}
    asked = goal_exprs(p, "range")
    if len(ranges) != 2 or len(asked) != 1:
        return None
    e = asked[0]
    if {s.name for s in e.free_symbols} != set(ranges) or not e.is_polynomial(*e.free_symbols):
        return None
    poly = sp.Poly(e, *e.free_symbols)
    if poly.total_degree() != 1 or poly.coeff_monomial(1) != 0:
        return None
    first, second = ranges.values()
    return LinearRange((first, second), e)


def _symbol(e: sp.Expr, name: str) -> sp.Symbol:
    return next(s for s in e.free_symbols if s.name == name)


def _scaled(b: Bound, c: sp.Expr) -> tuple[sp.Expr, sp.Expr, bool, bool]:
    """The range of c·v: its ends and whether each is open (a negative c swaps them)."""
    lo, hi = sorted((c * b.lo, c * b.hi))
    return (lo, hi, b.o1 == "<", b.o2 == "<") if c > 0 else (lo, hi, b.o2 == "<", b.o1 == "<")


def _answer(r: LinearRange) -> sp.Interval:
    total_lo, total_hi, lo_open, hi_open = sp.Integer(0), sp.Integer(0), False, False
    for b in r.bounds:
        lo, hi, ol, oh = _scaled(b, r.e.coeff(_symbol(r.e, b.name)))
        total_lo, total_hi, lo_open, hi_open = total_lo + lo, total_hi + hi, lo_open or ol, hi_open or oh
    return sp.Interval(total_lo, total_hi, lo_open, hi_open)


def _put(c1: sp.Expr, u: sp.Expr, c2: sp.Expr, w: sp.Expr) -> str:
    """`2*(1) - (3)`: the form with a corner put in, in the order the form is written."""
    def term(c: sp.Expr, v: sp.Expr) -> str:
        return f"({plain(v)})" if abs(c) == 1 else f"{plain(abs(c))}*({plain(v)})"

    return f"{'-' if c1 < 0 else ''}{term(c1, u)} {'-' if c2 < 0 else '+'} {term(c2, w)}"


def values(r: LinearRange) -> Values:
    """Each letter's scaled range, their sum, and the corners of the box where the form is least and largest."""
    out: Values = {"uniform": all(b.o1 == b.o2 for b in r.bounds), "e": tex(r.e), "e_plain": plain(r.e)}
    los, his = [], []
    for i, b in enumerate(r.bounds, 1):
        v = _symbol(r.e, b.name)
        c = r.e.coeff(v)
        lo, hi, ol, oh = _scaled(b, c)
        los.append(lo)
        his.append(hi)
        out[f"v{i}"] = b.name
        out[f"given{i}"] = f"{tex(b.lo)} {rel(b.o1)} {b.name} {rel(b.o2)} {tex(b.hi)}"
        out[f"cv{i}"] = tex(c * v)
        out[f"scaled{i}"] = f"{tex(lo)} {'<' if ol else rel('≤')} {tex(c * v)} {'<' if oh else rel('≤')} {tex(hi)}"
        out[f"claim{i}"] = (f"{plain(b.lo)} {b.o1} {b.name} {b.o2} {plain(b.hi)} \\Rightarrow "
                            f"{plain(lo)} {'<' if ol else '≤'} {plain(c * v)} {'<' if oh else '≤'} {plain(hi)}")
        out[f"negative{i}"] = bool(c < 0)
    total = _answer(r)
    out["answer"] = interval_math(total)
    out["sum_claim"] = (f"{' + '.join(f'({plain(v)})' for v in los)} = {plain(total.start)} 且 "
                        f"{' + '.join(f'({plain(v)})' for v in his)} = {plain(total.end)}")
    both(out, "lo", total.start)
    both(out, "hi", total.end)
    s1, s2 = (_symbol(r.e, b.name) for b in r.bounds)
    corners = {(u, w): r.e.subs({s1: u, s2: w}) for u in (r.bounds[0].lo, r.bounds[0].hi)
               for w in (r.bounds[1].lo, r.bounds[1].hi)}
    for key, pick in (("min", min), ("max", max)):
        (u, w), value = pick(corners.items(), key=lambda kv: kv[1])
        out[f"{key}_at"] = f"({tex(u)}, {tex(w)})"
        out[f"{key}_claim"] = f"{_put(r.e.coeff(s1), u, r.e.coeff(s2), w)} = {plain(value)}"
    out["corners"] = "，".join(f"$({tex(u)}, {tex(w)})$" for u, w in corners)
    out["corners_en"] = ", ".join(f"$({tex(u)}, {tex(w)})$" for u, w in corners)
    out["open_zh"] = "取不到" if total.left_open else "取得到"
    out["open_en"] = "not reached" if total.left_open else "reached"
    return out


def reference(r: LinearRange) -> str:
    """Independent: the extremes of a linear function on the box are at its corners."""
    names = [_symbol(r.e, b.name) for b in r.bounds]
    corners = [r.e.subs({names[0]: u, names[1]: w}) for u in (r.bounds[0].lo, r.bounds[0].hi)
               for w in (r.bounds[1].lo, r.bounds[1].hi)]
    if not all(b.o1 == b.o2 for b in r.bounds):
        return "?"
    opens = any(b.o1 == "<" for b in r.bounds)
    return interval_text(sp.Interval(min(corners), max(corners), opens, opens), latex=False).replace("oo", "+\\infty")


TYPE: ProblemType[LinearRange] = ProblemType(
    type_id="inequality.linear_range", module="algebra", name="linear_range", detect=detect, values=values,
    reference=reference, goal=lambda r: f"range of {plain(r.e)}",
    givens=lambda r: [f"{plain(b.lo)} {b.o1} {b.name} {b.o2} {plain(b.hi)}" for b in r.bounds],
    answers=frozenset({"range"}), topic="inequalities",
)

"""已知 sin α ± cos α 与角的范围求值 / From sin α ± cos α = k and the angle's range, the other combination or sin α cos α."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import (
    angle_in,
    asked_expressions,
    claimed_interval,
    letter_of,
    trig_tex,
)


@dataclass(frozen=True)
class SumGiven:
    """sin a + c·cos a = k with a in iv; target is sin a − c·cos a (±) ("other") or sin a cos a ("product")."""

    a: sp.Symbol
    var: str
    c: int
    k: sp.Expr
    iv: sp.Interval
    target: sp.Expr
    kind: str
    sin: sp.Expr
    cos: sp.Expr
    frag: str


def _pairs(k: sp.Expr, c: int) -> list[tuple[sp.Expr, sp.Expr]]:
    """(sin, cos) with sin + c·cos = k on the unit circle."""
    s = sp.Symbol("s", real=True)
    return [(r, sp.radsimp((k - r) / c)) for r in sp.solve(s**2 + ((k - s) / c)**2 - 1, s)]


def detect(p: Problem) -> SumGiven | None:
    """`已知 sinα+cosα=1/5，α∈(0,π)，求 sinα−cosα` (or sin α cos α): the range picks one angle."""
    claims = [normalise(c) for c in p.given_claims]
    for frag in claims:
        rel = try_relation(frag)
        if rel is None or rel[1] != "=" or rel[2].free_symbols or len(rel[0].free_symbols) != 1:
            continue
        lhs, k = rel[0], rel[2]
        a = next(iter(lhs.free_symbols))
        s_coef, c_coef = lhs.coeff(sp.sin(a)), lhs.coeff(sp.cos(a))
        if s_coef != 1 or c_coef not in (1, -1) or sp.expand(lhs - sp.sin(a) - c_coef * sp.cos(a)) != 0:
            continue
        var = letter_of(a)
        iv = claimed_interval(p, var) if var else None
        if var is None or iv is None or not 0 < abs(k) < sp.sqrt(2):
            return None
        other = sp.sin(a) - c_coef * sp.cos(a)
        targets = [f for f in asked_expressions(p) if (e := try_expr(f)) is not None and e.free_symbols == {a}]
        target = try_expr(targets[0]) if len(targets) == 1 else None
        if target is None:
            return None
        if sp.expand(target - other) == 0 or sp.expand(target + other) == 0:
            kind = "other"
        elif sp.expand(target - sp.sin(a) * sp.cos(a)) == 0:
            kind = "product"
        else:
            return None
        inside = [(x, y) for x, y in _pairs(k, int(c_coef)) if angle_in(sp.atan2(x, y), iv)]
        if len(inside) != 1 or 0 in inside[0]:
            return None  # the interval does not single out one angle's sine and cosine (or α is on an axis)
        return SumGiven(a, var, int(c_coef), k, iv, target, kind, inside[0][0], inside[0][1], frag)
    return None


def values(d: SumGiven) -> Values:
    """The squared relation, sin α cos α, the other combination's square and sign, and the solved pair."""
    a, c, k, v = d.a, d.c, d.k, d.var
    ta = tex(a)
    sign = "+" if c > 0 else "-"
    two_sc = c * (k**2 - 1)  # (sin + c cos)^2 = 1 + 2c sin cos
    other_sq = 1 - c * two_sc
    value_other = sp.sqrt(other_sq) * sp.sign(d.target.subs({sp.sin(a): d.sin, sp.cos(a): d.cos}))
    pairs = _pairs(k, c)
    sin_pos, cos_pos = bool(d.sin > 0), bool(d.cos > 0)
    value_pair = sp.radsimp(sp.expand(d.target.subs({sp.sin(a): d.sin, sp.cos(a): d.cos})))
    subs = {sp.sin(a): sp.Symbol("(" + plain(d.sin) + ")"), sp.cos(a): sp.Symbol("(" + plain(d.cos) + ")")}
    out: Values = {
        "a": ta, "iv": tex(d.iv), "product": d.kind == "product", "other": d.kind == "other",
        "given": f"\\sin{ta}{sign}\\cos{ta}", "k": tex(k), "k2": tex(k**2), "pm": "+" if c > 0 else "-",
        "mp": "-" if c > 0 else "+", "two_sc": tex(two_sc), "sc": tex(two_sc / 2), "other_expr": trig_tex(d.target),
        "other_base": trig_tex(sp.sin(a) - c * sp.cos(a)), "other_sq": tex(other_sq), "value": tex(value_other),
        "sc_sign": "<" if two_sc < 0 else ">", "sin_sign": ">" if sin_pos else "<", "cos_sign": ">" if cos_pos else "<",
        "pairs": " 或 ".join(f"$s={tex(x)},c={tex(y)}$" for x, y in pairs),
        "pairs_en": " or ".join(f"$s={tex(x)}, c={tex(y)}$" for x, y in pairs),
        "sin_v": tex(d.sin), "cos_v": tex(d.cos), "pair_value": tex(value_pair),
        "final": tex(two_sc / 2) if d.kind == "product" else tex(value_other),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "square_claim": f"sin {v} {sign} cos {v} = {plain(k)} ⇒ 2 sin {v} cos {v} = {plain(two_sc)}",
        "half_claim": f"({plain(two_sc)})/2 = {plain(two_sc / 2)}",
        "other_sq_claim": f"1 - ({plain(c * two_sc)}) = {plain(other_sq)}",
        "root_claim": f"({plain(value_other)})^2 = {plain(other_sq)}",
        "system_claim": f"s {'+' if c > 0 else '-'} c = {plain(k)}, s^2 + c^2 = 1 ⇒ "
                        + " 或 ".join(f"s = {plain(x)}, c = {plain(y)}" for x, y in pairs),
        "pair_claim": f"{plain(d.target.subs(subs))} = {plain(value_pair)}",
    }
    return out


def reference(d: SumGiven) -> str:
    """Independent: the auxiliary angle, sin α + c·cos α = √2 sin(α + c·π/4), gives α by arcsine; keep the one
    in the interval and evaluate the target at it."""
    shift, r = d.c * sp.pi / 4, sp.asin(d.k / sp.sqrt(2))
    found = set()
    for base in (r - shift, sp.pi - r - shift):
        if angle_in(base, d.iv):
            found.add(sp.nsimplify(sp.radsimp(sp.simplify(sp.expand_trig(d.target.subs(d.a, base))))))
    return plain(found.pop()) if len(found) == 1 else ""


TYPE: ProblemType[SumGiven] = ProblemType(
    type_id="trig.sum_given", module="trigonometry", name="sum_given", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.frag, f"{d.var} ∈ {interval_text(d.iv, latex=False)}"],
    goal=lambda d: plain(d.target), answers=frozenset({"trig", "expr"}),
)

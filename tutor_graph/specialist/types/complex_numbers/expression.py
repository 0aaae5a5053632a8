"""已知 z，求关于 z 的多项式的模 / The modulus of a polynomial in a given complex number z."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.complex_numbers.number import modulus, modulus_claim
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

Z = sp.Symbol("z")


@dataclass(frozen=True)
class Expression:
    """z = z0 given; |e(z)| asked, e a polynomial of degree at most 3."""

    z0: sp.Expr
    e: sp.Expr


def detect(p: Problem) -> Expression | None:
    """`已知 z=1+i，求 |z^2-2z|`: z from the Reading's complex object, the expression from its goal."""
    z0 = next((try_expr(normalise(o["value"]), real=False) for o in p.objects("complex") if o["name"] == "z" and o["value"]),
              None)
    if z0 is None or z0.free_symbols or not z0.has(sp.I):
        return None
    for g in p.goals:
        m = re.fullmatch(r"\s*\|([^|]+)\|\s*", g["expression"]) if g["kind"] == "value" else None
        asked = m.group(1) if m else g["expression"] if g["kind"] == "modulus" else ""
        e = try_expr(normalise(asked), real=False) if asked else None
        if e is None or e.free_symbols != {Z} or not e.is_polynomial(Z) or sp.degree(e, Z) > 3:
            continue
        return Expression(z0, e)
    return None


def _factors(e: sp.Expr) -> list[sp.Expr]:
    return [f for f in sp.Mul.make_args(sp.factor(e)) if f.has(Z)]


def values(x: Expression) -> Values:
    """The value of the expression and its modulus; the factors and their moduli."""
    z0, e = x.z0, x.e
    v = sp.expand(e.subs(Z, z0))
    m = modulus(v)
    out: Values = {
        "z0": tex(z0), "e": tex(e), "v": tex(v), "mod": tex(m), "mod_claim": modulus_claim(v),
        "v_claim": f"{plain(e.subs(Z, sp.Symbol('(' + plain(z0) + ')')))} = {plain(v)}",
        "final": f"${tex(m)}$",
    }
    factors = _factors(e)
    out["factors"] = len(factors) >= 2
    if len(factors) >= 2:
        values_at = [sp.expand(f.subs(Z, z0)) for f in factors]
        mods = [modulus(w) for w in values_at]
        total = sp.nsimplify(abs(sp.factor(e).as_coeff_Mul()[0]) * sp.Mul(*mods))
        out["factored"] = "".join(f"|{tex(f)}|" for f in factors)
        out["factor_claim"] = f"{plain(e)} = {plain(sp.factor(e))}"
        out["factor_mods"] = "，".join(f"$|{tex(w)}|={tex(mw)}$" for w, mw in zip(values_at, mods, strict=True))
        out["factor_mods_en"] = ", ".join(f"$|{tex(w)}|={tex(mw)}$" for w, mw in zip(values_at, mods, strict=True))
        out["total"] = tex(total)
        out["mods_claim"] = " 且 ".join(modulus_claim(w) for w in values_at)
        out["final_factor"] = f"${tex(total)}$"
    return out


def reference(x: Expression) -> str:
    """Independent: SymPy's absolute value of the substituted expression."""
    return plain(sp.nsimplify(sp.Abs(sp.expand(x.e.subs(Z, x.z0)))))


TYPE: ProblemType[Expression] = ProblemType(
    type_id="complex.expression", module="complex_numbers", name="expression", detect=detect, values=values,
    reference=reference, givens=lambda x: [f"z = {plain(x.z0)}"], goal=lambda x: f"|{plain(x.e)}|",
    answers=frozenset({"abs", "modulus", "expr"}),
)

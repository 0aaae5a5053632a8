"""已知正切值求关于正弦、余弦的齐次式 / A homogeneous expression in sin α and cos α from a given tan α."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import (
    asked_expressions,
    both,
    claim_relations,
    letter_of,
)

_S, _C, _T = sp.symbols("s c T")


@dataclass(frozen=True)
class FromTangent:
    """tan(sym) = t and the target, a quotient of homogeneous polynomials in sin and cos (num / den in s, c)."""

    letter: str
    sym: sp.Symbol
    t: sp.Expr
    target: sp.Expr
    num: sp.Expr
    den: sp.Expr
    deg: int


def detect(p: Problem) -> FromTangent | None:
    """`已知 tanα=2，求 (sinα+cosα)/(sinα−cosα)` or `sinα cosα` (no quadrant: the value does not need one)."""
    if p.has("象限", "quadrant", "∈"):
        return None
    given = [(lhs.args[0], rhs) for lhs, op, rhs in claim_relations(p)
             if op == "=" and isinstance(lhs, sp.tan) and isinstance(lhs.args[0], sp.Symbol)]
    if not given:
        return None
    sym, t = given[0]
    var = letter_of(sym) or sym.name
    if var not in ("α", "β", "θ", "x") or t.free_symbols:
        return None
    target = None
    for asked in asked_expressions(p):
        e = try_expr(asked)
        if e is not None and e.has(sp.sin(sym)) and e.free_symbols == {sym}:
            target = e
            break
    if target is None:
        return None
    in_sc = target.subs({sp.sin(sym): _S, sp.cos(sym): _C})
    if in_sc.has(sym):
        return None
    num, den = sp.fraction(sp.together(in_sc))
    try:
        dn, dd = sp.Poly(num, _S, _C), sp.Poly(den, _S, _C)
    except sp.PolynomialError:
        return None
    if not (dn.is_homogeneous and dd.is_homogeneous) or dn.total_degree() != dd.total_degree():
        if not (dd.total_degree() == 0 and dn.is_homogeneous and dn.total_degree() == 2):
            return None
    return FromTangent(var, sym, t, target, num, den, dn.total_degree())


def values(d: FromTangent) -> Values:
    """The quotient over sin² + cos² (when the denominator is 1), the same in tan α, and the value."""
    s, c, n, t, sym = _S, _C, d.deg, d.t, d.sym
    unit_den = sp.Poly(d.den, s, c).total_degree() == 0
    den = d.den * (s**2 + c**2) if unit_den else d.den  # 1 = sin² + cos² makes the quotient homogeneous
    in_t = sp.simplify(sp.expand(d.num / c**n).subs(s, _T * c) / sp.expand(den / c**n).subs(s, _T * c))
    value = sp.nsimplify(in_t.subs(_T, t))
    back = {s: sp.sin(sym), c: sp.cos(sym)}
    tan_a = sp.tan(sym)
    homog = sp.Mul(d.num.subs(back), sp.Pow(den.subs(back), -1), evaluate=False)
    out: Values = {"unit_den": unit_den, "deg": str(n), "a": "\\" + sym.name if sym.name != "x" else "x",
                   "same_degree": not unit_den}
    for name, expr in (("t", t), ("target", d.target), ("homog", homog), ("in_tan", in_t.subs(_T, tan_a)),
                       ("value", value)):
        both(out, name, expr)
    cc = sp.Symbol("c", nonzero=True)
    replaced = d.target.subs(sp.sin(sym), t * cc).subs(sp.cos(sym), cc)
    shown = d.target.subs({sp.sin(sym): sp.Symbol(f"({plain(t)}*c)"), sp.cos(sym): sp.Symbol("c")})
    out["substituted_plain"] = plain(shown)
    out["in_tan_at_plain"] = plain(in_t.subs(_T, sp.Symbol(f"({plain(t)})")))
    out["cancels"] = not sp.nsimplify(sp.cancel(replaced)).has(cc)
    return out


def reference(d: FromTangent) -> str:
    """Independent: pick the angle atan(t) and evaluate the target exactly."""
    return plain(sp.nsimplify(sp.simplify(d.target.subs(d.sym, sp.atan(d.t)))))


TYPE: ProblemType[FromTangent] = ProblemType(
    type_id="trig.from_tangent", module="trigonometry", name="from_tangent", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"tan {d.letter} = {plain(d.t)}"], goal=lambda d: plain(d.target),
    answers=frozenset({"trig"}),
)

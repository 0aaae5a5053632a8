"""两根的对称式 / A symmetric expression of the two roots of a quadratic equation (Vieta's formulas; the roots
first)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.polys.polyfuncs import symmetrize

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.algebra.values import both, in_x
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

X1, X2 = sp.Symbol("x_1", real=True), sp.Symbol("x_2", real=True)
_S, _P = sp.symbols("S P")


@dataclass(frozen=True)
class Vieta:
    """x_1, x_2 the roots of e(x) = 0 (quadratic), and the symmetric target expression in them."""

    e: sp.Expr
    target: sp.Expr


def detect(p: Problem) -> Vieta | None:
    """`设 x_1,x_2 是方程 x^2-3x+1=0 的两根，求 x_1^2+x_2^2`: the target must be symmetric in x_1, x_2."""
    if not p.has("x_1", "x_{1}") or not p.has("x_2", "x_{2}"):
        return None
    eqs = [(lhs, rhs) for lhs, op, rhs in p.given_relations if op == "=" and (lhs - rhs).free_symbols == {X}]
    if len(eqs) != 1:
        return None
    e = sp.expand(eqs[0][0] - eqs[0][1])
    if not e.is_polynomial(X) or sp.degree(e, X) != 2:
        return None
    target = None
    for goal in p.goals:  # the asked expression: the first one in x_1, x_2 only
        t = try_expr(normalise(goal["expression"])) if goal["expression"] else None
        if t is not None and t.free_symbols and t.free_symbols <= {X1, X2}:
            target = t
            break
    if target is None or sp.expand(target - target.subs({X1: X2, X2: X1}, simultaneous=True)) != 0:
        return None
    return Vieta(e, target)


def in_sum_product(target: sp.Expr) -> sp.Expr:
    """A symmetric rational expression of x_1, x_2 rewritten through S = x_1 + x_2 and P = x_1 x_2.

    >>> in_sum_product(X1**2 + X2**2)
    -2*P + S**2
    """
    num, den = sp.fraction(sp.together(target))

    def poly_sp(e: sp.Expr) -> sp.Expr:
        sym, rest, mapping = symmetrize(sp.expand(e), X1, X2, formal=True)
        if rest != 0:
            raise ValueError("not symmetric")
        return sym.subs({s_: (_S if v == X1 + X2 else _P) for s_, v in mapping})

    return sp.simplify(poly_sp(num) / poly_sp(den))


def _sum_product_tex(e: sp.Expr) -> str:
    """The target through S and P as a textbook prints it, powers of S first: (x_1+x_2)^2 - 2x_1x_2."""
    num, den = sp.fraction(sp.together(e))

    def part(q: sp.Expr) -> str:
        if q == _S:
            return "x_1+x_2"
        text = in_x(q, _S) if _S in q.free_symbols and q.is_polynomial(_S) else tex(q)
        return text.replace("S", r"\left(x_1+x_2\right)").replace("P", "x_1x_2")

    return part(num) if den == 1 else f"\\frac{{{part(num)}}}{{{part(den)}}}"


def values(v: Vieta) -> Values:
    """The sum and product of the roots, the target through them, the discriminant, and the roots themselves."""
    a, b, c = sp.Poly(v.e, X).all_coeffs()
    s, prod = sp.nsimplify(-b / a), sp.nsimplify(c / a)
    disc = b**2 - 4 * a * c
    out: Values = {"e": in_x(v.e, X), "target": tex(v.target), "two_real": bool(disc >= 0)}
    for name, e in (("a", a), ("b", b), ("c", c), ("s", s), ("p", prod), ("disc", disc)):
        both(out, name, e)
    out["disc_sign"] = ">" if disc > 0 else ("=" if disc == 0 else "<")
    out["disc_claim"] = f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}"
    out["sum_product_claim"] = f"-({plain(b)})/({plain(a)}) = {plain(s)} 且 ({plain(c)})/({plain(a)}) = {plain(prod)}"
    in_sp = in_sum_product(v.target)
    out["in_sp"] = _sum_product_tex(in_sp)
    out["in_sp_claim"] = f"{plain(v.target)} = {plain(in_sp.subs({_S: X1 + X2, _P: X1 * X2}))}"
    value = sp.nsimplify(sp.simplify(in_sp.subs({_S: s, _P: prod})))
    both(out, "value", value)
    out["answer"] = f"${tex(value)}$"
    out["substitute_claim"] = (f"{plain(in_sp.subs({_S: sp.Symbol(f'({plain(s)})'), _P: sp.Symbol(f'({plain(prod)})')}))}"
                               f" = {plain(value)}")
    if out["two_real"] and disc > 0:
        r1, r2 = sorted(sp.roots(sp.Poly(v.e, X)), key=float)
        both(out, "r1", r1)
        both(out, "r2", r2)
        out["roots_claim"] = f"{plain(v.e)} = 0 \\Rightarrow x = {plain(r1)} 或 x = {plain(r2)}"
        out["direct_claim"] = (f"{plain(v.target.subs({X1: sp.Symbol('(' + plain(r1) + ')'), X2: sp.Symbol('(' + plain(r2) + ')')}))}"
                               f" = {plain(value)}")
    out["distinct"] = bool(disc > 0)
    return out


def reference(v: Vieta) -> str:
    """Independent: the target at SymPy's roots of e (complex roots allowed)."""
    roots = list(sp.roots(sp.Poly(v.e, X)).keys())
    r1, r2 = (roots * 2)[:2] if len(roots) == 1 else roots[:2]
    return f"${tex(sp.nsimplify(sp.simplify(v.target.subs({X1: r1, X2: r2}))))}$"


TYPE: ProblemType[Vieta] = ProblemType(
    type_id="quadratic.vieta", module="algebra", name="vieta", detect=detect, values=values, reference=reference,
    givens=lambda v: [f"{plain(v.e)} = 0"], goal=lambda v: plain(v.target), answers=frozenset({"expr"}),
    topic="quadratics",
)

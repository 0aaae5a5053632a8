"""实系数一元二次方程的一个虚根已知，求系数 / Real coefficients of a quadratic from one complex root."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

X = sp.Symbol("x", real=True)


@dataclass(frozen=True)
class RealRoot:
    """x² + p x + q = 0 (`f`, monic, two real parameters) with the non-real root `z0`."""

    f: sp.Expr
    z0: sp.Expr
    params: tuple[sp.Symbol, sp.Symbol]


def detect(p: Problem) -> RealRoot | None:
    """`已知 1+i 是关于 x 的实系数方程 x^2+px+q=0 的一个根，求 p,q`."""
    if not p.has("实系数", "real coefficients", "real p", "real numbers p"):
        return None
    root = next(iter(p.objects("root")), None)  # "1+i 是方程 x^2+px+q=0 的一个根": the root and its equation
    eq = try_relation(root["value"]) if root else None
    if root is None or eq is None or eq[1] != "=" or X not in (eq[0] - eq[2]).free_symbols:
        return None
    z0 = try_expr(root["name"])
    f = sp.expand(eq[0] - eq[2])
    params = sorted(f.free_symbols - {X}, key=lambda s: s.name)
    if z0 is None or sp.im(z0) == 0 or not f.is_polynomial(X) or sp.degree(f, X) != 2 or len(params) != 2:
        return None
    if sp.Poly(f, X).LC() != 1:
        return None
    return RealRoot(f, z0, (params[0], params[1]))


def _answer(r: RealRoot, sol: dict[sp.Symbol, sp.Expr], sep: str) -> str:
    return sep.join(f"${s.name}={tex(sol[s])}$" for s in r.params)


def values(r: RealRoot) -> Values:
    """Both methods: f(z0) split into real and imaginary parts; the conjugate root and Vieta."""
    f, z0 = r.f, r.z0
    val = sp.expand(f.subs(X, z0))
    re_, im_ = sp.re(val), sp.im(val)
    sol = sp.solve([re_, im_], list(r.params), dict=True)[0]
    w = sp.conjugate(z0)
    s, t = sp.expand(z0 + w), sp.expand(z0 * w)
    poly = sp.Poly(f, X)
    b, c = poly.coeff_monomial(X), poly.coeff_monomial(1)
    vieta = sp.solve([sp.Eq(-b, s), sp.Eq(c, t)], list(r.params), dict=True)[0]
    names = ", ".join(f"{p_.name} = {plain(sol[p_])}" for p_ in r.params)
    vieta_names = ", ".join(f"{p_.name} = {plain(vieta[p_])}" for p_ in r.params)
    return {
        "z0": tex(z0), "w": tex(w), "f": tex(f), "re": tex(re_), "im": tex(im_), "s": tex(s), "t": tex(t),
        "neg_b": tex(-b), "c": tex(c), "p": tex(r.params[0]), "q": tex(r.params[1]),
        "sub_claim": f"{plain(f.subs(X, sp.Symbol('(' + plain(z0) + ')')))} = ({plain(re_)}) + ({plain(im_)})*i",
        "parts_claim": f"{plain(re_)} = 0, {plain(im_)} = 0 \\Rightarrow {names}",
        "conj_claim": f"\\overline{{{plain(z0)}}} = {plain(w)}",
        "vieta_claim": f"({plain(z0)}) + ({plain(w)}) = {plain(s)} 且 ({plain(z0)})*({plain(w)}) = {plain(t)}",
        "match_claim": f"-({plain(b)}) = {plain(s)}, {plain(c)} = {plain(t)} \\Rightarrow {vieta_names}",
        "sol": _answer(r, sol, "，"), "sol_en": _answer(r, sol, ", "),
        "vieta_sol": _answer(r, vieta, "，"), "vieta_sol_en": _answer(r, vieta, ", "),
    }


def reference(r: RealRoot) -> tuple[str, str]:
    """Independent: SymPy solves f(x) = 0 as a polynomial with the given root's conjugate pair as roots."""
    pair = sp.expand((X - r.z0) * (X - sp.conjugate(r.z0)))
    sol = sp.solve(sp.Poly(sp.expand(r.f - pair), X).coeffs(), list(r.params), dict=True)
    if len(sol) != 1:
        return "?", "?"
    return _answer(r, sol[0], "，"), _answer(r, sol[0], ", ")


TYPE: ProblemType[RealRoot] = ProblemType(
    type_id="complex.real_coefficients", module="complex_numbers", name="real_coefficients", detect=detect,
    values=values, reference=reference, givens=lambda r: [f"{plain(r.f)} = 0", f"root {plain(r.z0)}"],
    goal=lambda r: ", ".join(s.name for s in r.params), answers=frozenset({"unknown"}),
)

"""含 |z| 与 z 的一次方程 α|z| + βz = w，求 z / A linear equation in z and its modulus, α|z| + βz = w."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_A, _B = sp.symbols("a b", real=True)
_R = sp.Symbol("r", nonnegative=True)
_M = sp.Symbol("M")  # stands for |z| while the equation is read


@dataclass(frozen=True)
class ModulusEquation:
    """α|z| + βz = w (α, β rational, w = c + di) with exactly one solution z, |z| = r."""

    alpha: sp.Expr
    beta: sp.Expr
    w: sp.Expr
    r: sp.Expr
    z: sp.Expr
    given: str


def _roots(alpha: sp.Expr, beta: sp.Expr, c: sp.Expr, d: sp.Expr) -> list[sp.Expr]:
    """The moduli r ≥ 0 with |w − αr| = |β| r, i.e. (c − αr)² + d² = β² r²."""
    return [r for r in sp.solve(sp.expand((c - alpha * _R) ** 2 + d**2 - beta**2 * _R**2), _R) if r.is_nonnegative]


def detect(p: Problem) -> ModulusEquation | None:
    """`已知复数 z 满足 |z|+z=1+3i，求 z`."""
    if not p.has("复数", "complex") or p.has("共轭", "conjugate", "bar", "overline"):
        return None
    if not p.goals or any(g["kind"] not in ("value", "solve") or g["expression"].strip() != "z" for g in p.goals):
        return None  # z itself is asked
    if len(p.read_relations) != 1 or p.read_relations[0][1] != "=":
        return None
    lhs, _, rhs = p.read_relations[0]
    z = next((s for s in (lhs - rhs).free_symbols if s.name == "z"), None)
    if z is None or (lhs - rhs).free_symbols != {z}:
        return None
    e = sp.expand((lhs - rhs).subs(sp.Abs(z), _M))
    if e.has(sp.Abs) or not e.is_polynomial(z, _M) or sp.Poly(e, z, _M).total_degree() != 1:
        return None
    alpha, beta, w = e.coeff(_M), e.coeff(z), -e.subs({_M: 0, z: 0})
    if not (alpha.is_Rational and beta.is_Rational and alpha != 0 and beta != 0) or w.free_symbols:
        return None
    c, d = sp.re(w), sp.im(w)
    if not (c.is_Rational and d.is_Rational):
        return None
    roots = _roots(alpha, beta, c, d)
    if len(roots) != 1:
        return None  # no solution or two: a different question
    r = roots[0]
    return ModulusEquation(alpha, beta, w, r, sp.expand((w - alpha * r) / beta), f"{plain(lhs)} = {plain(rhs)}")


def values(m: ModulusEquation) -> Values:
    """Both methods: a, b from the parts; r = |z| from |w − αr| = |β| r; the check in the equation."""
    alpha, beta, w, r, z0 = m.alpha, m.beta, m.w, m.r, m.z
    c, d = sp.re(w), sp.im(w)
    b0 = d / beta
    a0 = sp.re(z0)
    real = alpha * sp.sqrt(_A**2 + b0**2) + beta * _A
    zr = sp.expand((w - alpha * _R) / beta)
    bars = tex(alpha * sp.Symbol("|z|") + beta * sp.Symbol("z"))
    return {
        "equation": f"{bars}={tex(w)}", "w": tex(w), "c": tex(c), "d": tex(d), "z": tex(z0), "r": tex(r),
        "a0": tex(a0), "b0": tex(b0), "im_eq": f"{tex(beta * _B)}={tex(d)}",
        "re_eq": f"{tex(alpha * sp.sqrt(_A**2 + _B**2) + beta * _A)}={tex(c)}", "real_eq": f"{tex(real)}={tex(c)}",
        "b_claim": f"{plain(beta * _B)} = {plain(d)} \\Rightarrow b = {plain(b0)}" if beta != 1 else "",
        "a_claim": f"{plain(real)} = {plain(c)} \\Rightarrow a = {plain(a0)}",
        "z_claim": f"({plain(a0)}) + ({plain(b0)})*i = {plain(z0)}",
        "check_claim": f"{plain(alpha)}*|{plain(z0)}| + ({plain(beta)})*({plain(z0)}) = {plain(w)}",
        "zr": tex(zr),
        "r_eq": (f"\\left(\\frac{{{tex(c - alpha * _R)}}}{{{tex(beta)}}}\\right)^2+"
                 f"\\left(\\frac{{{tex(d)}}}{{{tex(beta)}}}\\right)^2=r^2") if beta != 1 else
                f"({tex(c - alpha * _R)})^2+{tex(d)}^2=r^2" if d >= 0 else f"({tex(c - alpha * _R)})^2+({tex(d)})^2=r^2",
        "r_claim": f"({plain(c - alpha * _R)})^2 + ({plain(d)})^2 = ({plain(beta)})^2*r^2 \\Rightarrow r = {plain(r)}",
        "back_claim": f"({plain(w)} - ({plain(alpha)})*({plain(r)}))/({plain(beta)}) = {plain(z0)}",
    }


def reference(m: ModulusEquation) -> str:
    """Independent: SymPy solves the real and imaginary parts for real a, b and keeps the solutions that check."""
    c, d = sp.re(m.w), sp.im(m.w)
    eqs = [m.alpha * sp.sqrt(_A**2 + _B**2) + m.beta * _A - c, m.beta * _B - d]
    found = []
    for sol in sp.solve(eqs, [_A, _B], dict=True):
        z = sol[_A] + sol[_B] * sp.I
        if sp.simplify(m.alpha * sp.Abs(z) + m.beta * z - m.w) == 0:
            found.append(sp.expand(z))
    return plain(found[0]) if len(found) == 1 else "?"


TYPE: ProblemType[ModulusEquation] = ProblemType(
    type_id="complex.modulus_equation", module="complex_numbers", name="modulus_equation", detect=detect,
    values=values, reference=reference, givens=lambda m: [m.given], goal=lambda m: "z", answers=frozenset({"unknown"}),
)

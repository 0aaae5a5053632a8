"""What the equation types in one unknown share: reading the one equation `lhs = rhs` of a problem and telling
its kind (linear, quadratic, higher degree, fractional), as `equations.py` read it before the move."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.detecting import polynomial
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, roots_text, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.algebra.values import in_x
from tutor_graph.specialist.types.template import Values

NO_REAL = ("无实数根", "no real roots")
# questions about the roots (Vieta: x_1, x_2), not "solve": `vieta` reads those (words, not parameters)
_ABOUT_ROOTS = ("x_1", "x_2", "x_{1}", "x_{2}", "两根", "两个根", "the root x", "the roots x")


@dataclass(frozen=True)
class OneEquation:
    """The equation `lhs = rhs` in the one letter x, and its kind."""

    x: sp.Symbol
    lhs: sp.Expr
    rhs: sp.Expr
    kind: str  # "linear", "quadratic", "higher", "fractional"

    def original(self) -> str:
        """The equation as the checker reads it."""
        return f"{plain(self.lhs)} = {plain(self.rhs)}"

    def general(self) -> sp.Expr:
        """lhs − rhs with integer coefficients and a positive leading coefficient (polynomial kinds)."""
        return general_form(self.lhs - self.rhs, self.x)


def general_form(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """`expr` scaled to integer coefficients with a positive leading coefficient.

    >>> x = sp.Symbol("x")
    >>> general_form(-x**2/2 + x/3 - 1, x)
    3*x**2 - 2*x + 6
    """
    poly = sp.Poly(sp.expand(expr), x)
    lcm = sp.ilcm(*[sp.Rational(c).q for c in poly.all_coeffs()])
    general = sp.expand(expr * lcm)
    return -general if sp.Poly(general, x).LC() < 0 else general


def real_roots(expr: sp.Expr, x: sp.Symbol) -> list[sp.Expr]:
    """The distinct real roots of a small polynomial (degree ≤ 4), simplified and sorted; no method's working."""
    return sorted({sp.nsimplify(sp.radsimp(r)) if r.is_Rational else sp.radsimp(r)
                   for r in sp.roots(sp.Poly(expr, x)) if r.is_real}, key=lambda r: float(r))


def biquadratic(general: sp.Expr, x: sp.Symbol) -> bool:
    """ax⁴ + bx² + c: a quadratic in x² (换元 t = x²)."""
    poly = sp.Poly(general, x)
    return poly.degree() == 4 and all(poly.coeff_monomial(x**k) == 0 for k in (1, 3))


def _squashed(formula: str) -> str:
    return re.sub(r"\s+|\$", "", formula)


def written_equations(p: Problem) -> list[tuple[sp.Expr, sp.Expr]]:
    """The equations with unknowns the Reading states as written: the asked one (解方程 …) and the givens whose
    claim is their own text ("若 2x+3=7"), not a claim the reader derived from words (a ⊥ b, 纯虚数, 渐近线 …),
    which belongs to another type; definitions (`f(x)=…`, `y=…`, `a_1=2`) left out as `detecting.equations` does."""
    written = [g["claim"] for g in p.reading["givens"] if g["claim"] and _squashed(g["claim"]) == _squashed(g["text"])]
    relations = [*p.goal_relations, *(rel for claim in written if (rel := try_relation(normalise(claim))) is not None)]
    out = []
    for lhs, op, rhs in relations:
        if op != "=" or isinstance(lhs, sp.Symbol) and (lhs.name == "y" or "_" in lhs.name or not rhs.free_symbols):
            continue
        if lhs.atoms(sp.core.function.AppliedUndef) or not (lhs - rhs).free_symbols:
            continue
        out.append((lhs, rhs))
    return out


def read(p: Problem, kind: str) -> OneEquation | None:
    """The problem's one equation in one letter when it is of `kind`, else None."""
    if p.has(*_ABOUT_ROOTS):
        return None
    eqs = written_equations(p)
    unknowns = (eqs[0][0] - eqs[0][1]).free_symbols if len(eqs) == 1 else set()
    if len(unknowns) != 1:
        return None
    lhs, rhs, x = eqs[0][0], eqs[0][1], unknowns.pop()
    diff = sp.together(lhs - rhs)
    num, den = sp.fraction(diff)
    if den.free_symbols:
        if polynomial(num, x, 2) is None or polynomial(den, x, 4) is None:
            return None
        found_kind = "fractional"
    else:
        if polynomial(diff, x) is None:
            return None
        general = general_form(diff, x)
        degree = sp.Poly(general, x).degree()
        found_kind = {1: "linear", 2: "quadratic"}.get(degree, "higher")
        if found_kind == "higher" and not any(r.is_Rational for r in sp.roots(sp.Poly(general, x))) \
                and not biquadratic(general, x):
            return None  # no trial root and no substitution: not ours
    return OneEquation(x, lhs, rhs, found_kind) if found_kind == kind else None


def implies(general: sp.Expr, x: sp.Symbol, roots: list[sp.Expr]) -> str:
    """The claim `p = 0 ⇒ x = r1 或 x = r2` in the math layer's form."""
    return f"{plain(general)} = 0 \\Rightarrow {roots_text(x.name, roots, 'zh')}"


def answer(x: sp.Symbol, roots: list[sp.Expr]) -> tuple[str, str]:
    """`$x=2$ 或 $x=3$` / `$x=2$ or $x=3$`, or that there is no real root."""
    return (roots_math(x.name, roots, "zh"), roots_math(x.name, roots, "en")) if roots else NO_REAL


def reference(d: OneEquation) -> tuple[str, str]:
    """Independent: the real roots of lhs − rhs from SymPy's `roots` (polynomial kinds)."""
    return answer(d.x, real_roots(d.lhs - d.rhs, d.x))


def general_values(d: OneEquation, out: Values) -> None:
    """The general form p(x) = 0, whether the problem already wrote it so, and the claim that rewrites it."""
    general = d.general()
    out["x"] = d.x.name
    out["equation"] = f"{tex(d.lhs)}={tex(d.rhs)}"
    out["general"] = in_x(general, d.x)
    out["general_plain"] = plain(general)
    out["rewrite"] = not (d.rhs == 0 and sp.expand(d.lhs - general) == 0)
    out["general_claim"] = f"{d.original()} \\Leftrightarrow {plain(general)} = 0"

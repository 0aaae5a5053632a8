"""二次不等式恒成立求参数 / A quadratic inequality with a parameter that holds for every real x: the range of
the parameter (the discriminant; the extreme value by completing the square)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, interval_math, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.algebra.root_condition import param_quadratic
from tutor_graph.specialist.types.algebra.values import both, in_x, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ALWAYS = ("恒成立", "对一切", "对任意", "for all", "for every", "for any real", "always")


@dataclass(frozen=True)
class Always:
    """`e op 0` for every real x: the quadratic e in x, the order sign and the parameter."""

    e: sp.Expr
    op: str
    par: sp.Symbol


def detect(p: Problem) -> Always | None:
    """`若 x^2-ax+4≥0 对一切实数 x 恒成立，求 a 的取值范围` (the leading coefficient a number of the right sign)."""
    if not p.has(*_ALWAYS):
        return None
    found = param_quadratic(p, ("≥", ">", "≤", "<"))
    if found is None:
        return None
    e, op, par = found
    a = sp.Poly(e, X).LC()
    if a.free_symbols or a == 0:
        return None
    if (a < 0) != (op in ("≤", "<")):
        return None  # an upward parabola cannot stay below 0: nothing to find
    return Always(e, op, par)


def _answer(s: sp.Set) -> str:
    if isinstance(s, sp.FiniteSet):
        return " 或 ".join(dollar(v) for v in sorted(s, key=float))
    return interval_math(s)


def _factor(v: sp.Expr) -> str:
    """A coefficient as a factor in a product: brackets around a sum or a negative value."""
    shown = in_x(v, next(iter(v.free_symbols))) if v.free_symbols else tex(v)
    return f"\\left({shown}\\right)" if isinstance(v, sp.Add) or v.could_extract_minus_sign() else shown


def values(d: Always) -> Values:
    """The discriminant and its condition; the completed square and its extreme value; the range found."""
    e, op, par = d.e, d.op, d.par
    a, b, c = sp.Poly(e, X).all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    dop = "<" if op in (">", "<") else "≤"
    s = sp.solveset(disc < 0 if dop == "<" else disc <= 0, par, sp.S.Reals)
    h, k = -b / (2 * a), sp.expand(c - b**2 / (4 * a))
    out: Values = {"par": par.name, "e": in_x(e, X), "e_plain": plain(e), "op": rel(op), "dop": rel(dop),
                   "upward": bool(a > 0), "answer": _answer(s), "answer_en": _answer(s).replace(" 或 ", " or "),
                   "range_zh": relation_math(s, par.name, "zh"), "range_en": relation_math(s, par.name, "en")}
    both(out, "disc", disc)
    for name, v in (("a", a), ("b", b), ("c", c), ("k", k)):
        both(out, name, v)
    out["disc_claim"] = f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}"
    out["disc_range_claim"] = f"{plain(disc)} {dop} 0 \\Leftrightarrow {relation_text(s, par.name)}"
    lead = "" if a == 1 else "-" if a == -1 else tex(a)
    shown_k = in_x(k, par) if k.free_symbols else tex(k)
    out["k"] = shown_k  # descending powers of the parameter: `- \frac{1}{4} a^{2} + 4`
    out["disc"] = in_x(disc, par) if disc.free_symbols else tex(disc)
    out["disc_sub"] = f"{_factor(b)}^{{2}}-4\\times {_factor(a)}\\times {_factor(c)}"  # b² − 4ac, numbers put in
    out["square"] = f"{lead}\\left({in_x(X - h, X)}\\right)^{{2}}" + (
        "" if k == 0 else f" {shown_k}" if shown_k.startswith("-") else f" + {shown_k}")
    out["square_claim"] = f"{plain(e)} = {plain(a)}*({plain(X - h)})^2 + ({plain(k)})"
    out["k_range_claim"] = f"{plain(k)} {op} 0 \\Leftrightarrow {relation_text(s, par.name)}"
    return out


def reference(d: Always) -> str:
    """Independent: the extreme value over x by calculus (f' = 0), compared with 0."""
    x0 = sp.solve(sp.diff(d.e, X), X)[0]
    extreme = sp.expand(d.e.subs(X, x0))
    holds = {"≥": extreme >= 0, ">": extreme > 0, "≤": extreme <= 0, "<": extreme < 0}[d.op]
    return _answer(sp.solveset(holds, d.par, sp.S.Reals))


TYPE: ProblemType[Always] = ProblemType(
    type_id="quadratic.always", module="algebra", name="always", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{plain(d.e)} {d.op} 0"], goal=lambda d: f"range of {d.par}",
    answers=frozenset({"range"}), topic="quadratics",
)

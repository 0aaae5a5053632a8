"""含 |x| 的函数求全部零点 / All zeros of a function of x and |x|: cases on the sign of x, or (for an even
function) the substitution t = |x|."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import T, X, definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class AbsZeros:
    """f(x), a polynomial of degree ≤ 2 in x and |x| (|x| its only absolute value), with finitely many zeros."""

    f: sp.Expr
    zeros: tuple[sp.Expr, ...]
    even: bool  # f(−x) = f(x): then f is a polynomial in |x| alone


def detect(p: Problem) -> AbsZeros | None:
    """`求函数 f(x)=x^2-4|x|+3 的所有零点`: the old `zero_count.detect_abs_zeros`, unchanged."""
    if not p.has("零点", "zeros", "zero of", "roots of"):
        return None
    d = definition(p)
    if d is None:
        return None
    f = d[2].subs(d[1], X)
    if sp.Abs(X) not in f.atoms(sp.Abs) or f.atoms(sp.Abs) != {sp.Abs(X)}:
        return None
    g = f.subs(sp.Abs(X), T)
    if not g.is_polynomial(X, T) or sp.Poly(g, X, T).total_degree() > 2:
        return None
    zeros = solve_inequality(f, "=", X)
    if not isinstance(zeros, sp.FiniteSet) or not zeros:
        return None
    even = sp.expand(f.subs(X, -X) - f) == 0
    return AbsZeros(f, tuple(sorted(zeros)), bool(even))


def _case(f: sp.Expr, sign: int) -> Values:
    """One case: |x| replaced by ±x, the equation, its roots and those inside the case."""
    g = sp.expand(f.subs(sp.Abs(X), sign * X))
    roots = sorted(solve_inequality(g, "=", X)) if g.has(X) else []
    kept = [s for s in roots if (s >= 0 if sign > 0 else s < 0)]
    dropped = [s for s in roots if s not in kept]
    key, cond = ("pos", "≥") if sign > 0 else ("neg", "<")
    found = " 或 ".join(f"x = {plain(s)}" for s in kept)
    zh = roots_math("x", kept, "zh") if kept else "这一类无解"
    en = roots_math("x", kept, "en") if kept else "no solution in this case"
    if dropped:
        zh += "（" + "，".join(f"$x={tex(s)}$" for s in dropped) + " 不在此范围内，舍去）"
        en += " (" + ", ".join(f"$x={tex(s)}$" for s in dropped) + " is outside this case, rejected)"
    return {f"{key}_eq": tex(g), f"{key}_roots": zh, f"{key}_roots_en": en,
            f"{key}_claim": f"{plain(g)} = 0 且 x {cond} 0 \\Rightarrow {found}" if kept else ""}


def values(d: AbsZeros) -> Values:
    """Both cases of the sign of x; for an even f the equation in t = |x|, its roots t ≥ 0 and the x they give."""
    f = d.f
    out: Values = {"f": tex(f), "f_plain": plain(f), "even": d.even,
                   "zeros": roots_math("x", d.zeros, "zh"), "zeros_en": roots_math("x", d.zeros, "en")}
    out.update(_case(f, 1))
    out.update(_case(f, -1))
    if d.even:
        g = sp.expand(f.subs(sp.Abs(X), T).subs(X**2, T**2))
        ts = sorted(s for s in solve_inequality(g, "=", T) if s >= 0)
        dropped = sorted(s for s in solve_inequality(g, "=", T) if s < 0)
        out.update({
            "t_eq": tex(g), "ts": ", ".join(tex(v) for v in ts),
            "t_dropped": ("，" + "，".join(f"$t={tex(v)}$" for v in dropped) + " 舍去") if dropped else "",
            "t_dropped_en": ("; " + ", ".join(f"$t={tex(v)}$" for v in dropped) + " rejected") if dropped else "",
            "t_claim": f"{plain(g)} = 0 且 t ≥ 0 \\Rightarrow " + " 或 ".join(f"t = {plain(v)}" for v in ts),
            "x_claim": " 且 ".join(f"|{plain(s)}| = {plain(abs(s))}" for s in sorted({s for v in ts for s in (v, -v)})),
        })
    return out


def reference(d: AbsZeros) -> tuple[str, str]:
    """Independent: SymPy's solveset on the whole equation (it splits |x| itself)."""
    s = sp.solveset(sp.Eq(d.f, 0), X, sp.S.Reals)
    return roots_text("x", s, "zh"), roots_text("x", s, "en")


TYPE: ProblemType[AbsZeros] = ProblemType(
    type_id="function.abs_zeros", module="functions", name="abs_zeros", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"f(x) = {plain(d.f)}"], goal=lambda d: "all zeros",
    answers=frozenset({"zero"}),
)

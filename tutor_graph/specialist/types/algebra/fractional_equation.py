"""分式方程 / Fractional equations in one unknown (clearing denominators, then checking for extraneous roots)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.algebra.equation_reading import (
    OneEquation,
    answer,
    implies,
    read,
    real_roots,
)
from tutor_graph.specialist.types.algebra.values import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

NO_SOLUTION = ("原方程无解", "the equation has no solution")


def detect(p: Problem) -> OneEquation | None:
    """`解方程 1/(x-1) = 2/(x+1)`: one equation in one letter with the unknown in a denominator."""
    return read(p, "fractional")


def values(d: OneEquation) -> Values:
    """The polynomial equation after clearing the common denominator, its roots, and which of them are kept."""
    x, lhs, rhs = d.x, d.lhs, d.rhs
    # the lowest common denominator: the lcm of each term's denominator (together() alone can repeat a factor,
    # x/(x-1) and 2/(x^2-1) would give (x-1)(x^2-1))
    terms = [t for side in (lhs, rhs) for t in sp.Add.make_args(side)]
    den = sp.expand(sp.lcm_list([sp.denom(sp.together(t)) for t in terms]))
    sign = 1
    cleared = sp.expand(sp.cancel((lhs - rhs) * den))
    if sp.Poly(cleared, x).LC() < 0:
        sign, cleared = -1, -cleared
    cands = real_roots(cleared, x)
    good = [r for r in cands if den.subs(x, r) != 0]
    bad = [r for r in cands if den.subs(x, r) == 0]
    out: Values = {"x": x.name, "equation": f"{tex(lhs)}={tex(rhs)}", "has_candidates": bool(cands),
                   "extraneous": bool(bad)}
    both(out, "cleared", cleared)
    out["den"] = tex(sp.factor(den))
    # an identity on the domain (checkable even when the equation has no solution)
    side = f"{plain(lhs)} - ({plain(rhs)})" if sign == 1 else f"{plain(rhs)} - ({plain(lhs)})"
    out["cleared_claim"] = f"({side})*({plain(den)}) = {plain(cleared)}"
    out["candidates"] = " 或 ".join(f"${x}={tex(r)}$" for r in cands) or "无实数根"
    out["candidates_en"] = " or ".join(f"${x}={tex(r)}$" for r in cands) or "no real roots"
    out["candidates_claim"] = implies(cleared, x, cands) if cands else ""
    bad_text = ", ".join(tex(r) for r in bad)
    out["bad_zh"] = f"${x}={bad_text}$ 是增根，舍去" if bad else "没有增根"
    out["bad_en"] = f"${x}={bad_text}$ is extraneous and is discarded" if bad else "no root is extraneous"
    # the check: the common denominator at each candidate (0 marks an extraneous root)
    out["check"] = "，".join(f"${x}={tex(r)}$ 时 ${tex(sp.factor(den))}={tex(den.subs(x, r))}$" for r in cands)
    out["check_en"] = ", ".join(f"at ${x}={tex(r)}$, ${tex(sp.factor(den))}={tex(den.subs(x, r))}$" for r in cands)
    out["check_claim"] = " 且 ".join(f"{plain(den.subs(x, paren(r)))} = {plain(den.subs(x, r))}" for r in cands)
    out["answer"], out["answer_en"] = answer(x, good) if good else NO_SOLUTION
    return out


def reference(d: OneEquation) -> tuple[str, str]:
    """Independent: SymPy's solveset of lhs = rhs over the reals (it never keeps a zero of a denominator)."""
    found = sp.solveset(sp.Eq(d.lhs, d.rhs), d.x, domain=sp.S.Reals)
    if found is sp.S.EmptySet:
        return NO_SOLUTION
    if isinstance(found, sp.FiniteSet):
        return answer(d.x, sorted(found, key=float)) if found else NO_SOLUTION
    # not a finite set (an identity on its domain): nothing independent to compare, so nothing is graded equal to it
    # and the chain is not marked verified
    return "（无独立参考答案）", "(no independent reference)"


TYPE: ProblemType[OneEquation] = ProblemType(
    type_id="equation.fractional", module="algebra", name="fractional_equation", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solve for {d.x}",
    answers=frozenset({"solve"}), topic="inequalities",
)

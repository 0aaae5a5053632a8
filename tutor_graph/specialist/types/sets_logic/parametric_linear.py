"""含参数的一次方程的解集 B 与定集合 A：B ⊆ A（A∩B=B，A∪B=A），求参数的取值集合
/ The solution set B of a linear equation with a parameter inside a fixed finite set A: the parameter's values."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.set_reading import fixed_and_param, reading_relations, relation
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Linear:
    """A = {x | fa = 0} (its real roots listed), B = {x | fb = 0} with fb linear in x and in the parameter a."""

    a_name: str
    b_name: str
    ca: str
    cb: str
    fa: sp.Expr
    fb: sp.Expr
    a: sp.Symbol
    roots: tuple[sp.Expr, ...]


def _zero_form(cond: str) -> sp.Expr | None:
    """`lhs = rhs` as lhs - rhs (one equation, no inequality), else None."""
    if cond.count("=") != 1 or re.search("[<>≤≥≠]", cond):
        return None
    lhs, rhs = (try_expr(s) for s in cond.split("="))
    return None if lhs is None or rhs is None else sp.expand(lhs - rhs)


def detect(p: Problem) -> Linear | None:
    """`A={x | x^2+x-6=0}，B={x | mx-1=0}，若 A∩B=B，求实数 m 的值组成的集合`."""
    got = fixed_and_param(p)
    if got is None or not p.has("求", "find", "determine"):
        return None
    fa, ca, fb, cb, a = got
    if relation(reading_relations(p), fa, fb) != "sub":
        return None
    fa_expr, fb_expr = _zero_form(ca), _zero_form(cb)
    if fa_expr is None or fb_expr is None:
        return None
    if not fa_expr.is_polynomial(X) or sp.degree(fa_expr, X) not in (1, 2) or not fb_expr.is_polynomial(X, a):
        return None
    if sp.degree(fb_expr, X) != 1 or sp.degree(fb_expr, a) != 1:
        return None
    roots = sp.solveset(fa_expr, X, sp.S.Reals)
    if not isinstance(roots, sp.FiniteSet) or not roots:
        return None
    return Linear(fa, fb, ca, cb, fa_expr, fb_expr, a, tuple(sorted(roots, key=float)))


def _values_of_a(eq: sp.Expr, a: sp.Symbol, lead: sp.Expr) -> list[sp.Expr]:
    return [v for v in sp.solve(eq, a) if lead.subs(a, v) != 0]


def values(li: Linear) -> Values:
    """A's roots, the zero-coefficient case, the value of a for each root, A's subsets, and the answer."""
    a, fb = li.a, li.fb
    lead = sp.Poly(fb, X).LC()
    set_a = sp.FiniteSet(*li.roots)
    out: Values = {"A": li.a_name, "B": li.b_name, "a": a.name, "fa": tex(li.fa), "fb": tex(fb),
                   "set_a": interval_text(set_a), "fa_claim": f"{plain(li.fa)} = 0 \\Leftrightarrow {relation_text(set_a, 'x')}"}
    kept: list[sp.Expr] = []
    zero = sp.solve(lead, a)
    if zero:  # the coefficient of x is linear in a: it vanishes for one value
        v = zero[0]
        rest = fb.subs(a, v)
        out.update({"zero": True, "zero_v": tex(v), "rest": tex(rest), "zero_empty": rest != 0})
        out["zero_claim"] = f"{plain(rest)} \\ne 0" if rest != 0 else f"{plain(lead)} = 0 \\Leftrightarrow {a} = {plain(v)}"
        if rest != 0:
            kept.append(v)
    sol = sp.solve(fb, X)[0]
    out["sol"] = tex(sol)
    for k, r in enumerate(li.roots, 1):
        eq = sp.expand(fb.subs(X, r))
        vals = _values_of_a(eq, a, lead)
        kept += vals
        shown = " 或 ".join(f"${a}={tex(v)}$" for v in vals)
        out.update({f"root{k}": True, f"r{k}": tex(r), f"r{k}_zh": shown or "无", f"r{k}_en": shown.replace(" 或 ", " or ") or "none"})
        out[f"r{k}_claim"] = f"{plain(eq)} = 0 \\Rightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in vals) or "1 = 0")
        subs_vals = [v for v in sp.solve(sp.together(sol - r).as_numer_denom()[0], a) if lead.subs(a, v) != 0]
        out[f"r{k}_sub_claim"] = f"{plain(sol)} = {plain(r)} \\Rightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in subs_vals) or "1 = 0")
    subsets = [sp.FiniteSet(*c) for n in range(len(li.roots) + 1) for c in itertools.combinations(li.roots, n)]
    out["subsets"] = ", ".join(interval_text(s) for s in subsets)
    out["n"], out["n_subsets"] = str(len(li.roots)), str(len(subsets))
    out["answer"] = interval_text(sp.FiniteSet(*kept))
    return out


def reference(li: Linear) -> str:
    """Independent: every candidate value builds B by SymPy's solveset and is kept when B ⊆ A."""
    a, fb, target = li.a, li.fb, sp.FiniteSet(*li.roots)
    cands = set(sp.solve(sp.Poly(fb, X).LC(), a))
    for r in li.roots:
        cands |= set(sp.solve(fb.subs(X, r), a))
    keep = [v for v in cands if sp.solveset(fb.subs(a, v), X, sp.S.Reals).is_subset(target)]
    return interval_text(sp.FiniteSet(*keep))


TYPE: ProblemType[Linear] = ProblemType(
    type_id="set.parametric_linear", module="sets_logic", name="parametric_linear", detect=detect, values=values,
    reference=reference, topic="sets",
    givens=lambda li: [f"{li.a_name}={{x | {li.ca}}}", f"{li.b_name}={{x | {li.cb}}}", f"{li.b_name} ⊆ {li.a_name}"],
    goal=lambda li: li.a.name, answers=frozenset({"set", "unknown", "range"}),
)

"""由一元二次不等式的解集求系数 / Coefficients of a quadratic inequality from its solution set (三个二次)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.detecting import X, interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.algebra.values import both, goal_exprs, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_STATED = re.compile(r"(.+?)\s*\\Leftrightarrow\s*x\s*\\in\s*(.+)")  # the Reading's "P \Leftrightarrow x \in (r1,r2)"


@dataclass(frozen=True)
class FromSolutionSet:
    """f(x) op 0 with two unknown coefficients, its bounded solution set (r1, r2), and the expression asked."""

    f: sp.Expr
    op: str
    r1: sp.Expr
    r2: sp.Expr
    params: tuple[sp.Symbol, ...]
    sol: tuple[tuple[sp.Symbol, sp.Expr], ...]
    target: sp.Expr


def detect(p: Problem) -> FromSolutionSet | None:
    """`不等式 ax^2+bx+2>0 的解集为 (-1/2, 1/3)，求 a+b`: a bounded set, two unknown coefficients."""
    stated = [m for claim in p.given_claims if (m := _STATED.fullmatch(claim))]
    if len(stated) != 1:
        return None
    relation, span = try_relation(normalise(stated[0].group(1))), interval(normalise(stated[0].group(2)))
    if relation is None or relation[2] != 0 or relation[1] == "=" or span is None or span.start == -sp.oo \
            or span.end == sp.oo:
        return None
    f, op = relation[0], relation[1]
    if not f.is_polynomial(X) or sp.degree(f, X) != 2:
        return None
    params = sorted(f.free_symbols - {X}, key=lambda s: s.name)
    targets = [t for t in goal_exprs(p) if t.free_symbols <= set(params)]
    if len(params) != 2 or not targets:
        return None
    target = targets[0]
    r1, r2 = span.start, span.end
    sol = sp.solve([sp.expand(f.subs(X, r1)), sp.expand(f.subs(X, r2))], params, dict=True)
    if len(sol) != 1:
        return None
    lead = sp.Poly(f, X).all_coeffs()[0].subs(sol[0])
    # a bounded solution set of f > 0 needs a downward parabola (f < 0: upward)
    if (op in (">", "≥") and not lead < 0) or (op in ("<", "≤") and not lead > 0):
        return None
    return FromSolutionSet(f, op, r1, r2, tuple(params), tuple((s, sol[0][s]) for s in params), target)


def values(d: FromSolutionSet) -> Values:
    """The two equations from the roots, the Vieta sum and product, the parameters and the asked value."""
    sol = dict(d.sol)
    A, B, C = sp.Poly(d.f, X).all_coeffs()
    out: Values = {"op": rel(d.op), "opens_zh": "向下" if d.op in (">", "≥") else "向上",
                   "opens_en": "downwards" if d.op in (">", "≥") else "upwards",
                   "sign_zh": "负" if d.op in (">", "≥") else "正", "sign_en": "negative" if d.op in (">", "≥") else "positive",
                   "params": "、".join(f"${s.name}$" for s in d.params),
                   "params_en": " and ".join(f"${s.name}$" for s in d.params),
                   "solved": "，".join(f"${s.name}={tex(v)}$" for s, v in d.sol),
                   "solved_en": ", ".join(f"${s.name}={tex(v)}$" for s, v in d.sol),
                   "solved_plain": (solved := ", ".join(f"{s.name} = {plain(v)}" for s, v in d.sol))}
    for name, e in (("f", d.f), ("r1", d.r1), ("r2", d.r2), ("A", A), ("B", B), ("C", C), ("target", d.target),
                    ("value", d.target.subs(sol)), ("sum", d.r1 + d.r2), ("product", d.r1 * d.r2)):
        both(out, name, e)
    out["r2_b"] = f"({tex(d.r2)})" if d.r2 < 0 else tex(d.r2)  # brackets on a negative second factor only
    eqs = [sp.expand(d.f.subs(X, r)) for r in (d.r1, d.r2)]
    out["roots_claim"] = ", ".join(f"{plain(e)} = 0" for e in eqs) + " \\Rightarrow " + solved
    out["eq1"], out["eq2"] = (f"{tex(e)}=0" for e in eqs)
    out["vieta_claim"] = (f"-({plain(B)})/({plain(A)}) = {plain(d.r1 + d.r2)}, ({plain(C)})/({plain(A)}) = "
                          f"{plain(d.r1 * d.r2)} \\Rightarrow {solved}")
    out["minus_B_over_A"] = tex(-B / A)
    out["C_over_A"] = tex(C / A)
    out["value_claim"] = f"{plain(d.target.subs({s: paren(v) for s, v in d.sol}))} = {plain(d.target.subs(sol))}"
    return out


def reference(d: FromSolutionSet) -> str:
    """Independent: match f with k·(x − r₁)(x − r₂) coefficient by coefficient."""
    k = sp.Symbol("k", real=True)
    eqs = sp.Poly(sp.expand(d.f - k * (X - d.r1) * (X - d.r2)), X).all_coeffs()
    sol = sp.solve(eqs, [k, *d.params], dict=True)
    return plain(d.target.subs(sol[0])) if len(sol) == 1 else "?"


TYPE: ProblemType[FromSolutionSet] = ProblemType(
    type_id="quadratic.from_solution_set", module="algebra", name="from_solution_set", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{plain(d.f)} {d.op} 0 on {plain(d.r1)}..{plain(d.r2)}"],
    goal=lambda d: plain(d.target), answers=frozenset({"expr", "unknown"}), topic="quadratics",
)

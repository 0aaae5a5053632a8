"""Reading one exponential or logarithmic equation in one unknown, shared by `exp_equation` and `log_equation`."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import single_equation
from tutor_graph.specialist.problem import Problem

MAX_SOLUTIONS = 4


@dataclass(frozen=True)
class ExpLogEquation:
    """lhs = rhs in x: `kind` "exp" (the unknown only in exponents) or "log" (only inside logarithms)."""

    x: sp.Symbol
    lhs: sp.Expr
    rhs: sp.Expr
    kind: str
    solutions: tuple[sp.Expr, ...]  # SymPy's solutions (log: kept where every argument is positive)
    base: sp.Expr  # exp: the one base every power is a power of (4^x, 2^x → 2); log: unused (1)


def log_solutions(lhs: sp.Expr, rhs: sp.Expr, x: sp.Symbol) -> sp.Set:
    """Solutions of a log equation by SymPy's solve, kept only where every log argument is positive
    and the equation holds numerically (an independent check of the chain's domain reasoning)."""
    out = []
    for c in sp.solve(sp.Eq(sp.expand_log(lhs, force=True), sp.expand_log(rhs, force=True)), x):
        if not c.is_real:
            continue
        args_ok = all(sp.N(a.args[0].subs(x, c)) > 0 for a in sp.preorder_traversal(lhs - rhs) if isinstance(a, sp.log))
        if args_ok and abs(sp.N((lhs - rhs).subs(x, c))) < 1e-9:
            out.append(sp.nsimplify(c))
    return sp.FiniteSet(*out)


def read_equation(p: Problem) -> ExpLogEquation | None:
    """`解方程 2^{x+1}=8` / `lg x + lg(x-3) = 1`: one equation, the unknown in exponents or in logarithms, not both."""
    found = single_equation(p)
    if found is None or not p.has("方程", "解", "solve", "equation", "求x", "find x"):
        return None
    lhs, rhs, x = found
    e = lhs - rhs
    pows = [a for a in sp.preorder_traversal(e) if isinstance(a, sp.Pow) and a.exp.has(x)] + \
           [a for a in sp.preorder_traversal(e) if isinstance(a, sp.exp)]
    logs = [a for a in sp.preorder_traversal(e) if isinstance(a, sp.log) and a.has(x)]
    if not pows and not logs or pows and logs:
        return None
    kind = "log" if logs else "exp"
    solutions = sp.solveset(sp.Eq(lhs, rhs), x, sp.S.Reals) if kind == "exp" else log_solutions(lhs, rhs, x)
    if not isinstance(solutions, sp.FiniteSet) or len(solutions) > MAX_SOLUTIONS:
        return None
    base: sp.Expr = sp.Integer(1)
    if kind == "exp":
        bases = {a.base if isinstance(a, sp.Pow) else sp.E for a in pows}
        prime = {sp.perfect_power(b)[0] if b.is_Integer and sp.perfect_power(b) else b for b in bases}
        if len(prime) != 1:
            return None
        base = prime.pop()
    return ExpLogEquation(x, lhs, rhs, kind, tuple(sorted(solutions, key=float)), base)

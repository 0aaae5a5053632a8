"""Strategy: givens that each fix one unknown on its own ("x_1 是方程 2^x+x-4=0 的根", "x_2 是 … 的根") (worker side).

Each equation is solved alone for its one unknown (a transcendental equation in one unknown is within
SymPy's reach where a coupled system is not), each must have exactly one real root, and the asked
expression is evaluated at them and simplified exactly. A root SymPy cannot write exactly is no answer.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.reading.verifying import context_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KP = ("alg.equations",)


def _unknowns(expr: sp.Expr) -> set[sp.Basic]:
    """Symbols and subscripted names (`x_1` is read as x_(1)) in an expression."""
    named = {f for f in expr.atoms(AppliedUndef) if all(a.is_number for a in f.args)}
    return set(expr.free_symbols) | named


def separate_roots(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The asked expression at the roots of equations that each hold one unknown of their own."""
    givens = [g for g in reading["givens"] if g["claim"]]
    if not givens or any(g["kind"] not in ("equation", "relation") for g in givens):
        return None
    target = parse(expression)
    if target is None:
        return None
    roots: dict[sp.Basic, sp.Expr] = {}
    solved = []
    for given in givens:
        rel = relation(given["claim"])
        names = _unknowns(rel) if rel is not None else set()
        if rel is None or len(names) != 1 or names & set(roots):
            return None
        name = names.pop()
        var = sp.Dummy("t", real=True)
        found = [s for s in sp.solve(rel.xreplace({name: var}), var) if s.is_real]
        if len(found) != 1:
            return None  # no real root or several: the name does not fix one number
        roots[name] = found[0]
        solved.append((given, name, found[0]))
    if _unknowns(target) - set(roots) or not _unknowns(target):
        return None
    value = sp.simplify(target.xreplace(roots))
    if not value.is_number or value.free_symbols or value.has(sp.nan, sp.zoo):
        return None
    chain = Chain(method=("分别解方程", "Solve each equation on its own"), knowledge_points=KP,
                  context=tuple(context_of(reading)))
    reading_step(chain, reading)
    for given, name, root in solved:
        chain.ask((f"由「{given['text']}」，${as_latex(name)}$ 等于多少？", f"From \"{given['text']}\", what is ${as_latex(name)}$?"),
                  (f"${value_text(name)}={value_text(root)}$",) * 2, "", kps=KP,
                  hints=[("这个方程只含一个未知数，单独求解。", "The equation has one unknown: solve it on its own.")])
    shown = value_text(value)
    chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${expression}={shown}$",) * 2,
              f"{expression} = {as_latex(value)}", kps=KP, hints=[("代入两个根并化简。", "Put the roots in and simplify.")])
    return chain, shown

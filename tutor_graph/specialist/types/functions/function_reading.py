"""Reading a function from a problem's Reading, shared by the function and derivative types: its one-formula
definition as the whole function (`function_of`, on `detecting.definition`), the checker's context line for it
(`fdef`), and where it is defined (`conditions`, `domain_of`)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.detecting import definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain

ALLOWED = (sp.Add, sp.Mul, sp.Pow, sp.Symbol, sp.Number, sp.exp, sp.log, sp.Abs, sp.sin, sp.cos,
           sp.NumberSymbol, sp.core.numbers.ImaginaryUnit)
_ELEMENTARY = (sp.Add, sp.Mul, sp.Pow, sp.Symbol, sp.Number, sp.exp, sp.log, sp.NumberSymbol)

# A definition beside a symmetry given is only a part of the function ("偶函数, 当 x≥0 时 f(x)=…"): type words
_PARTIAL = ("奇函数", "偶函数", "周期", "odd function", "even function", "periodic", "cases")


def function_of(p: Problem, *, trig: bool = False) -> tuple[str, sp.Symbol, sp.Expr] | None:
    """(name, var, body) for the problem's function definition, if the body is elementary and the
    definition is the whole function (not alongside odd/even/periodic givens; the Reading leaves a definition
    that holds only "when x > 0" unread)."""
    if p.has(*_PARTIAL):
        return None
    d = definition(p)
    if d is None:
        return None
    name, var, body = d
    kinds = ALLOWED if trig else _ELEMENTARY
    if any(not isinstance(a, kinds) for a in sp.preorder_traversal(body)):
        return None
    if body.has(sp.I) or sp.count_ops(body) > 40:
        return None
    return name, var, body


def lhs_name(name: str, var: sp.Symbol) -> str:
    """The left side of the definition as written: `y`, or `f(x)`."""
    return "y" if name == "y" else f"{name}({var})"


def fdef(name: str, var: sp.Symbol, body: sp.Expr) -> str:
    """The definition as a context string for the checker: `f(x) = x^3 - 3*x`."""
    return f"{lhs_name(name if name != 'y' else 'f', var)} = {plain(body)}"


def domain_of(body: sp.Expr, x: sp.Symbol) -> sp.Set:
    """Where the expression is defined (radicands, denominators, log arguments), by fast sign tests."""
    total: sp.Set = sp.S.Reals
    for _, expr, op in conditions(body, x):
        total = total.intersect(solve_inequality(expr, op, x))
    return total


def conditions(body: sp.Expr, x: sp.Symbol) -> list[tuple[str, sp.Expr, str]]:
    """Where the expression is defined: (kind, expression, relation) per radical, denominator, log."""
    out = []
    for a in sp.preorder_traversal(body):
        if isinstance(a, sp.Pow) and a.exp.is_Rational and a.exp.q % 2 == 0 and a.base.has(x):
            out.append(("radicand", a.base, "≥" if a.exp > 0 else ">"))
        elif (isinstance(a, sp.Pow) and a.exp.is_negative and a.base.has(x)
              and not (a.exp.is_Rational and a.exp.q % 2 == 0)):
            out.append(("denominator", a.base, "≠"))
        elif isinstance(a, sp.log) and a.args[0].has(x):
            out.append(("log", a.args[0], ">"))
    uniq: list[tuple[str, sp.Expr, str]] = []
    for c in out:
        if c not in uniq:
            uniq.append(c)
    return uniq

"""Shared pieces for detectors: finding equations, function definitions, numbers and unknowns in a Problem."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem

X = sp.Symbol("x", real=True)
Y = sp.Symbol("y", real=True)

MAX_DEGREE = 4  # polynomials we solve: small degrees only, so SymPy stays fast


def equations(p: Problem) -> list[tuple[sp.Expr, sp.Expr]]:
    """Equations `lhs = rhs` with unknowns, leaving out definitions such as `f(x)=…`, `y=…`, `a_1=2`."""
    out = []
    for lhs, op, rhs in p.relations:
        if op != "=":
            continue
        if isinstance(lhs, sp.Symbol) and (lhs.name in ("y",) or "_" in lhs.name or not rhs.free_symbols):
            continue
        if isinstance(lhs, sp.core.function.AppliedUndef) or lhs.atoms(sp.core.function.AppliedUndef):
            continue
        if not (lhs - rhs).free_symbols:
            continue
        out.append((lhs, rhs))
    return out


def definition(p: Problem, names: tuple[str, ...] = ("f", "g", "h", "y")) -> tuple[str, sp.Symbol, sp.Expr] | None:
    """The first function definition `f(x)=…` / `y=…`: (name, variable, body) with a one-variable body."""
    for lhs, op, rhs in p.relations:
        if op != "=":
            continue
        if isinstance(lhs, sp.core.function.AppliedUndef) and lhs.func.__name__ in names and len(lhs.args) == 1:
            var = lhs.args[0]
            if isinstance(var, sp.Symbol) and rhs.free_symbols <= {var} and rhs.free_symbols:
                return lhs.func.__name__, var, rhs
        if isinstance(lhs, sp.Symbol) and lhs.name == "y" and rhs.free_symbols and len(rhs.free_symbols) == 1:
            return "y", next(iter(rhs.free_symbols)), rhs
    return None


def polynomial(e: sp.Expr, var: sp.Symbol, max_degree: int = MAX_DEGREE) -> sp.Poly | None:
    """`e` as a polynomial in `var` with rational coefficients, degree ≤ max_degree, else None."""
    if e.free_symbols - {var}:
        return None
    try:
        poly = sp.Poly(sp.expand(e), var, domain="QQ")
    except (sp.PolynomialError, sp.GeneratorsNeeded, sp.CoercionFailed, ValueError):
        return None
    if poly.degree() < 1 or poly.degree() > max_degree:
        return None
    return poly


def interval(text: str) -> sp.Interval | None:
    """The first interval written `[a,b]`, `(a,b]`, … in the text (bounds may hold brackets: `[\\frac12, 3]`)."""
    for i, ch in enumerate(text):
        if ch not in "[(":
            continue
        depth, comma = 0, None
        for j in range(i, min(len(text), i + 80)):
            c = text[j]
            if c in "[(":
                depth += 1
            elif c in "])":
                depth -= 1
                if depth == 0:
                    if comma is None:
                        break
                    a, b = try_expr(text[i + 1 : comma].replace("+∞", "oo")), try_expr(text[comma + 1 : j])
                    if a is None or b is None or a.free_symbols or b.free_symbols or not (a.is_real and b.is_real) or not a < b:
                        break
                    return sp.Interval(a, b, ch == "(", c == ")")
            elif c == "," and depth == 1:
                if comma is not None:
                    break
                comma = j
    return None


def numbers_after(text: str, pattern: str) -> list[sp.Expr]:
    """Values written right after a pattern, e.g. numbers_after(t, r"a_1\\s*=") -> [2]."""
    out = []
    for m in re.finditer(pattern + r"\s*(-?[\d.]+(?:/\d+)?|-?\(?[\d.]+\)?/\(?\d+\)?|-?sqrt\(\d+\))", text):
        v = try_expr(m.group(1))
        if v is not None:
            out.append(v)
    return out


def is_rational_number(e) -> bool:
    return isinstance(e, sp.Basic) and e.is_Rational is True


def solve_set(rel: sp.Expr, var: sp.Symbol) -> sp.Set:
    """Real solution set of a small relation (callers only pass small polynomial / rational ones)."""
    return sp.solveset(rel, var, domain=sp.S.Reals)

"""Shared pieces for detectors: finding equations, function definitions, numbers and unknowns in a Problem."""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem

X = sp.Symbol("x", real=True)
Y = sp.Symbol("y", real=True)
T = sp.Symbol("t", real=True)  # a substitution (t = |x|, t = a^x) or a free parameter

# an inequality sign: the SymPy relation it builds, and the sign after multiplying both sides by a negative number
RELATIONS = {"<": sp.StrictLessThan, ">": sp.StrictGreaterThan, "≤": sp.LessThan, "≥": sp.GreaterThan}
FLIPPED = {"<": ">", ">": "<", "≤": "≥", "≥": "≤"}

MAX_DEGREE = 4  # polynomials we solve: small degrees only, so SymPy stays fast


def equations(p: Problem) -> list[tuple[sp.Expr, sp.Expr]]:
    """Equations `lhs = rhs` with unknowns the Reading states (givens, then the asked equation), leaving out
    definitions such as `f(x)=…`, `y=…`, `a_1=2`."""
    out = []
    for lhs, op, rhs in p.read_relations:
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


def single_equation(p: Problem) -> tuple[sp.Expr, sp.Expr, sp.Symbol] | None:
    """The problem's only equation and its only unknown: (lhs, rhs, unknown), else None."""
    eqs = equations(p)
    if len(eqs) != 1:
        return None
    lhs, rhs = eqs[0]
    syms = (lhs - rhs).free_symbols
    return (lhs, rhs, next(iter(syms))) if len(syms) == 1 else None


def positive_number(text: str) -> sp.Expr | None:
    """A positive constant written in the text (`3`, `√2`, `((3)/(2))`), else None."""
    v = try_expr(text)
    return v if v is not None and not v.free_symbols and v.is_positive else None


def definition(p: Problem, names: tuple[str, ...] = ("f", "g", "h", "y")) -> tuple[str, sp.Symbol, sp.Expr] | None:
    """The first function definition `f(x)=…` / `y=…` the Reading states: (name, variable, body), one variable."""
    for lhs, op, rhs in p.read_relations:
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


def tidy(e: sp.Expr) -> sp.Expr:
    """Simplify a value safely: `simplify` on 10^10·ln(10^10) would build 10^(10^11) (logcombine), so
    numbers are only rationalised; expressions with symbols get the full `simplify`."""
    if not isinstance(e, sp.Basic):
        return e
    if e.is_number:
        if e.has(sp.log, sp.exp, sp.sin, sp.cos, sp.tan) or any(abs(a) > 10**6 for a in e.atoms(sp.Integer)):
            return e
        return sp.radsimp(e)
    return sp.simplify(e)


def solve_set(rel: sp.Expr, var: sp.Symbol) -> sp.Set:
    """Real solution set of a small relation (callers only pass small polynomial / rational ones)."""
    return sp.solveset(rel, var, domain=sp.S.Reals)


_RELS = {"<": lambda v: v < 0, ">": lambda v: v > 0, "≤": lambda v: v <= 0, "≥": lambda v: v >= 0,
         "=": lambda v: v == 0, "≠": lambda v: v != 0}


def _real_roots_of(e: sp.Expr, x: sp.Symbol) -> set:
    if not e.has(x):
        return set()
    poly = sp.Poly(e, x)
    if poly.degree() > MAX_DEGREE:
        raise ValueError("degree too high")
    found = sp.roots(poly)
    if sum(found.values()) != poly.degree():
        return set(sp.real_roots(poly))
    return {r for r in found if r.is_real}


def solve_inequality(f: sp.Expr, op: str, x: sp.Symbol) -> sp.Set:
    """Real solutions of `f op 0` for rational f (absolute values of polynomials allowed), by sign tests
    between the critical points: much faster than `solveset` on the small cases we meet, and exact."""
    abs_args = [a.args[0] for a in f.atoms(sp.Abs)]
    if len(abs_args) > 3 or any(not u.is_polynomial(x) for u in abs_args):
        raise ValueError("too many absolute values")
    points: set = set()
    for u in abs_args:
        points |= _real_roots_of(u, x)
    for signs in itertools.product((1, -1), repeat=len(abs_args)):
        g = f.subs({sp.Abs(u): s * u for u, s in zip(abs_args, signs, strict=True)})
        num, den = sp.fraction(sp.together(g))
        if not (num.is_polynomial(x) and den.is_polynomial(x)):
            raise ValueError("not rational")
        points |= _real_roots_of(num, x) | _real_roots_of(den, x)
    pts = sorted(points, key=lambda r: float(r))
    holds = _RELS[op]

    def ok(v) -> bool:
        val = f.subs(x, v)
        if val.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or not val.is_real:
            return False
        return bool(holds(sp.nsimplify(val) if val.is_Float else val))

    pieces: list[sp.Set] = []
    edges = [-sp.oo, *pts, sp.oo]
    for lo, hi in zip(edges, edges[1:], strict=False):
        probe = (lo + hi) / 2 if lo.is_finite and hi.is_finite else (hi - 1 if lo == -sp.oo and hi.is_finite else (lo + 1 if lo.is_finite else 0))
        if ok(probe):
            pieces.append(sp.Interval.open(lo, hi))
    pieces += [sp.FiniteSet(p) for p in pts if ok(p)]
    return sp.Union(*pieces) if pieces else sp.S.EmptySet

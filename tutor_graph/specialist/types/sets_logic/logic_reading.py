"""Reading conditions and quantified statements: relations such as `x>2`, `1<x<3`, their solution sets, a
simple point of a set, counterexamples on a grid, and the words of the four kinds of condition."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.render import plain, tex

Rel = tuple[sp.Expr, str, sp.Expr]
Kind = tuple[bool, bool]  # (p ⇒ q, q ⇒ p)

OPS = r"(≤|≥|≠|<|>|=)"
TEX = {"≤": "\\le", "≥": "\\ge", "≠": "\\ne", "<": "<", ">": ">", "=": "="}
NEG = {"≤": ">", "≥": "<", "<": "≥", ">": "≤", "=": "≠", "≠": "="}
KINDS: dict[Kind, tuple[str, str]] = {
    (True, False): ("充分不必要条件", "sufficient but not necessary"),
    (False, True): ("必要不充分条件", "necessary but not sufficient"),
    (True, True): ("充要条件", "necessary and sufficient"),
    (False, False): ("既不充分也不必要条件", "neither sufficient nor necessary"),
}
# option words, matched in this order: "既不充分也不必要" contains "充分" and "必要", so it is tried first
WORDS: list[tuple[Kind, tuple[str, ...]]] = [
    ((False, False), ("既不充分也不必要", "neither")),
    ((True, False), ("充分不必要", "sufficient but not necessary")),
    ((False, True), ("必要不充分", "necessary but not sufficient")),
    ((True, True), ("充要", "necessary and sufficient", "sufficient and necessary")),
]
SYMPY_REL: dict[str, Callable[[Any, Any], Any]] = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge, "=": sp.Eq, "≠": sp.Ne}


def relations(text: str) -> list[Rel] | None:
    """`x>2`, `x^2=1`, `1<x<3` as a list of relations (a chain becomes two)."""
    parts = re.split(OPS, text.strip())
    if len(parts) not in (3, 5):
        return None
    exprs = [try_expr(parts[i]) for i in range(0, len(parts), 2)]
    if any(e is None for e in exprs):
        return None
    found = [e for e in exprs if e is not None]
    return [(found[i], parts[2 * i + 1], found[i + 1]) for i in range(len(found) - 1)]


def kind_of_words(text: str) -> Kind | None:
    """The kind of condition an option's words name, or None."""
    low = text.lower()
    for kind, words in WORDS:
        if any(w in low for w in words):
            return kind
    return None


def rel_tex(rels: Sequence[Rel]) -> str:
    """The relations in LaTeX (a chain of two as `a < x < b`)."""
    if len(rels) == 1:
        a, op, b = rels[0]
        return f"{tex(a)} {TEX[op]} {tex(b)}"
    return f"{tex(rels[0][0])} {TEX[rels[0][1]]} {tex(rels[0][2])} {TEX[rels[1][1]]} {tex(rels[1][2])}"


def rel_plain(rels: Sequence[Rel]) -> str:
    """The relations in the checker's plain form."""
    if len(rels) == 1:
        a, op, b = rels[0]
        return f"{plain(a)} {op} {plain(b)}"
    return f"{plain(rels[0][0])} {rels[0][1]} {plain(rels[0][2])} {rels[1][1]} {plain(rels[1][2])}"


def _cmp(a: sp.Expr, op: str, b: sp.Expr) -> bool:
    if op == "=":
        return bool(sp.simplify(a - b) == 0)
    if op == "≠":
        return bool(sp.simplify(a - b) != 0)
    return bool({"<": a < b, ">": a > b, "≤": a <= b, "≥": a >= b}[op])


def holds(rels: Sequence[Rel], point: dict[sp.Symbol, sp.Expr]) -> bool:
    """Whether every relation holds at the point."""
    return all(_cmp(sp.nsimplify(a.subs(point)), op, sp.nsimplify(b.subs(point))) for a, op, b in rels)


def solution_set(rels: Sequence[Rel], x: sp.Symbol) -> sp.Set:
    """The real x that satisfy every relation."""
    s: sp.Set = sp.S.Reals
    for a, op, b in rels:
        s = s.intersect(solve_inequality(sp.together(a - b), op, x))
    return s


def pick(s: sp.Set) -> sp.Expr:
    """A simple point of a non-empty real set (an integer where there is one)."""
    if isinstance(s, sp.FiniteSet):
        return min(s, key=lambda v: (abs(v), v))
    if isinstance(s, sp.Union):
        return pick(s.args[0])
    if isinstance(s, sp.Interval):
        lo, hi = s.start, s.end
        if lo == -sp.oo and hi == sp.oo:
            return sp.Integer(0)
        if lo == -sp.oo:
            return sp.floor(hi) - 1
        if hi == sp.oo:
            return sp.floor(lo) + 1
        for k in range(int(sp.floor(lo)), int(sp.ceiling(hi)) + 1):
            if s.contains(k) is sp.true:
                return sp.Integer(k)
        return (lo + hi) / 2
    if isinstance(s, sp.Complement):
        for k in range(-3, 4):
            if s.contains(k) is sp.true:
                return sp.Integer(k)
        return pick(s.args[0])
    raise ValueError("cannot pick a point")


GRID = [sp.Integer(v) for v in (-3, -2, -1, 0, 1, 2, 3)] + [sp.Rational(1, 2), sp.Rational(-1, 2)]
_PY: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "≤": lambda a, b: a <= b, "≥": lambda a, b: a >= b,
    "=": lambda a, b: a == b, "≠": lambda a, b: a != b}


def _fast(rels: Sequence[Rel], symbols: Sequence[sp.Symbol]) -> Callable[[Sequence[Fraction]], bool] | None:
    """The relations as exact Python functions of Fractions (polynomials only), or None."""
    if any(not (a - b).is_polynomial(*symbols) for a, _, b in rels):
        return None
    fs = [(sp.lambdify(symbols, a, "math"), _PY[op], sp.lambdify(symbols, b, "math")) for a, op, b in rels]
    return lambda vals: all(cmp(fa(*vals), fb(*vals)) for fa, cmp, fb in fs)


def counterexample(p: Sequence[Rel], q: Sequence[Rel], symbols: Sequence[sp.Symbol],
                   grid: Sequence[sp.Rational] = GRID) -> dict[sp.Symbol, sp.Expr] | None:
    """A point where p holds and q fails, searched on a small grid (several variables), else None.
    Polynomial relations are evaluated exactly with Fractions (fast); others with SymPy."""
    fp, fq = _fast(p, symbols), _fast(q, symbols)
    frac = [Fraction(int(v.p), int(v.q)) for v in grid]
    for values, exact in zip(itertools.product(grid, repeat=len(symbols)),
                             itertools.product(frac, repeat=len(symbols)), strict=True):
        try:
            if fp and fq:
                if fp(exact) and not fq(exact):
                    return dict(zip(symbols, values, strict=True))
                continue
            point = dict(zip(symbols, values, strict=True))
            if holds(p, point) and not holds(q, point):
                return point
        except (TypeError, ZeroDivisionError):
            continue
    return None

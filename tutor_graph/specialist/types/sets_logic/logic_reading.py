"""Reading conditions and quantified statements: relations such as `x>2`, `1<x<3`, their solution sets, a
simple point of a set, counterexamples on a grid, and the words of the four kinds of condition."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.detecting import X, solve_inequality
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


# -- quantified statements about one real variable ------------------------------------------------------------
_ALL = (r"(?:∀\s*x\s*∈\s*R|对任意(?:的)?(?:实数)?\s*x(?:\s*∈\s*R)?|任意(?:实数)?\s*x(?:\s*∈\s*R)?"
        r"|for (?:all|every|any) real (?:number )?x)")
_SOME = (r"(?:∃\s*x\s*∈\s*R|存在(?:实数)?\s*x(?:\s*∈\s*R)?\s*,?\s*(?:使得?)?"
         r"|there (?:is|exists) a real (?:number )?x(?: with| such that)?)")
_STATEMENT = re.compile(rf"({_ALL}|{_SOME})\s*,?\s*([^,;\"]+?)\s*(?=$|[,;\"]|且为|and it|是|is (?:true|false))")


@dataclass(frozen=True)
class Statement:
    """`∀x∈R, f op 0` (quant 'all') or `∃x∈R, f op 0` (quant 'some'), f a polynomial in x."""

    quant: str
    f: sp.Expr
    op: str


def statement(text: str) -> Statement | None:
    """The first quantified statement `f op 0` about x in the text, or None."""
    m = _STATEMENT.search(text)
    if not m:
        return None
    rel = try_relation(m.group(2).strip(" ."))
    if rel is None:
        return None
    lhs, op, rhs = rel
    f = sp.expand(lhs - rhs)
    if X not in f.free_symbols or not f.is_polynomial(X):
        return None
    return Statement("all" if re.match(_ALL, m.group(1)) else "some", f, op)


def truth(st: Statement) -> bool:
    """Whether the statement is true (the sign-chart solver)."""
    s = solve_inequality(st.f, st.op, X)
    return bool(s == sp.S.Reals) if st.quant == "all" else bool(s != sp.S.EmptySet)


def ref_truth(st: Statement) -> bool:
    """Whether the statement is true, independently of the sign-chart solver: SymPy's solveset."""
    s = sp.solveset(SYMPY_REL[st.op](st.f, 0), X, sp.S.Reals)
    return bool(s == sp.S.Reals) if st.quant == "all" else bool(s != sp.S.EmptySet)


def negation(st: Statement) -> Statement:
    """Swap the quantifier and negate the conclusion."""
    return Statement("some" if st.quant == "all" else "all", st.f, NEG[st.op])


def same(a: Statement, b: Statement) -> bool:
    """The same statement (the same quantifier, relation and polynomial)."""
    return a.quant == b.quant and a.op == b.op and sp.expand(a.f - b.f) == 0


def _join(terms: Sequence[sp.Expr]) -> str:
    out = tex(terms[0])
    for t in terms[1:]:
        s = tex(t)
        out += f" - {s[1:].lstrip()}" if s.startswith("-") else f" + {s}"
    return out


def x_tex(f: sp.Expr) -> str:
    """A polynomial in x in LaTeX, its terms by falling degree in x as a textbook writes them (`x^2-2x+a`)."""
    return _join(sorted(sp.Add.make_args(sp.expand(f)), key=lambda t: -sp.degree(t, X)))


def lead_tex(e: sp.Expr) -> str:
    """An expression in LaTeX with a positive term first where there is one (`1-m`, `4-m^2`, not `-m+1`)."""
    terms = list(sp.expand(e).as_ordered_terms(order="lex"))
    if len(terms) > 1 and terms[0].could_extract_minus_sign():
        k = next((i for i, t in enumerate(terms) if not t.could_extract_minus_sign()), 0)
        terms = [terms[k], *terms[:k], *terms[k + 1:]]
    return _join(terms)


def st_tex(st: Statement) -> str:
    """`\\forall x\\in\\mathbb{R},\\ f op 0` in LaTeX."""
    q = "\\forall" if st.quant == "all" else "\\exists"
    return f"{q} x\\in\\mathbb{{R}},\\ {x_tex(st.f)} {TEX[st.op]} 0"

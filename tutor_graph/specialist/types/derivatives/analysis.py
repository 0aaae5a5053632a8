"""The function a derivative problem is about, read once: its domain, derivative, critical points, sign pieces.

`analyse` gives an `Analysed` record; the derivative types whose parameters are "this function and what is asked"
(monotonic, extrema, zero_count) extend it, so the helpers here read any of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_text
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.functions.function_reading import domain_of, function_of

Pieces = list[tuple[sp.Interval, int]]  # open intervals of the domain and the sign of f' on each


@dataclass(frozen=True)
class Analysed:
    """A function f (`y` read as f) of `var`: its body, natural domain, derivative f′ and critical points in order."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    domain: sp.Set
    fp: sp.Expr
    crit: tuple[sp.Expr, ...]


def critical_points(fp: sp.Expr, x: sp.Symbol, domain: sp.Set) -> list[sp.Expr] | None:
    """Real zeros of f' in the domain when f' = (positive factor) * small polynomial / positive; else None."""
    num, _ = sp.fraction(sp.together(fp))
    num = sp.Mul(*[f for f in sp.Mul.make_args(sp.factor(num)) if not (isinstance(f, sp.exp) or f.is_positive)])
    if not num.free_symbols:
        return []
    try:
        poly = sp.Poly(num, x)
    except sp.PolynomialError:
        return _critical_by_substitution(num, x, domain)
    if poly.degree() > 4:
        return None
    roots = [r for r in sp.roots(poly) if r.is_real and domain.contains(r) == sp.true]
    if sum(sp.roots(poly).values()) != poly.degree():
        return None
    return sorted(set(roots), key=float)


def _critical_by_substitution(num: sp.Expr, x: sp.Symbol, domain: sp.Set) -> list[sp.Expr] | None:
    """Zeros of e^x - 1, ln x + 1 and the like: a small polynomial in u = e^x or u = ln x."""
    u = sp.Symbol("u", real=True)
    backs: tuple[tuple[sp.Expr, Callable[[sp.Expr], sp.Expr | None]], ...] = (
        (sp.exp(x), lambda r: sp.log(r) if r.is_positive else None), (sp.log(x), sp.exp))
    for atom, back in backs:
        e = sp.expand(num).subs(atom, u)
        if e.has(x) or not e.has(u):
            continue
        try:
            poly = sp.Poly(e, u)
        except sp.PolynomialError:
            return None
        if poly.degree() > 2:
            return None
        roots = [back(r) for r in sp.roots(poly) if r.is_real]
        return sorted({r for r in roots if r is not None and domain.contains(r) == sp.true}, key=float)
    return None


def analyse(p: Problem) -> Analysed | None:
    """The problem's function (no absolute values) with its domain, derivative and critical points, or None."""
    found = function_of(p)
    if found is None:
        return None
    name, x, body = found
    if any(isinstance(a, sp.Abs) for a in sp.preorder_traversal(body)):
        return None
    domain = domain_of(body, x)
    fp = sp.diff(body, x)
    crit = critical_points(fp, x, domain)
    if crit is None:
        return None
    return Analysed("f" if name == "y" else name, x, body, domain, fp, tuple(crit))


def stated_interval(p: Problem) -> sp.Interval | None:
    """The interval the Reading says the variable lies in (`x \\in [-2,3]`, from "在区间 [-2,3] 上"), else None."""
    for claim in p.given_claims:
        m = re.fullmatch(r"\s*[a-z]\s*(?:\\in|∈)\s*(.+)", claim)
        if m and (iv := interval(normalise(m.group(1)))) is not None:
            return iv
    return None


def restricted(p: Problem) -> bool:
    """The Reading restricts a variable: an interval or an inequality among the givens (`x \\in [0,2]`, `x>0`, `a>0`)."""
    return any(g["kind"] in ("membership", "inequality") for g in p.reading["givens"])


def asks_parameter(p: Problem) -> bool:
    """A letter other than the function's variable is asked for (`a 的取值范围`, `the range of a`, `求实数 m`)."""
    return any(re.fullmatch(r"\s*(?:实数\s*)?[a-wz]\s*", g["expression"]) for g in p.goals)


def is_quadratic(f: Analysed) -> bool:
    """True when the function is a quadratic polynomial."""
    return bool(f.body.is_polynomial(f.var) and sp.degree(f.body, f.var) == 2)


def sign_pieces(f: Analysed) -> Pieces:
    """The domain cut at the critical points (and the domain's own ends), with the sign of f' on each piece."""
    x, fp, domain = f.var, f.fp, f.domain
    ends = [b for b in (domain.boundary if domain != sp.S.Reals else []) if b.is_finite]
    edges = sorted({*f.crit, *ends}, key=float)
    lo_all, hi_all = (domain.inf, domain.sup)
    points = [lo_all, *[e for e in edges if lo_all < e < hi_all], hi_all]
    out: Pieces = []
    for a, b in zip(points, points[1:], strict=False):
        piece = sp.Interval.open(a, b).intersect(domain)
        if piece.is_empty:
            continue
        probe = (a + b) / 2 if a.is_finite and b.is_finite else (b - 1 if a == -sp.oo else a + 1)
        out.append((sp.Interval.open(a, b), 1 if fp.subs(x, probe) > 0 else -1))
    return out


def sign_claim(f: Analysed, pieces: Pieces, sign: int) -> str:
    """`f'(x) > 0 ⇔ x < -1 或 x > 1` (inside the domain, which is then stated as context)."""
    region = sp.Union(*[i for i, s in pieces if s == sign]) if any(s == sign for _, s in pieces) else sp.S.EmptySet
    op = ">" if sign > 0 else "<"
    fp = sp.expand(f.fp) if f.fp.is_polynomial(f.var) else sp.factor(f.fp)
    return f"{plain(fp)} {op} 0 \\Leftrightarrow {relation_text(region.intersect(f.domain), f.var.name)}"


def domain_context(f: Analysed) -> list[str]:
    """The domain as a given (`x > 0`) when it is not all reals, so sign claims are read inside it."""
    return [] if f.domain == sp.S.Reals else [relation_text(f.domain, f.var.name)]


def reference_pieces(f: Analysed) -> Pieces:
    """Monotonic pieces from SymPy's own solveset of f' > 0 (independent of the sign table)."""
    x = f.var
    pos = sp.solveset(f.fp > 0, x, f.domain)
    neg = sp.solveset(f.fp < 0, x, f.domain)
    out: Pieces = []
    for s, sign in ((pos, 1), (neg, -1)):
        for part in (s.args if isinstance(s, sp.Union) else [s]):
            if isinstance(part, sp.Interval):
                out.append((sp.Interval.open(part.start, part.end), sign))
    return sorted(out, key=lambda t: float(t[0].start) if t[0].start.is_finite else -1e18)

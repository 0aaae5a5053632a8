"""The values of a parameter where a relation holds, found piece by piece (the types' independent references)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp


def where_holds(critical: Iterable[sp.Expr], holds: Callable[[sp.Expr], bool],
                domain: sp.Set = sp.S.Reals) -> sp.Set:
    """The set of t in `domain` where `holds(t)`, given that the answer can change only at the `critical` values:
    each critical value is tested, and one value inside every piece between them.

    >>> where_holds([sp.Integer(1), sp.Integer(3)], lambda v: 1 <= v <= 3)
    Interval(1, 3)
    """
    pts = sorted(set(critical), key=float)
    edges = [-sp.oo, *pts, sp.oo]
    out: sp.Set = sp.S.EmptySet
    for left, right in zip(edges, edges[1:], strict=False):
        if left.is_finite and right.is_finite:
            probe = (left + right) / 2
        else:
            probe = right - 1 if right.is_finite else left + 1 if left.is_finite else sp.Integer(0)
        if domain.contains(probe) is sp.true and holds(probe):
            out = out | sp.Interval.open(left, right)
    for v in pts:
        if domain.contains(v) is sp.true and holds(v):
            out = out | sp.FiniteSet(v)
    return out.intersect(domain)

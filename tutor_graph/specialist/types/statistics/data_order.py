"""The order of a small data set as the checker reads it: the sorted data as one checkable claim, and the sorted
values as named positions (shared by the basic statistics and the percentile)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import sympy as sp

from tutor_graph.specialist.render import plain


def sorted_claim(data: Sequence[sp.Expr | int]) -> str:
    """The sorted data as a checkable claim: the order as a chain (`2 < 4 = 4 < 5`, so repeats show) and
    that it is a rearrangement of the data, as the identity ∏(t − xᵢ) = ∏(t − sᵢ)^mᵢ."""
    s = sorted(data)
    chain = plain(s[0]) + "".join(f" {'=' if b == a else '<'} {plain(b)}" for a, b in zip(s, s[1:], strict=False))
    counts = Counter(s)
    left = "".join(f"(t - ({plain(v)}))" for v in data)
    right = "".join(f"(t - ({plain(v)}))" + (f"^{c}" if c > 1 else "") for v, c in sorted(counts.items()))
    return f"{chain} 且 {left} = {right}"


def position_context(s: Sequence[sp.Expr | int]) -> list[str]:
    """The sorted data as named positions x_1 … x_n, so a claim can read off "the i-th value"."""
    return [f"x_{{{i}}} = {plain(v)}" for i, v in enumerate(s, 1)]

"""What every benchmark generator shares: how a value is written (LaTeX, plain text) and drawn.

Kept apart from the package's `__init__` so the generators import it without importing their own package.
"""

from __future__ import annotations

import random

import sympy as sp

MALFORMED = "malformed"  # the error kind of a claim with a side, operand or bracket missing: only `unknown` is right


def tex(expr) -> str:
    """LaTeX as SymPy prints it (what many models emit)."""
    return sp.latex(expr)


def plain(expr) -> str:
    """Plain text with ^ for powers (what students type)."""
    return sp.sstr(expr).replace("**", "^")


def nonzero(rng: random.Random, lo: int, hi: int, avoid: tuple = ()) -> int:
    """A random integer in [lo, hi] other than 0 and the values in `avoid`."""
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v

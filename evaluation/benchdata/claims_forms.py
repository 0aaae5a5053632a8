"""Step-claim generators for the forms the symbolic specialist asked for: inclusions between sets,
quantified statements and their negations, solution sets with a parameter under a sign condition,
and the range of a linear expression in independently bounded variables.

Yields (claim, context, correct, error_kind); errors are wrong by construction (a slip that could
coincide with the right answer, such as bounds combined end by end, is yielded only where it differs).
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import nonzero, plain

x = sp.Symbol("x")
N = 10


def _interval(lo, hi, left_open: bool, right_open: bool) -> str:
    return f"{'(' if left_open else '['}{lo},{hi}{')' if right_open else ']'}"


def inclusions(rng: random.Random):
    for _ in range(N):
        a = rng.randint(-6, 3)
        b = a + rng.randint(1, 4)
        c, d = a - rng.randint(0, 2), b + rng.randint(1, 3)
        yield f"[{a},{b}] \\subseteq [{c},{d}]", None, True, ""
        yield f"({a},{b}) \\subsetneq [{a},{b}]", None, True, ""
        yield f"[{a},{b}] \\subseteq ({a},{d}]", None, False, "endpoint"
        yield f"[{a},{b}] \\subsetneq [{a},{b}]", None, False, "equal-sets"
        r1, r2 = a, b
        poly = plain(sp.expand((x - r1) * (x - r2)))
        yield f"\\{{x \\mid {poly}<0\\}} \\subseteq ({r1 + 1},{r2})", None, False, "endpoint"
        yield f"\\{{x \\mid {poly}<0\\}} \\subseteq [{r1},{r2}]", None, True, ""


def quantifiers(rng: random.Random):
    for _ in range(N):
        h, k = rng.randint(-4, 4), rng.randint(1, 6)  # x^2 - 2hx + h^2 + k = (x - h)^2 + k > 0 everywhere
        always = plain(sp.expand((x - h) ** 2 + k))
        sometimes = plain(sp.expand((x - h) ** 2 - k))
        yield f"\\forall x \\in \\mathbb{{R}}, {always}>0", None, True, ""
        yield f"\\forall x \\in \\mathbb{{R}}, {sometimes}>0", None, False, "discriminant"
        yield f"\\exists x \\in \\mathbb{{R}}, {sometimes}<0", None, True, ""
        yield f"\\exists x \\in \\mathbb{{R}}, {always}<0", None, False, "discriminant"
        yield f"\\neg(\\forall x \\in \\mathbb{{R}}, {sometimes}>0)", None, True, ""
        yield f"\\neg(\\exists x \\in \\mathbb{{R}}, {sometimes}<0)", None, False, "negation"


def parametric_sets(rng: random.Random):
    for _ in range(N):
        c, k = rng.randint(-3, 3), rng.randint(2, 5)
        square = plain(sp.expand((x - c) ** 2))  # (x - c)^2 ≤ m^2 ⇔ c - m ≤ x ≤ c + m for m > 0
        yield f"{square}-m^2 \\le 0 \\Leftrightarrow {c}-m \\le x \\le {c}+m", "m>0", True, ""
        yield f"{square}-m^2 \\le 0 \\Leftrightarrow {c}-m < x \\le {c}+m", "m>0", False, "endpoint"
        yield f"{square}-m^2 \\le 0 \\Leftrightarrow {c}+m \\le x \\le {c}-m", "m>0", False, "reversed"
        yield f"(x-a)(x-{k}a)<0 \\Leftrightarrow a<x<{k}a", "a>0", True, ""
        yield f"(x-a)(x-{k}a)<0 \\Leftrightarrow {k}a<x<a", "a<0", True, ""
        yield f"(x-a)(x-{k}a)<0 \\Leftrightarrow a<x<{k}a", "a<0", False, "sign-of-parameter"


def linear_ranges(rng: random.Random):
    for _ in range(N):
        a1 = rng.randint(-3, 3)
        a2 = a1 + rng.randint(1, 4)
        b1 = rng.randint(-3, 3)
        b2 = b1 + rng.randint(1, 4)
        p, q = nonzero(rng, 1, 3), nonzero(rng, -3, -1)
        context = f"{a1}<a<{a2}, {b1}<b<{b2}"
        expr = f"{p}a{q:+d}b" if p != 1 else f"a{q:+d}b"
        lo, hi = p * a1 + q * b2, p * a2 + q * b1  # q < 0: the smallest value takes b at its top
        yield f"{lo} < {expr} < {hi}", context, True, ""
        yield f"{expr} 的取值范围是 ({lo},{hi})", context, True, ""
        slip_lo, slip_hi = p * a1 + q * b1, p * a2 + q * b2  # bounds combined end by end: the classic slip
        if (slip_lo, slip_hi) != (lo, hi):
            yield f"{expr} 的取值范围是 {_interval(min(slip_lo, slip_hi), max(slip_lo, slip_hi), True, True)}", \
                context, False, "subtracted-bounds"
        yield f"{expr} 的取值范围是 [{lo},{hi}]", context, False, "endpoint"
        yield f"{lo + 1} < {expr} < {hi}", context, False, "range-too-narrow"


GENERATORS = [("inclusions", inclusions), ("quantifiers", quantifiers), ("parametric-sets", parametric_sets),
              ("linear-ranges", linear_ranges)]

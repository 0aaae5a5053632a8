"""Malformed step claims, labelled wrong: a right claim with a side, an operand or a bracket taken away.

Such a claim states nothing checkable, so the only right verdict is `unknown`; one that comes back
`verified` is a false pass (the bench counts it as one), one that comes back `refuted` a silent
refutation. They are generated from right claims so that the part left behind is usually true on its
own (`0 = 0 ⇒` keeps a true premise): exactly the shapes that used to pass.

Yields (claim, context, correct=False, error="malformed"); `claim_items` does not restyle them (a
restyle could turn `\\Rightarrow x = 1` into the well-formed `所以 x = 1`).
"""

from __future__ import annotations

import random

import sympy as sp

from evaluation.benchdata.values import MALFORMED, nonzero, plain, tex

x = sp.Symbol("x")
N = 6


def _right_pieces(rng: random.Random) -> tuple[str, str, str, str]:
    """A true equation with its solutions, and a true arithmetic fact: the material the shapes break."""
    r1 = nonzero(rng, -6, 6)
    r2 = nonzero(rng, -6, 6, avoid=(r1,))
    equation = f"{plain(sp.expand((x - r1) * (x - r2)))}=0"
    roots = f"x={r1} 或 x={r2}"
    p, q = rng.randint(2, 9), rng.randint(2, 9)
    return equation, roots, f"{p}+{q}", str(p + q)


def empty_sides(rng: random.Random):
    """Implications, equivalences, 或 / 且 and relations with one side left empty."""
    for _ in range(N):
        equation, roots, total, value = _right_pieces(rng)
        yield f"{equation} \\Rightarrow ", None, False, MALFORMED
        yield f"\\Rightarrow {roots}", None, False, MALFORMED
        yield f"\\Rightarrow {total}={value}", None, False, MALFORMED
        yield f"{equation} \\Leftrightarrow ", None, False, MALFORMED
        yield f"{equation} 的解为 ", None, False, MALFORMED
        yield f"{equation} 所以", None, False, MALFORMED
        yield f"{total} = ", None, False, MALFORMED
        yield f" = {value}", None, False, MALFORMED
        yield f"{total}={value}=", None, False, MALFORMED
        yield f"{roots} 或 ", None, False, MALFORMED
        yield f"且 {roots}", None, False, MALFORMED
        yield f"{total}={value} 且", None, False, MALFORMED
        yield f"{total} \\le ", None, False, MALFORMED


def broken_notation(rng: random.Random):
    """Unbalanced brackets, LaTeX commands with an empty argument, numbers set side by side."""
    for _ in range(N):
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        yield f"(x+{a})(x-{a} = x^2-{a * a}", None, False, MALFORMED
        yield f"x+{a})^2 = x^2+{2 * a}x+{a * a}", None, False, MALFORMED
        yield f"\\frac{{{a}}}{{{b}}} = \\frac{{{2 * a}}}{{{2 * b}", None, False, MALFORMED
        yield f"[{a},{a + b}) = [{a},{a + b}", None, False, MALFORMED
        yield f"|{a - 10}| = {10 - a}|", None, False, MALFORMED
        yield "\\frac{}{} = 0", None, False, MALFORMED
        yield f"\\sqrt{{}} + {a} = {a}", None, False, MALFORMED
        yield f"\\boxed{{}} {a} = {a}", None, False, MALFORMED
        yield f"{a} {b} = {a * b}", None, False, MALFORMED  # `2 3` is not 2·3
        yield f"{a}\\frac{{1}}{{2}} = \\frac{{{2 * a + 1}}}{{2}}", None, False, MALFORMED  # 3½ or 3·½?
        yield "\\{x \\mid \\} = \\varnothing", None, False, MALFORMED
        yield f"x = {tex(sp.Rational(a, b))}", f"{b}x = {a} \\Rightarrow", False, MALFORMED  # an unreadable given


GENERATORS = [("malformed-sides", empty_sides), ("malformed-notation", broken_notation)]

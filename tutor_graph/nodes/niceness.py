"""How "nice" an answer is, read from its LaTeX text, so a variant keeps the original's kind of numbers.

A teacher hands out a variant whose answer is as clean as the original's: integer roots stay integers, a
simple surd stays a simple surd, never nested cube roots. The answer was computed and checked by the
specialist; this only reads the shape of the text it wrote (no parsing, no evaluation).

>>> nice_enough("$x=1$ 或 $x=4$", "$x=2$ 或 $x=3$")
True
>>> nice_enough("$x=3 - \\\\sqrt{3}$ 或 $x=3 + \\\\sqrt{3}$", "$x=2$ 或 $x=3$")
False
>>> nice_enough("$q=\\\\sqrt[3]{\\\\frac{17}{3}}$", "$q=2$")
False
>>> nice_enough("$2\\\\sqrt{5}$", "$\\\\sqrt{2}$")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NO_ANSWER = re.compile(r"无实数根|无解|不存在|no real|no solution|does not exist|\\varnothing|\\emptyset|∅")
_ROOT = re.compile(r"\\sqrt(?!\[)")
_HIGH_ROOT = re.compile(r"\\sqrt\[|\^\{?\\frac\{1\}\{[3-9]\}")
_NESTED = re.compile(r"\\sqrt(\[[^\]]*\])?\{[^{}]*\\sqrt")
_FRACTION = re.compile(r"\\[dt]?frac|\d\s*/\s*\d")
_DECIMAL = re.compile(r"\d\.\d")
_TRANSCENDENTAL = re.compile(r"\\ln|\\log|\\mathrm\{e\}|\be\^|\\arcsin|\\arccos|\\arctan")
_INTEGER = re.compile(r"\d+")


@dataclass(frozen=True)
class Shape:
    """What makes an answer harder to read or compute by hand."""

    no_answer: bool
    roots: int
    high_roots: bool  # cube or higher roots
    nested: bool
    fractions: bool
    decimals: bool
    transcendental: bool
    digits: int  # length of its longest integer


def shape_of(answer: str) -> Shape:
    """The shape of an answer's text."""
    text = answer or ""
    return Shape(
        no_answer=bool(_NO_ANSWER.search(text)),
        roots=len(_ROOT.findall(text)),
        high_roots=bool(_HIGH_ROOT.search(text)),
        nested=bool(_NESTED.search(text)),
        fractions=bool(_FRACTION.search(text)),
        decimals=bool(_DECIMAL.search(text)),
        transcendental=bool(_TRANSCENDENTAL.search(text)),
        digits=max((len(n) for n in _INTEGER.findall(text)), default=0),
    )


def nice_enough(variant: str, original: str) -> bool:
    """True when the variant's answer is no less clean than the original's (same kind of numbers)."""
    v, o = shape_of(variant), shape_of(original)
    if v.no_answer != o.no_answer:  # "no real roots" is another kind of question, not a variant of this one
        return False
    for worse in ("high_roots", "nested", "fractions", "decimals", "transcendental"):
        if getattr(v, worse) and not getattr(o, worse):
            return False
    if (v.roots > 0) != (o.roots > 0) or v.roots > max(o.roots, 2):
        return False
    return v.digits <= max(o.digits + 1, 2)

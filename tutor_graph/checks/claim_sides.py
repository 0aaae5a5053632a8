"""The sides of a claim a student's answer is compared with: its premise before ⇒, the given side of `E = V`.

Shared by checking an answer (`answering`) and saying what is wrong with it (`diagnosing`).
"""

from __future__ import annotations

import re

ARROWS = re.compile(r"\\Rightarrow|\\Leftrightarrow|⇒|⇔|\\implies|\\iff")
LABEL = re.compile(r"^\s*(?:[A-Za-z](?:_\{?\w+\}?)?'*(?:\([^()]*\))?|\|[A-Za-z]+\||[A-Za-z]'+)\s*$")


def squash(text: str) -> str:
    """Plain comparable text: no spaces, `$`, `*`, braces or \\left/\\right.

    >>> squash(r"$(x - 2)\\left(x-3\\right)$") == squash("(x-2)*(x-3)")
    True
    """
    text = re.sub(r"\\left|\\right|\\,|\\!|\\;|\s|\$|\*|\{|\}", "", text)
    return text.replace("\\cdot", "").replace("\\dfrac", "\\frac")


def echo_of(claim: str) -> str:
    """The given side of a claim `E = V` (a student typing E back has not answered), else ''."""
    consequent = ARROWS.split(claim)[-1]
    if ARROWS.search(claim) or consequent.count("=") != 1:
        return ""
    left = consequent.split("=")[0]
    return "" if LABEL.match(left) else squash(left)


def premise(claim: str) -> str:
    """The part of a claim before ⇒ (the equation or inequality a student's values can be put into)."""
    parts = ARROWS.split(claim)
    return parts[0].strip() if len(parts) > 1 else ""

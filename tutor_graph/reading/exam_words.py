"""Exam phrasings of sequence facts read into claims: "前 9 项的和为 27", "公差不为 0", "a_2, a_3, a_6 成等比数列".

String work only (the reader's hook on a given clause); each phrase read is blanked out of the clause, so what
is left is still reported unread when it is not understood.

>>> class R:
...     text = "等差数列 {a_n} 前 9 项的和为 27"
...     def __init__(self): self.givens = []
...     def add_given(self, text, start, claim, kind): self.givens.append((claim, kind))
>>> r = R(); _ = sequence_facts(r, "前 9 项的和为 27, a_{2}, a_{3}, a_{6} 成等比数列", 0); r.givens
[('S_{9}=27', 'equation'), ('a_{3}^2=(a_{2})*(a_{6})', 'equation')]
"""

from __future__ import annotations

import re

_TERM = r"(a_\{?\d+\}?)"
_VALUE = r"([-+]?\s*(?:\\frac\{[^{}]*\}\{[^{}]*\}|[0-9.]+))"
_FACTS = [
    (re.compile(rf"前\s*(\d+)\s*项(?:的|之)?和\s*(?:为|是|等于)\s*{_VALUE}"), lambda m: [(f"S_{{{m.group(1)}}}={m.group(2)}", "equation")]),
    (re.compile(rf"the sum of the first (\d+) terms is\s*{_VALUE}", re.I), lambda m: [(f"S_{{{m.group(1)}}}={m.group(2)}", "equation")]),
    (re.compile(r"公差\s*(?:d\s*)?不(?:为|等于)\s*0|the common difference is (?:not 0|non-?zero)", re.I), lambda m: [("d\\ne 0", "inequality")]),
    (re.compile(r"公比\s*(?:q\s*)?不(?:为|等于)\s*1"), lambda m: [("q\\ne 1", "inequality")]),
    # all terms positive in a geometric sequence: a_1 > 0 and q > 0 (and nothing less)
    (re.compile(r"各项(?:均|都)(?:为|是)正数的(?=等比数列)"), lambda m: [("a_1>0", "inequality"), ("q>0", "inequality")]),
    (re.compile(rf"{_TERM}\s*[,，、]\s*{_TERM}\s*[,，、]?\s*(?:and\s*)?{_TERM}\s*(?:成等比数列|form a geometric sequence)"),
     lambda m: [(f"{m.group(2)}^2=({m.group(1)})*({m.group(3)})", "equation")]),
    (re.compile(rf"{_TERM}\s*[,，、]\s*{_TERM}\s*[,，、]\s*{_TERM}\s*成等差数列"),
     lambda m: [(f"2*{m.group(2)}={m.group(1)}+{m.group(3)}", "equation")]),
]


def sequence_facts(reader, clause: str, at: int) -> str:
    """The reader's hook: sequence facts of a clause as givens (only where the problem is about a sequence)."""
    if not re.search(r"数列|\{\s*a_\{?n\}?\s*\\?\}", reader.text):
        return clause
    for pattern, claims in _FACTS:
        for m in list(pattern.finditer(clause)):
            for claim, kind in claims(m):
                reader.add_given(m.group(0), at + m.start(), claim, kind)
            clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    return clause


_SIDES = {"AB": "c", "BA": "c", "BC": "a", "CB": "a", "AC": "b", "CA": "b"}


def triangle_sides(text: str) -> str:
    """"在 △ABC 中, BC=1, AC=5, 则 AB=" with sides named by their ends: AB, BC, CA → c, a, b (the letters the
    law of cosines is written in), only where the triangle ABC is the one figure and a, b, c are not used."""
    if not re.search(r"(?:\\triangle|△)\s*ABC", text) or re.search(r"(?<![A-Za-z\\])[abc](?![A-Za-z])", text):
        return text
    rest = re.sub(r"(?:\\triangle|△)\s*ABC", " ", text)
    if re.search(r"(?<![A-Za-z\\])[D-Z](?![a-z])", rest) or not re.search(r"(?<![A-Za-z\\])(?:AB|BA|BC|CB|AC|CA)(?![A-Za-z])", rest):
        return text  # another point (a D, an O), or no side named: left alone
    return re.sub(r"(?<![A-Za-z\\])(AB|BA|BC|CB|AC|CA)(?![A-Za-z])", lambda m: _SIDES[m.group(1)], text)

"""Complex-number phrasings read into claims and objects: a complex root of an equation, a number with real
parameters said to be purely imaginary or real.

The reader's hook on a given clause, run before English words are blanked (it reads some); each phrase read is
blanked out of the clause, so what is left is still reported unread when it is not understood.

>>> class R:
...     text = "已知 1+i 是关于 x 的实系数方程 x^2+px+q=0 的一个根"
...     def __init__(self): self.givens, self.objects = [], []
...     def add_given(self, text, start, claim, kind): self.givens.append((claim, kind))
...     def add_object(self, name, kind, value=""): self.objects.append((name, kind, value))
>>> r = R(); _ = read_complex(r, R.text, 0); r.givens, r.objects
([('(1+i)^2+p*(1+i)+q=0', 'equation')], [('1+i', 'root', 'x^2+px+q=0')])
"""

from __future__ import annotations

import re

_NUMBER = r"([-+]?\s*\d*\s*(?:\\sqrt\{\d+\}|\d+)?\s*[+\-]\s*(?:\d+\s*|\\sqrt\{\d+\}\s*)?i|[-+]?\s*\d*\s*i)"
_EQUATION = r"([^=,，。]+?)\s*=\s*([^=,，。]+?)"
# "1+i 是关于 x 的实系数方程 x^2+px+q=0 的一个根", "2 - 3i is a root of x^2 + bx + c = 0 (with real coefficients)"
_ROOT = re.compile(rf"(?<![\w^{{]){_NUMBER}\s*(?:是|为)\s*(?:关于\s*x\s*的)?\s*(?:实系数)?\s*(?:一元二次)?方程\s*{_EQUATION}\s*"
                   r"的(?:一个)?(?:虚)?(?:根|解)|"
                   rf"(?<![\w^{{]){_NUMBER}\s+is\s+(?:a|one)\s+(?:complex\s+)?root\s+of\s+(?:the\s+)?(?:equation\s+)?{_EQUATION}"
                   r"(?:\s+with\s+real\s+coefficients)?(?=\s*(?:with|where|,|\.|$))", re.I)
# "(A)+(B)i is purely imaginary": the parts of a number whose parameters are real
_PARTS = r"\(([^()]+)\)\s*\+\s*\(([^()]+)\)\s*i"
_KIND_ZH = re.compile(rf"(?:复数\s*)?(?:(z)\s*=\s*)?{_PARTS}\s*(?:是|为)\s*(纯虚数|实数|虚数)")
_KIND_EN = re.compile(rf"(?:(z)\s*=\s*)?{_PARTS}\s+is\s+(?:a\s+)?(purely imaginary|pure imaginary|real)(?:\s+number)?", re.I)


def _put(text: str, value: str) -> str:
    """The equation's x replaced by `(value)`, a product written out (`px` → `p*(…)`)."""
    return re.sub(r"(?<![A-Za-z\\])([a-wyz]|\d+)?x(?![A-Za-z])",
                  lambda m: f"{m.group(1)}*({value})" if m.group(1) else f"({value})", text)


def read_complex(reader, clause: str, at: int) -> str:
    """The reader's hook: complex roots and purely imaginary / real numbers of a clause, as givens and objects."""
    for m in list(_ROOT.finditer(clause)):
        number = (m.group(1) or m.group(4)).strip()
        left, right = (m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(6))
        left, right = left.strip(), right.strip()
        if not re.search(r"(?<![A-Za-z\\])x(?![A-Za-z])", left + right):
            continue
        reader.add_given(m.group(0), at + m.start(), f"{_put(left, number)}={_put(right, number)}", "equation")
        reader.add_object(re.sub(r"\s+", "", number), "root", f"{left}={right}")
        clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    for m in list(_KIND_ZH.finditer(clause)) + list(_KIND_EN.finditer(clause)):
        real, imaginary = m.group(2).strip(), m.group(3).strip()
        if "i" in re.sub(r"\\[a-z]+", "", real + imaginary):
            continue  # the parts hold i themselves: not the parts of the number
        reader.add_object(m.group(1) or "z", "complex", f"({real})+({imaginary})i")
        if m.re is _KIND_EN:  # the Chinese phrase's claims are the reader's own (FigureWords.complex_words)
            claims = [(f"{real}=0", "equation"), (f"{imaginary}\\ne 0", "inequality")] if "imaginary" in m.group(4).lower() \
                else [(f"{imaginary}=0", "equation")]
            for claim, kind in claims:
                reader.add_given(m.group(0), at + m.start(), claim, kind)
            clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    return clause

"""Words about equations read as givens: a named root of an equation, two lines perpendicular or parallel.

Pure string work (the reader's side): each phrase becomes a formal claim the math layer parses later.

>>> w = EquationWords(); w.givens = []; w.unread = []
>>> _ = w.root_words("设 x_1 是方程 2^x+x-4=0 的根", 0)
>>> w.givens[0]["claim"]
'2^(x_1)+(x_1)-4=0'
>>> _ = w.line_words("直线 ax+2y-1=0 与直线 x+(a-1)y+2=0 互相垂直", 0)
>>> w.givens[1]["kind"], w.givens[1]["claim"].endswith("=0")   # A₁A₂ + B₁B₂ = 0, each coefficient by its values
('relation', True)
"""

from __future__ import annotations

import re

from tutor_graph.result import ReadGiven

_NAME = r"[a-z](?:_\{?[0-9]\}?)?"
_EQUATION = r"([^=，,;；。]{1,80}?)\s*=\s*([^=，,;；。]{1,40}?)"
_LINE = r"([0-9a-wxyz+\-*/().\s^{}]{1,60}?)\s*=\s*([0-9a-wxyz+\-*/().\s^{}]{1,30}?)"


def _put(text: str, var: str, value: str) -> str:
    """Every free occurrence of the letter `var` replaced by `(value)` (never inside \\log, exp, …)."""
    # a letter or a bracket before it multiplies: `ax` → `a*(1)`, never the call `a(1)` (`\\log_2x` keeps its base)
    return re.sub(rf"(?<![A-Za-z\\])([A-Za-z)]?){var}(?![A-Za-z])",
                  lambda m: f"{m.group(1)}*({value})" if m.group(1) else f"({value})", text)


def _at(form: str, x: str, y: str) -> str:
    """The line's form (left − right) at the point (x, y)."""
    return "(" + _put(_put(form, "x", "\0"), "y", y).replace("\0", x) + ")"


class EquationWords:
    """Mixed into the reader: needs `givens`, `unread` and `add_given`."""

    givens: list[ReadGiven]
    unread: list[str]

    def add_given(self, text: str, start: int, claim: str, kind: str) -> None:
        self.givens.append(ReadGiven(text=text, span=[start, start + len(text)], claim=claim, kind=kind))

    def root_words(self, clause: str, at: int) -> str:
        """"x_1 是方程 2^x+x-4=0 的根" → 2^(x_1)+(x_1)-4=0; the clause with what was read blanked out."""
        for m in re.finditer(rf"({_NAME})\s*(?:是|为)\s*(?:关于\s*x\s*的)?方程\s*{_EQUATION}\s*的(?:一个)?(?:实数?)?(?:根|解)",
                             clause):
            name, left, right = m.group(1), m.group(2).strip(), m.group(3).strip()
            if not re.search(r"(?<![A-Za-z\\])x(?![A-Za-z])", left + right) or name == "x":
                continue
            self.add_given(m.group(0), at + m.start(), f"{_put(left, 'x', name)}={_put(right, 'x', name)}", "equation")
            clause = clause.replace(m.group(0), " " * len(m.group(0)))
        return clause

    def line_words(self, clause: str, at: int) -> str:
        """"直线 l_1: … 与直线 … 垂直 / 平行" → A₁A₂+B₁B₂ = 0 / A₁B₂−A₂B₁ = 0 and not the same line."""
        m = re.search(rf"直线\s*(?:[a-z](?:_\d)?\s*[:：]\s*)?{_LINE}\s*与\s*直线\s*(?:[a-z](?:_\d)?\s*[:：]\s*)?{_LINE}\s*"
                      r"(互相垂直|垂直|平行)", clause)
        if not m:
            return clause
        forms = [f"{m.group(1).strip()}-({m.group(2).strip()})", f"{m.group(3).strip()}-({m.group(4).strip()})"]
        if not all(re.search(r"(?<![A-Za-z\\])[xy](?![A-Za-z])", f) for f in forms):
            return clause
        (a1, b1, c1), (a2, b2, c2) = ((f"({_at(f, '1', '0')}-{_at(f, '0', '0')})", f"({_at(f, '0', '1')}-{_at(f, '0', '0')})",
                                       _at(f, "0", "0")) for f in forms)
        if "垂直" in m.group(5):
            self.add_given(m.group(0), at + m.start(), f"{a1}*{a2}+{b1}*{b2}=0", "relation")
        else:  # parallel: the normals are parallel and the lines are not the same line
            self.add_given(m.group(0), at + m.start(), f"{a1}*{b2}-{a2}*{b1}=0", "relation")
            self.add_given(m.group(0), at + m.start(), f"({a1}*{c2}-{a2}*{c1})^2+({b1}*{c2}-{b2}*{c1})^2 \\ne 0",
                           "inequality")
        return clause.replace(m.group(0), " " * len(m.group(0)))

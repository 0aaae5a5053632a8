"""Words that name figures and number kinds, read into claims (a mixin of the reader, one concern per method).

A triangle ABC is its sides and angles with the law of cosines; a solid is its measures and the relations
between them; "(A)+(B)i 是纯虚数" is a claim on its parts; a listed set's elements are distinct.
"""

from __future__ import annotations

import re

from tutor_graph.reading import solids
from tutor_graph.result import ReadGiven, ReadObject


class FigureWords:
    """Reader methods for figures; the reader supplies text, objects, givens, figure, add_given, add_object."""

    text: str
    figure: str
    objects: list[ReadObject]
    givens: list[ReadGiven]

    def add_given(self, text: str, start: int, claim: str, kind: str) -> None:  # the reader's own
        raise NotImplementedError

    def add_object(self, name: str, kind: str, value: str = "") -> None:  # the reader's own
        raise NotImplementedError

    def measure_words(self, clause: str, at: int) -> str:
        """"圆锥的底面半径为 3" → r = 3 (the figure's measures); the clause with what was read blanked out."""
        if not self.figure:
            return clause
        while found := solids.measure(clause, self.figure):
            claim, words = found
            kind = "definition" if re.fullmatch(r"\\?[A-Za-z]+=.*", claim) else "equation"
            self.add_given(words, at + clause.find(words), claim, kind)
            clause = clause.replace(words, " " * len(words), 1)
        return re.sub(rf"(?:这个|一个|该)?\s*{self.figure}\s*(?:的)?", lambda m: " " * len(m.group(0)), clause)

    def complex_words(self, clause: str, at: int) -> str:
        """"复数 (A)+(B)i 是纯虚数" → A = 0, B ≠ 0 (实数: B = 0; 虚数: B ≠ 0), for real parameters only."""
        m = re.search(r"(?:复数\s*)?(?:z\s*=\s*)?\(([^()]+)\)\s*\+\s*\(([^()]+)\)\s*i\s*(?:是|为)\s*(纯虚数|实数|虚数)", clause)
        # the parts are real only when the parameters are said to be real (and neither part holds i itself)
        if not m or "实数" not in self.text or "i" in re.sub(r"\\[a-z]+", "", m.group(1) + m.group(2)):
            return clause
        real, imaginary = m.group(1).strip(), m.group(2).strip()
        claims = {"纯虚数": [(f"{real}=0", "equation"), (f"{imaginary}\\ne 0", "inequality")],
                  "实数": [(f"{imaginary}=0", "equation")], "虚数": [(f"{imaginary}\\ne 0", "inequality")]}[m.group(3)]
        for claim, kind in claims:
            self.add_given(m.group(0), at + m.start(), claim, kind)
        return clause.replace(m.group(0), " " * len(m.group(0)))

    def triangle_words(self, clause: str, at: int) -> str:
        """"在 △ABC 中", "角 A,B,C 的对边分别为 a,b,c": the triangle named (its laws are added by `triangle_laws`)."""
        for m in re.finditer(r"(?:在\s*)?(?:\\triangle|△)\s*ABC\s*中|(?:在\s*)?三角形\s*ABC\s*中|三角形\s*ABC\s*(?=的三边)|(?<![A-Za-z])triangle\s+ABC\b|(?:其|△ABC\s*的)?(?:内角|角)?\s*A\s*[,，、]\s*B\s*[,，、]"
                             r"\s*C\s*(?:所对)?的对边(?:长)?(?:分别)?(?:为|是)\s*a\s*[,，、]\s*b\s*[,，、]\s*c", clause):
            # sides written by their ends (AB, BC) or other points would be read as products: then not read
            if re.search(r"(?<![A-Za-z\\])[A-Z]{2,}(?![A-Za-z])", re.sub(r"(?:\\triangle|△|triangle|三角形)\s*ABC", " ", self.text)):
                continue
            self.add_object("\\triangle ABC", "triangle", "sides a, b, c opposite A, B, C")
            clause = clause.replace(m.group(0), " " * len(m.group(0)))
        return clause

    def triangle_laws(self) -> None:
        """A triangle ABC as claims: a, b, c > 0 and the law of cosines at every angle.

        At a given angle the law is an equation (checked at back-substitution); at an angle not given it
        defines that angle's cosine. With the sides positive and one law holding at an angle in (0°, 180°),
        a triangle with these sides exists, so nothing of "being a triangle" is left out.
        """
        if not any(o["kind"] == "triangle" for o in self.objects):
            return
        given = {m.group(1) for g in self.givens if g["kind"] == "definition"
                 for m in [re.match(r"\s*([ABC])\s*=", g["claim"])] if m}
        laws = [("a", "b", "c", "A"), ("b", "c", "a", "B"), ("c", "a", "b", "C")]
        m = re.search(r"(?:\\triangle|△)\s*ABC|对边", self.text)
        where, at = (m.group(0), m.start()) if m else ("", 0)
        for side in "abc":
            self.add_given(where, at, f"{side}>0", "inequality")
        for x, y, z, angle in laws:
            if angle in given:
                self.add_given(where, at, f"{x}^2={y}^2+{z}^2-2*{y}*{z}*\\cos({angle})", "equation")
            else:
                self.add_given(where, at, f"\\cos({angle})=({y}^2+{z}^2-{x}^2)/(2*{y}*{z})", "definition")

    def distinct_elements(self, piece: str, at: int) -> None:
        """"3 ∈ {a+2, a^2+2a}": the elements of a listed set are distinct, a given the notation carries."""
        for m in re.finditer(r"\\?\{([^{}]*,[^{}]*)\\?\}", piece):
            elements = [e.strip().strip("\\ ").strip() for e in m.group(1).split(",")]
            if "\\mid" in m.group(1) or "|" in m.group(1) or not any(re.search(r"[a-z]", e) for e in elements):
                continue
            if re.search(r"\\[lc]?dots|\.\.\.|…", m.group(1)):
                continue  # "{1, 2, …, 8}": the elements left out are not letters to keep apart
            for i, left in enumerate(elements):
                for right in elements[i + 1:]:
                    self.add_given(piece, at, f"{left}\\ne {right}", "inequality")

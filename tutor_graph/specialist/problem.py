"""The problem as the detectors see it: the reading layer's Reading, plus normalised text for keywords.

Detectors take their parameters from the Reading (`objects`, `given_relations`, `goals`): what the
problem says, formally, read once by `tutor_graph.reading`. The text-level views below it (`text`,
`fragments`, `relations`) are what the detectors read before the Reading existed; `figures detection`
counts, per type, which of the two its detector still reads.
"""

from __future__ import annotations

import functools
import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.result import ReadGoal, Reading, ReadObject
from tutor_graph.specialist.goals import Goal, asked
from tutor_graph.specialist.text import fragments, normalise, split_top

__all__ = ["Problem", "split_top"]  # split_top lives in text.py; the types import it from here too

class Problem:
    """One problem text, normalised once; detectors ask it for keywords, fragments and relations."""

    def __init__(self, raw: str):
        self.raw = raw
        self.text = normalise(raw)
        self.lower = self.text.lower()
        self.lang = "zh" if re.search(r"[\u4e00-\u9fff]", self.text) else "en"

    def has(self, *words: str) -> bool:
        """True when any of the keywords occurs in the text (case-insensitive)."""
        return any(w.lower() in self.lower for w in words)

    @functools.cached_property
    def reading(self) -> Reading:
        """The reading layer's Reading of the raw text (objects, formal givens, goals); never raises."""
        from tutor_graph.reading.reader import read  # the reading layer's strategies build specialist chains

        return read(self.raw)

    def objects(self, *kinds: str) -> list[ReadObject]:
        """The objects read (`{a_n}` a sequence, `f` a function, an ellipse …), of these kinds if given."""
        return [o for o in self.reading["objects"] if not kinds or o["kind"] in kinds]

    @property
    def given_claims(self) -> list[str]:
        """The formal claims of the givens, as read (`a_3=5`, `f(x)=x^2-2x`, `x>0`), in order."""
        return [g["claim"] for g in self.reading["givens"] if g["claim"]]

    @functools.cached_property
    def given_relations(self) -> list[tuple[sp.Expr, str, sp.Expr]]:
        """Every given claim that parses as one relation `lhs op rhs` (the math layer's parser)."""
        # claims keep the problem's LaTeX (`\\frac{1}{x}`, `\\ge`): the specialist's normaliser makes it plain first
        return [rel for claim in self.given_claims if (rel := try_relation(normalise(claim))) is not None]

    @functools.cached_property
    def goal_relations(self) -> list[tuple[sp.Expr, str, sp.Expr]]:
        """The asked expressions that are relations: the equation or inequality to solve (`x^2-5x+6=0`)."""
        return [rel for g in self.reading["goals"]
                if g["expression"] and (rel := try_relation(normalise(g["expression"]))) is not None]

    @property
    def read_relations(self) -> list[tuple[sp.Expr, str, sp.Expr]]:
        """Every relation the Reading states: the givens', then the asked ones."""
        return self.given_relations + self.goal_relations

    @property
    def goals(self) -> list[ReadGoal]:
        """What the reading says is asked: kind (`value`, `range` …) and the asked expression."""
        return self.reading["goals"]

    @functools.cached_property
    def goal(self) -> Goal:
        """What the question asks: its asking clause and the kinds of quantity asked (`goals.asked`)."""
        return asked(self.text, normalised=True)

    @functools.cached_property
    def fragments(self) -> list[str]:
        """Math-looking pieces of the text, split at words, Chinese and top-level commas (`text.fragments`)."""
        return fragments(self.text)

    @functools.cached_property
    def relations(self) -> list[tuple[sp.Expr, str, sp.Expr]]:
        """Every fragment that parses as one relation `lhs op rhs`."""
        out = []
        for frag in self.fragments:
            rel = try_relation(frag)
            if rel is not None:
                out.append(rel)
        return out

    def expressions(self) -> list[sp.Expr]:
        """Every fragment that parses as an expression (no relation)."""
        return [e for e in (try_expr(f) for f in self.fragments) if e is not None]

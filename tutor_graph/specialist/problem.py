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
from tutor_graph.specialist.text import normalise

# Letter runs that are math even though they are longer than one letter.
_MATH_WORDS = {"sin", "cos", "tan", "cot", "sec", "csc", "ln", "lg", "log", "sqrt", "exp", "pi",
               "arcsin", "arccos", "arctan", "abs"}
_STOP2 = {"is", "of", "at", "if", "be", "to", "in", "on", "an", "by", "as", "or", "it", "we", "so",
          "no", "do", "up", "us", "me", "he", "go", "am", "th", "nd", "st", "rd"}
_MATH_CHARS = r"0-9A-Za-z+\-*/^()\[\]{}=<>≤≥≠.,;|'_!√π°αβθφωλμξ "
_FRAGMENT = re.compile(f"[{_MATH_CHARS}]+")
_FUNC_RUN = re.compile(r"^(?:(?:arcsin|arccos|arctan|sin|cos|tan|cot|ln|lg|log|sqrt|exp)[a-z]?)+$")


def _is_word(run: str) -> bool:
    """An English (or pinyin) word, not a variable or function name."""
    low = run.lower()
    if low in _MATH_WORDS or _FUNC_RUN.match(run):
        return False
    if len(run) == 1:
        return False
    if len(run) == 2:
        return low in _STOP2 or run[0].isupper() and run[1].islower()
    return True


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
        """Math-looking pieces of the text, split at words, Chinese and top-level commas."""
        out: list[str] = []
        for m in _FRAGMENT.finditer(self.text):
            piece = m.group(0)
            # English words split a fragment: "Solve x^2=4 for x" -> "x^2=4", "x"
            for part in re.split(r"(?<![A-Za-z])([A-Za-z]{2,})(?![A-Za-z])", piece):
                if not part or (part.isalpha() and _is_word(part)):
                    out.append("\x00")
                    continue
                out.append(part)
            out.append("\x00")
        joined = "".join(out)
        result = []
        for chunk in joined.split("\x00"):
            for item in split_top(chunk, ",;"):
                item = _trim_brackets(item.strip(" ."))
                if item and re.search(r"[0-9A-Za-zπ]", item):
                    result.append(item)
        return result

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


def _trim_brackets(s: str) -> str:
    """Drop an unmatched bracket left at either end when words were cut away: `x=0 (` -> `x=0`."""
    for _ in range(3):
        opens, closes = sum(s.count(c) for c in "([{"), sum(s.count(c) for c in ")]}")
        if opens > closes and s and s[-1] in "([{":
            s = s[:-1].rstrip()
        elif closes > opens and s and s[0] in ")]}":
            s = s[1:].lstrip()
        else:
            break
    return s


def split_top(s: str, seps: str) -> list[str]:
    """Split at separators that are not inside (), [], {} or |…|."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts

"""Tokenizer for normalised plain math text: a whitelist, so anything unexpected is rejected.

Only numbers, single-letter variables, a fixed vocabulary of words (functions, constants, Greek
letters, connectives), operators, brackets and the logical markers pass. Letter runs that are not
words are split into single-letter variables (`xy` -> x, y), so no identifier of the input ever
reaches Python: there is no name lookup, no attribute access, no call outside the vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor_graph.checks.normalizing import (
    AND,
    APPROX,
    CAP,
    CUP,
    DEG,
    EXISTS,
    FORALL,
    IFF,
    IMPLIES,
    IN,
    INCLUSIONS,
    MID,
    NAME_CLOSE,
    NAME_OPEN,
    NOT,
    OR,
    PM,
    RANGE,
    SET_CLOSE,
    SET_OPEN,
    SOLVES,
    THEREFORE,
    TO,
)

FUNCTIONS = frozenset({
    "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "asin", "acos", "atan",
    "ln", "lg", "log", "exp", "sqrt", "cbrt", "root", "abs", "binomial", "max", "min", "sinh", "cosh",
    "tanh", "floor", "ceil", "conjugate",
})
CONSTANTS = frozenset({"pi", "oo", "RR", "NN", "NNPOS", "ZZ", "QQ", "EMPTY"})
GREEK = frozenset({"alpha", "beta", "gamma", "delta", "theta", "phi", "omega", "lamda", "mu", "rho",
                   "sigma", "tau", "epsilon", "Delta", "chi"})
WORDS = {"or": "or", "and": "and", "in": "in", "cup": "cup", "cap": "cap", "notin": "notin",
         "arithmetic": "arithmetic", "geometric": "geometric", "complex": "complex"}
SPECIAL = frozenset({"SUM", "INT", "LIM", "PROD", "COMPL"})
# Short English words that would otherwise read as products of letters (`x^2 ≥ 0 for all x` as x^2 ≥ 0·f·o·r·a·l·l·x)
ENGLISH = frozenset({"for", "all", "the", "is", "if", "of", "so", "we", "are", "any", "not", "let", "but", "its",
                     "has", "get", "can", "was", "thus", "then", "when", "with", "such", "that", "holds"})
# Longest match first. Constants other than pi only count as whole runs (so "foo" is f*o*o).
_VOCAB = sorted(FUNCTIONS | GREEK | {"pi"}, key=len, reverse=True)

_MARKER_KIND = {IMPLIES: ("logic", "=>"), IFF: ("logic", "<=>"), SOLVES: ("logic", "solves"),
                THEREFORE: ("logic", "therefore"),
                OR: ("word", "or"), AND: ("word", "and"), IN: ("word", "in"), CUP: ("word", "cup"),
                CAP: ("word", "cap"), PM: ("op", "±"), APPROX: ("rel", "~="), TO: ("op", "->"),
                DEG: ("op", "°"), MID: ("op", "mid"), SET_OPEN: ("op", "{{"), SET_CLOSE: ("op", "}}"),
                FORALL: ("quant", "all"), EXISTS: ("quant", "some"), NOT: ("word", "not"), RANGE: ("word", "rangeis"),
                **{mark: ("incl", name) for mark, name in INCLUSIONS.items()}}
MAX_NAME = 40  # an opaque symbol ⟪x̄⟫, ⟪⟨a,b⟩⟫ from the LaTeX converter
_RELATIONS = ("<=", ">=", "!=", "==", "=", "<", ">")
_OPS = set("+-*/^!'(),;[]{}|_%:")
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")
MAX_NUMBER_DIGITS = 60
MAX_LETTER_RUN = 3  # xyz is x·y·z; four or more unknown letters in a row is a word


class TokenError(ValueError):
    """Text outside the whitelist (an unknown command or character)."""


@dataclass(frozen=True)
class Token:
    """One token: kind is num | name | func | const | word | op | rel | incl | quant | logic | special | diff."""

    kind: str
    text: str
    spaced: bool = field(default=False, compare=False)  # whitespace came right before it (letters only)


def tokenize(s: str) -> list[Token]:
    """Split normalised plain text into whitelisted tokens, or raise TokenError.

    >>> [t.text for t in tokenize("2sinx+xy<=3")]
    ['2', 'sin', 'x', '+', 'x', 'y', '<=', '3']
    """
    tokens: list[Token] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
        elif s.startswith("...", i):  # an ellipsis in a listed set {0, 1, ..., 6}
            tokens.append(Token("op", "..."))
            i += 3
        elif ch.isdigit() or (ch == "." and i + 1 < n and s[i + 1].isdigit()):
            m = _NUMBER.match(s, i)
            assert m is not None  # a digit (or .digit) starts a number
            if len(m.group(0)) > MAX_NUMBER_DIGITS:
                raise TokenError("数字过长 / number too long")
            tokens.append(Token("num", m.group(0)))
            i = m.end()
        elif ch.isascii() and ch.isalpha():
            j = i
            while j < n and s[j].isascii() and s[j].isalpha():
                j += 1
            run = _split_letters(s[i:j])
            if i > 0 and s[i - 1].isspace():  # `1 y`: remembered, so `x = 1 y = 2` is not read as x = y = 2
                run[0] = Token(run[0].kind, run[0].text, spaced=True)
            tokens.extend(run)
            i = j
        elif ch == NAME_OPEN:
            end = s.find(NAME_CLOSE, i + 1)
            if end < 0 or end - i - 1 > MAX_NAME or end == i + 1 or NAME_OPEN in s[i + 1:end]:
                raise TokenError("记号无法识别 / unreadable symbol")
            tokens.append(Token("name", s[i + 1:end]))
            i = end + 1
        elif ch in _MARKER_KIND:
            kind, text = _MARKER_KIND[ch]
            tokens.append(Token(kind, text))
            i += 1
        elif ch == "!" and s.startswith("!=", i) and i > 0 and (s[i - 1].isalnum() or s[i - 1] == ")"):
            tokens.append(Token("op", "!"))  # `5!=120` is a factorial; write ≠ or `x != 3` for "not equal"
            i += 1
        elif ch in "<>=!" and (rel := next((r for r in _RELATIONS if s.startswith(r, i)), None)):
            tokens.append(Token("rel", "=" if rel == "==" else rel))
            i += len(rel)
        elif ch in _OPS:
            tokens.append(Token("op", ch))
            i += 1
        elif ch == "\\":
            command = re.match(r"\\[A-Za-z]*", s[i:])
            raise TokenError(f"不支持的记号 {command.group(0)[:20] if command else ch} / unsupported notation")
        else:
            raise TokenError(f"不支持的字符 {ch!r} / unsupported character")
    return tokens


def _split_letters(run: str) -> list[Token]:
    """Split a run of letters into vocabulary words and single-letter variables."""
    if run in WORDS:
        return [Token("word", WORDS[run])]
    if run in ENGLISH:
        raise TokenError(f"英文单词 {run!r} 不读作数学 / the word {run!r} is not read as math")
    if run in SPECIAL:
        return [Token("special", run)]
    if run == "DIFF":  # from \\frac{d}{dx}: arrives as DIFF, _, x
        return [Token("special", "DIFF")]
    if run in CONSTANTS:
        return [Token("const", run)]
    out: list[Token] = []
    i = singles = 0
    while i < len(run):
        word = next((w for w in _VOCAB if run.startswith(w, i)), None)
        if word:
            kind = "func" if word in FUNCTIONS else "const" if word in CONSTANTS else "name"
            out.append(Token(kind, word))
            i += len(word)
        else:
            out.append(Token("name", run[i]))
            i += 1
            singles += 1
            if singles > MAX_LETTER_RUN:  # "import", "eval": a word, not a product of variables
                raise TokenError(f"无法识别的词 {run[:20]!r} / unknown word")
            continue
        singles = 0
    return out

"""Exam text as the reader wants it: numbering, scores, blanks and options taken off; LaTeX wrappers unified.

Pure string work (no SymPy): what is left is read by the math layer's own parser.

>>> normalise_exam("13. (5 分) 已知 $\\\\vec{a}=(1,2)$, 则 $|\\\\vec a|=$ (\\\\quad)").text
'已知 a=(1,2), 则 |a|= ____'
>>> normalise_exam("2. 若 $z=1+\\\\mathrm{i}$, 则 $z^2=(\\\\quad)$\\nA. $2 \\\\mathrm{i}$\\nB. 2\\nC. $-2 \\\\mathrm{i}$\\nD. $-2$").options
{'A': '2i', 'B': '2', 'C': '-2i', 'D': '-2'}
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

BLANK = "____"
MAX_TEXT = 4000

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]\s*)?(?:[(（]\s*(?:本小?题)?(?:满分)?\s*\d{1,2}\s*分\s*[)）]\s*)?")
# scores, also as OCR leaves them: "(5 分 $)", "$(5$ 分 $)"
_SCORE_ANYWHERE = re.compile(r"\$?\s*[(（]\s*\$?\s*(?:本小?题)?(?:满分)?\s*\d{1,2}\s*\$?\s*分\s*\$?\s*[)）]")
_OPTION = re.compile(r"(?:^|\n|\s|。|(?<=[)）？?]))([A-D])\s*[.．、:：]\s*")  # "（　）A. …" too
_BLANKS = [
    re.compile(r"[(（]\s*\$?\s*(?:\\quad|\\qquad|\\;|\\,|~|\s)*\s*\$?\s*[)）]"),  # (\quad), （ ）, （ $）$
    re.compile(r"\\underline\s*\{[^{}]*\}|(?<!_)_{5,}|\\_\\_+"),
]
# LaTeX spellings the math layer reads in one way only, or wrappers that carry no mathematics.
_LATEX = [
    (re.compile(r"\x08ar\b"), r"\\bar"),  # "\b" of "\bar" read as a backspace by some JSON producers
    # after a command ("\\perp\\vec a") the name keeps a space, or it would run into the command ("\\perpa")
    (re.compile(r"(?<=[A-Za-z])\\(?:overrightarrow|vec)\s*(?:\{\s*([^{}]*?)\s*\}|\s([A-Za-z]))"), r" \1\2"),
    (re.compile(r"\\(?:overrightarrow|vec|overline\s*\{\s*\\vec)\s*\{\s*([^{}]*?)\s*\}"), r"\1"),
    (re.compile(r"\\(?:overrightarrow|vec)\s+([A-Za-z])"), r"\1"),
    (re.compile(r"\\mathrm\s*\{\s*~?\s*([A-Za-z0-9]+)\s*\}"), r"\1"),
    # the number sets in bold (\mathbf R, \mathbf{N}) are the blackboard sets the math layer reads
    (re.compile(r"\\(?:mathbf|Bbb|mathbb)\s*\{?\s*([RNZQ])\s*\}?(?![A-Za-z])"), r"\\mathbb{\1}"),
    (re.compile(r"\\(?:mathbf|boldsymbol|mathit|bm)\s*\{\s*([A-Za-z0-9]+)\s*\}"), r"\1"),
    (re.compile(r"\\left\s*\\\{"), r"\\{"),
    (re.compile(r"\\right\s*\\\}"), r"\\}"),
    (re.compile(r"\\(?:left|right)\s*\.", ), ""),
    (re.compile(r"\\(?:left|right)(?![a-zA-Z])"), ""),
    (re.compile(r"\\leqslant"), r"\\le "),
    (re.compile(r"\\geqslant"), r"\\ge "),
    (re.compile(r"\\(?:dfrac|tfrac)"), r"\\frac"),
    (re.compile(r"\\(?:displaystyle|mathrm\s*\{\s*\}|,|;|!)"), " "),
    (re.compile(r"\\text\s*\{\s*([^{}]*)\}"), r"\1"),
    # the complement as exams print it: ∁_U A, the older C_U A, and \oint_U, OCR's reading of ∁
    (re.compile(r"\\oint\s*_"), r"\\complement_"),
    (re.compile(r"(?<![\\A-Za-z])C\s*_\s*\{?\s*([RU])\s*\}?(?=\s*[A-Z(])"), r"\\complement_{\1}"),
    # "A ∪ B = R": a bare R equal to a union is the set of reals
    (re.compile(r"(\\c(?:up|ap)\s*[A-Z]\s*=\s*)R(?![A-Za-z_{])"), r"\1\\mathbb{R}"),
]
# OCR spaces: "x O y" → "xOy", "A B C" → "ABC", "2 x" → "2x"; never after a command ("\sin x" stays).
_SPACED_CAPITALS = re.compile(r"(?<![\\A-Za-z])([A-Z])(?:\s+([A-Z])(?![A-Za-z]))+")
_DIGIT_LETTER = re.compile(r"(?<=\d) +(?=[a-zA-Z](?![a-zA-Z]))")
_XOY = re.compile(r"\bx\s*O\s*y\b")


_UNICODE_MATH = {"…": "...", "⋯": "...", "∫": "\\int ", "−": "-", "–": "-", "﹣": "-", "∶": ":", "∕": "/", "⋅": "·", "．": "."}


@dataclass
class Normalised:
    """The normalised text, the options of a choice question, and the number/score prefix taken off."""

    text: str
    options: dict[str, str] = field(default_factory=dict)
    blanks: int = 0


def _width(text: str) -> str:
    """Full-width ASCII and punctuation to half-width; Chinese comma and full stop kept (they split clauses)."""
    out = []
    for ch in text:
        if ch in "，。；：？！":
            out.append(ch)
        elif "\uff01" <= ch <= "\uff5e":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        elif ch in _UNICODE_MATH:
            out.append(_UNICODE_MATH[ch])
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _join_capitals(match: re.Match) -> str:
    return re.sub(r"\s+", "", match.group(0))


def _math(segment: str) -> str:
    """One formula: LaTeX wrappers unified, OCR spaces taken out."""
    for pattern, new in _LATEX:
        segment = pattern.sub(new, segment)
    segment = _SPACED_CAPITALS.sub(_join_capitals, segment)
    segment = _DIGIT_LETTER.sub("", segment)
    segment = _XOY.sub("xOy", segment)
    segment = re.sub(r"(?<![/\\])/\s*/(?!/)", " ∥ ", segment)  # "c / /(2a+b)", "a//b": parallel
    segment = re.sub(r"(\\int\b.*)\bd\s+([a-z])\b", r"\1d\2", segment)  # "d x" of an integral
    return re.sub(r"\s+", " ", segment).strip()


def _formulas(text: str) -> str:
    """Every `$…$` formula normalised and its dollars dropped; text outside formulas left as written."""
    parts = re.split(r"(\$\$?[^$]*\$?\$)", text)
    out = []
    for part in parts:
        if part.startswith("$"):
            out.append(" " + _math(part.strip("$")) + " ")
        else:
            out.append(part)
    joined = "".join(out).replace("$", " ")
    return _DIGIT_LETTER.sub("", _math_outside(joined))


def _math_outside(text: str) -> str:
    """Plain-text problems carry LaTeX too (`\\vec a`, `\\mathrm{i}`): the same rewrites, spaces kept."""
    for pattern, new in _LATEX:
        text = pattern.sub(new, text)
    return text


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s*([，。；：？！])\s*", r"\1", text)
    text = re.sub(r"\s+([,.;:?!)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)  # "可 以" (a line broken in a word)
    return text.strip()


def _split_options(text: str) -> tuple[str, dict[str, str]]:
    """Options A–D (at line starts, or inline after the stem) into a dict; the stem without them."""
    found = list(_OPTION.finditer(text))
    letters = [m.group(1) for m in found]
    for start in range(len(found)):
        if letters[start:start + 4] == ["A", "B", "C", "D"]:
            picked = found[start:start + 4]
            break
    else:
        return text, {}
    options = {}
    for n, m in enumerate(picked):
        end = picked[n + 1].start() if n + 1 < len(picked) else len(text)
        options[m.group(1)] = text[m.end():end].strip()
    return text[:picked[0].start()], options


def normalise_exam(raw: str) -> Normalised:
    """Normalise a problem as pasted from an exam paper, a textbook or plain typing."""
    text = _width(str(raw or ""))[:MAX_TEXT]
    text = _NUMBERING.sub("", text, count=1)
    text = _SCORE_ANYWHERE.sub(" ", text)
    stem, options = _split_options(text)
    for pattern in _BLANKS:
        stem = pattern.sub(f" {BLANK} ", stem)
    blanks = stem.count(BLANK)
    stem = _tidy(_formulas(stem).replace("\n", " "))
    options = {k: _tidy(_formulas(v).replace("\n", " ")).rstrip("；;。.,，") for k, v in options.items()}
    return Normalised(stem, options, blanks)

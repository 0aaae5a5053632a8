"""Text normalisation before parsing: math delimiters, Unicode symbols, full-width forms, Chinese words.

Runs on plain strings only (no SymPy), so it is cheap and safe to run in the caller's process.
The output still may hold LaTeX commands; `tutor_graph.checks.latex` rewrites those next.

Logical markers are single private characters so that later stages cannot confuse them with text:
IMPLIES ⟹, IFF ⟺, SOLVES ⊨ ("A 的解为 B": the solution set of A is B), THEREFORE ∴ (所以 / 因此 / 则:
"implies" between two statements, and also allowed before the first one, where the arrows are not),
OR ∨, AND ∧, IN ∈, CUP ∪, CAP ∩, PM ±, APPROX ≈, TO → (limits), DEG °, MID ∣ (set-builder bar),
FORALL ∀, EXISTS ∃, NOT ¬, RANGE ⟜ ("E 的取值范围是 S": the set of values E takes is S), the inclusions
⊆ ⊂ ⊊ ⊈ ⊄ and their mirror images, and NAME_OPEN ⟪ … ⟫ NAME_CLOSE around one opaque symbol (`x̄`, `ŷ`, `⟨a,b⟩`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

IMPLIES, IFF, SOLVES, THEREFORE = "⟹", "⟺", "⊨", "∴"
OR, AND, IN, CUP, CAP = "∨", "∧", "∈", "∪", "∩"
PM, APPROX, TO, DEG, MID = "±", "≈", "→", "°", "∣"
SET_OPEN, SET_CLOSE = "⦃", "⦄"  # explicit set braces (LaTeX \{ \}); plain { } are groups
FORALL, EXISTS, NOT, RANGE = "∀", "∃", "¬", "⟜"
NAME_OPEN, NAME_CLOSE = "⟪", "⟫"
INCLUSIONS = {"⊆": "sube", "⊂": "sub", "⊊": "subne", "⊈": "nsube", "⊄": "nsub",
              "⊇": "supe", "⊃": "sup", "⊋": "supne", "⊉": "nsupe", "⊅": "nsup"}
MARKERS = (IMPLIES + IFF + SOLVES + THEREFORE + OR + AND + IN + CUP + CAP + PM + APPROX + TO + DEG + MID + SET_OPEN
           + SET_CLOSE + FORALL + EXISTS + NOT + RANGE + NAME_OPEN + NAME_CLOSE + "".join(INCLUSIONS))

_SUPERSCRIPTS = str.maketrans({"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
                               "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+", "ⁿ": "n"})
_SUBSCRIPTS = str.maketrans({"₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6",
                             "₇": "7", "₈": "8", "₉": "9", "ₙ": "n"})

# Symbols replaced before NFKC (which would otherwise turn ² into a bare 2, etc.).
_SYMBOLS = [
    ("⟸", " <= "), ("⇐", " <= "),  # reverse implication is rare; never read it as "implies"
    ("⇒", IMPLIES), ("⟹", IMPLIES), ("⇔", IFF), ("⟺", IFF), ("↔", IFF),
    ("→", TO), ("⟶", TO), ("∨", OR), ("∧", AND), ("∈", IN), ("∉", " notin "),
    ("∪", CUP), ("∩", CAP), ("±", PM), ("∓", PM), ("≈", APPROX), ("≐", APPROX),
    ("°", DEG), ("º", DEG), ("℃", DEG), ("≤", "<="), ("⩽", "<="), ("≦", "<="), ("≥", ">="), ("⩾", ">="),
    ("≧", ">="), ("≠", " != "), ("−", "-"), ("–", "-"), ("—", "-"), ("×", "*"), ("·", "*"), ("⋅", "*"),
    ("∙", "*"), ("•", "*"), ("÷", "/"), ("∞", " oo "), ("π", " pi "), ("√", " sqrt "), ("∛", " cbrt "),
    ("′", "'"), ("″", "''"), ("｜", "|"), ("∣", "|"), ("α", " alpha "), ("β", " beta "), ("γ", " gamma "),
    ("θ", " theta "), ("φ", " phi "), ("ϕ", " phi "), ("ω", " omega "), ("λ", " lamda "), ("μ", " mu "),
    ("ρ", " rho "), ("σ", " sigma "), ("τ", " tau "), ("Δ", " Delta "), ("ℝ", " RR "), ("ℕ", " NN "),
    ("ℤ", " ZZ "), ("ℚ", " QQ "), ("∅", " EMPTY "), ("∁", " COMPL "), ("⫋", "⊊"), ("⫌", "⊋"),
    ("\\langle", "⟨"), ("\\rangle", "⟩"), ("〈", "⟨"), ("〉", "⟩"), ("∄", " ¬∃ "), ("、", ","), ("，", ","), ("；", ";"), ("：", ":"),
    ("。", " "), ("（", "("), ("）", ")"), ("【", "["), ("】", "]"), ("“", '"'), ("”", '"'),
]

# Chinese connectives and phrases, longest first. Order matters: 的解集为 before 的解为 before 为.
_CHINESE = [
    # "k 为整数": the kind of number a letter is (declares integer symbols in a context)
    ("为正整数", f" {IN} NNPOS "), ("是正整数", f" {IN} NNPOS "), ("为非负整数", f" {IN} NN "),
    ("是非负整数", f" {IN} NN "), ("为自然数", f" {IN} NN "), ("是自然数", f" {IN} NN "),
    ("为整数", f" {IN} ZZ "), ("是整数", f" {IN} ZZ "), ("为实数", f" {IN} RR "), ("是实数", f" {IN} RR "),
    ("的取值范围是", RANGE), ("的取值范围为", RANGE), ("取值范围是", RANGE), ("取值范围为", RANGE),
    ("的范围是", RANGE), ("的范围为", RANGE),
    ("对于任意", FORALL), ("对任意", FORALL), ("对所有", FORALL), ("对一切", FORALL), ("任意", FORALL), ("存在", EXISTS),
    ("使得", " "), ("都有", " "), ("恒有", " "), ("总有", " "), ("均有", " "),
    ("的解集为", SOLVES), ("的解集是", SOLVES), ("解集为", SOLVES), ("解集是", SOLVES),
    ("的解为", SOLVES), ("的解是", SOLVES), ("的根为", SOLVES), ("的根是", SOLVES), ("的实根为", SOLVES),
    ("解得", SOLVES), ("等价于", IFF), ("当且仅当", IFF),
    ("所以", THEREFORE), ("因此", THEREFORE), ("从而", THEREFORE), ("于是", THEREFORE), ("故", THEREFORE),
    ("可得", THEREFORE), ("得到", THEREFORE), ("推出", IMPLIES),
    ("或者", OR), ("或", OR), ("并且", AND), ("而且", AND), ("且", AND), ("其中", AND),
    ("属于", IN), ("弧度", " "), ("度", DEG),
    ("已知", " "), ("设", " "), ("令", " "), ("若", " "), ("如果", " "), ("则", THEREFORE), ("即", IFF), ("方程", " "),
    ("不等式", " "), ("函数", " "), ("数列", " "), ("等差", " arithmetic "), ("等比", " geometric "),
    ("公差", " "), ("公比", " "), ("首项", " "), ("复数", " complex "), ("实数", " "),
]

_LINE_BREAK = re.compile(r"(?<=[^\s+\-*/^=<>(\[{,;:|\\])[ \t]*\r?\n\s*(?=[^\s+\-*/^=<>)\]},;:|])")
_DELIMITERS = re.compile(r"\$\$|\$|\\\(|\\\)|\\\[|\\\]")
_ASCII_WORDS = [
    (re.compile(r"(?<![A-Za-z\\])(?:iff)(?![A-Za-z])"), IFF),
    (re.compile(r"<=>|<->"), IFF),
    (re.compile(r"==>|=>"), IMPLIES),
    (re.compile(r"->"), TO),
    (re.compile(r"\+-|\+/-"), PM),
    (re.compile(r"~="), APPROX),
    (re.compile(r"(?<![A-Za-z\\])or(?![A-Za-z])"), OR),
    (re.compile(r"(?<![A-Za-z\\])and(?![A-Za-z])"), AND),
    (re.compile(r"\*\*"), "^"),
]


# After ∈: ℕ*, ℕ₊, N^*, \mathbb{N}_+ (positive integers), and a plain Z, N, Q, R naming the number sets.
_NUMBER_SET_AFTER_IN: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"(∈|\\in(?![A-Za-z]))\s*(?:\\mathbb\s*\{?\s*N\s*\}?|ℕ|N)\s*"
                r"(?:\^\s*\{?\s*[*+]\s*\}?|_\s*\{?\s*\+\s*\}?|\*|\+(?![\w(\\])|₊)"), r"\1 NNPOS "),
    (re.compile(r"(∈|\\in(?![A-Za-z]))\s*([NZQR])(?![A-Za-z_(\d])"), lambda m: f"{m.group(1)} {m.group(2) * 2} "),
]


def normalize(text: str) -> str:
    """Map Unicode, full-width and Chinese notation to the ASCII-plus-markers form the tokenizer reads.

    >>> normalize("x²－5x＋6＝0 的解为 x＝2 或 x＝3")
    'x^{2}-5x+6=0 ⊨ x=2 ∨ x=3'
    >>> normalize("k 为整数, n∈N*")
    'k ∈ ZZ , n∈ NNPOS'
    """
    # a line break between two complete pieces separates statements (`x=1⏎y=2` is not x = 1·y = 2)
    text = _LINE_BREAK.sub(" ; ", text)
    text = _DELIMITERS.sub(" ", text)
    for pattern, new in _NUMBER_SET_AFTER_IN:
        text = pattern.sub(new, text)
    text = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿ]+)", lambda m: "^{" + m.group(1).translate(_SUPERSCRIPTS) + "}", text)
    # x₀ is x_0 (a subscript, never the product x·0), a₁₀ is a_{10}
    text = re.sub(r"([₀₁₂₃₄₅₆₇₈₉ₙ]+)", lambda m: "_{" + m.group(1).translate(_SUBSCRIPTS) + "}", text)
    for old, new in _SYMBOLS:
        text = text.replace(old, new)
    text = unicodedata.normalize("NFKC", text)  # full-width ＡＢ１２＋ to ASCII
    for old, new in _SYMBOLS:  # NFKC can produce some symbols again (e.g. from compatibility forms)
        text = text.replace(old, new)
    text = _ACCENTED.sub(_accent, text)
    text = text.replace(NAME_OPEN, "¤").replace(NAME_CLOSE, "¤")  # only the LaTeX converter makes whole symbols
    for old, new in _CHINESE:
        text = text.replace(old, f" {new} ")
    for pattern, new in _ASCII_WORDS:
        text = pattern.sub(f" {new} ", text)
    return re.sub(r"\s+", " ", text).strip()


# ŷ (hat) and x̄ (bar, also written x with a combining overline): written as the LaTeX the converter reads
_ACCENTS = {"\u0302": "hat", "\u0304": "bar", "\u0305": "bar"}
_ACCENTED = re.compile(r"[A-Za-z][\u0302\u0304\u0305]|[\u00c0-\u024f\u1e00-\u1eff]")


def _accent(match: re.Match) -> str:
    parts = unicodedata.normalize("NFD", match.group(0))
    if len(parts) == 2 and parts[0].isascii() and parts[1] in _ACCENTS:
        return f" \\{_ACCENTS[parts[1]]}{{{parts[0]}}} "
    return match.group(0)  # another accent (é, ü): left for the tokenizer to refuse


def has_cjk(text: str) -> bool:
    """Whether any CJK ideograph is left (words the checker does not understand)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)

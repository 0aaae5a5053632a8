"""Rewrite LaTeX commands into the plain notation the tokenizer reads (`\\frac{a}{b}` -> `((a)/(b))`).

Pure string work, brace-aware, no SymPy. Unknown commands are kept as `\\name` so that the tokenizer
rejects them with a clear reason instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata

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

# Commands replaced by a fixed string (padded with spaces so words do not run together).
_SIMPLE = {
    "cdot": "*", "times": "*", "ast": "*", "div": "/", "pm": PM, "mp": PM,
    "le": "<=", "leq": "<=", "leqslant": "<=", "ge": ">=", "geq": ">=", "geqslant": ">=",
    "lt": "<", "gt": ">", "ne": "!=", "neq": "!=", "approx": APPROX, "doteq": APPROX,
    "Rightarrow": IMPLIES, "implies": IMPLIES, "Longrightarrow": IMPLIES, "therefore": THEREFORE,
    "Leftrightarrow": IFF, "iff": IFF, "Longleftrightarrow": IFF, "to": TO, "rightarrow": TO,
    "lor": OR, "vee": OR, "land": AND, "wedge": AND, "in": IN, "notin": " notin ",
    "cup": CUP, "cap": CAP, "mid": MID, "infty": "oo", "pi": "pi", "circ": DEG, "degree": DEG,
    "sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc",
    "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "ln": "ln", "lg": "lg", "log": "log",
    "exp": "exp", "max": "max", "min": "min", "sum": " SUM ", "int": " INT ", "lim": " LIM ",
    "prod": " PROD ", "varnothing": " EMPTY ", "emptyset": " EMPTY ", "R": " RR ", "mathbb": "",
    "alpha": "alpha", "beta": "beta", "gamma": "gamma", "delta": "delta", "theta": "theta",
    "vartheta": "theta", "phi": "phi", "varphi": "phi", "omega": "omega", "lambda": "lamda",
    "mu": "mu", "rho": "rho", "sigma": "sigma", "tau": "tau", "epsilon": "epsilon",
    "varepsilon": "epsilon", "Delta": "Delta", "%": "%", "{": SET_OPEN, "}": SET_CLOSE,
    ",": " ", ";": " ", ":": " ", "!": " ", " ": " ", "quad": " ", "qquad": " ",
    "displaystyle": "", "limits": "", "nolimits": "", "left": "", "right": "", "big": "", "Big": "",
    "bigl": "", "bigr": "", "Bigl": "", "Bigr": "", "middle": "", "ldots": " ... ", "cdots": " ... ",
    "dots": " ... ", "prime": "'", "complement": " COMPL ", "complementset": " COMPL ",
    "backslash": " \\backslash ", "setminus": " \\setminus ",
    "subseteq": "⊆", "subseteqq": "⊆", "subset": "⊂", "subsetneq": "⊊", "subsetneqq": "⊊", "varsubsetneq": "⊊",
    "varsubsetneqq": "⊊", "nsubseteq": "⊈", "supseteq": "⊇", "supseteqq": "⊇", "supset": "⊃", "supsetneq": "⊋",
    "supsetneqq": "⊋", "varsupsetneq": "⊋", "nsupseteq": "⊉", "forall": FORALL, "exists": EXISTS,
    "nexists": f"{NOT} {EXISTS}", "neg": NOT, "lnot": NOT, "chi": "chi",
}
_TEXT_LIKE = {"text", "mathrm", "textrm", "operatorname", "mathbf", "boldsymbol", "mathit", "textbf",
              "mbox", "rm", "textit", "mathop", "boxed", "fbox", "mathbb", "mathcal"}
_SPACING_TEXT = {"text", "mbox", "textrm", "textit", "textbf"}  # words: only spacing and connectives pass
# what \text{…} may hold: spaces, punctuation and the connectives normalising made of 或 且 所以 解得 or and …
_CONNECTIVE_TEXT = re.compile(r"[\s,;:.]*(?:[" + re.escape(IMPLIES + IFF + THEREFORE + SOLVES + OR + AND + IN + RANGE)
                              + r"]|notin)?[\s,;:.]*")
_FRACS = {"frac", "dfrac", "tfrac", "cfrac"}
_MIXED_NUMBER = re.compile(r"(?<![\w^_.])\d+\s*$")  # a bare whole number right before \frac{1}{2}
_D_OVER_DX = re.compile(r"^\s*(?:d|\\mathrm\{d\}|\\text\{d\}|\\operatorname\{d\})\s*([A-Za-z])?\s*$")
_DX = re.compile(r"^\s*(?:d|\\mathrm\{d\}|\\text\{d\}|\\operatorname\{d\})\s*([A-Za-z])\s*$")


class LatexError(ValueError):
    """Malformed LaTeX (unbalanced braces, a command missing its argument)."""


def _read_group(s: str, i: int) -> tuple[str, int]:
    """Return the contents of the brace group starting at s[i] == '{' and the index after it."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "\\" and j + 1 < len(s) and s[j + 1] in "{}":
            continue
        if s[j] == "{" and (j == 0 or s[j - 1] != "\\"):
            depth += 1
        elif s[j] == "}" and (j == 0 or s[j - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    raise LatexError("括号不配对 / unbalanced braces")


def _read_arg(s: str, i: int) -> tuple[str, int]:
    """Read one macro argument: a {group}, a \\command, or a single character."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        raise LatexError("命令缺少参数 / a command is missing its argument")
    if s[i] == "{":
        return _read_group(s, i)
    if s[i] == "\\":
        m = re.match(r"\\([A-Za-z]+|.)", s[i:])
        command = m.group(0) if m else "\\"
        return command, i + len(command)
    return s[i], i + 1


_PREPASS = [
    (re.compile(r"\\(?:left|right|bigl|bigr|Bigl|Bigr)\s*\."), " "),
    (re.compile(r"\\mathbb\s*\{?\s*N\s*\}?\s*(?:\^\s*\{?\s*[*+]\s*\}?|_\s*\{?\s*\+\s*\}?)"), " NNPOS "),
    (re.compile(r"\\mathbb\s*\{?\s*R\s*\}?"), " RR "),
    (re.compile(r"\\mathbb\s*\{?\s*([NZQ])\s*\}?"), r" \1\1 "),
    (re.compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ)"), DEG),
    (re.compile(r"\{\s*\}\s*\^\s*\\circ"), DEG),
    (re.compile(r"\\mathrm\s*\{\s*i\s*\}"), " i "),
    (re.compile(r"\\not\s*(?:\\subseteq|⊆)"), "⊈"), (re.compile(r"\\not\s*(?:\\subset(?![a-z])|⊂)"), "⊄"),
    (re.compile(r"\\not\s*(?:\\supseteq|⊇)"), "⊉"), (re.compile(r"\\not\s*(?:\\supset(?![a-z])|⊃)"), "⊅"),
    (re.compile(r"\\not\s*(?:\\in(?![a-z])|∈)"), " notin "), (re.compile(r"\\not\s*="), " != "),
    (re.compile(r"\\not\s*(?:\\exists|∃)"), f" {NOT} {EXISTS} "),
]


def to_plain(s: str) -> str:
    """Rewrite LaTeX commands in `s` into plain notation; plain text passes through unchanged.

    >>> to_plain(r"\\frac{1}{2}+\\sqrt[3]{8}\\cdot\\sin 30^\\circ").split()
    ['((1)/(2))+root((8),(3))', '*', 'sin', '30°']
    """
    if "⟨" in s or "⟩" in s:  # 〈a, b〉 (normalised from \\langle, 〈): one symbol, the angle between a and b
        s = _ANGLE.sub(lambda m: _angle(m.group(1)), s)
        if re.search("[⟨⟩]", re.sub(f"{NAME_OPEN}[^{NAME_CLOSE}]*{NAME_CLOSE}", "", s)):
            raise LatexError("⟨ ⟩ 不配对 / unbalanced ⟨ ⟩")
    if "\\" not in s:
        return s
    for pattern, new in _PREPASS:
        s = pattern.sub(new, s)
    return _convert(s)


def _convert(s: str) -> str:
    """Walk `s`, rewriting each command (recursively inside arguments)."""
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        m = re.match(r"\\([A-Za-z]+|.)", s[i:])
        if not m:
            raise LatexError("孤立的反斜杠 / a lone backslash")
        name, i = m.group(1), i + len(m.group(0))
        if name in _FRACS:
            num, i = _read_arg(s, i)
            den, i = _read_arg(s, i)
            if _MIXED_NUMBER.search("".join(out)) and num.strip().isdigit() and den.strip().isdigit():
                raise LatexError("带分数有歧义（3\\frac12 是 3½ 还是 3×½？） / a mixed number is ambiguous (3\\frac12: "
                                 "3½ or 3·½?): write 3+\\frac12 or 3\\cdot\\frac12")
            out.append(_fraction(num, den))
        elif name == "sqrt":
            while i < len(s) and s[i] == " ":
                i += 1
            if i < len(s) and s[i] == "[":
                end = s.index("]", i)
                index, i = s[i + 1:end], end + 1
                arg, i = _read_arg(s, i)
                out.append(f"root(({_convert(arg)}),({_convert(index)}))")
            else:
                arg, i = _read_arg(s, i)
                out.append(f"sqrt({_convert(arg)})")
        elif name in ("binom", "dbinom", "tbinom"):
            n, i = _read_arg(s, i)
            k, i = _read_arg(s, i)
            out.append(f"binomial(({_convert(n)}),({_convert(k)}))")
        elif name in ("overline", "bar"):
            arg, i = _read_arg(s, i)
            out.append(_bar(arg))
        elif name in ("hat", "widehat"):  # ŷ, \hat{b}: an estimate, its own variable
            arg, i = _read_arg(s, i)
            out.append(_opaque(_letter(arg, name) + "\u0302"))

        elif name in _TEXT_LIKE:
            arg, i = _read_arg(s, i)
            if not arg.strip() and name not in _SPACING_TEXT:  # `\boxed{}`: an answer left out
                raise LatexError(f"\\{name}{{}} 是空的 / \\{name}{{}} is empty")
            if name in _SPACING_TEXT and not _CONNECTIVE_TEXT.fullmatch(arg):
                # `x^2 \ge 0 \text{ for all } x` must not become x^2 ≥ 0·f·o·r·a·l·l·x
                raise LatexError(f"\\{name}{{…}} 中的文字不读作数学 / words in \\{name}{{…}} are not read as math")
            out.append(f" {_convert(arg)} ")
        elif name in _SIMPLE:
            out.append(f" {_SIMPLE[name]} " if name not in ("{", "}") else _SIMPLE[name])
        else:
            out.append(f" \\{name} ")  # unknown: the tokenizer reports it
    return "".join(out)


def _opaque(name: str) -> str:
    """One symbol the tokenizer reads whole (`x̄`, `ŷ`, `⟨a,b⟩`): it never splits into letters."""
    return f" {NAME_OPEN}{unicodedata.normalize('NFC', name)}{NAME_CLOSE} "


_GREEK_ARG = re.compile(r"\\(alpha|beta|gamma|delta|theta|phi|omega|lambda|mu|rho|sigma|tau|epsilon|varepsilon|chi)$")


_GREEK_LETTERS = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "theta": "θ", "phi": "φ", "omega": "ω",
                  "lambda": "λ", "mu": "μ", "rho": "ρ", "sigma": "σ", "tau": "τ", "epsilon": "ε", "varepsilon": "ε",
                  "chi": "χ"}


def _letter(arg: str, command: str) -> str:
    """The one letter (or Greek letter) an accent sits on; anything longer is refused."""
    arg = arg.strip()
    if len(arg) == 1 and arg.isascii() and arg.isalpha():
        return arg
    if m := _GREEK_ARG.match(arg):
        return _GREEK_LETTERS[m.group(1)]
    raise LatexError(f"\\{command} 只读一个字母 / \\{command} is read on one letter only")


def _bar(arg: str) -> str:
    """`\\overline{1-i}`, `\\bar z`: the complex conjugate. On real letters a bar is something else (the mean
    x̄, the event Ā, the segment AB̄), so `\\bar{x}` and `\\overline{x^2}` are their own symbols: reading
    them as conjugates would make x̄ equal x."""
    letters = re.sub(r"\\[A-Za-z]+", "", arg)
    if re.search(r"[izw]", letters) or not re.search(r"[A-Za-z]", letters) or "\\mathrm{i}" in arg:
        return f"conjugate({_convert(arg)})"
    plain = re.sub(r"\s+", "", arg)
    if len(plain) == 1:
        return _opaque(plain + "\u0304")
    if len(plain) > 30 or not re.fullmatch(r"[A-Za-z0-9^_{}()+\-*]+", plain):
        raise LatexError("\\overline 下的式子无法读作一个记号 / cannot read this \\overline as one symbol")
    return _opaque(f"({plain})\u0304")


_VECTOR = re.compile(r"^\s*(?:\\(?:vec|overrightarrow|boldsymbol|mathbf)\s*\{\s*([A-Za-z]{1,2})\s*\}|"
                     r"\\vec\s+([A-Za-z])|([A-Za-z]{1,2}))\s*$")


_ANGLE = re.compile(r"⟨([^⟨⟩⟪⟫]*)⟩")


def _angle(inside: str) -> str:
    """`\\langle \\vec a, \\vec b \\rangle`: the angle between two vectors (Chinese textbooks' 〈a, b〉), one symbol."""
    parts = inside.split(",")
    names = [_VECTOR.match(p) for p in parts]
    if len(parts) != 2 or not all(names):
        raise LatexError("⟨…⟩ 只读作两个向量的夹角 / ⟨…⟩ is read only as the angle between two named vectors")
    a, b = (next(g for g in m.groups() if g) for m in names if m)
    return _opaque(f"⟨{a},{b}⟩")


def _fraction(num: str, den: str) -> str:
    """`\\frac{d}{dx}` is the derivative operator, `\\frac{dy}{dx}` a derivative; else a quotient."""
    if re.fullmatch(r"\s*(?:d|\\mathrm\{d\})\s*", num):
        m = _DX.match(den)
        if m:
            return f" DIFF_{m.group(1)} "
    m_num = re.fullmatch(r"\s*(?:d|\\mathrm\{d\})\s*([A-Za-z])\s*", num)
    m_den = _DX.match(den)
    if m_num and m_den and m_num.group(1) != m_den.group(1):
        return f" DIFF_{m_den.group(1)} ({m_num.group(1)}) "
    return f"(({_convert(num)})/({_convert(den)}))"

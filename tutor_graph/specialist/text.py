"""Normalise problem text: LaTeX and full-width notation to one plain form the specialist reads.

Only string rewriting happens here (no SymPy): the output is what the math layer's `checks.plain.parse_expr`
and the detectors' regular expressions see. It stays in the specialist (not in the math layer's LaTeX reader)
because the detectors' regular expressions are written against exactly this form.

>>> normalise(r"解方程 $x^{2}-5x+6=0$。")
'解方程 x^{2}-5x+6=0 .'
>>> normalise(r"\\frac{1}{2}+\\sqrt{3}")
'((1)/(2))+sqrt(3)'
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT = 4000  # problem texts longer than this are not ours to recognise (a pasted page, an attack)

_SUPERSCRIPTS = {"²": "^2", "³": "^3", "¹": "^1", "⁴": "^4", "⁻¹": "^(-1)", "½": "(1/2)"}
_SYMBOLS = {
    "×": "*", "·": "*", "∙": "*", "⋅": "*", "÷": "/", "−": "-", "–": "-", "—": "-", "﹣": "-",
    "≦": "≤", "≧": "≥", "⩽": "≤", "⩾": "≥", "＜": "<", "＞": ">", "。": ". ", "、": ", ", "∶": ":",
    "「": "", "」": "", "“": '"', "”": '"', "‘": "'", "’": "'", "′": "'", "º": "°", "∠": "∠",
    "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III",
    # statistics letters typed directly: ŷ, ẑ, â, b̂ (fitted values) and x̄, ȳ (means) read like \hat / \bar
    "ŷ": " bar{y}", "ẑ": " bar{z}", "â": " bar{a}", "b\u0302": " bar{b}", "x\u0304": " bar{x}", "ȳ": " bar{y}",
}
_COMMANDS = {  # LaTeX commands rewritten to plain tokens (longest names first when applied)
    "leqslant": "≤", "geqslant": "≥", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "neq": "≠",
    "ne": "≠", "lt": "<", "gt": ">", "cdot": "*", "times": "*", "div": "/", "pi": "π",
    "infty": "∞", "cap": "∩", "cup": "∪", "in": "∈", "notin": "∉", "subseteq": "⊆", "subset": "⊆",
    "complement": "∁", "emptyset": "∅", "varnothing": "∅", "Rightarrow": "⇒", "Leftrightarrow": "⇔",
    "triangle": "△", "bigtriangleup": "△", "angle": "∠", "perp": "⊥", "parallel": "∥",
    "alpha": "α", "beta": "β", "theta": "θ", "varphi": "φ", "phi": "φ", "omega": "ω", "xi": "ξ",
    "lambda": "λ", "mu": "μ", "sigma": "σ", "Delta": "Δ", "pm": "±", "mid": "|", "vert": "|",
    "lvert": "|", "rvert": "|", "circ": "°", "degree": "°", "ldots": "...", "cdots": "...",
    "dots": "...", "land": "且", "lor": "或", "bot": "⊥", "S": "S", "forall": "∀", "exists": "∃",
}
_DROPPED = ("displaystyle", "left", "right", "big", "Big", "bigg", "Bigg", "quad", "qquad",
            "limits", "nolimits", "mathrm", "mathbf", "mathit", "text", "textbf", "rm", "boldsymbol",
            "operatorname", "mathbb")
_FUNCS = ("arcsin", "arccos", "arctan", "sin", "cos", "tan", "cot", "sec", "csc", "ln", "lg", "log",
          "exp", "max", "min")


def _braced(s: str, i: int) -> tuple[str, int]:
    """Return the group starting at s[i] ({...} or one character) and the index after it."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        return "", i
    if s[i] != "{":
        if s[i] == "\\":  # \frac\pi2: a command as the argument
            m = re.match(r"\\[A-Za-z]+", s[i:])
            if m:
                return m.group(0), i + m.end()
        return s[i], i + 1
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1 : j], j + 1
    return s[i + 1 :], len(s)


def _rewrite_groups(s: str) -> str:
    """Rewrite \\frac, \\sqrt, \\binom, \\overrightarrow and friends, innermost-safe, left to right."""
    out: list[str] = []
    i = 0
    while i < len(s):
        m = re.match(r"\\(d?frac|tfrac|sqrt|binom|dbinom|overrightarrow|vec|overline|bar|hat)(?![A-Za-z])", s[i:])
        if not m:
            out.append(s[i])
            i += 1
            continue
        name, j = m.group(1), i + m.end()
        if name.endswith("frac"):
            a, j = _braced(s, j)
            b, j = _braced(s, j)
            out.append(f"(({_rewrite_groups(a)})/({_rewrite_groups(b)}))")
        elif name == "sqrt":
            index = ""
            if j < len(s) and s[j] == "[":
                k = s.find("]", j)
                index, j = (s[j + 1 : k], k + 1) if k > 0 else ("", j)
            a, j = _braced(s, j)
            inner = _rewrite_groups(a)
            out.append(f"(({inner})^(1/({index})))" if index.strip() else f"sqrt({inner})")
        elif name.endswith("binom"):
            a, j = _braced(s, j)
            b, j = _braced(s, j)
            out.append(f"C_{{{_rewrite_groups(a)}}}^{{{_rewrite_groups(b)}}}")
        elif name in ("overrightarrow", "vec"):
            a, j = _braced(s, j)
            out.append(f" vec{{{a}}}")  # the space keeps a preceding command (\\cdot) from running into it
        else:  # overline / bar / hat: complement or conjugate, keep a marker
            a, j = _braced(s, j)
            out.append(f" bar{{{a}}}")
        i = j
    return "".join(out)


def latex_to_plain(s: str) -> str:
    """Rewrite LaTeX notation into the plain notation the parser reads (string work only)."""
    s = re.sub(r"\\[\(\)\[\]]", " ", s)  # \( \) \[ \] delimiters
    s = s.replace("$", " ")
    s = re.sub(r"\\boxed\s*", "", s)
    s = re.sub(r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ", "°", s)
    s = re.sub(r"\\mathrm\s*\{\s*([ie])\s*\}", r"\1", s)
    s = re.sub(r"\\(?:text|mathrm|textbf|mathbf|operatorname)\s*\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\begin\{cases\}", " cases; ", s)  # a piecewise definition stays recognisable as one
    s = re.sub(r"\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}", " ; ", s)
    s = s.replace("\\\\", " ; ").replace("&", " ")
    s = _rewrite_groups(s)
    s = s.replace("\\{", "{").replace("\\}", "}").replace("\\|", "|")
    s = re.sub(r"\\([,;:! ])", " ", s)

    def command(m: re.Match) -> str:
        name = m.group(1)
        if name in _FUNCS:
            return f" {name}"
        if name in _COMMANDS:
            return f" {_COMMANDS[name]} " if name not in ("cdot", "times", "div", "pi", "circ") else _COMMANDS[name]
        if name in _DROPPED:
            return ""
        return " "

    s = re.sub(r"\\([A-Za-z]+)", command, s)
    return s


def normalise(text: str) -> str:
    """Return problem text in one plain form: LaTeX rewritten, full-width folded, punctuation spaced."""
    s = text[:MAX_TEXT]
    for k, v in _SUPERSCRIPTS.items():
        s = s.replace(k, v)
    s = unicodedata.normalize("NFKC", s)
    for k, v in _SYMBOLS.items():
        s = s.replace(k, v)
    s = latex_to_plain(s)
    s = s.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠")
    s = re.sub(r"[ \t\r\n]+", " ", s)
    return s.strip()


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


def fragments(text: str) -> list[str]:
    """Math-looking pieces of a normalised text, split at words, Chinese and top-level commas.

    >>> fragments("Solve x^2=4 for x, given x>0")
    ['x^2=4', 'x', 'x>0']
    """
    out: list[str] = []
    for m in _FRAGMENT.finditer(text):
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

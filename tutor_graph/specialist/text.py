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

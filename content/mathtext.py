"""Text with LaTeX in whatever delimiters a model used, split and rewritten for display (pages, handouts).

Models write `\\(…\\)`, `\\[…\\]`, `$…$`, `$$…$$` or bare `\\begin{align}…`; Streamlit's markdown
only understands `$…$` and `$$…$$`, and the HTML handout wants the pieces separately. This is
text handling only: nothing here parses or evaluates mathematics.
"""

from __future__ import annotations

import html
import re
from typing import Literal

Kind = Literal["text", "inline", "display"]

# Order matters: `$$` before `$`, environments before everything they may contain.
_MATH = re.compile(
    r"(?P<env>\\begin\{(?P<name>equation|align|gather|aligned|cases|array|matrix|pmatrix|bmatrix)\*?\}"
    r".*?\\end\{(?P=name)\*?\})"
    r"|\$\$(?P<dd>.+?)\$\$"
    r"|\\\[(?P<bracket>.+?)\\\]"
    r"|\\\((?P<paren>.+?)\\\)"
    r"|(?<![\\$])\$(?P<d>[^$\n]+?)\$(?!\$)",
    re.DOTALL,
)


def split_math(text: str) -> list[tuple[Kind, str]]:
    """Split text into ("text" | "inline" | "display", content) pieces, delimiters removed.

    >>> split_math(r"解 \\(x^2=4\\) 得 $x=\\pm 2$")
    [('text', '解 '), ('inline', 'x^2=4'), ('text', ' 得 '), ('inline', 'x=\\\\pm 2')]
    >>> split_math(r"\\[ a^2+b^2=c^2 \\]")
    [('display', 'a^2+b^2=c^2')]
    """
    pieces: list[tuple[Kind, str]] = []
    pos = 0
    for match in _MATH.finditer(text or ""):
        if match.start() > pos:
            pieces.append(("text", text[pos : match.start()]))
        if match.group("env"):
            pieces.append(("display", match.group("env").strip()))
        elif match.group("dd") is not None:
            pieces.append(("display", match.group("dd").strip()))
        elif match.group("bracket") is not None:
            pieces.append(("display", match.group("bracket").strip()))
        elif match.group("paren") is not None:
            pieces.append(("inline", match.group("paren").strip()))
        else:
            pieces.append(("inline", match.group("d").strip()))
        pos = match.end()
    if pos < len(text or ""):
        pieces.append(("text", text[pos:]))
    return [(kind, body) for kind, body in pieces if body]


def to_markdown(text: str) -> str:
    """Rewrite any LaTeX delimiters to the `$…$` / `$$…$$` that st.markdown renders.

    >>> to_markdown(r"由 \\(a>0\\) 知 \\[f(x)\\ge 0\\]")
    '由 $a>0$ 知 \\n\\n$$\\nf(x)\\\\ge 0\\n$$\\n\\n'
    """
    out: list[str] = []
    for kind, body in split_math(text):
        if kind == "text":
            # A lone dollar sign in prose would otherwise open a formula.
            out.append(body.replace("$", r"\$"))
        elif kind == "inline":
            out.append(f"${body}$")
        else:
            out.append(f"\n\n$$\n{body}\n$$\n\n")
    return "".join(out)


def math_inline(expr: str) -> str:
    """Wrap a bare LaTeX expression (a claim) for inline markdown, unless it already has delimiters.

    >>> math_inline("x^2-5x+6=0")
    '$x^2-5x+6=0$'
    >>> math_inline(r"\\(x=1\\)")
    '$x=1$'
    """
    expr = (expr or "").strip()
    if not expr:
        return ""
    if _MATH.search(expr):
        return to_markdown(expr)
    return f"${expr}$"


def has_math(text: str) -> bool:
    """True when the text holds any delimited LaTeX."""
    return bool(_MATH.search(text or ""))


def to_html(text: str, render_math) -> str:
    """Escape prose for HTML and pass each formula to `render_math(latex, display) -> html`."""
    parts: list[str] = []
    for kind, body in split_math(text):
        if kind == "text":
            parts.append(html.escape(body).replace("\n", "<br>"))
        else:
            parts.append(render_math(body, kind == "display"))
    return "".join(parts)


# Bare LaTeX in prose (the knowledge files write "复数 z=a+bi (a,b\in R) 的实部"): formula-looking
# ASCII runs between Chinese text or English words are wrapped in $…$.
_ASCII_RUN = re.compile(r"[A-Za-z0-9\\^_{}()\[\]+\-*/=<>|,.:;!' ]+")
_MATH_MARK = re.compile(r"\\[A-Za-z]+|[\^_=<>]")
# An English word stands between spaces (or punctuation); "bi" in "a+bi" or "ax" in "ax^2" does not.
_PROSE_WORD = re.compile(
    r"(?:(?<=\s)|^)(?!(?:sin|cos|tan|cot|ln|lg|log|exp|max|min|lim)\b)[A-Za-z]{2,}(?=[\s,.;:!']|$)"
)
_EDGE = " ,.:;!'"


def _wrap_formula(gap: str) -> str:
    core = gap.strip(_EDGE)
    if not core or not _MATH_MARK.search(core):
        return gap.replace("$", r"\$")
    start = gap.index(core)
    return f"{gap[:start]}${core}${gap[start + len(core):]}"


def _wrap_run(run: str) -> str:
    out, pos = [], 0
    for word in _PROSE_WORD.finditer(run):
        out.append(_wrap_formula(run[pos : word.start()]))
        out.append(word.group(0))
        pos = word.end()
    out.append(_wrap_formula(run[pos:]))
    return "".join(out)


def prose_to_markdown(text: str) -> str:
    """Markdown for prose that may hold bare LaTeX; text with delimiters goes through to_markdown.

    >>> prose_to_markdown(r"用 \\in、\\notin 表示")
    '用 $\\\\in$、$\\\\notin$ 表示'
    >>> prose_to_markdown("Solve ax^2+bx+c=0 by factoring.")
    'Solve $ax^2+bx+c=0$ by factoring.'
    >>> prose_to_markdown("N、Z、Q、R 等常用数集")
    'N、Z、Q、R 等常用数集'
    """
    if has_math(text):
        return to_markdown(text)
    out, pos = [], 0
    for run in _ASCII_RUN.finditer(text or ""):
        out.append(text[pos : run.start()])
        out.append(_wrap_run(run.group(0)))
        pos = run.end()
    out.append((text or "")[pos:])
    return "".join(out)


# ── machine notation made readable (display only: nothing is parsed or evaluated) ───────────────────
# Checkable claims and some answers are written for SymPy: "(3)^2 + (4)^2 - 2*(3)*(4)*\cos 60° = 13",
# "Interval.open(0, oo)". Teachers read LaTeX. Each rule rewrites notation, never values.
_BARE_NUMBER = re.compile(r"(?<![A-Za-z0-9_)\]}])\((\d+(?:\.\d+)?)\)")
_INTERVAL = re.compile(r"Interval(\.open|\.Lopen|\.Ropen)?\(([^(),]+),\s*([^(),]+)\)")
_SQRT = re.compile(r"\bsqrt\(([^()]+)\)")
_WORDS = [
    (re.compile(r"\boo\b"), r"\\infty"),
    (re.compile(r"(?<!\\)\bpi\b"), r"\\pi"),
    (re.compile(r"(?<!\\)\b(sin|cos|tan|ln|log)\b"), r"\\\1"),
    (re.compile(r"(?<!\\)\bUnion\b"), ""),
]
_BRACKETS = {"": ("[", "]"), ".open": ("(", ")"), ".Lopen": ("(", "]"), ".Ropen": ("[", ")")}


def _interval(match: re.Match[str]) -> str:
    left, right = _BRACKETS[match.group(1) or ""]
    return f"{left}{match.group(2).strip()}, {match.group(3).strip()}{right}"


_CONNECTIVES = {"en": ((" 或 ", r" \text{ or } "), (" 且 ", r" \text{ and } "), ("或", r" \text{ or } "),
                       ("且", r" \text{ and } "))}


def claim_to_latex(claim: str, lang: str = "zh") -> str:
    r"""SymPy-style notation as LaTeX for display.

    >>> claim_to_latex(r"(3)^2 + (4)^2 - 2*(3)*(4)*\cos 60° = 13")
    '3^2 + 4^2 - 2 \\cdot 3 \\cdot 4 \\cdot \\cos 60^\\circ = 13'
    >>> claim_to_latex("Interval.open(0, oo)")
    '(0, \\infty)'
    >>> claim_to_latex("x=2 或 x=3", "en")
    'x=2 \\text{ or } x=3'
    >>> claim_to_latex("f(3) >= sqrt(2)*x**2")
    'f(3) \\ge \\sqrt{2} \\cdot x^{2}'
    """
    text = (claim or "").strip()
    text = _INTERVAL.sub(_interval, text)
    text = _SQRT.sub(r"\\sqrt{\1}", text)
    text = re.sub(r"\*\*\s*\(([^()]+)\)", r"^{\1}", text)
    text = re.sub(r"\*\*\s*(-?[\w.]+)", r"^{\1}", text)
    text = re.sub(r"\s*\*\s*", r" \\cdot ", text)
    text = _BARE_NUMBER.sub(r"\1", text)
    for pattern, repl in _WORDS:
        text = pattern.sub(repl, text)
    text = text.replace(">=", r"\ge").replace("<=", r"\le").replace("!=", r"\ne").replace("°", r"^\circ")
    for word, latex in _CONNECTIVES.get(lang, ()):  # the checker's 或/且 read in the reader's language
        text = text.replace(word, latex)
    return re.sub(r"\\(ge|le|ne|cdot)(?=[A-Za-z0-9])", r"\\\1 ", text)


_SYMPY_MARKS = re.compile(r"Interval|\boo\b|\*\*|\bsqrt\(|\bUnion\(")


def readable_answer(answer: str) -> str:
    r"""An answer that still holds SymPy notation (`Interval.open(0, oo)`) as `$LaTeX$`; others as they are.

    >>> readable_answer("Interval.open(0, oo)")
    '$(0, \\infty)$'
    >>> readable_answer("$x=2$ 或 $x=3$")
    '$x=2$ 或 $x=3$'
    """
    text = answer or ""
    if has_math(text) or not _SYMPY_MARKS.search(text):
        return text
    return f"${claim_to_latex(text)}$"


# ── plain text for places that cannot render LaTeX (select boxes, window titles) ────────────────────────
_SYMBOLS = {
    r"\le": "≤", r"\leq": "≤", r"\ge": "≥", r"\geq": "≥", r"\ne": "≠", r"\neq": "≠", r"\cdot": "·",
    r"\times": "×", r"\div": "÷", r"\pm": "±", r"\in": "∈", r"\notin": "∉", r"\subseteq": "⊆", r"\subset": "⊂",
    r"\cup": "∪", r"\cap": "∩", r"\infty": "∞", r"\pi": "π", r"\alpha": "α", r"\beta": "β", r"\theta": "θ",
    r"\omega": "ω", r"\varphi": "φ", r"\phi": "φ", r"\lambda": "λ", r"\mu": "μ", r"\sigma": "σ", r"\Delta": "Δ",
    r"\triangle": "△", r"\angle": "∠", r"\perp": "⊥", r"\parallel": "∥", r"\circ": "°", r"\to": "→",
    r"\Rightarrow": "⇒", r"\Leftrightarrow": "⇔", r"\emptyset": "∅", r"\varnothing": "∅", r"\mid": "|",
    r"\ldots": "…", r"\cdots": "⋯", r"\quad": " ", r"\,": " ", r"\;": " ", r"\!": "", r"\{": "{", r"\}": "}",
}
_SUPERSCRIPTS = str.maketrans("0123456789+-n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿ")
_SUBSCRIPTS = str.maketrans("0123456789+-n", "₀₁₂₃₄₅₆₇₈₉₊₋ₙ")
_COMMAND = re.compile(r"\\[A-Za-z]+|\\[,;!{}]")


def _plain_formula(body: str) -> str:
    text = re.sub(r"\\(left|right|displaystyle|mathrm|mathbf|text|operatorname|vec|overrightarrow)\b", "", body)
    for _ in range(3):  # nested fractions and roots, innermost first
        text = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", text)
        text = re.sub(r"\\sqrt\{([^{}]*)\}", r"√(\1)", text)
    text = re.sub(r"\^(?:\{([0-9n+\-]{1,3})\}|([0-9]))", lambda m: (m.group(1) or m.group(2)).translate(_SUPERSCRIPTS),
                  text)
    text = re.sub(r"_(?:\{([0-9n+\-]{1,3})\}|([0-9n]))", lambda m: (m.group(1) or m.group(2)).translate(_SUBSCRIPTS),
                  text)
    text = _COMMAND.sub(lambda m: _SYMBOLS.get(m.group(0), m.group(0)[1:]), text)
    text = re.sub(r"\((\w)\)/\((\w)\)", r"\1/\2", text)
    return text.replace("{", "").replace("}", "").replace("\\", "")


def plain_text(text: str) -> str:
    r"""Text with its formulas as readable plain Unicode (for widgets that show no LaTeX).

    >>> plain_text(r"已知 $f(x)=\frac{1}{3}x^3-x^{2}$，求 $x\in[0,\pi]$ 上的最值")
    '已知 f(x)=1/3x³-x²，求 x∈[0,π] 上的最值'
    """
    out = []
    for kind, body in split_math(text or ""):
        out.append(body if kind == "text" else _plain_formula(body))
    return re.sub(r"\s+", " ", "".join(out)).strip()

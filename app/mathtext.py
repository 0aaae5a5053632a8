"""Text with LaTeX in whatever delimiters a model used, split and rewritten for display.

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

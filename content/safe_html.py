"""Untrusted text (problems, model output, teachers' edits) made safe for an HTML or Markdown handout.

Three layers, so that no single mistake lets script through:
1. prose is HTML-escaped; inside formulas, the arguments of text commands (`\\text{…}`, `\\unicode{…}`, …)
   are escaped before latex2mathml copies them into the MathML (it does not escape them itself);
2. the finished body goes through nh3 (ammonia) with an allow-list of the handout's own elements and
   of MathML presentation elements and attributes: no `on*`, no `href`, no `style`, no foreign tags;
3. the page carries a Content-Security-Policy that forbids every script, and loads nothing.
"""

from __future__ import annotations

import html
import re

import nh3
from latex2mathml.converter import convert as _latex_to_mathml

from content.mathtext import split_math

# script-src 'none' (through default-src) is the point; inline CSS is the handout's own stylesheet.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_PAGE_TAGS = {"h1", "h2", "h3", "p", "ol", "ul", "li", "div", "span", "strong", "em", "small", "br", "code",
              "section", "footer", "header", "hr"}
_MATHML_TAGS = {"math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "mfrac",
                "msqrt", "mroot", "msup", "msub", "msubsup", "munder", "mover", "munderover", "mtable", "mtr",
                "mtd", "mstyle", "mpadded", "mphantom", "menclose", "merror", "mmultiscripts", "mprescripts",
                "none", "mfenced"}
_MATHML_ATTRS = {"display", "xmlns", "mathvariant", "stretchy", "fence", "form", "separator", "lspace", "rspace",
                 "columnalign", "rowalign", "displaystyle", "width", "minsize", "maxsize", "movablelimits",
                 "accent", "accentunder", "linethickness", "scriptlevel", "columnspacing", "rowspacing",
                 "columnlines", "rowlines", "frame", "framespacing", "notation", "depth", "height", "symmetric",
                 "largeop", "open", "close", "separators", "encoding", "align"}
_ATTRIBUTES = {tag: set(_MATHML_ATTRS) for tag in _MATHML_TAGS} | {tag: {"class"} for tag in _PAGE_TAGS}

# Commands whose argument latex2mathml copies verbatim into the MathML.
_TEXT_COMMANDS = re.compile(r"\\(text|textrm|textbf|textit|mathrm|mbox|operatorname|unicode|href|url)\s*\{")


def _escape_text_arguments(latex: str) -> str:
    """HTML-escape the brace argument of every text-like command (nested braces respected)."""
    out, pos = [], 0
    for match in _TEXT_COMMANDS.finditer(latex):
        if match.start() < pos:  # inside an argument already escaped
            continue
        depth, end = 1, match.end()
        while end < len(latex) and depth:
            depth += {"{": 1, "}": -1}.get(latex[end], 0)
            end += 1
        argument = latex[match.end() : end - 1 if depth == 0 else end]
        out.append(latex[pos : match.end()])
        argument = re.sub(r"\\([&%$#_{}])", r"\1", argument)  # \& in text mode is a plain &
        out.append(html.escape(argument, quote=True))
        out.append("}" if depth == 0 else "")
        pos = end
    out.append(latex[pos:])
    return "".join(out)


def mathml(latex: str, display: bool) -> str:
    """One formula as MathML (its text arguments escaped); one that will not convert as escaped source."""
    if re.search(r"\\(unicode|href|url)\b", latex):
        # No formula of a school handout needs these; their argument would only be shown as raw text.
        return f"<code>{html.escape(latex)}</code>"
    try:
        return _latex_to_mathml(_escape_text_arguments(latex), display="block" if display else "inline")
    except Exception:  # latex2mathml raises many kinds of errors on unusual input
        return f"<code>{html.escape(latex)}</code>"


def rich_html(text: str) -> str:
    """Prose escaped, formulas as MathML (sanitise the page with `clean` before serving it)."""
    parts: list[str] = []
    for kind, body in split_math(text or ""):
        if kind == "text":
            parts.append(html.escape(body).replace("\n", "<br>"))
        else:
            parts.append(mathml(body, kind == "display"))
    return "".join(parts)


def clean(body: str) -> str:
    """The allow-list sanitiser: only the handout's own tags and MathML, only harmless attributes."""
    return nh3.clean(body, tags=_PAGE_TAGS | _MATHML_TAGS, attributes=_ATTRIBUTES, url_schemes=set(),
                     strip_comments=True, link_rel=None)


def markdown_safe(text: str) -> str:
    """Markdown that shows raw HTML as text: `<`, `>`, `&` escaped in prose, `\\lt`/`\\gt` in formulas.

    >>> markdown_safe("<svg/onload=alert(1)> 若 $a<b$")
    '&lt;svg/onload=alert(1)&gt; 若 $a \\\\lt b$'
    """
    out = []
    for kind, body in split_math(text or ""):
        if kind == "text":
            out.append(html.escape(body, quote=False))
        else:
            body = body.replace("<", r" \lt ").replace(">", r" \gt ").replace("  ", " ").strip()
            out.append(f"${body}$" if kind == "inline" else f"\n$$\n{body}\n$$\n")
    return "".join(out)

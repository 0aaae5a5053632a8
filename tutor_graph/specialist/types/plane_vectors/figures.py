"""Named points and figures for the figure types: points A(x, y), sides AB = 2, midpoints, vector names.

Ported from the old `vector_figures.py`, shared by `projection`, `median` and `square_dot`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.plane_vectors.plane import as_expr

POINT = re.compile(r"(?<![A-Za-z])([A-Z])\s*\(\s*(-?[\d./√]+)\s*,\s*(-?[\d./√]+)\s*\)")
VEC = r"(?:vec\{([A-Z]{2})\}|(?<![A-Za-z{])([A-Z]{2})(?![A-Za-z}]))"
SIDE = re.compile(r"(?<![A-Za-z])([A-Z])([A-Z])\s*=\s*([\d./√()]+)(?![\d.])")
MIDPOINT = re.compile(r"([A-Z])\s*(?:为|是|is)\s*(?:the\s+)?(?:边\s*)?(?:线段\s*)?([A-Z])([A-Z])\s*(?:的|边的)?\s*(?:中点|midpoint)|"
                      r"([A-Z])\s*(?:is\s+)?the midpoint of\s*(?:side\s+|segment\s+)?([A-Z])([A-Z])", re.I)


def name(m: re.Match[str], i: int) -> str:
    """The vector name of a `VEC` match (`vec{AB}` or a bare `AB`)."""
    return m.group(i) or m.group(i + 1)


def points(text: str) -> dict[str, sp.Matrix] | None:
    """Every point given by coordinates; None when one is unreadable or named twice."""
    pts: dict[str, sp.Matrix] = {}
    for pm in POINT.finditer(text):
        x, y = try_expr(pm.group(2)), try_expr(pm.group(3))
        if x is None or y is None or pm.group(1) in pts:
            return None
        pts[pm.group(1)] = sp.Matrix([x, y])
    return pts


def arrow(n: str) -> str:
    """`\\overrightarrow{AB}`."""
    return f"\\overrightarrow{{{n}}}"


def coordinates(pts: dict[str, sp.Matrix], *vectors: tuple[str, sp.Matrix]) -> tuple[str, str, str]:
    """The coordinates of named vectors (end point minus start point): zh and en answers and the claim."""
    zh = "，".join(f"${arrow(n)}=({tex(w[0])},{tex(w[1])})$" for n, w in vectors)
    claim = " 且 ".join(f"{plain(pts[n[1]][i])} - ({plain(pts[n[0]][i])}) = {plain(w[i])}" for n, w in vectors for i in (0, 1))
    return zh, zh.replace("，", ", "), claim


def factor(x: sp.Expr) -> str:
    """A factor of a product as printed: negatives in brackets."""
    return f"({tex(x)})" if as_expr(x).could_extract_minus_sign() else tex(x)

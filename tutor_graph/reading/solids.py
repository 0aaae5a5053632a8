"""Solids and figures named by their measures: "圆锥的底面半径为 3" is r = 3, "求圆锥的体积" asks for πr²h/3.

A figure is its measures (letters) and the relations that hold between them (a cone's slant height,
radius and height make a right triangle); a measure written with a number becomes a claim, an asked
measure becomes the goal's formula. Only a problem about one figure of one kind is read this way: two
figures (a cube inside a sphere) or named points (正方体 ABCD-A_1B_1C_1D_1) are left unread.

>>> figure_of("圆锥的底面半径为 3，母线长为 5，求圆锥的体积。")
'圆锥'
>>> measure("底面半径为 3", "圆锥")
('r=3', '底面半径为 3')
>>> print(asked("求圆锥的体积", "圆锥"))
\\frac{1}{3}\\pi r^2 h
"""

from __future__ import annotations

import re

# figure → (relations that always hold, measure word → formula in the figure's letters)
FIGURES: dict[str, tuple[list[str], dict[str, str]]] = {
    "圆锥": (["r>0", "h>0", "l>0", "l^2=r^2+h^2"],
           {"底面半径": "r", "半径": "r", "母线长": "l", "母线": "l", "高": "h", "体积": "\\frac{1}{3}\\pi r^2 h",
            "侧面积": "\\pi r l", "表面积": "\\pi r^2+\\pi r l", "全面积": "\\pi r^2+\\pi r l"}),
    "圆柱": (["r>0", "h>0"],
           {"底面半径": "r", "半径": "r", "高": "h", "母线长": "h", "体积": "\\pi r^2 h", "侧面积": "2\\pi r h",
            "表面积": "2\\pi r^2+2\\pi r h", "全面积": "2\\pi r^2+2\\pi r h"}),
    "球": (["R>0"], {"半径": "R", "直径": "2R", "体积": "\\frac{4}{3}\\pi R^3", "表面积": "4\\pi R^2"}),
    "正方体": (["a>0"], {"棱长": "a", "体积": "a^3", "表面积": "6a^2", "体对角线长": "\\sqrt{3}a", "对角线长": "\\sqrt{3}a"}),
    "扇形": (["r>0", "\\alpha>0"], {"圆心角": "\\alpha", "半径": "r", "弧长": "\\alpha r", "面积": "\\frac{1}{2}\\alpha r^2"}),
}
_OTHER = ("棱锥", "棱柱", "棱台", "圆台", "长方体", "四面体", "三棱", "四棱", "半球", "外接", "内切", "截面", "顶点")
_NUMBER = r"[0-9][0-9.]*(?:\s*\\pi|\s*π)?|\\frac\{[0-9]+\}\{[0-9]+\}(?:\s*\\pi)?|\\sqrt\s*\{?[0-9]+\}?|[0-9]*\s*\\pi"
_OWNER = r"(?:这个|一个|该|其|它的|它)?\s*"


def figure_of(text: str) -> str:
    """The one figure a problem is about ('' when none, several, or one with named points)."""
    plain = re.sub(r"[红白黑黄绿蓝彩小篮足排网乓]球|球面|圆锥曲线", " ", text)  # balls in a bag are not a sphere
    found = [f for f in FIGURES if f in plain]
    if len(found) != 1 or any(w in text for w in _OTHER) or re.search(r"(?<![A-Za-z\\])[A-Z]{2,}", text):
        return ""
    if found[0] == "球" and re.search(r"球面|[红白黑黄绿蓝彩]球|袋|摸|取.{0,4}球", text):
        return ""  # balls drawn from a bag are not a sphere
    return found[0]


def _words(figure: str) -> str:
    return "|".join(sorted(FIGURES[figure][1], key=len, reverse=True))


def measure(clause: str, figure: str) -> tuple[str, str] | None:
    """One measure stated with its number: (claim, the words it came from) or None."""
    m = re.search(rf"{_OWNER}(?:{figure}\s*的)?\s*({_words(figure)})\s*(?:长)?\s*(?:为|是|等于|=)\s*({_NUMBER})\s*(弧度)?",
                  clause)
    if not m:
        return None
    if m.group(1) == "圆心角" and not (m.group(3) or "pi" in m.group(2) or "π" in m.group(2)):
        return None  # an angle in degrees is not this formula's radians
    formula = FIGURES[figure][1][m.group(1)]
    value = m.group(2).replace("π", "\\pi")
    return f"{formula}={value}", m.group(0).strip()


def asked(clause: str, figure: str) -> str:
    """The formula of the asked measure ('' when the clause asks something else)."""
    m = re.fullmatch(rf"\s*(?:求|则|那么)\s*{_OWNER}(?:{figure}\s*的|它的)?\s*({_words(figure)})\s*(?:是多少|为多少|为|是)?\s*(?:____)?\s*",
                     clause)
    return FIGURES[figure][1][m.group(1)] if m else ""


def relations(figure: str) -> list[str]:
    """What holds between a figure's measures whatever their values."""
    return list(FIGURES[figure][0])

"""LaTeX in whatever delimiters a model used, rewritten for st.markdown and split for HTML."""

from __future__ import annotations

import pytest

from content.mathtext import math_inline, prose_to_markdown, split_math, to_markdown


@pytest.mark.parametrize(
    "text, expected",
    [
        (r"解 \(x^2=4\) 得 \(x=\pm 2\)", r"解 $x^2=4$ 得 $x=\pm 2$"),
        (r"由 \[ \Delta = b^2-4ac \] 知", "由 \n\n$$\n\\Delta = b^2-4ac\n$$\n\n 知"),
        ("$$a^2+b^2=c^2$$", "\n\n$$\na^2+b^2=c^2\n$$\n\n"),
        ("$x$ 与 $y$", "$x$ 与 $y$"),
        (r"\begin{cases} x+y=3 \\ x-y=1 \end{cases}", "\n\n$$\n\\begin{cases} x+y=3 \\\\ x-y=1 \\end{cases}\n$$\n\n"),
        ("价格 5 元，没有公式", "价格 5 元，没有公式"),
        ("a lone $ sign", r"a lone \$ sign"),
        (r"混合 \(a\) 与 $b$ 与 \[c\]", "混合 $a$ 与 $b$ 与 \n\n$$\nc\n$$\n\n"),
    ],
)
def test_to_markdown_normalises_every_delimiter(text, expected):
    assert to_markdown(text) == expected


def test_split_math_keeps_text_and_formulas_in_order():
    pieces = split_math(r"设 \(f(x)=x^3\)，则 \[f'(x)=3x^2\] 。")
    assert [kind for kind, _ in pieces] == ["text", "inline", "text", "display", "text"]
    assert pieces[1][1] == "f(x)=x^3" and pieces[3][1] == "f'(x)=3x^2"


@pytest.mark.parametrize(
    "claim, expected",
    [("x^2-5x+6=0", "$x^2-5x+6=0$"), (r"\(x=1\)", "$x=1$"), ("", "")],
)
def test_math_inline_wraps_bare_claims_once(claim, expected):
    assert math_inline(claim) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (r"用 \in、\notin 表示", r"用 $\in$、$\notin$ 表示"),
        ("一元二次方程 ax^2+bx+c=0 可用配方法", "一元二次方程 $ax^2+bx+c=0$ 可用配方法"),
        ("复数 z=a+bi (a,b\\in R) 的实部", "复数 $z=a+bi (a,b\\in R)$ 的实部"),
        ("If x_1, x_2 are roots, then x_1+x_2=-b/a.", "If $x_1, x_2$ are roots, then $x_1+x_2=-b/a$."),
        ("N、Z、Q、R 等常用数集", "N、Z、Q、R 等常用数集"),
        ("已有 $x$ 的文字", "已有 $x$ 的文字"),
    ],
)
def test_bare_latex_in_prose_is_wrapped(text, expected):
    assert prose_to_markdown(text) == expected

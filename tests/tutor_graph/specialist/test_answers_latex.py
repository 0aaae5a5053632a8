"""What users read is LaTeX inside $…$: every final answer and step answer of every method, for every
problem type in both languages (claims keep the checker's plain forms and are not looked at here)."""

from __future__ import annotations

import re

import pytest
import sympy as sp

from tutor_graph.checks import grade
from tutor_graph.specialist import plan_symbolically, solve_symbolically
from tutor_graph.specialist.render import dollar, labelled, roots_math, tex

from .cases import CASES

MULTIPART = [
    "已知函数 $f(x)=x^3-3x$。(1) 求 $f(x)$ 的单调区间；(2) 求 $f(x)$ 在区间 $[-2,3]$ 上的最大值。",
    "Let $f(x)=x^2-4x+3$. (1) Find the zeros of $f(x)$. (2) Find the minimum value of $f(x)$.",
]

_MATH = re.compile(r"\$([^$]*)\$")
# SymPy's plain spellings: none may reach a reader outside a formula, nor inside one
_PLAIN = re.compile(r"sqrt\(|\*|\boo\b|(?<!\\)\bpi\b")


def _lang(text: str) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def problems_in(value: str) -> list[str]:
    """What is wrong with one user-facing answer (empty when it reads as textbook LaTeX)."""
    found = []
    if value.count("$") % 2:
        found.append("unbalanced $")
    outside = _MATH.sub(" ", value)
    if _PLAIN.search(outside):
        found.append(f"plain math outside $…$: {_PLAIN.search(outside).group()}")
    if re.search(r"[\\^]", outside):
        found.append("LaTeX outside $…$")
    for body in _MATH.findall(value):
        if _PLAIN.search(body):
            found.append(f"plain math inside $…$: {_PLAIN.search(body).group()}")
        if re.search(r"[\u4e00-\u9fff]|\b(or|and)\b", body):
            found.append(f"words inside $…$: {body}")
    return found


@pytest.mark.parametrize("value", [
    "x=-sqrt(3) + 3 或 x=sqrt(3) + 3", "2*pi/3", "(-oo, 1)", "$x=1 或 x=2$", "$2*x - y=0$", "(-\\infty, 1)", "x^2 - 1",
])
def test_the_check_catches_plain_sympy_text(value):
    assert problems_in(value)


@pytest.mark.parametrize(("expr", "latex"), [
    (3 - sp.sqrt(3), "3 - \\sqrt{3}"),
    (sp.sqrt(2) / 2 - 1, "\\frac{\\sqrt{2}}{2} - 1"),
    ((sp.sqrt(6) - sp.sqrt(2)) / 4, "\\frac{\\sqrt{6} - \\sqrt{2}}{4}"),
    ((1 + sp.sqrt(5)) / 2, "\\frac{1 + \\sqrt{5}}{2}"),
    (-1 + sp.I, "-1 + i"),
    (-2 - sp.sqrt(3), "-2 - \\sqrt{3}"),
])
def test_numbers_are_written_in_textbook_order(expr, latex):
    assert sp.sstr(expr).replace("**", "^") != latex  # SymPy's own order differs
    assert tex(expr) == latex


def test_answer_helpers():
    x = sp.Symbol("x")
    roots = sp.solve(x**2 - 6 * x + 6, x)
    assert roots_math("x", roots, "zh") == "$x=3 - \\sqrt{3}$ 或 $x=3 + \\sqrt{3}$"
    assert roots_math("x", roots, "en") == "$x=3 - \\sqrt{3}$ or $x=3 + \\sqrt{3}$"
    assert dollar(sp.Rational(1, 2)) == "$\\frac{1}{2}$"
    assert labelled(sp.Rational(14, 3)) == "$14/3$"  # word-labelled answers: the grader reads them as text


@pytest.fixture(scope="module")
def answers():
    """(text, kind, value) for every answer of every method, unchecked (the checker is not needed here)."""
    out = []
    for text in [c[0] for c in CASES] + MULTIPART:
        for sol in plan_symbolically(text, max_methods=6, lang=_lang(text)):
            out.append((text, "final", sol["final_answer"]))
            out += [(text, "step", s["answer"]) for s in sol["steps"]]
    return out


def test_every_answer_reads_as_latex(answers):
    assert len(answers) > 1000  # every type, every method, every step
    bad = [(text[:40], kind, value, problems_in(value)) for text, kind, value in answers if problems_in(value)]
    assert not bad, bad[:20]


def test_final_answers_with_numbers_are_formulas(answers):
    finals = [v for _, kind, v in answers if kind == "final"]
    # words (奇函数, 充分不必要条件) and choice letters stay text; anything with a number is a formula
    unlabelled = [re.sub(r"[（(]\d[)）]", "", v) for v in finals]  # part labels (1)（2） are text
    bare = [v for v in unlabelled if re.search(r"\d", _MATH.sub(" ", v))]
    assert not bare, bare


def test_the_issue_example_reads_and_grades():
    sol = solve_symbolically("解方程 x^2-6x+6=0")[0]
    assert sol["final_answer"] == "$x=3 - \\sqrt{3}$ 或 $x=3 + \\sqrt{3}$"
    assert sol["verified"] and grade("x=3\\pm\\sqrt3", sol["final_answer"]).correct

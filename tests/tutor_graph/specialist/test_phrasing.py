"""The phrasing lint (issue #11 item 5): every rendered chain of the bank and of the type tests reads as
questions a teacher would ask, with an idea question first, 2–3 hint rungs that never give the answer,
and formulas as a textbook prints them.

Every problem type passes: the allow-list of (file, type) pairs not yet rewritten shrank to none as the types
moved to templates and is gone, so any violation fails the test.
"""

from __future__ import annotations

import doctest

import pytest

from content.bank import load_problems
from tutor_graph.specialist import phrasing_lint, render
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.phrasing_lint import bad_formulas, is_question, leaks, lint_chain, lint_texts
from tutor_graph.specialist.render import textbook

from .cases import CASES


def test_docstring_examples():
    for module in (phrasing_lint, render):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(("text", "lang", "ok"), [
    ("闭区间上连续函数的最值可能在哪些点取得？", "zh", True),
    ("比较端点和这些点的函数值。", "zh", False),
    ("由坐标条件列出关于 m 的方程并求解。", "zh", False),
    ("Which points can give the extremes on a closed interval?", "en", True),
    ("Compare the values at the end points.", "en", False),
    ("这个方程的两根之和是多少?", "zh", True),
])
def test_is_question(text, lang, ok):
    assert is_question(text, lang) is ok


@pytest.mark.parametrize(("written", "printed"), [
    ("y-(1)=4(x-(1))", "y-1=4(x-1)"),
    ("a=2^{((4)/(3))}", "a=2^{\\frac{4}{3}}"),
    ("x+(-3)", "x-3"),
    ("x-(-3)", "x+3"),
    ("1x^2+-3x", "x^2-3x"),
    ("q^{1}", "q"),
])
def test_textbook_forms(written, printed):
    assert written != printed  # the case is not trivial
    assert bad_formulas(written)
    assert textbook(written) == printed
    assert not bad_formulas(printed)


@pytest.mark.parametrize("fine", ["$C_{3}^{1}C_{4}^{2}=18$", "$i^1=i$", "$y - 1 = 4\\left(x - 1\\right)$", "$x^{10}$",
                                  "$f(x)=x^2-1$", "第 1 问", "$12x$", "$\\frac{1}{2}$", "$x \\to -\\infty$"])
def test_textbook_forms_left_alone(fine):
    assert bad_formulas(fine) == [] and textbook(fine) == fine


def test_leaks():
    assert leaks("两根是 $x=2$ 或 $x=3$。", "$x=2$ 或 $x=3$")
    assert leaks("It is $\\frac{1}{2}$.", "$\\frac{1}{2}$")
    assert not leaks("想想分母能不能为 $0$。", "$\\frac{1}{2}$")
    assert not leaks("用 $x^2$ 的系数。", "$2$")  # a digit inside another formula is not the answer
    assert leaks("所以结果是 $2$。", "$2$")


def _chain(idea: bool, hints: int, question: str = "是多少？") -> Chain:
    chain = Chain(method=("法", "way"))
    opening = (("这类题一般从哪里入手？", "Where does such a problem start?"), ("看定义。", "The definition."))
    rungs = [("想想定义。", "Think of the definition.")] * hints
    if idea:
        chain.idea(*opening, kps=["x"], hints=rungs)
    else:
        chain.ask(*opening, "1 + 1 = 2", kps=["x"], hints=rungs)
    chain.ask((f"和{question}", "What is the sum?"), ("$5$", "$5$"), "2 + 3 = 5", kps=["x"],
              hints=[("两个数相加。", "Add the two numbers."), ("结果是 $5$。", "It is $5$.")])
    chain.done("$5$", "5")
    return chain


def test_lint_chain_finds_each_rule():
    good = lint_chain(_chain(True, 2))
    assert [v.rule for v in good] == ["leak", "leak"]  # the second step's last rung gives $5$ away
    rules = {v.rule for v in lint_chain(_chain(False, 1, "。"))}
    assert rules == {"idea", "hints", "question", "leak"}


@pytest.fixture(scope="module")
def report():
    texts = [p.question_zh for p in load_problems()] + [p.question_en for p in load_problems() if p.question_en]
    return lint_texts(texts + [text for text, _, _ in CASES])


@pytest.mark.slow
def test_every_rendered_chain_reads_as_questions(report):
    print("\nphrasing lint:", report.summary())
    bad = report.violations
    assert not bad, "\n".join(f"{v.file} {v.type_id} [{v.method}] step {v.step}: {v.rule}: {v.detail}" for v in bad[:40])
    from tutor_graph.specialist.types import all_types

    # the type tests have rows for every type, so the lint saw every type's chains, not a handful
    assert {type_id for _, type_id in report.seen} == {t.type_id for t in all_types()}

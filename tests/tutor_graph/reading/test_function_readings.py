"""Readings the function and exp/log types take their parameters from (issue #11: detectors read the Reading)."""

import pytest
import sympy as sp

from tutor_graph.reading import read
from tutor_graph.specialist.detecting import definition
from tutor_graph.specialist.problem import Problem


@pytest.mark.parametrize("text, expression, body", [
    ("判断函数 $f(x)=x^3+x$ 的奇偶性。", "奇偶性(f(x))", "x^3+x"),
    (r"判断函数 $f(x)=\frac{x}{x^2+1}$ 的奇偶性。", "奇偶性(f(x))", r"\frac{x}{x^2+1}"),
    ("Determine the parity of f(x) = x^4 - 2x^2: is it odd or even?", "parity(f(x))", "x^4 - 2x^2"),
    ("What is the parity of g(x)=x^3-x?", "parity(g(x))", "x^3-x"),
])
def test_a_parity_question_reads_the_function_and_asks_its_parity(text, expression, body):
    r = read(text)
    assert [(g["kind"], g["expression"]) for g in r["goals"]] == [("parity", expression)]
    assert [o["value"] for o in r["objects"] if o["kind"] == "function"] == [body]
    assert [g["kind"] for g in r["givens"]] == ["definition"] and not r["unread"]


def test_a_parity_asked_of_a_function_defined_before_names_it():
    r = read("已知 f(x)=x^3，判断 f(x) 的奇偶性并证明")
    assert r["goals"][0]["kind"] == "parity" and r["goals"][0]["expression"] == "奇偶性(f(x))"
    assert r["givens"][0]["claim"] == "f(x)=x^3"


@pytest.mark.parametrize("text, relation", [
    (r"解方程 $\lg x+\lg(x-3)=1$", "Eq(log(x)/log(10) + log(x - 3)/log(10), 1)"),
    (r"解方程 $4^x-3\cdot 2^x+2=0$。", "Eq(-3*2**x + 4**x + 2, 0)"),
])
def test_a_latex_claim_is_parsed_in_plain_form(text, relation):
    """The Reading keeps the exam's LaTeX; the relations the types read are parsed after normalising it."""
    rels = Problem(text).read_relations
    assert len(rels) == 1 and str(sp.Eq(rels[0][0], rels[0][2])) == relation


def test_the_definition_comes_from_the_reading_not_a_look_alike_in_the_text():
    name, var, body = definition(Problem(r"求函数 $f(x)=\sqrt{x-1}+\frac{1}{x-2}$ 的定义域。"))
    assert (name, str(var), str(body)) == ("f", "x", "sqrt(x - 1) + 1/(x - 2)")
    # a partial definition ("当 x≥0 时 f(x)=…") is left unread, so it is no definition of the whole function
    assert definition(Problem("已知 f(x) 是定义在 R 上的偶函数，当 x≥0 时 f(x)=x^2-4x，求 f(-3)。")) is None

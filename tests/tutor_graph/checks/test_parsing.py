"""The safe parser: LaTeX, plain text and Chinese notation map to the intended SymPy values; nothing else passes."""

import pytest
import sympy as sp

from tutor_graph.checks.parsing import ParseError, TooLarge, parse_expression, parse_statement, symbol
from tutor_graph.checks.statements import AllOf, AnyOf, Argument, Member, Relation

x, y, n = symbol("x"), symbol("y"), symbol("n")

EXPRESSIONS = [
    (r"\frac{1}{2}+\frac13", sp.Rational(5, 6)),
    (r"\dfrac{\pi}{6}", sp.pi / 6),
    (r"\sqrt{12}", 2 * sp.sqrt(3)),
    (r"\sqrt[3]{-8}", sp.Integer(-2)),
    ("√2·√3", sp.sqrt(6)),
    ("sqrt(2)*sqrt(3)", sp.sqrt(6)),
    ("x²+2x+1", x**2 + 2 * x + 1),
    ("x**2 - 5x + 6", x**2 - 5 * x + 6),
    ("ｘ＋１", x + 1),  # full-width
    (r"\left(x+1\right)^{2}", (x + 1) ** 2),
    ("(x-2)(x-3)", (x - 2) * (x - 3)),
    ("2x(x+1)", 2 * x * (x + 1)),
    ("xy", x * y),
    (r"3 \times 4 \div 6", sp.Integer(2)),
    (r"\sin 30^\circ", sp.Rational(1, 2)),
    ("sin30°", sp.Rational(1, 2)),
    (r"\sin^2 x", sp.sin(x) ** 2),
    (r"\sin 2x", sp.sin(2 * x)),
    (r"2\sin x\cos x", 2 * sp.sin(x) * sp.cos(x)),
    (r"\tan\frac{\pi}{4}", sp.Integer(1)),
    (r"\log_2 8", sp.Integer(3)),
    (r"\log_{3}(x)", sp.log(x, 3)),
    (r"\lg 100", sp.Integer(2)),
    (r"\ln e^2", sp.Integer(2)),
    ("e^{i\\pi}", sp.Integer(-1)),
    (r"2\mathrm{i}+1", 1 + 2 * sp.I),
    ("π/6", sp.pi / 6),
    (r"\binom{5}{2}", sp.Integer(10)),
    ("C_5^2", sp.Integer(10)),
    ("C_{10}^{3}", sp.Integer(120)),
    ("A_5^2", sp.Integer(20)),
    ("5!", sp.Integer(120)),
    ("|x-1|", sp.Abs(x - 1)),
    ("50%", sp.Rational(1, 2)),
    ("0.25", sp.Rational(1, 4)),
]


@pytest.mark.parametrize(("text", "expected"), EXPRESSIONS)
def test_expressions(text, expected):
    assert text != sp.sstr(expected)  # the input is not already in SymPy's own form
    value = parse_expression(text)
    assert sp.simplify(value - expected) == 0


def test_calculus_forms_stay_unevaluated():
    assert isinstance(parse_expression(r"\int_0^1 x^2\,dx"), sp.Integral)
    assert parse_expression(r"\int_0^1 x^2\,dx").limits == ((x, 0, 1),)
    assert isinstance(parse_expression(r"\lim_{x\to 0}\frac{\sin x}{x}"), sp.Limit)
    assert isinstance(parse_expression(r"\sum_{k=1}^{n} k^2"), sp.Sum)
    assert parse_expression(r"\frac{d}{dx}(x^3)").doit() == 3 * x**2


@pytest.mark.parametrize(("text", "kind"), [
    ("x^2-5x+6=(x-2)(x-3)", Relation),
    ("a=b=c", Relation),
    (r"x^2-5x+6=0 \Rightarrow x=2 或 x=3", Argument),
    ("x^2-5x+6=0 的解为 x=2 或 x=3", Argument),
    ("x=2 或 x=3", AnyOf),
    ("x = 3, y = 2", AllOf),
    ("x ∈ (1,2]∪[3,+∞)", Member),
    (r"x \in \{1, 2\}", Member),
    ("x>0 且 x<1", AllOf),
])
def test_statement_shapes(text, kind):
    assert isinstance(parse_statement(text), kind)


def test_plus_minus_and_value_lists_become_alternatives():
    both = parse_statement("x=±2")
    assert isinstance(both, AnyOf) and {r.parts[1] for r in both.items} == {2, -2}
    listed = parse_statement("x = 2, 3")
    assert isinstance(listed, AnyOf) and {r.parts[1] for r in listed.items} == {2, 3}


def test_chained_relation_links():
    chain = parse_statement("a=b=c")
    assert [link.parts for link in chain.links()] == [(symbol("a"), symbol("b")), (symbol("b"), symbol("c"))]


def test_sets_and_intervals():
    assert parse_statement("x ∈ (1,2]∪[3,+∞)").domain == sp.Union(sp.Interval.Lopen(1, 2), sp.Interval(3, sp.oo))
    builder = parse_expression(r"\{x \mid x>2\}")
    assert isinstance(builder, sp.ConditionSet)


@pytest.mark.parametrize(("text", "expected"), [
    (r"\{0,1,\ldots,6\}", sp.FiniteSet(*range(7))),
    ("{0, 1, …, 6}", sp.FiniteSet(*range(7))),
    (r"\{1,3,\cdots,9\}", sp.FiniteSet(1, 3, 5, 7, 9)),
    (r"\{5,4,\dots,1\}", sp.FiniteSet(1, 2, 3, 4, 5)),
])
def test_listed_integer_runs(text, expected):
    assert parse_expression(text) == expected


@pytest.mark.parametrize("text", [r"\{0,2,\ldots,5\}", r"\{1,2,4,\ldots,16\}", r"\{\frac12,1,\ldots,3\}"])
def test_a_run_that_does_not_continue_evenly_is_refused(text):
    with pytest.raises(ParseError):
        parse_expression(text)


def test_a_huge_listed_run_is_refused():
    with pytest.raises(TooLarge):
        parse_expression(r"\{1,2,\ldots,1000000\}")


@pytest.mark.parametrize(("text", "domain"), [
    (r"k \in \mathbb{Z}", sp.S.Integers), ("k 为整数", sp.S.Integers), ("k∈Z", sp.S.Integers),
    (r"n \in \mathbb{N}", sp.S.Naturals0),  # ℕ holds 0 in Chinese textbooks
    ("n 为自然数", sp.S.Naturals0), (r"n \in \mathbb{N}^*", sp.S.Naturals), (r"n\in\mathbb{N}_+", sp.S.Naturals),
    ("n∈N*", sp.S.Naturals), ("n∈ℕ₊", sp.S.Naturals), ("n 为正整数", sp.S.Naturals), ("x∈R", sp.S.Reals),
])
def test_number_sets(text, domain):
    stmt = parse_statement(text)
    assert isinstance(stmt, Member) and stmt.domain == domain


@pytest.mark.parametrize("text", [
    "__import__('os').system('ls')",
    "().__class__.__bases__[0].__subclasses__()",
    "lambda: 1",
    "x.real",
    "import os",
    "exec('1')",
    "eval('1')",
    "open('/etc/passwd')",
    r"\input{/etc/passwd}",
    "globals()",
])
def test_code_is_rejected(text):
    with pytest.raises(ParseError):
        parse_statement(text)


@pytest.mark.parametrize("text", ["9^9^9^9", "9^{9^{9}}", "(x+1)^100000", "100000!", "C_{100000}^{50000}",
                                  "(" * 100 + "x" + ")" * 100])
def test_huge_inputs_are_refused_before_computing(text):
    with pytest.raises(TooLarge):
        parse_statement(text)


def test_module_examples_hold():
    """The doctest examples in the math layer's modules are part of its documentation: keep them true."""
    import doctest

    from tutor_graph.checks import (
        answer_kinds,
        answers,
        calls,
        latex,
        limits,
        normalizing,
        parsing,
        sampling,
        statements,
        tasks,
        tokens,
        truth,
    )

    for module in (answer_kinds, answers, calls, latex, limits, normalizing, parsing, sampling, statements, tasks,
                   tokens, truth):
        assert doctest.testmod(module).failed == 0, module.__name__

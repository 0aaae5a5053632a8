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

    from tutor_graph.checks import answer_kinds, answers, latex, limits, normalizing, parsing, tokens

    for module in (answer_kinds, answers, latex, limits, normalizing, parsing, tokens):
        assert doctest.testmod(module).failed == 0, module.__name__

"""The math layer's parser for plain problem text (`checks/plain.py`, what the specialist reads math with):
builds SymPy from whitelisted tokens, keeps every cap, rejects what it does not know."""

import time

import pytest
import sympy as sp

from tutor_graph.checks import ParseError, parse_expr, parse_relation, try_expr, try_relation
from tutor_graph.specialist.text import normalise

x = sp.Symbol("x", real=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x^2-5x+6", x**2 - 5 * x + 6),
        ("2sin 30°", sp.Integer(1)),
        ("sin^2 x+cos^2x", sp.sin(x) ** 2 + sp.cos(x) ** 2),
        ("log_2 8 + lg 100", sp.Integer(5)),
        ("(1+2i)(3-i)", sp.expand((1 + 2 * sp.I) * (3 - sp.I))),
        ("|x-1|", sp.Abs(x - 1)),
        ("C_5^2+A_5^3", sp.Integer(70)),
        ("√3/2", sp.sqrt(3) / 2),
        ("x^{-1}", 1 / x),
        ("e^x", sp.exp(x)),
    ],
)
def test_parses_school_notation(text, expected):
    assert text != str(expected)  # the input is not already SymPy's own spelling
    assert sp.simplify(parse_expr(text) - expected) == 0


def test_latex_is_normalised_before_parsing():
    assert parse_expr(normalise(r"\frac{\sqrt{3}}{2}+\dfrac12")) == sp.sqrt(3) / 2 + sp.Rational(1, 2)
    assert parse_relation(normalise(r"x^{2}\le 4")) == (x**2, "≤", 4)


@pytest.mark.parametrize(
    "text",
    ["__import__('os')", "x.real", "lambda: 1", "9^9^9^9", "(x+1)^100000", "10^100",
     "1" * 40, "(" * 60 + "x" + ")" * 60, "exec(x)", "x; import os"],
)
def test_rejects_unsafe_or_huge_input_quickly(text):
    start = time.perf_counter()
    with pytest.raises(ParseError):
        parse_expr(text)
    assert time.perf_counter() - start < 2.0  # a hang guard with slack for a loaded CI machine


def test_docstring_examples():
    import doctest

    from tutor_graph.checks import plain

    result = doctest.testmod(plain)
    assert result.attempted > 0 and result.failed == 0


n = sp.Symbol("n", real=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("log 100", sp.Integer(2)),  # a bare log is the common logarithm in school text
        ("lg 1000 - log_3 9", sp.Integer(1)),
        ("a_{n+1} - a_1", sp.Symbol("a_n+1", real=True) - sp.Symbol("a_1", real=True)),  # one symbol each
        ("a_n+1", sp.Symbol("a_n", real=True) + 1),
        ("λ+μ", sp.Symbol("lambda", real=True) + sp.Symbol("mu", real=True)),
        ("2ξ", 2 * sp.Symbol("xi", real=True)),
        ("α+π", sp.Symbol("alpha", real=True) + sp.pi),
        ("5x", 5 * x),
        ("sin 30° + cos 60°", sp.Integer(1)),
        ("2^x", 2**x),
        ("4!", sp.Integer(24)),
        ("C_n^2", sp.Symbol("C_n", real=True) ** 2),  # C and A are numbers only with numbers: else a symbol
        ("f(x)+1", sp.Function("f")(x) + 1),
        ("((1)/(2))+sqrt(3)", sp.Rational(1, 2) + sp.sqrt(3)),
    ],
)
def test_problem_text_conventions(text, expected):
    assert text != str(expected)
    assert parse_expr(text) == expected


def test_flags_for_letters():
    assert parse_expr("e+i") == sp.E + sp.I
    assert parse_expr("e+i", euler=False, imaginary=False) == sp.Symbol("e", real=True) + sp.Symbol("i", real=True)
    plain_x = parse_expr("x^2", real=False)
    assert plain_x == sp.Symbol("x") ** 2 and plain_x != x**2
    assert parse_expr("g(x)", functions=frozenset({"g"})) == sp.Function("g")(x)
    assert parse_expr("g(x)", functions=frozenset()) == sp.Symbol("g", real=True) * x


@pytest.mark.parametrize(
    "text",
    [
        "x" * 301,  # length cap
        "1234567890",  # ten digits
        "x^61",  # exponent cap
        "2^200",  # result too large
        "3^50",
        "21!",  # factorials stop at 20!
        "x!",
        "(" * 41 + "x" + ")" * 41,  # nesting cap
        "x^n",  # a symbolic power of a symbolic base
        "1/0",
        "{1, 2}", "(1, 2)", "[0, 1]",  # sets, tuples, intervals: not one expression
        "f'(x)", "x ∈ R", "∞", "50%", "x = 1",
        "10.26 9.91",  # two numbers side by side: no product is guessed
        "C_5^7",  # C_n^k needs k ≤ n
        "解",
        "os.system", "__class__", "getattr(x)", "eval", "import",
    ],
)
def test_caps_and_refusals(text):
    with pytest.raises(ParseError):
        parse_expr(text)
    assert try_expr(text) is None


def test_relations():
    assert parse_relation("2x+1≥3") == (2 * x + 1, "≥", 3)
    assert try_relation("x<1<2") is None
    assert try_relation("x+1") is None
    assert parse_relation("a_1=2n")[0] == sp.Symbol("a_1", real=True) and parse_relation("a_1=2n")[2] == 2 * n


def test_the_specialist_has_no_parser_of_its_own():
    """The specialist reads math with this parser: its old module is gone and nothing in it tokenises text itself."""
    import importlib.util
    from pathlib import Path

    assert importlib.util.find_spec("tutor_graph.specialist.parsing") is None
    root = Path(__file__).resolve().parents[3] / "tutor_graph" / "specialist"
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "sympify(" not in source and "sympy.parsing" not in source, path

"""The public `parse_expression`: the expression a text denotes, read in the worker under the time bound."""

import doctest
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sympy as sp

from tutor_graph.checks import ParsedExpression, parse_expression, pool

ROOT = Path(__file__).resolve().parents[3]
x, n = sp.Symbol("x", real=True), sp.Symbol("n", real=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("x^3-3x", x**3 - 3 * x),
    ("f(x)=x^2-x", x**2 - x),
    (r"y = \frac{1}{x}", 1 / x),
    (r"g(x)=\sqrt{x+1}", sp.sqrt(x + 1)),
    ("a_n=2n-1", 2 * n - 1),
    ("y'=10(2x+1)^4", 10 * (2 * x + 1) ** 4),
    ("(x^3)'", 3 * x**2),  # a derivative is carried out
    (r"\frac{d}{dx}(\sin x)", sp.cos(x)),
])
def test_expressions_and_named_values(text, expected):
    result = parse_expression(text)
    assert isinstance(result, ParsedExpression) and result
    assert sp.simplify(result.expr - expected) == 0
    assert result.text == sp.sstr(result.expr)
    assert result.variables == tuple(sorted(s.name for s in expected.free_symbols))


def test_an_equation_gives_its_difference_only_when_asked():
    assert not parse_expression("x^2=2x+3")
    assert "equation" in parse_expression("x^2=2x+3").reason
    both = parse_expression("x^2=2x+3", equation=True)
    assert sp.expand(both.expr - (x**2 - 2 * x - 3)) == 0
    assert not parse_expression("y = x + y", equation=False)  # y is on both sides: not a definition


@pytest.mark.parametrize("text", ["x>2", "(1,2)", r"\{1,2\}", "x=2 或 x=3", "", "   ", "这不是式子"])
def test_non_expressions_give_none_with_a_reason(text):
    result = parse_expression(text)
    assert result.expr is None and not result and result.reason


@pytest.mark.parametrize("text", ["__import__('os').system('ls')", "9^9^9^9", "(x+1)^100000", "x" * 5000,
                                  "(" * 100 + "x" + ")" * 100, "lambda: 1"])
def test_adversarial_text_is_refused_quickly(text):
    parse_expression("x")  # warm
    start = time.perf_counter()
    result = parse_expression(text)
    assert result.expr is None and result.reason
    assert time.perf_counter() - start < pool.bound_s() + 6  # a hang, not speed


def test_the_expression_can_be_sampled_numerically():
    """What a plot does with it: the SymPy tree from the worker, turned into numbers here."""
    result = parse_expression("f(x)=x^2-x")
    func = sp.lambdify(sp.Symbol("x", real=True), result.expr)
    assert [func(v) for v in (0, 1, 2, 3)] == [0, 0, 2, 6]


def test_importing_the_package_does_not_load_sympy():
    code = "import sys, tutor_graph.checks as c; assert callable(c.parse_expression); print('sympy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_module_examples_hold():
    from tutor_graph.checks import reading

    assert doctest.testmod(reading).failed == 0

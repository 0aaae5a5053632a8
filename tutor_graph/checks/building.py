"""Building SymPy values from parsed pieces: size limits, sets, function application, frozen terms.

Shared by the tokenizer-driven parsers in `expressions.py` and `parsing.py`; nothing here reads text.
"""

from __future__ import annotations

import math

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.checks.statements import Bare, Relation

MAX_RESULT_DIGITS = 10_000  # numeric powers whose value would exceed this many digits are refused
MAX_SYMBOLIC_EXPONENT = 1_000  # (x+1)^100000 is refused: expanding it would never finish
MAX_FACTORIAL = 1_000
MAX_DEPTH = 60
PM = sp.Symbol("±")  # placeholder for ±; a relation holding it splits into two alternatives
DEFAULT_CALLABLES = frozenset("fgh")


class ParseError(ValueError):
    """The text is not in the notation the checker reads."""


class TooLarge(ParseError):
    """The input would make SymPy compute something huge (a power tower, a deep nesting)."""


def symbol(name: str) -> sp.Symbol:
    """Variables are real unless the context says otherwise (gaokao convention)."""
    return sp.Symbol(name, real=True)


def freeze(expr):
    """Turn sequence terms and undefined function calls into plain symbols (`a_(5)` -> a_5, `f(x)` -> "f(x)").

    Run after the context's definitions have been substituted, so only unknown terms remain.
    """
    if not isinstance(expr, sp.Basic):
        return expr
    undefined = expr.atoms(AppliedUndef)
    return expr.xreplace({node: _frozen(node) for node in undefined}) if undefined else expr


def _frozen(node) -> sp.Symbol:
    name = node.func.__name__
    if name.endswith("_"):
        index = node.args[0]
        sub = sp.sstr(index)
        return symbol(f"{name}{sub}" if index.is_Integer or index.is_Symbol else f"{name}{{{sub}}}")
    return symbol(f"{name}({', '.join(sp.sstr(a) for a in node.args)})")


def make_pow(base, exp):
    """`base ** exp`, refusing results too large to compute."""
    if isinstance(exp, sp.Number) and base.is_number and not base.has(sp.Symbol):
        size = abs(complex(sp.N(base, 15))) if not isinstance(base, sp.Number) else abs(float(base))
        if size not in (0.0, 1.0) and math.isfinite(size):
            digits = float(abs(exp)) * abs(math.log10(size))
            if digits > MAX_RESULT_DIGITS:
                raise TooLarge("数值过大 / number too large")
        return sp.Pow(base, exp)  # i^2025 and (-1)^n are cheap
    if isinstance(exp, sp.Integer) and abs(exp) > MAX_SYMBOLIC_EXPONENT:
        raise TooLarge("指数过大 / exponent too large")
    return sp.Pow(base, exp)


def as_set(obj) -> sp.Set:
    """Read a value as a set: an interval, a literal set, or an ambiguous pair `(a, b)` as an open interval."""
    if isinstance(obj, sp.Set):
        return obj
    if isinstance(obj, sp.Tuple) and len(obj) == 2:
        return sp.Interval.open(obj[0], obj[1])
    raise ParseError("应为集合或区间 / expected a set or interval")


# ℕ includes 0 in Chinese textbooks (GB 3102.11); ℕ* / ℕ₊ are the positive integers.
CONSTANTS = {"pi": sp.pi, "oo": sp.oo, "RR": sp.S.Reals, "NN": sp.S.Naturals0, "NNPOS": sp.S.Naturals,
             "ZZ": sp.S.Integers, "QQ": sp.S.Rationals, "EMPTY": sp.S.EmptySet}
MAX_LISTED = 1_000  # {1, 2, ..., n}: at most this many elements
_UNARY = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "cot": sp.cot, "sec": sp.sec, "csc": sp.csc,
          "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan, "asin": sp.asin, "acos": sp.acos,
          "atan": sp.atan, "ln": sp.log, "exp": sp.exp, "sqrt": sp.sqrt, "abs": sp.Abs, "sinh": sp.sinh,
          "cosh": sp.cosh, "tanh": sp.tanh, "floor": sp.floor, "ceil": sp.ceiling,
          "conjugate": sp.conjugate}


def apply_function(name: str, args: list, base):
    """Apply a whitelisted function to parsed arguments."""
    if name == "conjugate" and len(args) == 1 and args[0].is_Symbol:
        # \bar{z}: kept as written, so z = 1 + i from the context is conjugated (a real z would vanish here)
        return sp.conjugate(args[0], evaluate=False)
    if name in _UNARY and len(args) == 1:
        return _UNARY[name](args[0])
    if name == "lg" and len(args) == 1:
        return sp.log(args[0], 10)
    if name == "log":
        if len(args) == 1:
            return sp.log(args[0], base) if base is not None else sp.log(args[0])
        if len(args) == 2 and base is None:
            return sp.log(args[0], args[1])
    if name in ("cbrt", "root"):
        n = sp.Integer(3) if name == "cbrt" else (args[1] if len(args) == 2 else None)
        if n is not None and len(args) == (1 if name == "cbrt" else 2):
            if n.is_Integer and n % 2 == 1 and args[0].is_number:
                return sp.real_root(args[0], n)  # the real cube root of -8 is -2
            return sp.root(args[0], n)
    if name == "binomial" and len(args) == 2:
        return combinatoric("C", *args)
    if name in ("max", "min") and args:
        return (sp.Max if name == "max" else sp.Min)(*args)
    raise ParseError(f"函数参数个数不对 / {name} with {len(args)} argument(s)")


def integer_run(items: list, last) -> sp.FiniteSet:
    """`{0, 1, ..., 6}`, `{1, 3, ..., 99}`: the integers from the listed ones to `last` in the step they show."""
    values = [expression(v) for v in (*items, last)]
    if not all(v.is_Integer for v in values):
        raise ParseError("省略号只用于整数列举 / an ellipsis only continues a list of integers")
    first, end = int(values[0]), int(values[-1])
    step = int(values[1]) - first if len(items) >= 2 else (1 if end >= first else -1)
    listed = [int(v) for v in values[:-1]]
    if step == 0 or listed != list(range(first, first + step * len(listed), step)) or (end - first) % step:
        raise ParseError("列举的数不成等差 / the listed numbers do not continue evenly")
    count = (end - first) // step + 1
    if count < len(listed):
        raise ParseError("列举的数不成等差 / the listed numbers do not continue evenly")
    if count > MAX_LISTED:
        raise TooLarge("列举过长 / too many listed elements")
    return sp.FiniteSet(*range(first, end + step, step))


def combinatoric(letter: str, n, k):
    """C_n^k (binomial) or A_n^k (arrangements), refusing huge numbers."""
    if n.is_Integer and k.is_Integer and min(k, n - k) > MAX_FACTORIAL:
        raise TooLarge("数值过大 / number too large")
    return sp.binomial(n, k) if letter == "C" else sp.ff(n, k)


def factorial(value):
    value = expression(value)
    if value.is_Integer and value > MAX_FACTORIAL:
        raise TooLarge("阶乘过大 / factorial too large")
    return sp.factorial(value)


def prime(value, primes: int):
    """`y'` -> the symbol y' (resolved against the context); `(expr)'` -> derivative in its one variable."""
    if isinstance(value, sp.Symbol):
        return symbol(value.name + "'" * primes)
    if isinstance(value, sp.Expr):
        variables = [s for s in value.free_symbols if s != PM]
        if len(variables) == 1:
            return sp.Derivative(value, (variables[0], primes))
    raise ParseError("无法确定求导变量 / cannot tell which variable the prime differentiates")


def expression(value):
    """Require an arithmetic expression (not a set, tuple or interval)."""
    if isinstance(value, sp.Expr):
        return value
    raise ParseError("应为数或式 / expected a number or expression")


def combine(left, right, op: str):
    """Combine two operands; tuples and sets do not take part in arithmetic."""
    left, right = expression(left), expression(right)
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "±":
        return left + PM * right
    if op == "*":
        return left * right
    return left / right


def fill_values(items: list) -> list:
    """`x = 2 或 3` -> `x = 2 或 x = 3`: a bare value after `var = value` repeats its left side."""
    out = list(items)
    for k in range(1, len(out)):
        prev = out[k - 1]
        if isinstance(out[k], Bare) and isinstance(prev, Relation) and prev.ops == ("=",):
            out[k] = Relation((prev.parts[0], out[k].expr), ("=",))
    return out

"""One expression or one relation of plain math text, for callers that compute with it in process.

The same normaliser, tokenizer and expression grammar as claims (`normalizing`, `tokens`, `expressions`),
read with the conventions of problem text and under tighter caps, since every value built here feeds
more SymPy work: a small alphabet (no sets, tuples, primes or words), at most 300 characters, 9 digits a
number, integer exponents up to 60, nesting 40 deep, exact results of at most 40 digits and 200 operations.
Problem-text conventions: `log x` is lg x, a subscripted letter is one symbol (`a_{n+1}`), `C_5^2` and
`A_5^3` take numbers only, `x^n` with a symbolic base and exponent is refused, factorials stop at 20!.
Nothing here calls `eval`, `sympify` or `parse_expr`.

>>> parse_expr("x^2-5x+6")
x**2 - 5*x + 6
>>> parse_expr("2sin 30°")
1
>>> parse_relation("x^2-5x+6=0")
(x**2 - 5*x + 6, '=', 0)
"""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from tutor_graph.checks.building import ParseError, TooLarge, make_pow, symbol
from tutor_graph.checks.expressions import ExpressionParser
from tutor_graph.checks.normalizing import NAME_CLOSE, NAME_OPEN, has_cjk, normalize
from tutor_graph.checks.tokens import GREEK, Token, TokenError, tokenize

__all__ = ["ParseError", "parse_expr", "parse_relation", "try_expr", "try_relation"]

MAX_LEN = 300  # characters per expression
MAX_DIGITS = 9  # digits per number literal
MAX_EXPONENT = 60  # |n| for rational exponents
MAX_DEPTH = 40  # nesting of brackets
MAX_RESULT_DIGITS = 40  # digits of any exact integer / rational the parse produces
MAX_OPS = 200  # operations in the result
MAX_FACTORIAL = 20
# What problem text may hold here: anything else (sets, tuples, primes, ∞, %, words of other scripts) is refused.
_ALPHABET = re.compile(r"[\s0-9.A-Za-z παβθφωλμξ≤≥≠<>=+\-*/^()\[\]{}|!°√_]*")
_REL_SPLIT = re.compile(r"(≤|≥|≠|<|>|=)")
_NAMES = {"lamda": "lambda"}  # the tokenizer spells λ as SymPy does; problem text keeps `lambda`
_ERRORS = (ParseError, TokenError, ValueError, TypeError, ZeroDivisionError, RecursionError, NotImplementedError,
           AttributeError)


def _tokens(s: str) -> list[Token]:
    """Check the caps on the text, then normalise and tokenize it with the math layer's tokenizer."""
    if len(s) > MAX_LEN:
        raise TooLarge("expression too long")
    if has_cjk(s) or not _ALPHABET.fullmatch(s):
        raise ParseError("unexpected character")
    depth = deepest = 0
    for ch in s:
        depth += ch in "([{"
        depth -= ch in ")]}"
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise TooLarge("nesting too deep")
    plain = normalize(s).replace("ξ", f" {NAME_OPEN}xi{NAME_CLOSE} ")
    tokens = tokenize(plain)
    if any(t.kind == "num" and len(t.text.replace(".", "")) > MAX_DIGITS for t in tokens):
        raise TooLarge("number too large")
    return tokens


def _check_size(e: sp.Basic) -> sp.Basic:
    for a in sp.preorder_traversal(e):
        if a.is_Rational and (abs(a.p) > 10**MAX_RESULT_DIGITS or a.q > 10**MAX_RESULT_DIGITS):
            raise TooLarge("number too large")
    if sp.count_ops(e) > MAX_OPS:
        raise TooLarge("expression too large")
    return e


class _PlainParser(ExpressionParser):
    """The claim parser's expression grammar with problem-text conventions and the tighter caps."""

    def __init__(self, tokens: list[Token], *, imaginary: bool, euler: bool, functions: frozenset[str]):
        super().__init__(tokens, functions, variables=frozenset() if euler else frozenset({"e"}))
        self.imaginary = imaginary

    def name(self, text: str):
        if self.at("op", "_") and len(text) == 1:
            self.i += 1
            return self.subscripted(text)
        if text == "i" and not self.imaginary:
            return symbol("i")
        return super().name(text)

    def subscripted(self, letter: str):
        """`a_1`, `a_n`, `a_{n+1}` are one symbol each; `C_5^2`, `A_5^3` are numbers."""
        sub = self.raw_subscript()
        if letter in ("C", "A") and sub.isdigit() and self.accept("op", "^"):
            sup = self.raw_subscript()
            if sup.isdigit() and int(sub) <= MAX_EXPONENT and int(sup) <= int(sub):
                return sp.binomial(int(sub), int(sup)) if letter == "C" else sp.ff(int(sub), int(sup))
            raise ParseError("bad C/A notation")
        return symbol(f"{letter}_{sub}")

    def raw_subscript(self) -> str:
        """A subscript as written: one number or letter, or the tokens of a `{…}` group."""
        if self.accept("op", "{"):
            parts: list[str] = []
            while not self.accept("op", "}"):
                tok = self.peek()
                if tok is None or len(parts) >= 12:
                    raise ParseError("subscript too long")
                parts.append(tok.text)
                self.i += 1
            return "".join(parts)
        tok = self.peek()
        if tok is None or tok.kind not in ("num", "name") or tok.text in GREEK:
            raise ParseError("bad subscript")
        self.i += 1
        return tok.text

    def function(self, name: str):
        if name == "log" and not self.at("op", "_"):
            name = "lg"  # a bare log in school text is the common logarithm
        return super().function(name)

    def raise_to(self, base, exp):
        """`base ** exp` under the caps: no symbolic power of a symbolic base, small exponents and results."""
        if not exp.is_number:
            if base.is_number and exp.free_symbols:
                return sp.Pow(base, exp)  # 2^x: nothing is expanded
            raise ParseError("symbolic exponent on a symbolic base")
        if exp.is_Rational and abs(exp) > MAX_EXPONENT:
            raise TooLarge("exponent too large")
        if not exp.is_Rational:
            return sp.Pow(base, exp)
        if base.is_Rational and abs(base) > 1 and abs(exp) * len(str(abs(base))) > MAX_RESULT_DIGITS:
            raise TooLarge("power too large")
        return _check_size(make_pow(base, exp))

    def factorial_of(self, value):
        if not (value.is_Integer and 0 <= value <= MAX_FACTORIAL):
            raise TooLarge("factorial only of small integers")
        return sp.factorial(value)


@lru_cache(maxsize=2048)
def _parse(s: str, real: bool, imaginary: bool, euler: bool, functions: frozenset[str]) -> sp.Expr:
    tokens = _tokens(s)
    if not tokens:
        raise ParseError("empty")
    parser = _PlainParser(tokens, imaginary=imaginary, euler=euler, functions=functions)
    value = parser.arith()
    if (left := parser.peek()) is not None:
        raise ParseError(f"unexpected {left.text!r}")
    if not isinstance(value, sp.Expr) or value.has(sp.zoo, sp.nan):
        raise ParseError("not a finite expression")
    value = _check_size(value)
    names = {s: sp.Symbol(_NAMES.get(s.name, s.name), **({"real": True} if real else {}))
             for s in value.free_symbols if isinstance(s, sp.Symbol) and (not real or s.name in _NAMES)}
    return value.xreplace(names) if names else value


def parse_expr(s: str, *, real: bool = True, imaginary: bool = True, euler: bool = True,
               functions: frozenset[str] = frozenset({"f", "g", "h"})) -> sp.Expr:
    """Parse one expression (no relation) of plain text; raise ParseError when it is not accepted."""
    try:
        return _parse(s.rstrip(), real, imaginary, euler, frozenset(functions))
    except ParseError:
        raise
    except _ERRORS as exc:
        raise ParseError(str(exc) or type(exc).__name__) from None


def parse_relation(s: str, **kw) -> tuple[sp.Expr, str, sp.Expr]:
    """Parse `lhs OP rhs` with OP one of = < > ≤ ≥ ≠; raise ParseError otherwise."""
    parts = _REL_SPLIT.split(s)
    if len(parts) != 3:
        raise ParseError("not a single relation")
    return parse_expr(parts[0], **kw), parts[1], parse_expr(parts[2], **kw)


def try_expr(s: str, **kw) -> sp.Expr | None:
    """`parse_expr`, or None when the text is not accepted."""
    try:
        return parse_expr(s, **kw)
    except ParseError:
        return None


def try_relation(s: str, **kw) -> tuple[sp.Expr, str, sp.Expr] | None:
    """`parse_relation`, or None when the text is not accepted."""
    try:
        return parse_relation(s, **kw)
    except ParseError:
        return None

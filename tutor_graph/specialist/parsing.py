"""A small whitelisted parser: plain math text (see `text.normalise`) to SymPy, built node by node.

Nothing here calls `eval`, `sympify` or `parse_expr` on text: tokens are matched against a fixed
grammar and only known SymPy constructors are called, so attribute access, dunders, imports or
unknown calls cannot happen. Sizes are capped (length, digits, exponents, nesting) so that every
expression we build is small and later SymPy work on it stays fast.

>>> parse_expr("x^2-5x+6")
x**2 - 5*x + 6
>>> parse_expr("2sin 30°")
1
>>> parse_relation("x^2-5x+6=0")
(x**2 - 5*x + 6, '=', 0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

MAX_LEN = 300  # characters per expression
MAX_DIGITS = 9  # digits per number literal
MAX_EXPONENT = 60  # |n| for integer exponents
MAX_DEPTH = 40  # nesting of parentheses / powers
MAX_RESULT_DIGITS = 40  # digits of any exact integer/rational the parse produces

FUNCTIONS = {
    "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan, "sin": sp.sin, "cos": sp.cos,
    "tan": sp.tan, "cot": sp.cot, "sec": sp.sec, "csc": sp.csc, "ln": sp.log, "exp": sp.exp,
    "sqrt": sp.sqrt, "abs": sp.Abs,
}
_LOGS = ("lg", "log")
_NAMES = sorted([*FUNCTIONS, *_LOGS, "pi"], key=len, reverse=True)
_GREEK = {"π": sp.pi, "α": "alpha", "β": "beta", "θ": "theta", "φ": "phi", "ω": "omega", "λ": "lambda",
          "μ": "mu", "ξ": "xi"}
_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z]+)|(?P<greek>[παβθφωλμξ])|(?P<rel>≤|≥|≠|<|>|=)"
    r"|(?P<op>[-+*/^()\[\]{}|!'°√,_]))"
)


class ParseError(ValueError):
    """The text is not an expression we accept (or is too large)."""


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str


def tokenize(s: str) -> list[Tok]:
    """Split plain math text into tokens; letters run together split into function names or letters."""
    if len(s) > MAX_LEN:
        raise ParseError("expression too long")
    toks: list[Tok] = []
    pos = 0
    s = s.rstrip()
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {s[pos]!r}")
        pos = m.end()
        kind = m.lastgroup
        text = m.group(kind)
        if kind == "num":
            if len(text.replace(".", "")) > MAX_DIGITS:
                raise ParseError("number too large")
            toks.append(Tok("num", text))
        elif kind == "name":
            toks.extend(_split_name(text))
        else:
            toks.append(Tok(kind, text))
    return toks


def _split_name(run: str) -> list[Tok]:
    """`sinx` -> sin, x; `xy` -> x, y; `log` -> log."""
    out: list[Tok] = []
    i = 0
    while i < len(run):
        for name in _NAMES:
            if run.startswith(name, i):
                out.append(Tok("func", name))
                i += len(name)
                break
        else:
            out.append(Tok("var", run[i]))
            i += 1
    if len(run) >= 4 and sum(t.kind == "var" for t in out) > 2:
        raise ParseError(f"unknown word {run[:20]!r}")  # `exec`, `import`: words, not products
    return out


def _check_size(e: sp.Basic) -> sp.Basic:
    for a in sp.preorder_traversal(e):
        if a.is_Integer and abs(int(a)) > 10**MAX_RESULT_DIGITS:
            raise ParseError("number too large")
        if a.is_Rational and not a.is_Integer and (abs(a.p) > 10**MAX_RESULT_DIGITS or a.q > 10**MAX_RESULT_DIGITS):
            raise ParseError("number too large")
    if sp.count_ops(e) > 200:
        raise ParseError("expression too large")
    return e


class _Parser:
    """Recursive descent over tokens; builds SymPy objects with known constructors only."""

    def __init__(self, toks: list[Tok], *, real: bool, imaginary: bool, euler: bool, functions: frozenset[str]):
        self.toks = toks
        self.i = 0
        self.real = real
        self.imaginary = imaginary
        self.euler = euler
        self.functions = functions
        self.depth = 0
        self.abs_depth = 0

    # -- helpers -------------------------------------------------------------------------------
    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self, text: str | None = None) -> Tok:
        t = self.peek()
        if t is None or (text is not None and t.text != text):
            raise ParseError(f"expected {text or 'more input'}")
        self.i += 1
        return t

    def at(self, *texts: str) -> bool:
        t = self.peek()
        return t is not None and t.text in texts

    def symbol(self, name: str) -> sp.Symbol:
        return sp.Symbol(name, real=True) if self.real else sp.Symbol(name)

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("nesting too deep")

    # -- grammar -------------------------------------------------------------------------------
    def expr(self) -> sp.Expr:
        self.nest()
        if self.at("+", "-"):
            sign = -1 if self.take().text == "-" else 1
            value = sign * self.term()
        else:
            value = self.term()
        while self.at("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        self.depth -= 1
        return value

    def term(self) -> sp.Expr:
        value = self.unary()
        while True:
            if self.at("*"):
                self.take()
                value = value * self.unary()
            elif self.at("/"):
                self.take()
                den = self.unary()
                if den == 0:
                    raise ParseError("division by zero")
                value = value / den
            elif self.starts_atom():
                value = value * self.power()  # implicit multiplication: 2x, x(x+1), 2sin x
            else:
                return value

    def starts_atom(self) -> bool:
        t = self.peek()
        if t is None:
            return False
        if t.text == "|":
            return self.abs_depth == 0
        return t.kind in ("num", "var", "func", "greek") or t.text in ("(", "[", "{", "√")

    def unary(self) -> sp.Expr:
        if self.at("-"):
            self.take()
            return -self.unary()
        if self.at("+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> sp.Expr:
        base = self.postfix()
        if self.at("^"):
            self.take()
            self.nest()
            exp = self.unary() if self.at("-", "+") else self.postfix_power_operand()
            self.depth -= 1
            return self.pow(base, exp)
        return base

    def postfix_power_operand(self) -> sp.Expr:
        e = self.postfix()
        if self.at("^"):  # right associative: a^b^c = a^(b^c)
            self.take()
            e = self.pow(e, self.unary() if self.at("-", "+") else self.postfix_power_operand())
        return e

    def pow(self, base: sp.Expr, exp: sp.Expr) -> sp.Expr:
        if not exp.is_number:
            if base.is_number and exp.free_symbols:
                return sp.Pow(base, exp)  # 2^x: fine, nothing is expanded
            raise ParseError("symbolic exponent on a symbolic base")
        if exp.is_Rational and abs(exp) > MAX_EXPONENT:
            raise ParseError("exponent too large")
        if not exp.is_Rational:
            return sp.Pow(base, exp)
        if base.is_number and base.is_Rational and abs(base) > 1 and abs(exp) * len(str(abs(base))) > MAX_RESULT_DIGITS:
            raise ParseError("power too large")
        return _check_size(sp.Pow(base, exp))

    def postfix(self) -> sp.Expr:
        value = self.atom()
        while self.at("!", "°"):
            t = self.take().text
            if t == "!":
                if not (value.is_Integer and 0 <= value <= 20):
                    raise ParseError("factorial only of small integers")
                value = sp.factorial(value)
            else:
                value = value * sp.pi / 180
        return value

    def group(self, open_: str) -> sp.Expr:
        close = {"(": ")", "[": "]", "{": "}"}[open_]
        inner_abs, self.abs_depth = self.abs_depth, 0
        value = self.expr()
        self.abs_depth = inner_abs
        self.take(close)
        return value

    def atom(self) -> sp.Expr:
        t = self.peek()
        if t is None:
            raise ParseError("unexpected end")
        if t.kind == "num":
            self.take()
            return sp.Rational(t.text) if "." in t.text else sp.Integer(t.text)
        if t.text in ("(", "[", "{"):
            self.take()
            return self.group(t.text)
        if t.text == "|" and self.abs_depth == 0:
            self.take()
            self.abs_depth += 1
            value = self.expr()
            self.abs_depth -= 1
            self.take("|")
            return sp.Abs(value)
        if t.text == "√":
            self.take()
            return sp.sqrt(self.postfix())
        if t.kind == "greek":
            self.take()
            g = _GREEK[t.text]
            return g if isinstance(g, sp.Basic) else self.symbol(g)
        if t.kind == "func":
            return self.function()
        if t.kind == "var":
            return self.variable()
        raise ParseError(f"unexpected {t.text!r}")

    def variable(self) -> sp.Expr:
        name = self.take().text
        if self.at("_"):  # subscripts: a_1, a_n, a_{n+1}, C_5^2
            self.take()
            sub = self.subscript()
            if name in ("C", "A") and sub.isdigit() and self.at("^"):
                self.take()
                sup = self.subscript()
                if sup.isdigit() and int(sub) <= 60 and int(sup) <= int(sub):
                    n, k = int(sub), int(sup)
                    return sp.binomial(n, k) if name == "C" else sp.ff(n, k)
                raise ParseError("bad C/A notation")
            return self.symbol(f"{name}_{sub}")
        if name in self.functions and self.at("("):
            self.take()
            arg = self.group("(")
            return sp.Function(name)(arg)
        if name == "e" and self.euler:
            return sp.E
        if name == "i" and self.imaginary:
            return sp.I
        return self.symbol(name)

    def subscript(self) -> str:
        if self.at("{"):
            self.take()
            parts = []
            while not self.at("}"):
                parts.append(self.take().text)
                if len(parts) > 12:
                    raise ParseError("subscript too long")
            self.take("}")
            return "".join(parts)
        t = self.take()
        if t.kind not in ("num", "var"):
            raise ParseError("bad subscript")
        return t.text

    def function(self) -> sp.Expr:
        name = self.take().text
        if name == "pi":
            return sp.pi
        base = None
        if name in _LOGS:
            if name == "lg":
                base = sp.Integer(10)
            elif self.at("_"):
                self.take()
                base = self.atom()
            else:
                base = sp.Integer(10) if name == "lg" else None
        power = None
        if self.at("^") and name not in ("sqrt", "exp"):  # sin^2 x
            self.take()
            power = self.unary() if self.at("-") else self.atom()
        arg = self.function_argument()
        if name in _LOGS:
            value = sp.log(arg, base) if base is not None else sp.log(arg, 10)
        else:
            value = FUNCTIONS[name](arg)
        return self.pow(value, power) if power is not None else value

    def function_argument(self) -> sp.Expr:
        if self.at("(", "[", "{"):
            return self.group(self.take().text)
        # sin x, sin 2x, sin 30°, lg 100: a product of atoms without +/- (stops at the next function)
        self.nest()
        value = self.postfix()
        while self.peek() is not None and self.peek().kind in ("num", "var", "greek") and not self.at("°"):
            value = value * self.postfix()
        self.depth -= 1
        return value


def parse_expr(s: str, *, real: bool = True, imaginary: bool = True, euler: bool = True,
               functions: frozenset[str] = frozenset({"f", "g", "h"})) -> sp.Expr:
    """Parse one expression (no relation) from plain text; raise ParseError when not accepted."""
    toks = tokenize(s)
    if not toks:
        raise ParseError("empty")
    p = _Parser(toks, real=real, imaginary=imaginary, euler=euler, functions=functions)
    value = p.expr()
    if p.peek() is not None:
        raise ParseError(f"unexpected {p.peek().text!r}")
    return _check_size(value)


_REL_SPLIT = re.compile(r"(≤|≥|≠|<|>|=)")


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
    except (ParseError, ValueError, TypeError, ZeroDivisionError, RecursionError):
        return None


def try_relation(s: str, **kw) -> tuple[sp.Expr, str, sp.Expr] | None:
    """`parse_relation`, or None when the text is not accepted."""
    try:
        return parse_relation(s, **kw)
    except (ParseError, ValueError, TypeError, ZeroDivisionError, RecursionError):
        return None

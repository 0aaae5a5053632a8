"""Safe parsing of claims and answers into SymPy: normalise, rewrite LaTeX, tokenize, parse.

A hand-written recursive-descent parser builds SymPy objects directly from whitelisted tokens, so no
input text ever reaches `eval`, `sympify` or `parse_expr`. Size limits are enforced while building
(huge powers, factorials and binomials raise `TooLarge` before SymPy computes them).

    >>> parse_expression(r"\\frac{1}{2}+\\sqrt{8}")
    1/2 + 2*sqrt(2)
    >>> parse_expression("2x(x+1)")
    2*x*(x + 1)
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.checks.latex import LatexError, to_plain
from tutor_graph.checks.normalizing import has_cjk, normalize
from tutor_graph.checks.statements import (
    AllOf,
    AnyOf,
    Argument,
    Bare,
    Member,
    Relation,
    map_exprs,
    to_boolean,
)
from tutor_graph.checks.tokens import GREEK, Token, TokenError, tokenize

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


def parse_statement(text: str, callables: frozenset[str] = DEFAULT_CALLABLES, sets: tuple = (),
                    variables: frozenset[str] = frozenset()):
    """Parse a claim into a statement (Relation, Member, AnyOf, AllOf, Bare, Argument).

    `sets` holds (name, Set) pairs of sets named in the context (`A = {x | x > 1}`); `variables` names
    letters to read as variables although they are usually constants (`e` as an eccentricity).
    """
    return _parse_cached(text, callables, sets, variables)[0]


def parse_claim(text: str, callables: frozenset[str] = DEFAULT_CALLABLES, sets: tuple = (),
                variables: frozenset[str] = frozenset()):
    """Like parse_statement, also returning the values written as decimals (`1.414`): only those may be
    read as approximations; `1/20` is exact even though it equals 0.05."""
    return _parse_cached(text, callables, sets, variables)


def parse_expression(text: str, callables: frozenset[str] = DEFAULT_CALLABLES):
    """Parse a single expression (no relation), or raise ParseError."""
    stmt = _parse_cached(text, callables, (), frozenset())[0]
    if not isinstance(stmt, Bare):
        raise ParseError("应为表达式 / expected an expression, found a relation")
    return stmt.expr


def prepare(text: str) -> list[Token]:
    """Normalise, rewrite LaTeX and tokenize `text` (raising ParseError on anything unexpected)."""
    plain = normalize(text)
    try:
        plain = to_plain(plain)
    except LatexError as exc:
        raise ParseError(str(exc)) from exc
    if has_cjk(plain):
        raise ParseError("含有无法解析的文字 / contains words the checker does not read")
    try:
        return tokenize(plain)
    except TokenError as exc:
        raise ParseError(str(exc)) from exc


@lru_cache(maxsize=512)
def _parse_cached(text: str, callables: frozenset[str], sets: tuple, variables: frozenset[str]):
    tokens = prepare(text)
    if not tokens:
        raise ParseError("空 / empty")
    parser = _Parser(tokens, callables, dict(sets), variables)
    return parser.argument(), frozenset(parser.decimals)


_E_DEFINED = re.compile(r"(?:^|[\s,;(∧⟹⟺])e\s*=(?!=)")


def letter_variables(*texts: str) -> frozenset[str]:
    """Letters used as variables in these texts: `e = c/a` makes e an eccentricity, not Euler's number."""
    return frozenset({"e"}) if any(_E_DEFINED.search(normalize(t)) for t in texts) else frozenset()


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


def split_pm(stmt):
    """A relation holding ± becomes the two alternatives (`x = ±2` -> `x = 2 或 x = -2`)."""
    if isinstance(stmt, Relation) and any(getattr(p, "has", lambda _: False)(PM) for p in stmt.parts):
        return AnyOf((map_exprs(stmt, lambda e: e.subs(PM, 1)), map_exprs(stmt, lambda e: e.subs(PM, -1))))
    return stmt


class _Parser:
    """Recursive descent over tokens; see CLAIMS.md for the grammar it accepts."""

    def __init__(self, tokens: list[Token], callables: frozenset[str], sets: dict | None = None,
                 variables: frozenset[str] = frozenset()):
        self.tokens, self.i, self.callables, self.sets = tokens, 0, callables, sets or {}
        self.variables = variables  # letters that are variables here even though usually constants (e)
        self.decimals: set[sp.Rational] = set()  # values written with a decimal point
        self.bound: dict[str, sp.Symbol] = {}
        self.abs_depth = self.stop_at_d = self.depth = 0

    # -- token helpers -------------------------------------------------------------------------
    def peek(self, k: int = 0) -> Token | None:
        j = self.i + k
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, kind: str, text: str | None = None, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.kind == kind and (text is None or tok.text == text)

    def accept(self, kind: str, text: str | None = None) -> Token | None:
        if self.at(kind, text):
            self.i += 1
            return self.tokens[self.i - 1]
        return None

    def expect(self, kind: str, text: str) -> Token:
        tok = self.accept(kind, text)
        if tok is None:
            found = self.peek().text if self.peek() else "end"
            raise ParseError(f"缺少 '{text}' / expected '{text}' but found '{found}'")
        return tok

    # -- statements ----------------------------------------------------------------------------
    def argument(self):
        while self.accept("logic"):
            pass  # a leading ∴ / 所以
        statements, links = [self.disjunction()], []
        while (tok := self.accept("logic")) and self.peek() is not None:
            links.append(tok.text)
            statements.append(self.disjunction())
        if self.peek() is not None:
            raise ParseError(f"无法理解 '{self.peek().text}' / unexpected '{self.peek().text}'")
        if not links:
            return statements[0]
        return Argument(tuple(statements), tuple(links))

    def disjunction(self):
        items = [self.conjunction()]
        while self.accept("word", "or"):
            items.append(self.conjunction())
        items = _fill_values(items)
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def conjunction(self):
        items = [self.item()]
        while self.at("word", "and") or self.at("op", ",") or self.at("op", ";"):
            while self.at("word", "and") or self.at("op", ",") or self.at("op", ";"):
                self.i += 1  # "，且" is one separator
            if self.peek() is None or self.at("logic") or self.at("word", "or"):
                break
            items.append(self.item())
        if len(items) > 1 and isinstance(items[0], Relation) and all(isinstance(s, Bare) for s in items[1:]):
            return AnyOf(tuple(_fill_values(items)))  # "x = 2, 3": a list of values
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def item(self):
        first = self.relation()
        negated = self.at("word", "notin")
        if self.accept("word", "in") or self.accept("word", "notin"):
            if not isinstance(first, Bare):
                raise ParseError("关系后不能接 ∈ / membership after a relation")
            return Member(first.expr, as_set(self.setops()), negated)
        return split_pm(first)

    def relation(self):
        parts, ops = [self.setops()], []
        while (tok := self.accept("rel")):
            ops.append(tok.text)
            parts.append(self.setops())
        return Bare(parts[0]) if not ops else Relation(tuple(parts), tuple(ops))

    def setops(self):
        left = self.arith()
        while self.at("word", "cup") or self.at("word", "cap"):
            op = self.tokens[self.i].text
            self.i += 1
            right = self.arith()
            left = sp.Union(as_set(left), as_set(right)) if op == "cup" else sp.Intersection(
                as_set(left), as_set(right))
        return left

    # -- expressions ---------------------------------------------------------------------------
    def arith(self):
        left = self.term()
        while self.at("op", "+") or self.at("op", "-") or self.at("op", "±"):
            op = self.tokens[self.i].text
            self.i += 1
            right = self.term()
            left = _arith(left, right, op)
        return left

    def term(self):
        left = self.unary()
        while True:
            if self.accept("op", "*"):
                left = _arith(left, self.unary(), "*")
            elif self.accept("op", "/"):
                left = _arith(left, self.unary(), "/")
            elif self.starts_factor():
                left = _arith(left, self.power(), "*")
            else:
                return left

    def starts_factor(self) -> bool:
        """Whether the next token begins an implicitly multiplied factor (`2x`, `(x-2)(x-3)`)."""
        tok = self.peek()
        if tok is None:
            return False
        if self.stop_at_d and tok.kind == "name" and tok.text == "d" and self.at("name", k=1):
            return False  # the `dx` closing an integral
        if tok.kind in ("num", "name", "func", "const", "special"):
            return True
        return tok.kind == "op" and (tok.text in ("(", "{") or (tok.text == "|" and not self.abs_depth))

    def unary(self):
        if self.accept("op", "-"):
            return -_expr(self.unary())
        if self.accept("op", "+"):
            return self.unary()
        if self.accept("op", "±"):
            return PM * _expr(self.unary())
        return self.power()

    def power(self):
        base = self.postfix()
        if self.accept("op", "^"):
            if self.accept("op", "°"):
                return base * sp.pi / 180
            return make_pow(_expr(base), self.exponent())
        return base

    def exponent(self):
        """An exponent: a signed atom with postfixes, right-associative (`9^9^9`)."""
        if self.accept("op", "-"):
            return -self.exponent()
        if self.accept("op", "+"):
            return self.exponent()
        base = self.postfix()
        if self.accept("op", "^"):
            return make_pow(_expr(base), self.exponent())
        return _expr(base)

    def postfix(self):
        value = self.atom()
        while True:
            if self.accept("op", "!"):
                value = _factorial(value)
            elif self.accept("op", "°"):
                value = _expr(value) * sp.pi / 180
            elif self.accept("op", "%"):
                value = _expr(value) / 100
            elif self.at("op", "'"):
                primes = 0
                while self.accept("op", "'"):
                    primes += 1
                value = _prime(value, primes)
            else:
                return value

    def atom(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise TooLarge("嵌套过深 / nested too deeply")
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self):
        tok = self.peek()
        if tok is None:
            raise ParseError("表达式不完整 / unexpected end")
        self.i += 1
        if tok.kind == "num":
            if "." not in tok.text:
                return sp.Integer(tok.text)
            value = sp.Rational(tok.text)  # exact; remembered as written in decimal form
            self.decimals.add(value)
            return value
        if tok.kind == "name":
            return self.name(tok.text)
        if tok.kind == "func":
            return self.function(tok.text)
        if tok.kind == "const":
            return _CONSTANTS[tok.text]
        if tok.kind == "special":
            return self.special(tok.text)
        if tok.kind == "op" and tok.text in ("(", "["):
            return self.bracket(tok.text)
        if tok.kind == "op" and tok.text == "{":
            return self.braces("}")
        if tok.kind == "op" and tok.text == "{{":
            return self.braces("}}", literal=True)
        if tok.kind == "op" and tok.text == "|":
            self.abs_depth += 1
            inner = self.arith()
            self.abs_depth -= 1
            self.expect("op", "|")
            return sp.Abs(_expr(inner))
        raise ParseError(f"无法理解 '{tok.text}' / unexpected '{tok.text}'")

    def bracket(self, opening: str):
        """`( e )`, `[ e ]`, tuples `(a, b, c)`, intervals `(a, b]`, `[a, +oo)`."""
        saved_abs, self.abs_depth = self.abs_depth, 0
        items = [self.setops()]
        while self.accept("op", ","):
            items.append(self.setops())
        self.abs_depth = saved_abs
        closing = self.peek()
        if closing is None or closing.kind != "op" or closing.text not in (")", "]"):
            raise ParseError("括号未闭合 / unclosed bracket")
        self.i += 1
        if len(items) == 1:
            return items[0]
        if len(items) == 2 and not (opening == "(" and closing.text == ")"):
            lo, hi = (_expr(v) for v in items)
            return sp.Interval(lo, hi, left_open=opening == "(", right_open=closing.text == ")")
        return sp.Tuple(*items)

    def braces(self, closing: str, literal: bool = False):
        """`{ e }` groups; `{1, 2}` and `\\{x | x > 2\\}` are sets."""
        if self.at("name") and (self.at("op", "|", 1) or self.at("op", "mid", 1) or self.at("op", ":", 1)):
            var = symbol(self.tokens[self.i].text)
            self.i += 2
            condition = self.disjunction()
            self.expect("op", closing)
            return sp.ConditionSet(var, to_boolean(condition), sp.S.Reals)
        if self.at("op", closing):
            self.i += 1
            return sp.S.EmptySet
        items = [self.setops()]
        while self.accept("op", ","):
            items.append(self.setops())
        self.expect("op", closing)
        if len(items) == 1 and not literal:
            return items[0]
        return sp.FiniteSet(*items)

    def name(self, text: str):
        if text in GREEK:
            return symbol(text)
        if text in self.bound:
            return self.bound[text]
        if text in self.sets and not self.at("op", "_"):
            return self.sets[text]
        if self.accept("op", "_"):
            sub = self.subscript()
            if text in ("C", "A") and self.accept("op", "^"):
                return _combinatoric(text, _expr(sub), self.exponent())
            return sp.Function(f"{text}_")(_expr(sub))
        if text in self.callables and (self.at("op", "(") or self.at("op", "'")):
            primes = 0
            while self.accept("op", "'"):
                primes += 1
            if not self.accept("op", "("):
                return symbol(text + "'" * primes)
            args = self.call_args()
            return sp.Function(text + "'" * primes)(*args)
        if text in ("C", "A") and self.at("op", "(") and self.at("op", ",", 2):
            self.i += 1
            args = self.call_args()
            if len(args) == 2:
                return _combinatoric(text, *args)
            raise ParseError("C(n, k) needs two arguments")
        if text == "e" and "e" not in self.variables:
            return sp.E
        if text == "i":
            return sp.I
        return symbol(text)

    def subscript(self):
        if self.accept("op", "{"):
            value = self.arith()
            self.expect("op", "}")
            return value
        tok = self.peek()
        if tok is None or tok.kind not in ("num", "name", "const"):
            raise ParseError("下标无法理解 / bad subscript")
        self.i += 1
        return sp.Integer(tok.text) if tok.kind == "num" and "." not in tok.text else self.name(tok.text)

    def call_args(self) -> list:
        """Arguments after an opening '(' up to the matching ')'."""
        saved_abs, self.abs_depth = self.abs_depth, 0
        args = [_expr(self.arith())]
        while self.accept("op", ","):
            args.append(_expr(self.arith()))
        self.abs_depth = saved_abs
        self.expect("op", ")")
        return args

    def function(self, name: str):
        base = power = None
        if name == "log" and self.accept("op", "_"):
            base = _expr(self.subscript())
        if self.accept("op", "^"):
            power = self.exponent()
        if self.accept("op", "("):
            args = self.call_args()
        else:
            args = [self.function_argument()]
        value = _apply(name, args, base)
        if power is not None:
            if power == -1 and name in ("sin", "cos", "tan"):
                return _apply("a" + name, args, None)  # sin^{-1} x is arcsin x
            value = make_pow(value, power)
        return value

    def function_argument(self):
        """An unbracketed argument: `sin 2x` -> sin(2x), `sin x cos x` -> sin(x)*cos(x)."""
        if self.accept("op", "-"):
            return -self.function_argument()
        value = _expr(self.power())
        while self.starts_factor() and not (self.at("func") or self.at("special") or self.at("op", "(")
                                            or self.at("op", "|")):
            value = value * _expr(self.power())
        return value

    def special(self, name: str):
        if name == "DIFF":
            self.expect("op", "_")
            var = symbol(self.expect_name())
            return sp.Derivative(_expr(self.power()), var)
        if name in ("SUM", "PROD"):
            self.expect("op", "_")
            self.expect("op", "{")
            index = self.expect_name()
            self.expect("rel", "=")
            lower = _expr(self.arith())
            self.expect("op", "}")
            self.expect("op", "^")
            upper = self.exponent()
            var = sp.Symbol(index, integer=True)
            self.bound[index] = var
            try:
                body = _expr(self.term())
            finally:
                del self.bound[index]
            return (sp.Sum if name == "SUM" else sp.Product)(body, (var, lower, upper))
        if name == "LIM":
            return self.limit()
        if name == "COMPL":  # \complement_U A: the complement of A in U
            self.expect("op", "_")
            universe = self.atom()
            universe = sp.S.Reals if universe == symbol("R") else as_set(universe)
            return sp.Complement(universe, as_set(self.postfix()))
        return self.integral()

    def limit(self):
        self.expect("op", "_")
        self.expect("op", "{")
        var = symbol(self.expect_name())
        self.expect("op", "->")
        target = _expr(self.arith())
        direction = "+-"
        if self.accept("op", "^"):
            sign = self.peek()
            if sign is not None and sign.text == "{":
                self.i += 1
            sign = self.peek()
            if sign is None or sign.text not in ("+", "-"):
                raise ParseError("单侧极限记号无法理解 / bad one-sided limit")
            self.i += 1
            direction = sign.text
            self.accept("op", "}")
        elif self.accept("op", "+") or self.accept("op", "-"):
            direction = self.tokens[self.i - 1].text
        self.expect("op", "}")
        if target in (sp.oo, -sp.oo):
            direction = "-" if target == sp.oo else "+"
        return sp.Limit(_expr(self.term()), var, target, direction)

    def integral(self):
        lower = upper = None
        if self.accept("op", "_"):
            lower = self.bound_value()
        if self.accept("op", "^"):
            upper = self.bound_value()
        self.stop_at_d += 1
        try:
            body = _expr(self.arith())
        finally:
            self.stop_at_d -= 1
        if not self.accept("name", "d"):
            raise ParseError("积分缺少 dx / integral without dx")
        var = symbol(self.expect_name())
        if lower is None or upper is None:
            return sp.Integral(body, var)
        return sp.Integral(body, (var, lower, upper))

    def bound_value(self):
        """An integral bound: a signed atom (`_0`, `^{\\pi}`, `_{-1}`), never `0^1` as a power."""
        if self.accept("op", "-"):
            return -self.bound_value()
        return _expr(self.atom())

    def expect_name(self) -> str:
        tok = self.accept("name")
        if tok is None:
            raise ParseError("应为变量 / expected a variable")
        return tok.text


_CONSTANTS = {"pi": sp.pi, "oo": sp.oo, "RR": sp.S.Reals, "NN": sp.S.Naturals, "ZZ": sp.S.Integers,
              "QQ": sp.S.Rationals, "EMPTY": sp.S.EmptySet}
_UNARY = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "cot": sp.cot, "sec": sp.sec, "csc": sp.csc,
          "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan, "asin": sp.asin, "acos": sp.acos,
          "atan": sp.atan, "ln": sp.log, "exp": sp.exp, "sqrt": sp.sqrt, "abs": sp.Abs, "sinh": sp.sinh,
          "cosh": sp.cosh, "tanh": sp.tanh, "floor": sp.floor, "ceil": sp.ceiling,
          "conjugate": sp.conjugate}


def _apply(name: str, args: list, base):
    """Apply a whitelisted function to parsed arguments."""
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
        return _combinatoric("C", *args)
    if name in ("max", "min") and args:
        return (sp.Max if name == "max" else sp.Min)(*args)
    raise ParseError(f"函数参数个数不对 / {name} with {len(args)} argument(s)")


def _combinatoric(letter: str, n, k):
    """C_n^k (binomial) or A_n^k (arrangements), refusing huge numbers."""
    if n.is_Integer and k.is_Integer and min(k, n - k) > MAX_FACTORIAL:
        raise TooLarge("数值过大 / number too large")
    return sp.binomial(n, k) if letter == "C" else sp.ff(n, k)


def _factorial(value):
    value = _expr(value)
    if value.is_Integer and value > MAX_FACTORIAL:
        raise TooLarge("阶乘过大 / factorial too large")
    return sp.factorial(value)


def _prime(value, primes: int):
    """`y'` -> the symbol y' (resolved against the context); `(expr)'` -> derivative in its one variable."""
    if isinstance(value, sp.Symbol):
        return symbol(value.name + "'" * primes)
    if isinstance(value, sp.Expr):
        variables = [s for s in value.free_symbols if s != PM]
        if len(variables) == 1:
            return sp.Derivative(value, (variables[0], primes))
    raise ParseError("无法确定求导变量 / cannot tell which variable the prime differentiates")


def _expr(value):
    """Require an arithmetic expression (not a set, tuple or interval)."""
    if isinstance(value, sp.Expr):
        return value
    raise ParseError("应为数或式 / expected a number or expression")


def _arith(left, right, op: str):
    """Combine two operands; tuples and sets do not take part in arithmetic."""
    left, right = _expr(left), _expr(right)
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "±":
        return left + PM * right
    if op == "*":
        return left * right
    return left / right


def _fill_values(items: list) -> list:
    """`x = 2 或 3` -> `x = 2 或 x = 3`: a bare value after `var = value` repeats its left side."""
    out = list(items)
    for k in range(1, len(out)):
        prev = out[k - 1]
        if isinstance(out[k], Bare) and isinstance(prev, Relation) and prev.ops == ("=",):
            out[k] = Relation((prev.parts[0], out[k].expr), ("=",))
    return out

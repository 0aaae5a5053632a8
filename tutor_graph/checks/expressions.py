"""The expression half of the claim parser: arithmetic, powers, functions, sets, sums, limits, integrals.

`ExpressionParser` walks whitelisted tokens and builds SymPy objects through `building`; the statement
half (relations, 或/且, ⇒/⇔) extends it in `parsing.py`.
"""

from __future__ import annotations

import sympy as sp

from tutor_graph.checks.building import (
    CONSTANTS,
    MAX_DEPTH,
    PM,
    ParseError,
    TooLarge,
    apply_function,
    as_set,
    combinatoric,
    combine,
    expression,
    factorial,
    integer_run,
    make_pow,
    prime,
    symbol,
)
from tutor_graph.checks.statements import to_boolean
from tutor_graph.checks.tokens import GREEK, Token


class ExpressionParser:
    """Recursive descent over tokens for expressions; see CLAIMS.md for the notation it accepts."""


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
            ahead = self.peek()
            found = ahead.text if ahead else "end"
            raise ParseError(f"缺少 '{text}' / expected '{text}' but found '{found}'")
        return tok

    def disjunction(self):
        """Statement level (set-builder conditions need it): provided by the statement parser."""
        raise NotImplementedError

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
            left = combine(left, right, op)
        return left

    def term(self):
        left = self.unary()
        while True:
            if self.accept("op", "*"):
                left = combine(left, self.unary(), "*")
            elif self.accept("op", "/"):
                left = combine(left, self.unary(), "/")
            elif self.starts_factor():
                left = combine(left, self.power(), "*")
            else:
                return left

    def starts_factor(self) -> bool:
        """Whether the next token begins an implicitly multiplied factor (`2x`, `(x-2)(x-3)`)."""
        tok = self.peek()
        if tok is None:
            return False
        if self.stop_at_d and tok.kind == "name" and tok.text == "d" and self.at("name", k=1):
            return False  # the `dx` closing an integral
        if tok.kind == "num" and self.i > 0 and self.tokens[self.i - 1].kind == "num":
            # `2 3`, `1 000`, `x^2 3`: no reading is safe (2·3? 1000? x^23?), so none is guessed
            raise ParseError(f"两个数 {self.tokens[self.i - 1].text} 和 {tok.text} 并排，含义不明 / two numbers side by "
                             f"side ({self.tokens[self.i - 1].text} {tok.text}): write × or remove the space")
        if (tok.kind == "name" and tok.spaced and self.i > 0 and self.tokens[self.i - 1].kind == "num"
                and self.tokens[self.i - 1].text in ("0", "1")):
            # `x = 1 y = 2`: nobody writes 1·y; two statements without a comma are not guessed
            raise ParseError(f"'{self.tokens[self.i - 1].text} {tok.text}' 含义不明，请用逗号分开 / "
                             f"'{self.tokens[self.i - 1].text} {tok.text}' is ambiguous: separate statements by a comma")
        if tok.kind in ("num", "name", "func", "const", "special"):
            return True
        return tok.kind == "op" and (tok.text in ("(", "{") or (tok.text == "|" and not self.abs_depth))

    def unary(self):
        if self.accept("op", "-"):
            return -expression(self.unary())
        if self.accept("op", "+"):
            return self.unary()
        if self.accept("op", "±"):
            return PM * expression(self.unary())
        return self.power()

    def power(self):
        base = self.postfix()
        if self.accept("op", "^"):
            if self.accept("op", "°"):
                return base * sp.pi / 180
            return self.raise_to(expression(base), self.exponent())
        return base

    def exponent(self):
        """An exponent: a signed atom with postfixes, right-associative (`9^9^9`)."""
        if self.accept("op", "-"):
            return -self.exponent()
        if self.accept("op", "+"):
            return self.exponent()
        base = self.postfix()
        if self.accept("op", "^"):
            return self.raise_to(expression(base), self.exponent())
        return expression(base)

    def raise_to(self, base, exp):
        """`base ** exp` (a hook: problem text in `plain` raises under tighter caps)."""
        return make_pow(base, exp)

    def factorial_of(self, value):
        """`value!` (a hook: problem text in `plain` allows small integers only)."""
        return factorial(value)

    def postfix(self):
        value = self.atom()
        while True:
            if self.accept("op", "!"):
                value = self.factorial_of(value)
            elif self.accept("op", "°"):
                value = expression(value) * sp.pi / 180
            elif self.accept("op", "%"):
                value = expression(value) / 100
            elif self.at("op", "'"):
                primes = 0
                while self.accept("op", "'"):
                    primes += 1
                value = prime(value, primes)
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
            return CONSTANTS[tok.text]
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
            return sp.Abs(expression(inner))
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
            lo, hi = (expression(v) for v in items)
            return sp.Interval(lo, hi, left_open=opening == "(", right_open=closing.text == ")")
        return sp.Tuple(*items)

    def braces(self, closing: str, literal: bool = False):
        """`{ e }` groups; `{1, 2}` and `\\{x | x > 2\\}` are sets."""
        if self.at("name") and (self.at("op", "|", 1) or self.at("op", "mid", 1) or self.at("op", ":", 1)):
            var = symbol(self.tokens[self.i].text)
            self.i += 2
            condition = self.disjunction()
            self.expect("op", closing)
            try:
                return sp.ConditionSet(var, to_boolean(condition), sp.S.Reals)
            except ValueError:  # `{x | x}`: the bar is followed by no condition
                raise ParseError("集合描述中缺少条件 / the set-builder has no condition after the bar") from None
        if self.at("op", closing):
            self.i += 1
            return sp.S.EmptySet
        items = [self.setops()]
        while self.accept("op", ","):
            if self.accept("op", "..."):  # {0, 1, ..., 6}
                self.expect("op", ",")
                run = integer_run(items, self.setops())
                self.expect("op", closing)
                return run
            items.append(self.setops())
        self.expect("op", closing)
        if len(items) == 1 and not literal:
            return items[0]
        return sp.FiniteSet(*items)

    def name(self, text: str):
        if text in GREEK:
            return symbol(text)
        if len(text) > 1:  # one opaque symbol from the LaTeX converter: x̄, ŷ, ⟨a,b⟩
            return symbol(text)
        if text in self.bound and not self.at("op", "_"):
            return self.bound[text]
        if text in self.sets and not self.at("op", "_"):
            return self.sets[text]
        if self.accept("op", "_"):
            sub = self.subscript()
            if (key := f"{text}_{sp.sstr(sub)}") in self.bound:  # ∃x_0: the bound x_0
                return self.bound[key]
            if text in ("C", "A") and self.accept("op", "^"):
                return combinatoric(text, expression(sub), self.exponent())
            return sp.Function(f"{text}_")(expression(sub))
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
                return combinatoric(text, *args)
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
        args = [expression(self.arith())]
        while self.accept("op", ","):
            args.append(expression(self.arith()))
        self.abs_depth = saved_abs
        self.expect("op", ")")
        return args

    def function(self, name: str):
        base = power = None
        if name == "log" and self.accept("op", "_"):
            base = expression(self.subscript())
        if self.accept("op", "^"):
            power = self.exponent()
        if self.accept("op", "("):
            args = self.call_args()
        else:
            args = [self.function_argument()]
        value = apply_function(name, args, base)
        if power is not None:
            if power == -1 and name in ("sin", "cos", "tan"):
                return apply_function("a" + name, args, None)  # sin^{-1} x is arcsin x
            value = make_pow(value, power)
        return value

    def function_argument(self):
        """An unbracketed argument: `sin 2x` -> sin(2x), `sin x cos x` -> sin(x)*cos(x)."""
        if self.accept("op", "-"):
            return -self.function_argument()
        value = expression(self.power())
        while self.starts_factor() and not (self.at("func") or self.at("special") or self.at("op", "(")
                                            or self.at("op", "|")):
            value = value * expression(self.power())
        return value

    def special(self, name: str):
        if name == "DIFF":
            self.expect("op", "_")
            var = symbol(self.expect_name())
            return sp.Derivative(expression(self.power()), var)
        if name in ("SUM", "PROD"):
            self.expect("op", "_")
            self.expect("op", "{")
            index = self.expect_name()
            self.expect("rel", "=")
            lower = expression(self.arith())
            self.expect("op", "}")
            self.expect("op", "^")
            upper = self.exponent()
            var = sp.Symbol(index, integer=True)
            self.bound[index] = var
            try:
                body = expression(self.term())
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
        side = self._one_sided_target()
        if side is not None:
            target, direction = side
            self.expect("op", "}")
            if target in (sp.oo, -sp.oo):
                raise ParseError("单侧极限记号无法理解 / bad one-sided limit")
            return sp.Limit(expression(self.term()), var, target, direction)
        target = expression(self.arith())
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
        return sp.Limit(expression(self.term()), var, target, direction)

    def _one_sided_target(self):
        """`0^+`, `0^{-}`, `1+` before the `}` closing a limit's subscript: (target, direction), else None.

        The target is parsed from the tokens before the sign only, since `0^+}` is not an arithmetic term.
        """
        depth, end = 0, self.i
        while end < len(self.tokens):
            text = self.tokens[end].text if self.tokens[end].kind == "op" else ""
            if text == "{":
                depth += 1
            elif text == "}":
                if depth == 0:
                    break
                depth -= 1
            end += 1
        seq = [t.text if t.kind == "op" else "" for t in self.tokens[self.i:end]]
        for tail, sign_at in ((["^", "{", "+", "}"], 2), (["^", "{", "-", "}"], 2), (["^", "+"], 1), (["^", "-"], 1),
                              (["+"], 0), (["-"], 0)):
            if len(seq) > len(tail) and seq[-len(tail):] == tail:
                cut = end - len(tail)
                saved = self.tokens
                self.tokens = saved[:cut]
                try:
                    target = expression(self.arith())
                finally:
                    self.tokens = saved
                if self.i != cut:
                    raise ParseError("单侧极限记号无法理解 / bad one-sided limit")
                self.i = end
                return target, tail[sign_at]
        return None

    def integral(self):
        lower = upper = None
        if self.accept("op", "_"):
            lower = self.bound_value()
        if self.accept("op", "^"):
            upper = self.bound_value()
        self.stop_at_d += 1
        try:
            body = expression(self.arith())
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
        return expression(self.atom())

    def expect_name(self) -> str:
        tok = self.accept("name")
        if tok is None:
            raise ParseError("应为变量 / expected a variable")
        return tok.text

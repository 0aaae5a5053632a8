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

import re
from functools import lru_cache

import sympy as sp

from tutor_graph.checks.building import (  # noqa: F401 - re-exported: the parser's public vocabulary
    DEFAULT_CALLABLES,
    MAX_DEPTH,
    PM,
    ParseError,
    TooLarge,
    as_set,
    fill_values,
    freeze,
    make_pow,
    symbol,
)
from tutor_graph.checks.expressions import ExpressionParser
from tutor_graph.checks.latex import LatexError, to_plain
from tutor_graph.checks.normalizing import has_cjk, normalize
from tutor_graph.checks.statements import (
    AllOf,
    AnyOf,
    Argument,
    Bare,
    Inclusion,
    Member,
    NotNegatable,
    Quantified,
    RangeClaim,
    Relation,
    map_exprs,
    negate,
)
from tutor_graph.checks.tokens import Token, TokenError, tokenize


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


_E_DEFINED = re.compile(r"(?:^|[\s,;(∧⟹⟺∴])e\s*=(?!=)")


def letter_variables(*texts: str) -> frozenset[str]:
    """Letters used as variables in these texts: `e = c/a` makes e an eccentricity, not Euler's number."""
    return frozenset({"e"}) if any(_E_DEFINED.search(normalize(t)) for t in texts) else frozenset()


def split_pm(stmt):
    """A relation holding ± becomes the two alternatives (`x = ±2` -> `x = 2 或 x = -2`)."""
    if isinstance(stmt, Relation) and any(getattr(p, "has", lambda _: False)(PM) for p in stmt.parts):
        return AnyOf((map_exprs(stmt, lambda e: e.subs(PM, 1)), map_exprs(stmt, lambda e: e.subs(PM, -1))))
    return stmt


_LINKS = {"=>": "⇒", "<=>": "⇔", "solves": "的解为", "therefore": "所以"}


class _Parser(ExpressionParser):
    """The statement half: relation chains, memberships, 或 / 且 / comma lists, ⇒ / ⇔ / 的解为."""

    # -- statements ----------------------------------------------------------------------------
    def argument(self):
        """`s0 link s1 link s2 …`. Every link needs a statement on both sides: `0 = 0 ⇒` (nothing
        concluded) and `⇒ x = 1` (nothing assumed) are malformed, never read as `0 = 0` or `x = 1`.
        Only a word meaning "so" (所以, 因此, 则, ∴) may stand before the first statement."""
        while self.accept("logic", "therefore"):
            pass  # a leading ∴ / 所以: the premise is the context
        if (first := self.peek()) is not None and first.kind == "logic":
            raise ParseError(f"'{_LINKS[first.text]}' 前面缺少前提 / nothing before '{_LINKS[first.text]}'")
        statements, links = [self.disjunction()], []
        while (tok := self.accept("logic")):
            if self.peek() is None or self.at("logic"):
                raise ParseError(f"'{_LINKS[tok.text]}' 后面缺少结论 / nothing after '{_LINKS[tok.text]}'")
            links.append("=>" if tok.text == "therefore" else tok.text)
            statements.append(self.disjunction())
        if (left := self.peek()) is not None:
            raise ParseError(f"无法理解 '{left.text}' / unexpected '{left.text}'")
        if not links:
            return statements[0]
        return Argument(tuple(statements), tuple(links))

    def disjunction(self):
        items = [self.conjunction()]
        while self.accept("word", "or"):
            items.append(self.conjunction())
        items = fill_values(items)
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def conjunction(self):
        """`A, B`, `A 且 B`, `A，且 B`. A trailing comma or semicolon is punctuation (`x = 2，`); a
        trailing 且 / ∧ joins nothing and is malformed."""
        items = [self.item()]
        while self.at("word", "and") or self.at("op", ",") or self.at("op", ";"):
            words = marks = 0
            while self.at("word", "and") or self.at("op", ",") or self.at("op", ";"):
                words, marks = words + self.at("word", "and"), marks + (not self.at("word", "and"))
                self.i += 1  # "，且" is one separator
            if words > 1 or marks > 1:
                raise ParseError("连接词之间缺少条件 / an empty condition between two separators")
            if self.peek() is None or self.at("logic") or self.at("word", "or"):
                if words:
                    raise ParseError("'且' 后面缺少条件 / nothing after 'and'")
                break
            items.append(self.item())
        if len(items) > 1 and isinstance(items[0], Relation) and all(isinstance(s, Bare) for s in items[1:]):
            return AnyOf(tuple(fill_values(items)))  # "x = 2, 3": a list of values
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def item(self):
        if self.at("word", "not") or self.at("quant"):
            self.depth += 1  # `¬¬¬…`, `∀x∀y…` nest like brackets: the same bound
            if self.depth > MAX_DEPTH:
                raise TooLarge("嵌套过深 / nested too deeply")
            try:
                return self.negation() if self.accept("word", "not") else self.quantified()
            finally:
                self.depth -= 1
        first = self.relation()
        negated = self.at("word", "notin")
        if self.accept("word", "in") or self.accept("word", "notin"):
            if not isinstance(first, Bare):
                raise ParseError("关系后不能接 ∈ / membership after a relation")
            return Member(first.expr, as_set(self.setops()), negated)
        if self.accept("word", "rangeis"):  # `2a - b 的取值范围是 (-2, 4)`
            if not (isinstance(first, Bare) and isinstance(first.expr, sp.Expr)):
                raise ParseError("取值范围前应为一个式子 / a range belongs to an expression")
            return RangeClaim(first.expr, as_set(self.setops()))
        return split_pm(first)

    def relation(self):
        parts, ops = [self.setops()], []
        if self.at("incl"):
            return self.inclusions(parts[0])
        while (tok := self.accept("rel")):
            ops.append(tok.text)
            parts.append(self.setops())
        if self.at("incl"):
            raise ParseError("⊆ 不能与 = < 连写 / ⊆ chained with = or <")
        return Bare(parts[0]) if not ops else Relation(tuple(parts), tuple(ops))

    def inclusions(self, left):
        """`A ⊆ B`, `A ⊋ B ⊇ C` (each link on its own); mirror images are stored with the sides swapped."""
        items = []
        while (tok := self.accept("incl")):
            right = self.setops()
            if self.at("rel"):
                raise ParseError("⊆ 不能与 = < 连写 / ⊆ chained with = or <")
            one, two = _as_named_set(left), _as_named_set(right)
            op = tok.text
            if op in _MIRRORED:
                one, two, op = two, one, _MIRRORED[op]
            items.append(Inclusion(one, two, op))
            left = right
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def negation(self):
        """`¬(∀x∈R, x^2>0)`, `\\neg x > 1`: the negation pushed inward (`statements.negate`)."""
        inner = None
        if self.at("op", "("):
            start, bound = self.i, dict(self.bound)
            self.i += 1
            try:
                inner = self.disjunction()
                self.expect("op", ")")
            except ParseError:
                inner = None
            if isinstance(inner, Bare) or inner is None:  # `¬(x+1) > 0`: the bracket was an expression's
                self.i, self.bound, inner = start, bound, None
        if inner is None:
            if self.peek() is None:
                raise ParseError("'¬' 后面缺少命题 / nothing after '¬'")
            inner = self.item()
        try:
            return negate(inner)
        except NotNegatable:
            raise ParseError("无法写出这个命题的否定 / cannot negate this statement") from None

    def quantified(self):
        """`∀x∈R, body`, `∃x_0 > 0, body`, `存在 x，使得 body`: the variable is bound (a Dummy) in the domain
        and the body, which runs to the end of the statement."""
        kind = self.tokens[self.i].text
        self.i += 1
        tok = self.accept("name")
        if tok is None:
            raise ParseError("量词后应为变量 / a variable must follow ∀ or ∃")
        key = tok.text
        if self.accept("op", "_"):
            key = f"{tok.text}_{sp.sstr(self.subscript())}"
        var, saved = sp.Dummy(key, real=True), self.bound.get(key)
        self.bound[key] = var
        try:
            domain: Member | Relation | None = None
            if self.accept("word", "in"):
                domain = Member(var, as_set(self.setops()))
            elif (rel := self.accept("rel")) and rel.text in ("<", "<=", ">", ">=", "!="):
                domain = Relation((var, self.arith()), (rel.text,))
            elif rel:
                raise ParseError(f"量词的范围无法理解 '{rel.text}' / unexpected '{rel.text}' after the variable")
            self.accept("op", ",") or self.accept("op", ":")
            if self.peek() is None or self.at("logic"):
                raise ParseError("量词后缺少命题 / nothing after the quantifier")
            body = self.disjunction()
        finally:
            if saved is None:
                self.bound.pop(key, None)
            else:
                self.bound[key] = saved
        return Quantified(kind, var, domain, body)


_MIRRORED = {"supe": "sube", "sup": "sub", "supne": "subne", "nsupe": "nsube", "nsup": "nsub"}


def _as_named_set(value) -> sp.Set:
    """A side of ⊆: a set or interval; a capital letter the context does not define says so."""
    if isinstance(value, sp.Symbol) and value.name.isalpha() and value.name.isupper():
        raise ParseError(f"集合 {value.name} 未在已知中给出 / the set {value.name} is not defined in the context")
    return as_set(value)

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

from tutor_graph.checks.building import (  # noqa: F401 - re-exported: the parser's public vocabulary
    DEFAULT_CALLABLES,
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
from tutor_graph.checks.statements import AllOf, AnyOf, Argument, Bare, Member, Relation, map_exprs
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
        if self.at("logic"):
            raise ParseError(f"'{_LINKS[self.peek().text]}' 前面缺少前提 / nothing before '{_LINKS[self.peek().text]}'")
        statements, links = [self.disjunction()], []
        while (tok := self.accept("logic")):
            if self.peek() is None or self.at("logic"):
                raise ParseError(f"'{_LINKS[tok.text]}' 后面缺少结论 / nothing after '{_LINKS[tok.text]}'")
            links.append("=>" if tok.text == "therefore" else tok.text)
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

"""Reading a final answer's text into a typed `Answer` (runs in the worker, after `answers.py`'s string work).

Kinds: a value (`expr`, possibly labelled `a_n = …`), a set of values, a set or interval, a point, a
pair, an equation, a list of equations joined by 或 / 且, and the range of an expression in several
variables (`-2 < 2a-b < 4`, `2a-b ∈ (-2, 4)`). `grading.compare` decides two of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.checks.parsing import ParseError, freeze, parse_statement
from tutor_graph.checks.solving import boolean_set, solution_set
from tutor_graph.checks.statements import AllOf, AnyOf, Bare, Member, Relation, free_symbols, map_exprs

_LOWER, _UPPER = ("<", "<="), (">", ">=")


@dataclass(frozen=True)
class Answer:
    """A parsed answer: kind is expr | values | set | point | pair | equation | equations-or |
    equations-and | range."""

    kind: str
    value: Any  # what it is depends on the kind (an expression, a tuple of coordinates, a set, …)
    var: sp.Symbol | None = None
    decimal: bool = False  # written as a single decimal number (`1.414`), so it may be an approximation
    label: sp.Basic | None = None  # `a_n` in `a_n = 2n-1`: the name the value is given (kind expr)
    subject: sp.Expr | None = None  # `2a-b` in `-2 < 2a-b < 4` (kind range; value is its set)

    def as_equation(self):
        """A labelled value as the equation `label - value` (`f(x) = x^2` vs `x^2 - f(x) = 0`)."""
        if self.kind == "equation":
            return self.value
        if self.kind == "expr" and self.label is not None:
            return sp.Add(self.label, -self.value)
        return None


def read_answer(text: str) -> Answer:
    """Read an answer's text into a typed value (raises ParseError or solving.Undecided)."""
    raw = parse_statement(text)
    stmt = map_exprs(raw, freeze)
    if isinstance(stmt, AllOf | AnyOf) and all(isinstance(s, Bare) and isinstance(s.expr, sp.Expr) for s in stmt.items):
        return Answer("values", sp.FiniteSet(*[s.expr for s in stmt.items]))  # "2, 3", "2 或 3"
    if isinstance(stmt, Bare):
        value = stmt.expr
        if isinstance(value, sp.Tuple):
            return Answer("pair" if len(value) == 2 else "point", value)
        if isinstance(value, sp.ConditionSet):
            return Answer("set", boolean_set(value.condition, value.sym), value.sym)
        if isinstance(value, sp.Set):
            return Answer("set", value)
        return Answer("expr", value, decimal=bool(re.fullmatch(r"\s*-?\d+\.\d+\s*", text)))
    assignments = _assignments(stmt)
    if assignments is not None:
        return assignments
    if isinstance(raw, Relation) and raw.ops == ("=",) and is_label(raw.parts[0]):
        label, value = stmt.parts
        if label not in getattr(value, "free_symbols", set()):
            return Answer("expr", value, label=label)  # `a_n = 2n-1`, `f(x) = x^2-x`, `y' = 10(2x+1)^4`
    variables = free_symbols(stmt)
    if len(variables) == 1 and not _is_equation(stmt):
        var = next(iter(variables))
        return Answer("set", solution_set(stmt, var), var)
    if isinstance(stmt, Relation) and stmt.ops == ("=",):
        return Answer("equation", sp.Add(stmt.parts[0], -stmt.parts[1]))
    equations = _equations(stmt)
    if equations is not None:
        return equations
    ranged = _range(stmt)
    if ranged is not None:
        return ranged
    raise ParseError("不支持的答案形式 / unsupported answer form")


def is_label(lhs) -> bool:
    """Whether the left side of `lhs = …` names the value rather than being an unknown solved for:
    a function value `f(x)`, `f'(x)`, `g(2)`; a sequence's general term `a_n`, `S_n` (a symbolic index:
    `x_1 = 2` is a root); a derivative `y'`. A bare letter (`x = 2`, `y = 2x + 1`) is never a label.

    >>> from tutor_graph.checks.parsing import parse_statement
    >>> [is_label(parse_statement(t).parts[0]) for t in ("a_n=2n-1", "f(x)=x^2", "y'=2x", "x_1=2", "y=2x")]
    [True, True, True, False, False]
    """
    if isinstance(lhs, AppliedUndef):
        if lhs.func.__name__.endswith("_"):
            return bool(lhs.args[0].free_symbols)
        return all(isinstance(a, sp.Symbol) or a.is_number for a in lhs.args)
    return isinstance(lhs, sp.Symbol) and lhs.name.endswith("'")


def _is_equation(stmt) -> bool:
    return isinstance(stmt, Relation) and stmt.ops == ("=",) and not isinstance(stmt.parts[0], sp.Symbol)


def _assignments(stmt) -> Answer | None:
    """`x = 2 或 x = 3` -> values; `x = 3, y = 2` -> point (3, 2); `x_1 = 2, x_2 = 3` -> values."""
    items = stmt.items if isinstance(stmt, AnyOf | AllOf) else (stmt,)
    pairs = []
    for item in items:
        if not (isinstance(item, Relation) and item.ops == ("=",) and isinstance(item.parts[0], sp.Symbol)
                and not free_symbols(Bare(item.parts[1]))):
            return None
        pairs.append((item.parts[0], item.parts[1]))
    names = {v.name for v, _ in pairs}
    if isinstance(stmt, AllOf) and len(names) == len(pairs) and not _labelled_roots(names):
        ordered = sorted(pairs, key=lambda p: p[0].name)
        return Answer("point", sp.Tuple(*[v for _, v in ordered]))
    base = {n.split("_")[0] for n in names}
    if len(base) == 1:
        return Answer("values", sp.FiniteSet(*[v for _, v in pairs]), sp.Symbol(base.pop(), real=True))
    return None


def _labelled_roots(names: set[str]) -> bool:
    bases = {n.split("_")[0] for n in names}
    return len(bases) == 1 and all("_" in n for n in names)


def _equations(stmt) -> Answer | None:
    """`y = 4x-4 或 y = 0` (two tangent lines), `x+y=5, x-y=1`: equations in several variables."""
    if not isinstance(stmt, AnyOf | AllOf):
        return None
    found = []
    for item in stmt.items:
        if not (isinstance(item, Relation) and item.ops == ("=",)):
            return None
        found.append(sp.Add(item.parts[0], -item.parts[1]))
    return Answer("equations-or" if isinstance(stmt, AnyOf) else "equations-and", tuple(found))


def _range(stmt) -> Answer | None:
    """The range of an expression in several variables: `-2 < 2a-b < 4`, `2a-b ≥ 1`, `2a-b ∈ (-2, 4)`.

    Only the expression's set of values is read; whether it is the expression asked about is for the
    comparison to decide (the reference must name the same expression).
    """
    if isinstance(stmt, Member) and not stmt.negated and isinstance(stmt.element, sp.Expr):
        if len(stmt.element.free_symbols) >= 2 and not stmt.domain.free_symbols:
            return Answer("range", stmt.domain, subject=stmt.element)
        return None
    if not isinstance(stmt, Relation) or not 1 <= len(stmt.ops) <= 2:
        return None
    middle = [p for p in stmt.parts if getattr(p, "free_symbols", None)]
    if len(middle) != 1 or len(middle[0].free_symbols) < 2 or not isinstance(middle[0], sp.Expr):
        return None
    subject = middle[0]
    where = stmt.parts.index(subject)
    if len(stmt.ops) == 2 and where != 1:
        return None
    if not all(op in _LOWER for op in stmt.ops) and not all(op in _UPPER for op in stmt.ops):
        return None
    region = sp.S.Reals
    for link in stmt.links():  # each link `a op b` with the subject on one side bounds it
        (left, right), op = link.parts, link.ops[0]
        bound, subject_left = (right, True) if left == subject else (left, False)
        if not isinstance(bound, sp.Expr) or not bound.is_number:
            return None
        below = (op in _LOWER) == subject_left  # subject < bound, or bound > subject
        strict = op in ("<", ">")
        part = (sp.Interval(-sp.oo, bound, right_open=strict) if below
                else sp.Interval(bound, sp.oo, left_open=strict))
        region = sp.Intersection(region, part)
    return Answer("range", region, subject=subject)

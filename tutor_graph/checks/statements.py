"""The shapes a parsed claim takes: relation chains, memberships, and/or lists, implications."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp


@dataclass(frozen=True)
class Relation:
    """A chain `parts[0] ops[0] parts[1] ops[1] ...`; ops are = < <= > >= != ~= (approximately)."""

    parts: tuple
    ops: tuple[str, ...]

    def links(self) -> list[Relation]:
        """Each adjacent pair as its own relation (`a = b = c` -> `a = b`, `b = c`)."""
        return [Relation((self.parts[k], self.parts[k + 1]), (op,)) for k, op in enumerate(self.ops)]

    @property
    def lhs(self):
        return self.parts[0]

    @property
    def rhs(self):
        return self.parts[-1]


@dataclass(frozen=True)
class Member:
    """`element ∈ domain` (or ∉ when negated); domain is a SymPy Set."""

    element: sp.Basic
    domain: sp.Basic
    negated: bool = False


@dataclass(frozen=True)
class Bare:
    """An expression with no relation (`14`, `(1, 2]`): only meaningful next to something else."""

    expr: sp.Basic


@dataclass(frozen=True)
class AnyOf:
    """Disjunction: `x = 2 或 x = 3`."""

    items: tuple


@dataclass(frozen=True)
class AllOf:
    """Conjunction: `x = 3, y = 2`, `x > 0 且 x < 1`."""

    items: tuple


@dataclass(frozen=True)
class Argument:
    """解得). / `s0 link0 s1 link1 s2 ...` with links `=>` (implies), `<=>` (iff), `solves` (的解为"""

    statements: tuple
    links: tuple[str, ...]


@dataclass(frozen=True)
class Inclusion:
    """`left ⊆ right` between two sets; op is sube (⊆), sub (⊂: ⊆ or ⊊, the books differ), subne (⊊),
    nsube (⊈) or nsub (⊄). Mirror images (⊇ ⊃ ⊋ ⊉ ⊅) are stored with the sides swapped."""

    left: sp.Basic
    right: sp.Basic
    op: str


@dataclass(frozen=True)
class Quantified:
    """`∀ var ∈ domain, body` (kind "all") or `∃ var ∈ domain, body` (kind "some"). `var` is a Dummy, so a
    definition in the context never replaces it; `domain` is a statement about var (a membership or an
    inequality), None for all reals."""

    kind: str
    var: sp.Symbol
    domain: object
    body: object


@dataclass(frozen=True)
class RangeClaim:
    """`expr 的取值范围是 values`: the set of values `expr` takes under the givens is exactly `values`."""

    expr: sp.Expr
    values: sp.Basic


Statement = Relation | Member | Bare | AnyOf | AllOf | Inclusion | Quantified | RangeClaim

_NEGATED = {"=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<", "sube": "nsube", "nsube": "sube",
            "sub": "nsub", "nsub": "sub"}


class NotNegatable(ValueError):
    """The statement has no negation the checker can write (`¬(A ⊊ B)`, `¬(x ≈ 1.41)`, an argument)."""


def negate(stmt):
    """The statement's negation, pushed inward: ¬(x < 1) is x ≥ 1, ¬∀ is ∃¬, ¬(A 或 B) is ¬A 且 ¬B.

    >>> x = sp.Symbol("x", real=True)
    >>> negate(Relation((0, x, 1), ("<", "<")))
    AnyOf(items=(Relation(parts=(0, x), ops=('>=',)), Relation(parts=(x, 1), ops=('>=',))))
    """
    if isinstance(stmt, Relation):
        if any(op not in _NEGATED for op in stmt.ops):
            raise NotNegatable(stmt)
        links = [Relation(r.parts, (_NEGATED[r.ops[0]],)) for r in stmt.links()]
        return links[0] if len(links) == 1 else AnyOf(tuple(links))
    if isinstance(stmt, Member):
        return Member(stmt.element, stmt.domain, not stmt.negated)
    if isinstance(stmt, AnyOf):
        return AllOf(tuple(negate(s) for s in stmt.items))
    if isinstance(stmt, AllOf):
        return AnyOf(tuple(negate(s) for s in stmt.items))
    if isinstance(stmt, Quantified):
        return Quantified("some" if stmt.kind == "all" else "all", stmt.var, stmt.domain, negate(stmt.body))
    if isinstance(stmt, Inclusion) and stmt.op in _NEGATED:
        return Inclusion(stmt.left, stmt.right, _NEGATED[stmt.op])
    raise NotNegatable(stmt)


def to_boolean(stmt) -> sp.Basic:
    """Turn a statement into a SymPy boolean (for set-builder conditions and solving)."""
    if isinstance(stmt, Relation):
        return sp.And(*[_relational(r.parts[0], r.ops[0], r.parts[1]) for r in stmt.links()])
    if isinstance(stmt, Member):
        cond = sp.Contains(stmt.element, stmt.domain)
        return sp.Not(cond) if stmt.negated else cond
    if isinstance(stmt, AnyOf):
        return sp.Or(*[to_boolean(s) for s in stmt.items])
    if isinstance(stmt, AllOf):
        return sp.And(*[to_boolean(s) for s in stmt.items])
    raise ValueError("不是条件 / not a condition")


_RELATIONALS = {"=": sp.Eq, "<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge, "!=": sp.Ne}


def _relational(lhs, op: str, rhs) -> sp.Basic:
    """An unevaluated-when-possible SymPy relational for one link."""
    if op not in _RELATIONALS:
        raise ValueError(f"relation {op} is not a condition")
    return _RELATIONALS[op](lhs, rhs)


def free_symbols(stmt) -> set:
    """All free symbols of a statement."""
    if isinstance(stmt, Relation):
        return set().union(*[getattr(p, "free_symbols", set()) for p in stmt.parts])
    if isinstance(stmt, Member):
        return set(stmt.element.free_symbols) | set(getattr(stmt.domain, "free_symbols", set()))
    if isinstance(stmt, Bare):
        return set(getattr(stmt.expr, "free_symbols", set()))
    if isinstance(stmt, AnyOf | AllOf):
        return set().union(*[free_symbols(s) for s in stmt.items]) if stmt.items else set()
    if isinstance(stmt, Argument):
        return set().union(*[free_symbols(s) for s in stmt.statements])
    if isinstance(stmt, Inclusion):
        return set(stmt.left.free_symbols) | set(stmt.right.free_symbols)
    if isinstance(stmt, Quantified):
        return (free_symbols(stmt.body) | free_symbols(stmt.domain)) - {stmt.var}
    if isinstance(stmt, RangeClaim):
        return set(stmt.expr.free_symbols) | set(stmt.values.free_symbols)
    return set()


def map_exprs(stmt, fn):
    """Apply `fn` to every expression inside a statement, keeping its shape."""
    if isinstance(stmt, Relation):
        return Relation(tuple(fn(p) for p in stmt.parts), stmt.ops)
    if isinstance(stmt, Member):
        return Member(fn(stmt.element), fn(stmt.domain), stmt.negated)
    if isinstance(stmt, Bare):
        return Bare(fn(stmt.expr))
    if isinstance(stmt, AnyOf):
        return AnyOf(tuple(map_exprs(s, fn) for s in stmt.items))
    if isinstance(stmt, AllOf):
        return AllOf(tuple(map_exprs(s, fn) for s in stmt.items))
    if isinstance(stmt, Argument):
        return Argument(tuple(map_exprs(s, fn) for s in stmt.statements), stmt.links)
    if isinstance(stmt, Inclusion):
        return Inclusion(fn(stmt.left), fn(stmt.right), stmt.op)
    if isinstance(stmt, Quantified):
        return Quantified(stmt.kind, stmt.var, map_exprs(stmt.domain, fn), map_exprs(stmt.body, fn))
    if isinstance(stmt, RangeClaim):
        return RangeClaim(fn(stmt.expr), fn(stmt.values))
    return stmt

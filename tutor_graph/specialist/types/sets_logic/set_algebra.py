"""Reading and evaluating set operations: set bodies (`1,2,3`, `x | -1<x≤3`, `x∈Z | …`), the asked expression
(`∁_U(A∪B)`, `A∩(∁_R B)`) as a small tree, its value and its LaTeX."""

from __future__ import annotations

import re
from typing import Union

import sympy as sp

from tutor_graph.checks import ParseError, parse_expr
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import split_top
from tutor_graph.specialist.render import interval_text, plain, tex

# a set name, ("c", universe name, tree) for a complement, or (op, left, right) with op "∩" / "∪"
Tree = Union[str, tuple]  # noqa: UP007 (a recursive alias: tuple members are Trees)
_REL = re.compile(r"(≤|≥|<|>|=|≠)")


def condition_set(cond: str, var: sp.Symbol) -> tuple[sp.Set, tuple[str, ...]]:
    """Solution set of `-1<x≤3`, `x^2-4x+3<0`, `x≥2` (and-ed by commas); plus its relations as text."""
    result: sp.Set = sp.S.Reals
    texts = []
    for part in split_top(cond, ",;"):
        pieces = _REL.split(part.replace("且", ","))
        if len(pieces) < 3:
            raise ParseError("no relation")
        exprs = [parse_expr(p) for p in pieces[0::2]]
        for lhs, op, rhs in zip(exprs, pieces[1::2], exprs[1:], strict=False):
            if (lhs - rhs).free_symbols - {var} or not (lhs - rhs).free_symbols:
                raise ParseError("not a condition on the variable")
            if sp.Poly(sp.together(lhs - rhs).as_numer_denom()[0], var).degree() > 2:
                raise ParseError("degree too high")
            result = result.intersect(solve_inequality(lhs - rhs, op, var))
            texts.append(f"{plain(lhs)} {op} {plain(rhs)}")
    return result, tuple(texts)


def parse_set(body: str) -> tuple[sp.Set, tuple[str, ...], bool]:
    """A set body: `1,2,3` or `x | -1<x≤3` (also `x∈Z | …`). Returns (set, relations, is_builder)."""
    if "|" in body or ":" in body:
        head, cond = re.split(r"[|:]", body, maxsplit=1)
        var = sp.Symbol(head.strip()[0], real=True) if head.strip()[:1].isalpha() else X
        integer = "∈Z" in head.replace(" ", "") or "∈N" in head.replace(" ", "")
        s, texts = condition_set(cond, var)
        if integer:
            if "∈N" in head.replace(" ", ""):
                s = s.intersect(sp.Interval(0, sp.oo))
            if not (isinstance(s, sp.Interval) and s.start.is_finite and s.end.is_finite and s.end - s.start < 50):
                raise ParseError("integer set not finite and small")
            s = sp.FiniteSet(*[k for k in range(int(sp.ceiling(s.start)), int(sp.floor(s.end)) + 1) if s.contains(k)])
        return s, texts, True
    parts = [t.strip() for t in split_top(body, ",") if t.strip()]
    if "..." in parts and parts.index("...") >= 2 and parts.index("...") == len(parts) - 2:  # 1,2,...,8
        i = parts.index("...")
        a, b, last = parse_expr(parts[i - 2]), parse_expr(parts[i - 1]), parse_expr(parts[-1])
        step = b - a
        if not (a.is_Integer and step.is_Integer and last.is_Integer and step > 0 and (last - a) % step == 0
                and (last - a) / step < 60):
            raise ParseError("not a small arithmetic list")
        parts = [str(v) for v in range(int(a), int(last) + 1, int(step))]
    items = [parse_expr(t) for t in parts]
    if not items or any(i.free_symbols for i in items) or len(items) > 30:
        raise ParseError("not a listed numeric set")
    return sp.FiniteSet(*items), (), False


class _SetExpr:
    """Parse `∁_U(A∪B)`, `A∩(∁_R B)`, `A∪B` into a Tree (left to right, brackets first)."""

    def __init__(self, text: str, names: set[str]):
        self.toks = re.findall(r"∁\s*_?\s*\{?\s*[A-Z]?\s*\}?|bar\{[A-Z]\}|[A-Z]|∩|∪|\(|\)", text)
        self.names, self.i = names, 0

    def parse(self) -> Tree:
        tree = self.union()
        if self.i != len(self.toks):
            raise ParseError("trailing set tokens")
        return tree

    def union(self) -> Tree:
        left = self.atom()
        while self.i < len(self.toks) and self.toks[self.i] in ("∩", "∪"):
            op = self.toks[self.i]
            self.i += 1
            left = (op, left, self.atom())
        return left

    def atom(self) -> Tree:
        if self.i >= len(self.toks):
            raise ParseError("set expression ends early")
        t = self.toks[self.i]
        self.i += 1
        if t == "(":
            inner = self.union()
            if self.i >= len(self.toks) or self.toks[self.i] != ")":
                raise ParseError("unbalanced")
            self.i += 1
            return inner
        if t.startswith("∁"):
            universe = re.sub(r"[∁_{}\s]", "", t) or "U"
            return ("c", universe, self.atom())
        if t.startswith("bar"):
            return ("c", "U", t[4])
        if t in self.names:
            return t
        raise ParseError(f"unknown set {t}")


def asked(text: str, names: set[str]) -> tuple[str, Tree] | None:
    """The asked expression: the last run of set names and ∩ ∪ ∁ that uses an operator."""
    runs = re.findall(r"[A-Z∁∩∪()_{}\s]*(?:∩|∪|∁)[A-Z∁∩∪()_{}\s]*", text)
    for run in reversed(runs):
        run = run.strip()
        try:
            return run, _SetExpr(run, names | {"R", "U"}).parse()
        except ParseError:
            continue
    return None


def value(tree: Tree, sets: dict[str, sp.Set]) -> sp.Set:
    """The set a tree denotes."""
    if isinstance(tree, str):
        return sets[tree]
    if tree[0] == "c":
        return sp.Complement(sets.get(tree[1], sp.S.Reals), value(tree[2], sets))
    left, right = value(tree[1], sets), value(tree[2], sets)
    return sp.Intersection(left, right) if tree[0] == "∩" else sp.Union(left, right)


def show(s: sp.Set) -> str:
    """A set in LaTeX: listed elements in braces, else intervals."""
    if isinstance(s, sp.FiniteSet):
        return "\\{" + ", ".join(tex(e) for e in sorted(s, key=float)) + "\\}"
    return interval_text(s)


def name(tree: Tree) -> str:
    """The expression in LaTeX with the set names: `\\complement_{U}(A \\cup B)`."""
    if isinstance(tree, str):
        return tree
    if tree[0] == "c":
        return f"\\complement_{{{tree[1]}}}{tree[2] if isinstance(tree[2], str) else '(' + name(tree[2]) + ')'}"
    op = r"\cap" if tree[0] == "∩" else r"\cup"

    def wrap(t: Tree) -> str:
        return name(t) if isinstance(t, str) or t[0] == "c" else f"({name(t)})"

    return f"{wrap(tree[1])} {op} {wrap(tree[2])}"


def claim_of(tree: Tree, sets: dict[str, sp.Set]) -> str:
    """The operation written with the operand sets themselves, so a claim stands alone."""
    if isinstance(tree, str):
        return show(sets[tree])
    if tree[0] == "c":
        return f"\\complement_{{{show(sets.get(tree[1], sp.S.Reals))}}}{_operand(value(tree[2], sets))}"
    op = r"\cap" if tree[0] == "∩" else r"\cup"
    return f"{_operand(value(tree[1], sets))} {op} {_operand(value(tree[2], sets))}"


def _operand(s: sp.Set) -> str:
    """A set as an operand: a union of intervals bracketed, so the claim reads as the operation it is."""
    return f"\\left({show(s)}\\right)" if isinstance(s, sp.Union) else show(s)


def post_order(tree: Tree) -> list[tuple]:
    """The operations innermost first, each once."""
    if isinstance(tree, str):
        return []
    out: list[tuple] = []
    for child in (tree[2],) if tree[0] == "c" else tree[1:]:
        out += post_order(child)
    return [*out, tree]

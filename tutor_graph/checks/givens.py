"""Reading a claim's context: definitions (`f(x) = x^3 - 3x`, `a_1 = 2, d = 3`, `y = x^2`) and conditions.

Definitions are substituted into the claim; everything else (`x > 0`, `x^2 - 5x + 6 = 0`) becomes a
condition the claim is checked under. Arithmetic (`d`) and geometric (`q`) sequences get their
general term and partial sums from whatever terms the context gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.checks.normalizing import normalize
from tutor_graph.checks.parsing import (
    DEFAULT_CALLABLES,
    ParseError,
    letter_variables,
    parse_statement,
    symbol,
)
from tutor_graph.checks.statements import AllOf, Bare, Member, Relation, map_exprs

MAX_RECURRENCE_INDEX = 200
_FLAGS = re.compile(r"\b(arithmetic|geometric|complex)\b")
_DEFINITION = re.compile(r"(?<![A-Za-z\\])([A-Za-z])\s*\(\s*[a-z]\s*\)\s*=")


@dataclass
class Givens:
    """What the context says: definitions to substitute and conditions to hold."""

    functions: dict[str, tuple[sp.Symbol, sp.Expr]] = field(default_factory=dict)
    values: dict[sp.Basic, sp.Basic] = field(default_factory=dict)
    general_terms: dict[str, tuple[sp.Symbol, sp.Expr]] = field(default_factory=dict)
    recurrences: dict[str, tuple[sp.Symbol, sp.Expr]] = field(default_factory=dict)
    conditions: list = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    callables: frozenset[str] = DEFAULT_CALLABLES
    sets: dict[str, sp.Set] = field(default_factory=dict)
    variables: frozenset[str] = frozenset()  # letters read as variables (e as an eccentricity)
    integers: dict[sp.Symbol, sp.Symbol] = field(default_factory=dict)  # k -> k (integer=True): `k ∈ Z`

    def set_items(self) -> tuple:
        """Named sets as hashable (name, Set) pairs for the parser."""
        return tuple(sorted(self.sets.items()))

    def substitute(self, expr):
        """Replace every defined name in `expr`; derivatives and sums are evaluated afterwards."""
        if not isinstance(expr, sp.Basic):
            return expr
        for _ in range(4):  # definitions may refer to each other (y = 2x, x = 3)
            before = expr
            expr = self._functions(expr)
            expr = self._sequences(expr)
            expr = self._symbols(expr)
            if expr == before:
                break
        return expr.xreplace(self.integers) if self.integers else expr

    def _functions(self, expr):
        for name, (var, body) in self.functions.items():
            for primes in range(3):
                fn = sp.Function(name + "'" * primes)
                if expr.has(fn):
                    derived = sp.diff(body, var, primes) if primes else body
                    expr = expr.replace(fn, sp.Lambda(var, derived))
        return expr

    def _sequences(self, expr):
        def is_term(node):
            return isinstance(node, AppliedUndef) and node.func.__name__.endswith("_")

        return expr.replace(is_term, lambda node: self.term(node.func.__name__[:-1], node.args[0]))

    def _symbols(self, expr):
        mapping = {k: v for k, v in self.values.items() if isinstance(k, sp.Symbol)}
        for sym in list(expr.free_symbols):
            base = sym.name.rstrip("'")
            primes = len(sym.name) - len(base)
            if primes and symbol(base) in mapping:
                defined = mapping[symbol(base)]
                variables = list(defined.free_symbols)
                if len(variables) == 1:
                    mapping[sym] = sp.diff(defined, variables[0], primes)
        return expr.xreplace(mapping) if mapping else expr

    def term(self, letter: str, index):
        """The value of sequence `letter` at `index` if the context fixes it, else the term itself."""
        node = sp.Function(f"{letter}_")(index)
        if node in self.values:
            return self.values[node]
        if letter in self.general_terms:
            var, body = self.general_terms[letter]
            return body.xreplace({var: index})
        if letter in self.recurrences and index.is_Integer and 1 <= index <= MAX_RECURRENCE_INDEX:
            return self._iterate(letter, int(index))
        return node

    def _iterate(self, letter: str, k: int):
        var, body = self.recurrences[letter]
        known = {i: v for (node, v) in self.values.items() if isinstance(node, AppliedUndef)
                 and node.func.__name__ == f"{letter}_" and node.args[0].is_Integer
                 for i in [int(node.args[0])]}
        if not known:
            return sp.Function(f"{letter}_")(k)
        start = min(known)
        value = known[start]
        term = sp.Function(f"{letter}_")
        for n in range(start, k):  # body gives a_(n+1) from a_(n)
            value = sp.nsimplify(body.xreplace({term(var): value}).xreplace({var: n}))
            if n + 1 in known:
                value = known[n + 1]
        return value if k >= start else term(k)


def read_context(context, claim: str = "") -> Givens:
    """Build Givens from a string, a list of strings, or None; unreadable pieces are kept in `unread`."""
    givens = Givens()
    pieces = [context] if isinstance(context, str) else list(context or [])
    texts = []
    for line in (line for piece in pieces for line in str(piece).splitlines()):  # normalize drops newlines
        text = normalize(line)
        givens.flags |= set(_FLAGS.findall(text))
        text = _LISTED_VALUES.sub(lambda m: f"{m.group(1)} ∈ ⦃{m.group(2)}⦄", _FLAGS.sub(" ", text))
        texts.append(_SEVERAL_IN.sub(_each_in, text))
    # any letter defined as `V(x) = …` is a function in the context and the claim (V'(x), V(1))
    defined = {m.group(1) for t in texts for m in _DEFINITION.finditer(t)}
    givens.callables = DEFAULT_CALLABLES | frozenset(defined)
    givens.variables = letter_variables(*texts, claim)
    statements = []
    for text in texts:
        for part in _split(text):
            try:
                statements.append(parse_statement(part, givens.callables, (), givens.variables))
            except ParseError:
                givens.unread.append(part)
    for stmt in statements:
        for item in stmt.items if isinstance(stmt, AllOf) else [stmt]:
            _absorb(givens, item)
    _infer_sequences(givens)
    givens.conditions = [map_exprs(c, givens.substitute) for c in givens.conditions]
    return givens


# `k = 0, 1, …, 6` (or `k = 0, 1, 2`) lists the values k takes: read as `k ∈ {0, 1, …, 6}`, never as the
# definition `k = 0` followed by stray numbers.
_LISTED_VALUES = re.compile(r"(?<![\w'_])([A-Za-z])\s*=\s*(-?\d+(?:\s*,\s*(?:-?\d+|\.\.\.|\\[lc]?dots))+)"
                            r"(?=\s*(?:$|;|,\s*[A-Za-z\\(]))")
# `k, n ∈ ZZ` (from "k, n 为整数"): each letter is declared.
_SEVERAL_IN = re.compile(r"(?<![\w'_])([A-Za-z](?:\s*,\s*[A-Za-z])+)\s*∈\s*(ZZ|NN|NNPOS|QQ|RR)(?![A-Za-z])")


def _each_in(match: re.Match) -> str:
    return ", ".join(f"{letter.strip()} ∈ {match.group(2)}" for letter in match.group(1).split(","))


def _split(text: str) -> list[str]:
    """Split context text at top-level separators (newlines, ; and , outside brackets)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        if ch in "([{⦃⟨":
            depth += 1
        elif ch in ")]}⦄⟩":
            depth -= 1
        if (ch in ";\n" or (ch == "," and depth == 0)) and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip(" ∧") for p in parts if p.strip(" ∧")]  # "a_1 = 5，且 d = -4": drop the dangling 且


def _absorb(givens: Givens, stmt) -> None:
    """File one given statement as a definition or a condition."""
    if isinstance(stmt, Bare):
        return
    if isinstance(stmt, Member) and isinstance(stmt.element, sp.Symbol) and not stmt.negated:
        if stmt.domain.is_subset(sp.S.Integers):  # `k ∈ Z`, `k ∈ {0, 1, …, 6}`: k is an integer symbol
            givens.integers[stmt.element] = sp.Symbol(stmt.element.name, integer=True)
    if isinstance(stmt, Relation) and len(stmt.ops) > 1 and "=" not in stmt.ops:
        # `a > b > 0` is `a > b` and `b > 0`: links the deciders can use one by one (`c/a > c/b` needs both)
        givens.conditions.extend(stmt.links())
        return
    if not (isinstance(stmt, Relation) and stmt.ops == ("=",)):
        givens.conditions.append(stmt)  # the membership stays a condition: it may also bound k
        return
    lhs, rhs = stmt.parts
    if isinstance(lhs, AppliedUndef) and not lhs.func.__name__.endswith("_") and "'" not in lhs.func.__name__:
        args = lhs.args
        if len(args) == 1 and isinstance(args[0], sp.Symbol):
            givens.functions[lhs.func.__name__] = (args[0], rhs)
            return
    if isinstance(lhs, AppliedUndef) and lhs.func.__name__.endswith("_"):
        letter, index = lhs.func.__name__[:-1], lhs.args[0]
        if isinstance(index, sp.Symbol) and not rhs.has(sp.Function(f"{letter}_")):
            givens.general_terms[letter] = (index, rhs)
            return
        if index.is_Integer:
            givens.values[lhs] = rhs
            return
        if isinstance(index, sp.Add) and len(index.free_symbols) == 1:
            var = next(iter(index.free_symbols))
            shift = index - var
            if shift == 1:  # a_{n+1} = F(a_n, n)
                givens.recurrences[letter] = (var, rhs)
                return
    if isinstance(lhs, sp.Symbol) and lhs.name.isupper() and isinstance(rhs, sp.Set | sp.Tuple):
        givens.sets[lhs.name] = _explicit_set(rhs)
        return
    if isinstance(lhs, sp.Symbol) and lhs not in getattr(rhs, "free_symbols", set()):
        givens.values[lhs] = rhs
        return
    givens.conditions.append(stmt)


def _explicit_set(value) -> sp.Set:
    """`{x | x^2 - 3x + 2 < 0}` -> (1, 2); a pair `(1, 3)` next to a set name is an open interval."""
    from tutor_graph.checks.parsing import as_set
    from tutor_graph.checks.solving import Undecided, boolean_set

    if isinstance(value, sp.ConditionSet):
        try:
            return sp.Intersection(boolean_set(value.condition, value.sym), value.base_set)
        except Undecided:
            return value
    return as_set(value)


def _infer_sequences(givens: Givens) -> None:
    """Arithmetic (d) / geometric (q) sequences: solve for the first term and step, then define a_n, S_n."""
    d, q = symbol("d"), symbol("q")
    kind = ("arithmetic" if "arithmetic" in givens.flags or d in givens.values else
            "geometric" if "geometric" in givens.flags or q in givens.values else None)
    if kind is None:
        return
    letters = {n.func.__name__[:-1] for n in givens.values if isinstance(n, AppliedUndef)} - {"S"}
    for letter in letters or {"a"}:
        if letter in givens.general_terms:
            continue
        first, step, n = sp.Symbol("A1"), sp.Symbol("STEP"), sp.Symbol("n", integer=True)
        term = first + (n - 1) * step if kind == "arithmetic" else first * step ** (n - 1)
        total = (n * first + n * (n - 1) / 2 * step if kind == "arithmetic"
                 else sp.Piecewise((n * first, sp.Eq(step, 1)), (first * (1 - step**n) / (1 - step), True)))
        equations = []
        for node, value in givens.values.items():
            if isinstance(node, AppliedUndef) and node.args[0].is_Integer:
                name = node.func.__name__[:-1]
                if name == letter:
                    equations.append(sp.Eq(term.subs(n, node.args[0]), value))
                elif name == "S":
                    equations.append(sp.Eq(total.subs(n, node.args[0]), value))
        step_symbol = d if kind == "arithmetic" else q
        if step_symbol in givens.values:
            equations.append(sp.Eq(step, givens.values[step_symbol]))
        try:
            solutions = sp.solve(equations, [first, step], dict=True) if equations else []
        except (NotImplementedError, ValueError, TypeError):
            solutions = []
        if len(solutions) != 1 or set(solutions[0]) != {first, step}:
            continue  # not determined (or two geometric sequences fit): leave the terms unknown
        sol = solutions[0]
        index = symbol("n")
        givens.general_terms[letter] = (index, sp.simplify(term.subs(sol).subs(n, index)))
        if "S" not in givens.general_terms:
            givens.general_terms["S"] = (index, sp.simplify(total.subs(sol).subs(n, index)))
        givens.values.setdefault(step_symbol, sol[step])

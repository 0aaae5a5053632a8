"""Strategy: sequences defined term by term (a_1 and a_{n+1} = g(a_n, n), b_n = h(a_n, …), T_n = Σ b_k) (worker side).

When every given of a Reading defines a term of a sequence, each term is an exact number that SymPy computes
one after another. That answers "求 a_5" and "求使 T_n > 9/20 成立的最小正整数 n": the least n is the first
n that satisfies the condition when every n before it has been computed and refuted, so no closed form is
needed. Each computation shown is a claim the math layer checks (the recurrence with numbers put in).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.reading.strategy_parts import Failed, as_latex, parse, value_text
from tutor_graph.reading.verifying import context_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

MAX_N = 60  # terms computed at most: beyond that the least n is left unanswered, not guessed
SHOWN = 8  # terms listed in the chain
N = sp.Symbol("n")
KP = ("seq.recursive",)


def _statement(claim: str) -> tuple[sp.Expr, sp.Expr, str] | None:
    from tutor_graph.checks.parsing import ParseError, parse_statement
    from tutor_graph.checks.statements import Relation

    try:
        stmt = parse_statement(claim)
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    if isinstance(stmt, Relation) and len(stmt.ops) == 1 and all(isinstance(p, sp.Expr) for p in stmt.parts):
        # the parser's n carries assumptions of its own: one plain n for every index
        lhs, rhs = (p.subs({s: N for s in p.free_symbols if s.name == "n"}) for p in stmt.parts)
        return lhs, rhs, stmt.ops[0]
    return None


class Terms:
    """The terms of the Reading's sequences, computed exactly on demand (memoised, smallest index first)."""

    def __init__(self, reading: Reading) -> None:
        self.rules: list[tuple[str, sp.Expr, sp.Expr]] = []  # (name, index in n or a number, right-hand side)
        for given in reading["givens"]:
            parsed = _statement(given["claim"]) if given["claim"] else None
            if parsed is None or parsed[2] != "=":
                raise Failed("a given that is not a term definition")
            lhs, rhs, _ = parsed
            if not (isinstance(lhs, AppliedUndef) and len(lhs.args) == 1 and lhs.func.__name__.endswith("_")):
                raise Failed("a given that is not a term definition")
            index = lhs.args[0]
            if not (index.is_Integer or (index - N).is_Integer):
                raise Failed("an index other than n + c")
            if rhs.free_symbols - {N} - {s for s in rhs.free_symbols if s.name.startswith("k")}:
                raise Failed("a term with an unknown in it")
            self.rules.append((lhs.func.__name__, index, rhs))
        if not any(r[1].is_Integer for r in self.rules):
            raise Failed("no first term")
        self.memo: dict[tuple[str, int], sp.Expr] = {}
        self.shown: dict[tuple[str, int], str] = {}  # the computation of each term, with numbers put in

    def term(self, name: str, k: int) -> sp.Expr:
        """The k-th term of sequence `name` (e.g. 'a_', 5)."""
        if (name, k) in self.memo:
            return self.memo[(name, k)]
        if k < 1 or k > MAX_N + 2:
            raise Failed(f"{name}{k} out of range")
        for rule, index, rhs in self.rules:
            if rule != name:
                continue
            at = index if index.is_Integer else k - (index - N)
            if index.is_Integer and int(index) != k or not index.is_Integer and int(at) < 1:
                continue
            filled = self._fill(rhs.subs(N, at) if not index.is_Integer else rhs)
            with sp.evaluate(False):
                self.shown[(name, k)] = as_latex(filled)
            value = sp.nsimplify(sp.simplify(filled)) if filled.is_number else None
            if value is None or value.has(sp.nan, sp.zoo, sp.oo):
                raise Failed(f"{name}{k} is not a number")
            self.memo[(name, k)] = value
            return value
        raise Failed(f"no rule gives {name}{k}")

    def _fill(self, expr: sp.Expr) -> sp.Expr:
        """Sums written out term by term, then every term by its value (unevaluated, to be shown)."""
        for s in sorted(expr.atoms(sp.Sum), key=sp.count_ops):
            (var, lo, hi), = s.limits
            if not (lo.is_Integer and hi.is_Integer) or int(hi) - int(lo) > MAX_N:
                raise Failed("a sum without number bounds")
            expr = expr.xreplace({s: sp.Add(*(s.function.subs(var, j) for j in range(int(lo), int(hi) + 1)),
                                            evaluate=False)})
        values = {}
        for node in expr.atoms(AppliedUndef):
            if len(node.args) != 1 or not node.args[0].is_Integer:
                raise Failed("a term with no number index")
            values[node] = self.term(node.func.__name__, int(node.args[0]))
        with sp.evaluate(False):
            return expr.xreplace(values)


def _computations(chain: Chain, terms: Terms, upto: int, context: tuple[str, ...]) -> None:
    """One step per sequence: its first terms, the last one's computation checked as a claim."""
    names = list(dict.fromkeys(name for name, _ in terms.memo))  # in the order they were first computed
    for name in names:
        ks = sorted(k for m, k in terms.memo if m == name and k <= upto + 1)
        listed = ", ".join(f"{name}{{{k}}}={value_text(terms.memo[(name, k)])}" for k in ks[:SHOWN])
        last = ks[-1]
        claim = f"{terms.shown[(name, last)]}={as_latex(terms.memo[(name, last)])}" if (name, last) in terms.shown else ""
        chain.ask((f"由定义依次计算，${name}{{k}}$ 的前几项是多少？", f"Computed from the definitions, what are the first ${name}{{k}}$?"),
                  (f"${listed}{', …' if len(ks) > SHOWN else ''}$",) * 2, claim, kps=KP, context=context,
                  hints=[("从首项出发，把前一项代入递推式。", "Start from the first term and put each term into the rule.")])


def term_value(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """A term (or an expression in terms) of sequences defined term by term, e.g. a_5 from a_1 and a_{n+1} = …."""
    target = parse(expression)
    if target is None or not target.atoms(AppliedUndef) or target.free_symbols:
        return None
    terms = Terms(reading)
    value = sp.simplify(terms._fill(target))
    if not value.is_number:
        return None
    chain = Chain(method=("逐项计算", "Term by term"), knowledge_points=KP, context=tuple(context_of(reading)))
    reading_step(chain, reading)
    _computations(chain, terms, max(k for _, k in terms.memo), ())
    shown = value_text(value)
    chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${expression}={shown}$",) * 2,
              "", kps=KP, hints=[("把算出的项代入。", "Put the computed terms in.")])
    return chain, shown


def least_n(reading: Reading, condition: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The least positive integer n for which the condition holds, by computing n = 1, 2, … in turn."""
    parsed = _statement(condition)
    if parsed is None or parsed[2] == "=":
        return None
    lhs, rhs, op = parsed
    if not (lhs - rhs).atoms(AppliedUndef) or (lhs - rhs).free_symbols - {N}:
        return None
    terms = Terms(reading)
    holds = {">": sp.Gt, "<": sp.Lt, ">=": sp.Ge, "<=": sp.Le, "≥": sp.Ge, "≤": sp.Le}.get(op)
    if holds is None:
        return None
    sides = []
    for n in range(1, MAX_N + 1):
        left, right = (sp.simplify(terms._fill(side.subs(N, n))) for side in (lhs, rhs))
        sides.append((left, right))
        if bool(holds(left, right)):
            break
    else:
        return None
    found = len(sides)
    chain = Chain(method=("逐项计算", "Term by term"), knowledge_points=KP)
    reading_step(chain, reading)
    _computations(chain, terms, found, ())
    asked = re.sub(r"_\(n\)", f"_{{{found}}}", as_latex(lhs))
    values = ", ".join(f"$n={k + 1}$: ${value_text(left)}$" for k, (left, _) in enumerate(sides))
    flipped = {">": "<=", "<": ">=", ">=": "<", "<=": ">", "≥": "<", "≤": ">"}[op]
    if found > 1:
        left, right = sides[-2]
        chain.ask((f"n={found - 1} 及更小的 n，条件成立吗？", f"Does the condition hold for n={found - 1} or less?"),
                  (f"不成立：{values.rsplit(', ', 1)[0]}", f"No: {values.rsplit(', ', 1)[0]}"),
                  f"{as_latex(left)}{flipped}{as_latex(right)}", kps=KP, context=(),
                  hints=[("把每个 n 的值与右边比较。", "Compare each value with the right-hand side.")])
    left, right = sides[-1]
    chain.ask((f"n={found} 时条件成立吗？", f"Does it hold for n={found}?"),
              (f"成立：${asked}={value_text(left)}$", f"Yes: ${asked}={value_text(left)}$"),
              f"{as_latex(left)}{op}{as_latex(right)}", kps=KP, context=(),
              hints=[("比较两边的大小。", "Compare the two sides.")])
    return chain, str(found)

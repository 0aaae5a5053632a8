"""What the Reading says of a sequence: the given a_k, S_k, d, q, the recurrence, S_n, and the asked term or sum.

The sequence types take their parameters from here, never from the raw text: each given claim is parsed by the
math layer's parser (after the specialist's normalising of LaTeX, `\\frac{1}{2}` → `((1)/(2))`), and the asked
quantity is the goal's expression read as a term `a_k` / a sum `S_k` (`a_n`, `S_n`: the general formula).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.text import normalise

_TERM = re.compile(r"([aS])_(\d+|n)")


def relations(p: Problem) -> list[tuple[sp.Expr, str, sp.Expr]]:
    """Every given claim that parses as one relation, LaTeX fractions and roots included."""
    return [rel for claim in p.given_claims if (rel := try_relation(normalise(claim))) is not None]


def term_of(expr: sp.Expr | None) -> tuple[str, int | None] | None:
    """('a', k) for the symbol a_k, ('S', k) for S_k, index None for a_n / S_n; None for anything else."""
    if not isinstance(expr, sp.Symbol) or not (m := _TERM.fullmatch(expr.name)):
        return None
    return m.group(1), None if m.group(2) == "n" else int(m.group(2))


def given_values(p: Problem) -> dict[str, sp.Rational]:
    """The givens `a_k = v`, `S_k = v`, `d = v`, `q = v` with a number v, by name (`a_3`, `S_9`, `d`).

    >>> p = Problem("已知等差数列{a_n}中，a_3=5，公差为 2，求前 10 项和。")
    >>> given_values(p), asked(p)
    ({'a_3': 5, 'd': 2}, ('S', 10))
    """
    out: dict[str, sp.Rational] = {}
    for lhs, op, rhs in relations(p):
        if op != "=" or not isinstance(lhs, sp.Symbol) or not rhs.is_Rational:
            continue
        if lhs.name in ("d", "q") or ((t := term_of(lhs)) is not None and t[1] is not None):
            out[lhs.name] = sp.Rational(rhs)
    return out


def defined(p: Problem, name: str) -> sp.Expr | None:
    """The right side of the given `name = …` (`a_n+1` for a_{n+1}, `S_n`), as parsed; None if not given."""
    return next((rhs for lhs, op, rhs in relations(p) if op == "=" and isinstance(lhs, sp.Symbol) and lhs.name == name),
                None)


def asked(p: Problem, *kinds: str) -> tuple[str, int | None] | None:
    """The asked term or sum (of a goal of these kinds, any kind if none given), as `term_of` reads it."""
    for goal in p.goals:
        if kinds and goal["kind"] not in kinds:
            continue
        text = goal["expression"].strip()
        if m := re.fullmatch(r"\\?\{\s*(.+?)\s*\\?\}", text):
            text = m.group(1)  # "{a_n}" asked by name: the term a_n
        if (found := term_of(try_expr(normalise(text)) if text else None)) is not None:
            return found
    return None

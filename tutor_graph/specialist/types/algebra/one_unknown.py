"""What the inequality types in one unknown share: reading `lhs op rhs` from the problem and telling its kind
(linear, quadratic, fractional, absolute value), as `inequalities.py` read it before the move."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import FLIPPED, RELATIONS, polynomial, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, relation_math, relation_text
from tutor_graph.specialist.types.template import Values

KEYWORDS = ("不等式", "解集", "inequality", "solve", "solution set", "解")


@dataclass(frozen=True)
class OneUnknown:
    """An inequality `lhs op rhs` in the one letter x, its kind and its solution set."""

    x: sp.Symbol
    lhs: sp.Expr
    op: str
    rhs: sp.Expr
    kind: str  # "linear", "quadratic", "fractional", "absolute"
    solution: sp.Set

    def original(self) -> str:
        """The inequality as the checker reads it."""
        return f"{plain(self.lhs)} {self.op} {plain(self.rhs)}"

    def normal_form(self) -> tuple[sp.Expr, str]:
        """`p(x) op 0` with integer coefficients and a positive leading coefficient (polynomial kinds)."""
        diff = sp.expand(self.lhs - self.rhs)
        lcm = sp.ilcm(*[sp.Rational(c).q for c in sp.Poly(diff, self.x).all_coeffs()])
        diff, op = sp.expand(diff * lcm), self.op
        if sp.Poly(diff, self.x).LC() < 0:
            diff, op = -diff, FLIPPED[op]
        return diff, op

    def solution_claim(self) -> str:
        """The inequality is equivalent to its solution set, as relations."""
        return f"{self.original()} \\Leftrightarrow {relation_text(self.solution, self.x.name)}"


def _kind(x: sp.Symbol, diff: sp.Expr) -> str | None:
    if diff.has(sp.Abs):
        bars = diff.atoms(sp.Abs)
        if any(polynomial(a.args[0], x, 1) is None for a in bars) or len(bars) > 2:
            return None
        rest = diff.subs({a: 0 for a in bars})
        if polynomial(rest, x, 1) is None and rest.free_symbols:
            return None
        return "absolute"
    num, den = sp.fraction(diff)
    if den.free_symbols:
        if polynomial(num, x, 2) is None and num.free_symbols or polynomial(den, x, 2) is None:
            return None
        return "fractional"
    poly = polynomial(num, x, 2)
    if poly is None:
        return None
    return "quadratic" if poly.degree() == 2 else "linear"


def read(p: Problem, kind: str) -> OneUnknown | None:
    """The problem's one inequality in one letter the Reading states, when it is of `kind` (set-builder text
    belongs to `sets`)."""
    rels = [(lhs, op, rhs) for lhs, op, rhs in p.read_relations if op in RELATIONS]
    if len(rels) != 1 or p.has("|") and p.has("{"):
        return None
    lhs, op, rhs = rels[0]
    syms = (lhs - rhs).free_symbols
    if len(syms) != 1 or not p.has(*KEYWORDS):
        return None
    x = next(iter(syms))
    if _kind(x, sp.together(lhs - rhs)) != kind:
        return None
    return OneUnknown(x, lhs, op, rhs, kind, solve_inequality(lhs - rhs, op, x))


def solution_values(d: OneUnknown, out: Values) -> None:
    """The solution set as an interval, as relations in each language, and its claim."""
    out.update({"var": d.x.name, "interval": interval_text(d.solution), "original": d.original(),
                "solution_zh": relation_math(d.solution, d.x.name, "zh"),
                "solution_en": relation_math(d.solution, d.x.name, "en"), "solution_claim": d.solution_claim()})


def reference(d: OneUnknown) -> str:
    """Independent of the sign tests: SymPy's own inequality solver on the inequality as read."""
    try:
        found = sp.solveset(RELATIONS[d.op](d.lhs, d.rhs), d.x, sp.S.Reals)
    except (NotImplementedError, ValueError, TypeError):
        found = d.solution
    return f"${interval_text(found if isinstance(found, sp.Set) else d.solution)}$"

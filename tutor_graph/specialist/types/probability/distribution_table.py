"""离散型随机变量的分布列：求参数、均值、方差 / A distribution table: the unknown, the mean, the variance."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import asked as read_asked
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

A = sp.Symbol("a", real=True)
@dataclass(frozen=True)
class Table:
    """The values of X, their probabilities (at most one holds the unknown a), and what is asked: E, D or a."""

    xs: tuple[sp.Expr, ...]
    ps: tuple[sp.Expr, ...]
    goal: str


def detect(p: Problem) -> Table | None:
    """`X=1,2,3 时，概率分别为 0.2,0.5,a。求 D(X)`."""
    # the table the Reading read, `table(1,2,3; 0.2,0.5,a)`: the values and their probabilities
    m = next((m for o in p.objects("random_variable") if (m := re.fullmatch(r"table\((.*); (.*)\)", o["value"]))), None)
    if not m:
        return None
    xs = [sp.nsimplify(v) for v in m.group(1).split(",")]
    read = [try_expr(v) for v in m.group(2).split(",")]
    ps = [q for q in read if q is not None]
    if len(ps) != len(read) or len(xs) != len(ps) or sum(1 for q in ps if q.has(A)) > 1:
        return None
    asked = " ; ".join(read_asked(p))  # what the Reading read as asked: E(X), D(X) or a
    goal = ("E" if re.search(r"E\s*\(\s*X\s*\)|均值|期望|expect|mean", asked)
            else "D" if re.search(r"D\s*\(\s*X\s*\)|方差|variance", asked)
            else "a" if re.search(r"(?<![A-Za-z])a(?![A-Za-z])", asked) else None)
    if goal is None:
        return None
    return Table(tuple(xs), tuple(sp.nsimplify(q) for q in ps), goal)


def _solved(t: Table) -> tuple[sp.Expr | None, list[sp.Expr]]:
    """The unknown's value (None without one) and the probabilities with it put in."""
    if not any(q.has(A) for q in t.ps):
        return None, list(t.ps)
    a = sp.solve(sp.Eq(sum(t.ps), 1), A)[0]
    return a, [q.subs(A, a) for q in t.ps]


def values(t: Table) -> Values:
    """a from Σp = 1, E(X) = Σxp, D(X) by deviations and by E(X²) − E(X)²."""
    a, ps = _solved(t)
    pairs = list(zip(t.xs, ps, strict=True))
    e = sum((x * q for x, q in pairs), sp.Integer(0))
    e2 = sum((x**2 * q for x, q in pairs), sp.Integer(0))
    d = sum(((x - e) ** 2 * q for x, q in pairs), sp.Integer(0))
    value = a if t.goal == "a" else e if t.goal == "E" else d
    out: Values = {
        "has_a": a is not None, "asks_a": t.goal == "a", "asks_d": t.goal == "D",
        "xs": ",".join(tex(x) for x in t.xs), "ps": ",".join(tex(q) for q in t.ps),
        "a": tex(a) if a is not None else "", "a_plain": plain(a) if a is not None else "",
        "sum_plain": " + ".join(plain(q) for q in t.ps),
        "e": tex(e), "e_plain": plain(e), "e_terms_plain": " + ".join(f"({plain(x)})*({plain(q)})" for x, q in pairs),
        "e2": tex(e2), "e2_plain": plain(e2),
        "e2_terms_plain": " + ".join(f"({plain(x)})^2*({plain(q)})" for x, q in pairs),
        "d": tex(d), "d_plain": plain(d),
        "d_terms_plain": " + ".join(f"({plain(x)} - {plain(e)})^2*({plain(q)})" for x, q in pairs),
        "value": tex(value),
    }
    return out


def reference(t: Table) -> str:
    """Independent: SymPy's finite random variable (a found by SymPy's own solve of Σp = 1)."""
    from sympy.stats import E as mean
    from sympy.stats import FiniteRV, variance

    if t.goal == "a":
        return plain(1 - sum(q for q in t.ps if not q.has(A)))
    a = sp.solve(sp.Eq(sum(t.ps), 1), A)[0] if any(q.has(A) for q in t.ps) else None
    x = FiniteRV("X", dict(zip(t.xs, [q.subs(A, a) if a is not None else q for q in t.ps], strict=True)))
    return plain(sp.nsimplify(mean(x) if t.goal == "E" else variance(x)))


TYPE: ProblemType[Table] = ProblemType(
    type_id="probability.distribution_table", module="probability", name="distribution_table", detect=detect,
    values=values, reference=reference, givens=lambda t: [f"X = {', '.join(map(plain, t.xs))}"],
    goal=lambda t: t.goal, answers=frozenset({"expectation", "variance", "unknown"}),
)

"""已知 a+b=s，求 P/a + Q/b 的最小值（“1”的代换） / The minimum of P/a + Q/b given a + b = s."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain
from tutor_graph.specialist.types.algebra.values import both, goal_exprs
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_A = sp.Symbol("a", positive=True)


@dataclass(frozen=True)
class OneSubstitution:
    """a, b > 0 with a + b = s; the minimum of P/a + Q/b asked."""

    s: sp.Integer
    P: sp.Integer
    Q: sp.Integer


def detect(p: Problem) -> OneSubstitution | None:
    """`已知 a>0，b>0，a+b=1，求 1/a+4/b 的最小值`."""
    if not p.has("最小值", "minimum"):
        return None
    given = {(str(lhs), op, rhs) for lhs, op, rhs in p.given_relations}
    if ("a", ">", 0) not in given or ("b", ">", 0) not in given:
        return None
    sums = [rhs for lhs, op, rhs in p.given_relations if op == "=" and _is_a_plus_b(lhs) and _whole(rhs)]
    for e in goal_exprs(p, "extremum"):
        a, b = _letters(e)
        if a is None or b is None:
            continue
        P, Q = sp.expand(e * a).coeff(b, 0).subs(a, 0), sp.expand(e * b).coeff(a, 0).subs(b, 0)
        if len(sums) == 1 and _whole(P) and _whole(Q) and sp.expand(e - P / a - Q / b) == 0:
            return OneSubstitution(sp.Integer(sums[0]), sp.Integer(P), sp.Integer(Q))
    return None


def _whole(v: sp.Expr) -> bool:
    """A positive whole number (the sum s and the numerators P, Q this type reads)."""
    return bool(v.is_Integer and v > 0)


def _letters(e: sp.Expr) -> tuple[sp.Symbol | None, sp.Symbol | None]:
    """The letters a and b of an expression in exactly those two."""
    names = {s.name: s for s in e.free_symbols}
    return (names.get("a"), names.get("b")) if set(names) == {"a", "b"} else (None, None)


def _is_a_plus_b(lhs: sp.Expr) -> bool:
    return {s.name for s in lhs.free_symbols} == {"a", "b"} and sp.expand(lhs - sum(lhs.free_symbols)) == 0


def values(o: OneSubstitution) -> Values:
    """The expansion after multiplying by (a+b)/s, the AM–GM bound, the equality point, and f(a) = P/a + Q/(s−a)."""
    s, P, Q = o.s, o.P, o.Q
    low = sp.nsimplify((P + Q + 2 * sp.sqrt(P * Q)) / s)
    a0 = sp.nsimplify(s / (1 + sp.sqrt(Q / P)))  # b = √(Q/P)·a at equality
    b0 = sp.nsimplify(s - a0)
    out: Values = {"one": "a+b" if s == 1 else rf"\frac{{a+b}}{{{s}}}",  # the 1 written as (a+b)/s
                   "Pb": "b" if P == 1 else f"{P}b", "Qa": "a" if Q == 1 else f"{Q}a",
                   "bound_expr": (rf"{P + Q}+2\sqrt{{{P * Q}}}" if s == 1
                                  else rf"\frac{{1}}{{{s}}}\left({P + Q}+2\sqrt{{{P * Q}}}\right)")}
    for name, e in (("s", s), ("P", P), ("Q", Q), ("PQ", P + Q), ("prod", P * Q), ("low", low), ("a0", a0), ("b0", b0)):
        both(out, name, e)
    out["expand_claim"] = f"({plain(P)}/a + {plain(Q)}/b)*(a + b) = {plain(P + Q)} + {plain(P)}*b/a + {plain(Q)}*a/b"
    out["bound_claim"] = f"({plain(P + Q)} + 2*sqrt({plain(P * Q)}))/{plain(s)} = {plain(low)}"
    out["equal_claim"] = f"{plain(P)}/({plain(a0)}) + {plain(Q)}/({plain(b0)}) = {plain(low)}"
    f = P / _A + Q / (s - _A)
    both(out, "fa", f)
    both(out, "fpa", sp.diff(f, _A))
    out["zero_claim"] = f"-{plain(P)}/({plain(a0)})^2 + {plain(Q)}/({plain(b0)})^2 = 0"  # f'(a0), s - a0 = b0
    return out


def reference(o: OneSubstitution) -> str:
    """Independent: SymPy's minimum of P/a + Q/(s − a) on (0, s)."""
    f = o.P / _A + o.Q / (o.s - _A)
    return plain(sp.nsimplify(sp.calculus.util.minimum(f, _A, sp.Interval.open(0, o.s))))


TYPE: ProblemType[OneSubstitution] = ProblemType(
    type_id="inequality.one_substitution", module="algebra", name="one_substitution", detect=detect, values=values,
    reference=reference, givens=lambda o: ["a > 0", "b > 0", f"a + b = {o.s}"], goal=lambda o: f"min {o.P}/a + {o.Q}/b",
    answers=frozenset({"min"}), topic="inequalities",
)

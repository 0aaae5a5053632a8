"""f(x) = 奇函数 + 常数，已知 f(v) 求 f(−v) / f minus a constant is odd: f(−v) from f(v)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class OddPart:
    """f(x) = `body` = g(x) + `c` with g odd (unknown coefficients); f(`v`) = `w`; f(`u`) with u = −v asked."""

    body: sp.Expr
    c: sp.Expr
    v: sp.Expr
    w: sp.Expr
    u: sp.Expr


def detect(p: Problem) -> OddPart | None:
    """`f(x)=ax^5+bx^3+cx-2，且 f(-3)=10，求 f(3)`: letters in the body, f minus its constant term odd."""
    # from the Reading: the definition f(x)=… (letters allowed), the one known value f(v)=w, the asked f(u)
    defs, known = [], []
    for lhs, op, rhs in p.read_relations:
        if op != "=" or not isinstance(lhs, sp.core.function.AppliedUndef) or lhs.func.__name__ != "f" or len(lhs.args) != 1:
            continue
        if lhs.args[0] == X:
            defs.append(rhs)
        elif lhs.args[0].is_number and rhs.is_number:
            known.append((lhs.args[0], rhs))
    asked = [try_expr(normalise(m.group(1))) for g in p.goals if g["kind"] == "value"
             and (m := re.fullmatch(r"\s*f\(\s*(.+?)\s*\)\s*", g["expression"]))]
    if len(defs) != 1 or len(known) != 1 or len(asked) != 1:
        return None
    body, (v, w), u = defs[0], known[0], asked[0]
    if u is None or u.free_symbols or sp.simplify(u + v) != 0 or not (body.free_symbols - {X}):
        return None
    c = body.subs(X, 0)
    g = body - c
    if c.free_symbols or sp.simplify(g.subs(X, -X) + g) != 0:
        return None
    return OddPart(body, c, v, w, u)


def values(d: OddPart) -> Values:
    """The odd part g and g(v); the constant sum f(x) + f(−x) = 2c."""
    g = sp.expand(d.body - d.c)
    gv = d.w - d.c
    value = -gv + d.c
    return {
        "body": tex(d.body), "body_plain": plain(d.body), "c": tex(d.c), "g": tex(g), "v": tex(d.v), "u": tex(d.u),
        "w": tex(d.w), "gv": tex(gv), "mgv": tex(-gv), "value": tex(value), "two_c": tex(2 * d.c),
        "odd_claim": f"({plain(g.subs(X, -X))}) = -({plain(g)})",
        "g_claim": f"{plain(d.w)} - {plain(d.c)} = {plain(gv)} 且 -({plain(gv)}) + {plain(d.c)} = {plain(value)}",
        "sum_claim": f"f(x) + f(-x) = {plain(2 * d.c)}", "rest_claim": f"{plain(2 * d.c)} - ({plain(d.w)}) = {plain(value)}",
    }


def reference(d: OddPart) -> str:
    """Independent: solve f(v) = w for one unknown coefficient in terms of the others, then evaluate f(u)."""
    unknown = sorted(d.body.free_symbols - {X}, key=lambda s: s.name)[0]
    sol = sp.solve(sp.Eq(d.body.subs(X, d.v), d.w), unknown)
    return plain(sp.simplify(d.body.subs(unknown, sol[0]).subs(X, d.u))) if len(sol) == 1 else "?"


TYPE: ProblemType[OddPart] = ProblemType(
    type_id="function.odd_part", module="functions", name="odd_part", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"f(x) = {plain(d.body)}", f"f({plain(d.v)}) = {plain(d.w)}"], goal=lambda d: f"f({plain(d.u)})",
    answers=frozenset({"fvalue"}),
)

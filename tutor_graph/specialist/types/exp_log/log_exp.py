"""对数、指数不等式 log_a u ⋚ c 与 a^u ⋚ c / Logarithmic and exponential inequalities log_a(u) ⋚ c, a^u ⋚ c."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import FLIPPED, RELATIONS, polynomial
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    tex,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_TEX_OP = {"<": "<", ">": ">", "≤": r"\le", "≥": r"\ge"}


@dataclass(frozen=True)
class LogExp:
    """lhs op c with lhs = log_base(u) (kind "log") or base^u (kind "exp"); u a polynomial of degree ≤ 2 in x."""

    x: sp.Symbol
    kind: str
    base: sp.Expr
    u: sp.Expr
    op: str
    c: sp.Expr
    lhs: sp.Expr


def detect(p: Problem) -> LogExp | None:
    """`解不等式 log_2(x-1) < 2` or `2^(x+1) > 8`: one inequality, one unknown, a constant right side."""
    if not p.has("不等式", "inequality", "solve", "解"):
        return None
    rels = [r for r in p.read_relations if r[1] in RELATIONS]  # the given or asked inequality, as read
    if len(rels) != 1:
        return None
    lhs, op, rhs = rels[0]
    if rhs.free_symbols or len(lhs.free_symbols) != 1:
        return None
    x = next(iter(lhs.free_symbols))
    logs = [a for a in sp.preorder_traversal(lhs) if isinstance(a, sp.log) and a.has(x)]
    if len(logs) == 1 and lhs.has(logs[0]):
        form = sp.simplify(lhs / logs[0])  # log_b(u) = log(u)/log(b): the factor is 1/log(b)
        if not form.is_number or form == 0:
            return None
        base = sp.nsimplify(sp.exp(1 / form))
        u = logs[0].args[0]
        if base is None or not base.is_number or base <= 0 or base == 1 or polynomial(u, x, 2) is None:
            return None
        return LogExp(x, "log", base, u, op, rhs, lhs)
    if isinstance(lhs, sp.Pow) and not lhs.base.has(x) and lhs.exp.has(x) and rhs.is_positive:
        u = lhs.exp
        if polynomial(u, x, 2) is None or lhs.base <= 0 or lhs.base == 1:
            return None
        return LogExp(x, "exp", lhs.base, u, op, rhs, lhs)
    return None


def _solution(e: LogExp) -> tuple[sp.Set, sp.Set, str, sp.Expr]:
    """(domain, solution set, the inequality's sign for u, the bound u is compared with)."""
    domain = sp.solveset(e.u > 0, e.x, sp.S.Reals) if e.kind == "log" else sp.S.Reals
    bound = sp.nsimplify(e.base**e.c) if e.kind == "log" else sp.nsimplify(sp.log(e.c, e.base))
    new_op = e.op if e.base > 1 else FLIPPED[e.op]
    part = sp.solveset(RELATIONS[new_op](e.u, bound), e.x, sp.S.Reals)
    return domain, part.intersect(domain), new_op, bound


def values(e: LogExp) -> Values:
    """The domain, the same-base rewriting, the solution set, and for a linear u the graph's crossing point."""
    x = e.x.name
    domain, s, new_op, bound = _solution(e)
    slope = sp.diff(e.u, e.x)
    linear = polynomial(e.u, e.x, 1) is not None and slope != 0
    up = bool(e.base > 1)
    out: Values = {
        "is_log": e.kind == "log", "is_exp": e.kind == "exp", "up": up, "down": not up, "linear": linear,
        "incr": linear and up == bool(slope > 0), "decr": linear and up != bool(slope > 0),
        "x": x, "op": _TEX_OP[e.op], "new_op": _TEX_OP[new_op], "op_plain": e.op,
        "lhs": tex(e.lhs) if e.kind == "exp" else f"\\log_{{{tex(e.base)}}}({tex(e.u)})",
        "lhs_plain": plain(e.lhs), "dom_text": relation_text(domain, x),
        "dom_zh": relation_math(domain, x, "zh"), "dom_en": relation_math(domain, x, "en"),
        "sol_zh": relation_math(s, x, "zh"), "sol_en": relation_math(s, x, "en"), "sol_text": relation_text(s, x),
        "answer": interval_math(s),
        "side_zh": "下方" if e.op in ("<", "≤") else "上方", "side_en": "below" if e.op in ("<", "≤") else "above",
        "shown": f"\\log_{{{tex(e.base)}}}{tex(bound)}" if e.kind == "log" else f"{tex(e.base)}^{{{tex(bound)}}}",
        "power_claim": (f"({plain(e.base)})^({plain(e.c)}) = {plain(bound)}" if e.kind == "log"
                        else f"({plain(e.base)})^({plain(bound)}) = {plain(e.c)}"),
    }
    for name, v in (("base", e.base), ("u", e.u), ("c", e.c), ("bound", bound)):
        both(out, name, v)
    if linear:
        both(out, "root", sp.solve(sp.Eq(e.u, bound), e.x)[0])
    return out


def reference(e: LogExp) -> str:
    """Independent: SymPy's solveset of the original inequality over the reals."""
    return interval_text(sp.solveset(RELATIONS[e.op](e.lhs, e.c), e.x, sp.S.Reals))


TYPE: ProblemType[LogExp] = ProblemType(
    type_id="inequality.log_exp", module="exp_log", name="log_exp", detect=detect, values=values,
    reference=reference, givens=lambda e: [f"{plain(e.lhs)} {e.op} {plain(e.c)}"],
    goal=lambda e: f"solution set in {e.x}", answers=frozenset({"solve"}),
)

"""含绝对值的不等式 / Inequalities with absolute values in one unknown: |u| compared with a number (definition,
squaring), sums of absolute values (splitting at the zeros; distances on the number line)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.detecting import FLIPPED
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    plain,
    relation_text,
    roots_math,
    roots_text,
    tex,
)
from tutor_graph.specialist.types.algebra.one_unknown import OneUnknown, read, reference, solution_values
from tutor_graph.specialist.types.algebra.values import both, rel
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> OneUnknown | None:
    """`解不等式 |2x-1|<3`, `|x-1|+|x+2|≥5`: at most two absolute values of linear expressions."""
    return read(p, "absolute")


def _bars(d: OneUnknown) -> tuple[sp.Expr, sp.Expr, str] | None:
    """For `|u| op c` with c a number: (u, c, op), the bars on the left; otherwise None."""
    if isinstance(d.lhs, sp.Abs) and not d.rhs.free_symbols:
        return d.lhs.args[0], d.rhs, d.op
    if isinstance(d.rhs, sp.Abs) and not d.lhs.free_symbols:
        return d.rhs.args[0], d.lhs, FLIPPED[d.op]
    return None


def _distances(d: OneUnknown) -> tuple[sp.Expr, sp.Expr, sp.Expr, str] | None:
    """For `|x - a| + |x - b| op c` (c larger than the distance between a and b): (a, b, c, op), a < b."""
    sides = [(d.lhs, d.rhs, d.op), (d.rhs, d.lhs, FLIPPED[d.op])]
    for bars, c, op in sides:
        if c.free_symbols or not isinstance(bars, sp.Add) or len(bars.args) != 2:
            continue
        if not all(isinstance(t, sp.Abs) for t in bars.args):
            continue
        points = []
        for t in bars.args:
            u = sp.expand(t.args[0])
            k = u.coeff(d.x, 1)
            if k not in (1, -1):
                break
            points.append(-u.subs(d.x, 0) / k)  # |x - a| or |a - x|: the point a
        if len(points) == 2 and points[0] != points[1] and c > abs(points[0] - points[1]):
            a, b = sorted(points)
            return a, b, c, op
    return None


def _single(d: OneUnknown, out: Values) -> None:
    """Definition and squaring, for |u| op c with c > 0."""
    found = _bars(d)
    out["single"] = bool(found is not None and found[1] > 0)
    if found is None or not out["single"]:
        return
    u, c, op = found
    x = d.x
    if op in ("<", "≤"):
        out["unbarred_claim"] = f"{plain(-c)} {op} {plain(u)} {op} {plain(c)}"
        out["unbarred"] = f"$-{tex(c)} {rel(op)} {tex(u)} {rel(op)} {tex(c)}$"
        out["unbarred_en"] = out["unbarred"]
        out["rule"] = out["rule_en"] = "$|t|<a \\Leftrightarrow -a<t<a$"
    else:
        out["unbarred_claim"] = f"{plain(u)} {op} {plain(c)} 或 {plain(u)} {FLIPPED[op]} {plain(-c)}"
        shown = f"${tex(u)} {rel(op)} {tex(c)}$ 或 ${tex(u)} {rel(FLIPPED[op])} {tex(-c)}$"
        out["unbarred"], out["unbarred_en"] = shown, shown.replace(" 或 ", " or ")
        out["rule"] = "$|t|>a \\Leftrightarrow t>a$ 或 $t<-a$"
        out["rule_en"] = "$|t|>a \\Leftrightarrow t>a$ or $t<-a$"
    out["inside"] = op in ("<", "≤")
    squared = sp.expand(u**2 - c**2)
    both(out, "squared", squared)
    out["sq_op"] = rel(op)
    out["sq_claim"] = f"{d.original()} \\Leftrightarrow {plain(squared)} {op} 0"
    roots = sorted({r for r in sp.roots(sp.Poly(squared, x)) if r.is_real}, key=float)
    out["sq_roots"] = ", ".join(tex(r) for r in roots)
    out["sq_solution_claim"] = f"{plain(squared)} {op} 0 \\Leftrightarrow {relation_text(d.solution, x.name)}"


def _several(d: OneUnknown, out: Values) -> None:
    """Splitting at the zeros of the expressions inside the bars."""
    x = d.x
    diff = d.lhs - d.rhs
    inner = [a.args[0] for a in diff.atoms(sp.Abs)]
    zeros = sorted({sp.solve(u, x)[0] for u in inner}, key=float)
    out["zeros_zh"] = roots_math(x.name, zeros, "zh").replace(" 或 ", "，")
    out["zeros_en"] = roots_math(x.name, zeros, "en").replace(" or ", ", ")
    out["zeros_claim"] = f"{plain(sp.Mul(*inner))} = 0 \\Rightarrow {roots_text(x.name, zeros, 'zh')}"
    out["pieces"] = str(len(zeros) + 1)


def _distance(d: OneUnknown, out: Values) -> None:
    """|x − a| + |x − b|: the sum of the distances from x to a and to b on the number line."""
    found = _distances(d)
    out["distance"] = found is not None
    if found is None:
        return
    a, b, c, op = found
    gap = b - a
    lo, hi = a - (c - gap) / 2, b + (c - gap) / 2
    for name, v in (("pa", a), ("pb", b), ("total", c), ("gap", gap), ("lo", lo), ("hi", hi), ("reach", (c - gap) / 2)):
        both(out, name, v)
    out["gap_claim"] = f"{plain(b)} - ({plain(a)}) = {plain(gap)}"
    out["ends_claim"] = " 且 ".join(f"|{plain(v)} - ({plain(a)})| + |{plain(v)} - ({plain(b)})| = {plain(c)}" for v in (lo, hi))
    out["outside"] = op in (">", "≥")


def values(d: OneUnknown) -> Values:
    """The solution set, and what each method needs where it applies."""
    out: Values = {}
    solution_values(d, out)
    _single(d, out)
    out["several"] = _bars(d) is None
    if out["several"]:
        _several(d, out)
    _distance(d, out)
    return out


TYPE: ProblemType[OneUnknown] = ProblemType(
    type_id="inequality.absolute", module="algebra", name="absolute", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.original()], goal=lambda d: f"solution set in {d.x}",
    answers=frozenset({"solve"}), topic="inequalities",
)

"""分段函数：求函数值（含 f(f(a))）或解 f(a)=c / A piecewise function: a value (nested too), or f(a) = c solved."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, relation_math, roots_math, roots_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.logic_reading import relations, solution_set
from tutor_graph.specialist.types.template import Values

_REL = r"[^,;]*?[<>≤≥][^,;]*?"
_OPS = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}
MAX_PIECES = 4  # the template has a step for each of pieces 1..4

Relations = tuple[tuple[sp.Expr, str, sp.Expr], ...]
Piece = tuple[sp.Expr, Relations, sp.Set]


def _piece(expr: str, cond: str) -> Piece | None:
    e, rels = try_expr(expr.strip()), relations(cond.strip())
    if e is None or rels is None or e.free_symbols - {X}:
        return None
    if any((a.free_symbols | b.free_symbols) - {X} for a, _, b in rels):
        return None
    return e, tuple(rels), solution_set(rels, X)


def pieces(text: str) -> list[Piece] | None:
    """[(expression, relations, set)] of a piecewise definition of f, in order; None when not one."""
    out = []
    m = re.search(r"f\(x\)\s*=\s*cases;\s*(.*?)(?:;\s*)?(?:,\s*(?:求|若|则)|\.\s|$|求|若)", text)
    if m:
        for part in [p for p in m.group(1).split(";") if p.strip()]:
            bits = part.rsplit(",", 1)
            if len(bits) != 2:
                return None
            pc = _piece(*bits)
            if pc is None:
                return None
            out.append(pc)
    else:
        found = re.findall(rf"f\(x\)\s*=\s*([^,;]+?)\s*(?:for|when|if)\s+({_REL})(?=\s*(?:,|;|and\b|\.\s|\.$|$))", text)
        for expr, cond in found:
            pc = _piece(expr, cond)
            if pc is None:
                return None
            out.append(pc)
    if len(out) < 2:
        return None
    total: sp.Set = sp.S.EmptySet
    for _, _, s in out:
        if total.intersect(s) != sp.S.EmptySet:
            return None  # overlapping pieces: not a function
        total = total.union(s)
    return out


def _which(ps: tuple[Piece, ...] | list[Piece], v: sp.Expr) -> int | None:
    return next((i for i, (_, _, s) in enumerate(ps) if s.contains(v) is sp.true), None)


@dataclass(frozen=True)
class Piecewise:
    """The pieces; either the inputs to evaluate in turn (`chain`: a, f(a), f(f(a))) or f(`var`) = `c` to solve."""

    pieces: tuple[Piece, ...]
    chain: tuple[sp.Expr, ...] = ()
    c: sp.Expr | None = None
    var: str = "a"
    asked: str = ""  # the value asked as the text writes it, e.g. f(f(3))


def _solvable(ps: tuple[Piece, ...]) -> bool:
    return all(e.is_polynomial(X) and sp.degree(e, X) <= 2 for e, _, _ in ps)


def detect(p: Problem) -> Piecewise | None:
    """`f(x)=cases; x^2-1, x≤1; 3x-5, x>1, 若 f(a)=3，求 a` or `… Find f(f(3))`."""
    if not p.has("cases", "for x", "when x", "if x", "分段"):
        return None
    found = pieces(p.text)
    if found is None or len(found) > MAX_PIECES:
        return None
    ps = tuple(found)
    asked = re.split(r"求|[Ff]ind|[Cc]ompute|[Ee]valuate", p.text)[-1]
    m = re.search(r"f\(\s*f\(\s*([-\d./]+)\s*\)\s*\)", asked)
    if m or (m := re.search(r"f\(\s*([-\d./]+)\s*\)", asked)):
        v = try_expr(m.group(1))
        if v is None:
            return None
        vals = [v]
        for _ in range(2 if "f(f(" in m.group(0).replace(" ", "") else 1):
            i = _which(ps, vals[-1])
            if i is None:
                return None
            vals.append(sp.nsimplify(ps[i][0].subs(X, vals[-1])))
        return Piecewise(ps, chain=tuple(vals), asked=m.group(0))
    eq = re.search(r"f\(\s*([a-zA-Z])\s*\)\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)", p.text)
    if eq and re.search(rf"(?<![A-Za-z]){eq.group(1)}(?![A-Za-z])", asked):
        c = try_expr(eq.group(2))
        if c is None or not _solvable(ps):
            return None
        found_roots = [v for e, _, s in ps for v in sp.solveset(sp.Eq(e, c), X, sp.S.Reals) if s.contains(v) is sp.true]
        return Piecewise(ps, c=c, var=eq.group(1)) if found_roots else None
    return None


def _rel_at(rels: Relations, v: sp.Expr) -> str:
    return " 且 ".join(f"{plain(a.subs(X, paren(v)))} {op} {plain(b.subs(X, paren(v)))}" for a, op, b in rels)


def _whole(ps: tuple[Piece, ...]) -> sp.Piecewise:
    return sp.Piecewise(*[(e, sp.And(*[_OPS[op](a, b) for a, op, b in rels])) for e, rels, _ in ps])


def values(d: Piecewise) -> Values:
    """Per evaluation k (1, 2) the input, its piece and the value; per piece i (1..4) its roots of f = c."""
    out: Values = {"asks_value": bool(d.chain), "nested": len(d.chain) == 3}
    for k in range(len(d.chain) - 1):
        v, w = d.chain[k], d.chain[k + 1]
        e, rels, s = d.pieces[_which(d.pieces, v) or 0]
        out.update({f"v{k + 1}": tex(v), f"e{k + 1}": tex(e), f"w{k + 1}": tex(w), f"cond{k + 1}": relation_math(s, "x", "zh"),
                    f"cond{k + 1}_en": relation_math(s, "x", "en"),
                    f"claim{k + 1}": f"{_rel_at(rels, v)} 且 {plain(e.subs(X, paren(v)))} = {plain(w)}"})
    if d.chain:
        out.update({"answer": f"${tex(d.chain[-1])}$", "answer_en": f"${tex(d.chain[-1])}$"})
        return out
    c = d.c if d.c is not None else sp.Integer(0)
    roots: list[sp.Expr] = []
    for i, (e, rels, s) in enumerate(d.pieces, start=1):
        sols = sorted(v for v in sp.solveset(sp.Eq(e, c), X, sp.S.Reals) if s.contains(v) is sp.true)
        roots += sols
        conds = " 且 ".join(f"{plain(a)} {op} {plain(b)}" for a, op, b in rels)
        got = " 或 ".join(f"x = {plain(v)}" for v in sols) if sols else f"{plain(e)} = {plain(c)}"
        out.update({f"has{i}": True, f"p{i}": relation_math(s, "x", "zh"), f"p{i}_en": relation_math(s, "x", "en"),
                    f"e{i}": tex(e), f"sols{i}": roots_math("x", sols, "zh") if sols else "这一段无解",
                    f"sols{i}_en": roots_math("x", sols, "en") if sols else "no solution here",
                    f"pclaim{i}": f"{plain(e)} = {plain(c)} 且 {conds} \\Rightarrow {got}"})
    out.update({"c": tex(c), "var": d.var, "answer": roots_math(d.var, roots, "zh"), "answer_en": roots_math(d.var, roots, "en")})
    return out


def reference(d: Piecewise) -> tuple[str, str]:
    """Independent: one SymPy Piecewise, evaluated (nested) or solved as a whole (SymPy splits it itself)."""
    f = _whole(d.pieces)
    if d.chain:
        ref = d.chain[0]
        for _ in range(len(d.chain) - 1):
            ref = f.subs(X, ref)
        return (plain(sp.nsimplify(ref)),) * 2
    roots = sorted(sp.solveset(sp.Eq(f, d.c), X, sp.S.Reals), key=float)  # type: ignore[call-overload]
    return roots_text(d.var, roots, "zh"), roots_text(d.var, roots, "en")


TYPE: ProblemType[Piecewise] = ProblemType(
    type_id="function.piecewise", module="functions", name="piecewise", detect=detect, values=values, reference=reference,
    givens=lambda d: [f"{len(d.pieces)} pieces"],
    goal=lambda d: f"value {d.asked}" if d.chain else f"solve f({d.var}) = {plain(d.c)}",
    answers=frozenset({"fvalue", "unknown"}),
)

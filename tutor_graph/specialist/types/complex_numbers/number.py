"""A complex number as a problem defines it (z = …, an equation linear in z, or a bare expression), and the
moduli, parts and conjugates the complex-number chains show. `read_number` is ported from the old
`complex_numbers.py`; the arithmetic and quadrant types share it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.solver import Match
from tutor_graph.specialist.types.template import Values

Z = sp.Symbol("z")


def _parse(text: str) -> sp.Expr | None:
    return try_expr(text, real=False)


def _matching(text: str) -> int:
    """Index of the bracket closing text[0]."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


def _quotient(text: str) -> tuple[sp.Expr, sp.Expr] | None:
    """(numerator, denominator) of `A/B` split at its one top-level slash (SymPy would already have
    rationalised a parsed quotient such as (3+i)/(1+i))."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _matching(text) == len(text) - 1:
        text = text[1:-1].strip()
    depth, cut = 0, None
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "/" and depth == 0:
            if cut is not None:
                return None
            cut = i
    if cut is None:
        return None
    num, den = _parse(text[:cut]), _parse(text[cut + 1 :])
    return (num, den) if num is not None and den is not None else None


def read_number(p: Problem) -> Match | None:
    """The complex number a text defines (z = …, an equation linear in z, or a bare expression) and what it asks."""
    # "3i", "1+i", "2-i" mark a complex number; a bare "(i)" / "第 i 个" is a part label or an index
    named = p.has("复数", "complex", "虚部", "实部", "共轭", "imaginary")
    if not (named or re.search(r"\d\s*i\b|[+\-]\s*i\b", p.text)):
        return None
    if any({s.name for s in (lhs - rhs).free_symbols} - {"z", "i"} for lhs, _, rhs in p.relations):
        return None  # other unknowns (x, p, q …): an equation to solve, not a number to compute
    expr, split = None, None
    for frag in p.fragments:
        if not re.search(r"(?<![a-z])i(?![a-z])", frag) or (not named and frag.strip() == "i"):
            continue
        if "=" in frag:
            rel = try_relation(frag, real=False)
            if rel is None:
                continue
            lhs, op, rhs = rel
            if op != "=":
                continue
            if lhs == Z and not rhs.free_symbols:
                expr = rhs
                split = _quotient(frag.split("=", 1)[1])
            elif lhs.has(Z) and not rhs.has(Z) and sp.degree(sp.expand(lhs), Z) == 1:
                sol = sp.solve(sp.Eq(lhs, rhs), Z)
                if len(sol) == 1:
                    expr = ("equation", lhs, rhs, sol[0])
                    split = (rhs, sp.expand(lhs / Z))
        else:
            e = _parse(frag)
            if e is not None and not e.free_symbols and e.has(sp.I):
                expr = e
                split = _quotient(frag)
        if expr is not None:
            break
    if expr is None:
        return None
    text = frag
    if isinstance(expr, tuple):
        _, lhs, rhs, value = expr
        given = f"{plain(lhs)} = {plain(rhs)}"
    else:
        lhs = rhs = None
        value = expr
        given = plain(expr)
    value = sp.nsimplify(sp.expand(sp.radsimp(value)))
    if sp.count_ops(value) > 12:
        return None
    goal = "value"
    if p.has("模", "modulus", "|z|", "absolute value"):
        goal = "modulus"
    elif p.has("共轭", "conjugate"):
        goal = "conjugate"
    elif p.has("虚部", "imaginary part"):
        goal = "imag"
    elif p.has("实部", "real part"):
        goal = "real"
    elif p.has("象限", "quadrant"):
        goal = "quadrant"
    num, den = split if split else (value, sp.Integer(1))
    raw = sp.Mul(num, sp.Pow(den, -1, evaluate=False), evaluate=False) if den != 1 else num
    if split:
        given = f"{plain(lhs)} = {plain(rhs)}" if lhs is not None else f"({plain(num)})/({plain(den)})"
    return Match([given], goal, {"lhs": lhs, "rhs": rhs, "expr": raw, "num": sp.expand(num), "den": sp.expand(den),
                                 "value": value, "goal": goal, "text": text.split("=")[-1].strip()}, 0.9)


@dataclass(frozen=True)
class Number:
    """z = num / den (from z = num/den, z·den = num, or a bare expression), and what is asked of it."""

    num: sp.Expr
    den: sp.Expr
    value: sp.Expr  # z as the reading computed it (SymPy's own simplification): the reference
    goal: str  # value, modulus, conjugate, imag, real
    equation: bool  # given as an equation z·den = num
    text: str  # the expression as written, for the claim of a product
    given: str


def read(p: Problem) -> Number | None:
    """The complex number the text defines and what it asks (the reading the quadrant type shares)."""
    m = read_number(p)
    if m is None or m.data["goal"] == "quadrant":
        return None
    d = m.data
    return Number(d["num"], d["den"], d["value"], d["goal"], d["lhs"] is not None, d["text"], m.givens[0])


def modulus(v: sp.Expr) -> sp.Expr:
    """|a + bi| = sqrt(a² + b²)."""
    return sp.sqrt(sp.re(v) ** 2 + sp.im(v) ** 2)


def modulus_claim(v: sp.Expr) -> str:
    """`sqrt((a)^2 + (b)^2) = m` for the checker."""
    return f"sqrt(({plain(sp.re(v))})^2 + ({plain(sp.im(v))})^2) = {plain(modulus(v))}"


def goal_values(out: Values, v: sp.Expr, goal: str) -> None:
    """The last link from z = a + bi to what was asked, and the final answer in both languages."""
    v = sp.expand(v)
    re_, im = sp.re(v), sp.im(v)
    out.update({f"goal_{g}": goal == g for g in ("value", "modulus", "conjugate", "imag", "real")})
    out["goal_part"] = goal in ("imag", "real")
    out["z"], out["z_plain"] = tex(v), plain(v)
    out["re"], out["im"] = tex(re_), tex(im)
    out["mod"], out["mod_claim"] = tex(modulus(v)), modulus_claim(v)
    out["conj"] = tex(sp.conjugate(v))
    out["conj_claim"] = f"conjugate({plain(v)}) = {plain(sp.conjugate(v))}"
    out["part"] = tex(im if goal == "imag" else re_)
    out["part_zh"], out["part_en"] = ("虚部", "imaginary") if goal == "imag" else ("实部", "real")
    final = {"modulus": tex(modulus(v)), "conjugate": tex(sp.conjugate(v)), "imag": tex(im), "real": tex(re_)}.get(goal, tex(v))
    out["final"] = out["final_en"] = f"${final}$"


def goal_answer(v: sp.Expr, goal: str) -> str:
    """What was asked, from z = v, as the reference answer."""
    v = sp.expand(v)
    found = {"modulus": modulus(v), "conjugate": sp.conjugate(v), "imag": sp.im(v), "real": sp.re(v)}.get(goal, v)
    return f"${tex(found)}$"

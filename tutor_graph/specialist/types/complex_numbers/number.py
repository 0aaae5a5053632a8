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
from tutor_graph.specialist.text import normalise
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


_NAMED = re.compile(r"^\s*([a-z])\s*=\s*(.+)$")
_CONJ_OF = re.compile(r"^\s*(.+?)\s*的共轭复数\s*$|^\s*\\(?:bar|overline)\s*\{\s*(.+)\s*\}\s*$")
_GOALS = {"value": "value", "conjugate": "conjugate", "imaginary": "imag", "real": "real", "modulus": "modulus",
          "quadrant": "quadrant"}


def _asked(p: Problem) -> tuple[str, str, bool] | None:
    """(the asked subject as read, what is asked of it, whether its conjugate is meant) from the Reading's goals."""
    for g in p.goals:
        goal, subject = _GOALS.get(g["kind"]), g["expression"].strip()
        if goal is None or not subject:
            continue
        conj = goal == "conjugate"
        m = _CONJ_OF.match(subject)
        if m:  # "\\frac{1+i}{i} 的共轭复数", "\\bar{z}": the conjugate of the subject
            subject, conj = (m.group(1) or m.group(2)).strip(), True
        m = re.fullmatch(r"\|(.+)\|", subject)
        if goal == "value" and m:
            subject, goal = m.group(1).strip(), "modulus"
        return subject, goal, conj
    return None


def _defined(p: Problem, name: str) -> tuple[str, sp.Expr, tuple[sp.Expr, sp.Expr] | None, sp.Expr | None] | None:
    """The number the Reading defines as `name`: its object's value, or the one given equation linear in it."""
    for o in p.objects("complex"):
        if o["name"] == name and o["value"]:
            return normalise(o["value"]), _parse(normalise(o["value"])), None, None
    for claim in p.given_claims:
        rel = try_relation(claim, real=False)
        if rel is None or rel[1] != "=":
            continue
        lhs, _, rhs = rel
        z = next((s for s in lhs.free_symbols if s.name == name), None)
        if z is None or rhs.free_symbols or (lhs.free_symbols - {z}) or sp.degree(sp.expand(lhs), z) != 1:
            continue
        sol = sp.solve(sp.Eq(lhs.subs(z, Z), rhs), Z)
        if len(sol) == 1:
            return claim, sol[0], (rhs, sp.expand(lhs.subs(z, Z) / Z)), lhs.subs(z, Z)
    return None


def read_number(p: Problem) -> Match | None:
    """The complex number the Reading defines (z = …, an equation linear in z, or the asked expression) and what
    is asked of it: the subject and kind of the Reading's goal, the number from its objects and given claims."""
    asked = _asked(p)
    if asked is None:
        return None
    subject, goal, conj = asked
    names = {s.name for claim in p.given_claims if (rel := try_relation(claim, real=False)) is not None
             for s in (rel[0] - rel[2]).free_symbols}
    m = _NAMED.match(subject)
    if m:  # "the conjugate of z = (2+i)(1-3i)": the subject is defined where it is asked
        subject = m.group(2).strip()
    text = normalise(subject)
    lhs = rhs = None
    if re.fullmatch(r"[a-z]", subject):
        if names - {subject}:
            return None  # other unknowns (x, p, q …): an equation to solve, not a number to compute
        found = _defined(p, subject)
        if found is None:
            return None
        text, value, split, lhs = found
        if split is not None:
            rhs = split[0]
        else:
            split = _quotient(text)
    else:
        value, split = _parse(text), _quotient(text)
        if names:
            return None
    if value is None or value.free_symbols or not value.has(sp.I):
        return None
    if lhs is not None:
        given = f"{plain(lhs)} = {plain(rhs)}"
    else:
        given = plain(value)
    value = sp.nsimplify(sp.expand(sp.radsimp(value)))
    if sp.count_ops(value) > 12:
        return None
    if conj and goal == "value":
        goal = "conjugate"
    num, den = split if split else (value, sp.Integer(1))
    raw = sp.Mul(num, sp.Pow(den, -1, evaluate=False), evaluate=False) if den != 1 else num
    if split and lhs is None:
        given = f"({plain(num)})/({plain(den)})"
    return Match([given], goal, {"lhs": lhs, "rhs": rhs, "expr": raw, "num": sp.expand(num), "den": sp.expand(den),
                                 "value": value, "goal": goal, "conj": conj,
                                 "text": text.split("=")[-1].strip()}, 0.9)


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

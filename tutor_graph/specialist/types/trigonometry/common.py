"""Small helpers the trigonometry types share: a value in both spellings, quadrant words, an angle's stated range."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.template import Values

QUADRANT = {1: ("第一象限", "the first quadrant"), 2: ("第二象限", "the second quadrant"),
            3: ("第三象限", "the third quadrant"), 4: ("第四象限", "the fourth quadrant")}


def both(values: Values, name: str, expr: sp.Basic | int) -> None:
    """Put `name` (LaTeX, for reading) and `name_plain` (for claims) into the values."""
    values[name] = tex(expr)
    values[f"{name}_plain"] = plain(expr)


def trig_tex(v: sp.Expr) -> str:
    """`\\cos\\alpha` rather than `\\cos{\\left(\\alpha \\right)}`."""
    return re.sub(r"\\(sin|cos|tan)\^?(\{\d\})?\{(\\[a-z]+)\}",
                  lambda m: f"\\{m.group(1)}{'^' + m.group(2) if m.group(2) else ''} {m.group(3)}",
                  sp.latex(v, fold_func_brackets=True))


VARS = {"α": "alpha", "β": "beta", "θ": "theta", "φ": "phi"}
_INTERVAL = re.compile(r"([αβθφ])\s*∈\s*([(\[])\s*([^,]+?)\s*,\s*([^\]]*?[^\s\]])\s*([)\]])(?=[\s.,;]|$)")


def letter_of(a: sp.Symbol) -> str | None:
    """The Greek letter the text wrote for a parsed angle symbol (`alpha` → `α`)."""
    return next((v for v, n in VARS.items() if n == a.name), None)


def angle_interval(text: str, var: str) -> sp.Interval | None:
    """The stated range of the angle (`α ∈ (0, π)`), or None."""
    found = [m for m in _INTERVAL.finditer(text) if m.group(1) == var]
    if len(found) != 1:
        return None
    m = found[0]
    lo, hi = try_expr(m.group(3).replace("°", "*π/180")), try_expr(m.group(4).replace("°", "*π/180"))
    if lo is None or hi is None or lo.free_symbols or hi.free_symbols or not lo < hi:
        return None
    return sp.Interval(lo, hi, m.group(2) == "(", m.group(5) == ")")


def angle_in(angle: sp.Expr, iv: sp.Interval) -> bool:
    """Is some angle + 2kπ inside the interval? (numeric: the ends are simple multiples of π)"""
    lo, hi, t = float(iv.start), float(iv.end), float(angle)
    k = math.ceil((lo - t) / (2 * math.pi))
    return any(lo < t + 2 * math.pi * j < hi for j in (k - 1, k, k + 1)) and hi > lo


def claim_relations(p: Problem) -> list[tuple[sp.Expr, str, sp.Expr]]:
    """The Reading's given claims as relations, their LaTeX (`\\sqrt3`, `60^\\circ`) read as plain math first.

    `p.given_relations` parses a claim as it stands, and a claim keeps the problem's LaTeX.
    """
    return [rel for claim in p.given_claims if (rel := try_relation(normalise(claim))) is not None]


def asked_expressions(p: Problem, *kinds: str) -> list[str]:
    """The Reading's asked expressions (of these goal kinds if given), LaTeX read as plain math (`sin 210°`)."""
    return [normalise(g["expression"]) for g in p.goals if g["expression"] and (not kinds or g["kind"] in kinds)]


def claimed_interval(p: Problem, var: str) -> sp.Interval | None:
    """The angle's range as the Reading's given claims state it (`α ∈ (0, π)`), or None (none, or several)."""
    found = [iv for claim in p.given_claims if (iv := angle_interval(normalise(claim), var)) is not None]
    return found[0] if len(found) == 1 else None

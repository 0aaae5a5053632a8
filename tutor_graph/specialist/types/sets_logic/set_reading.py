"""What the set types share: reading `A={x | …}` definitions and the subset relation a problem states."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.text import normalise

_SUB = r"(?:⊆|⊂|⊊)"


def braced_sets(text: str) -> dict[str, str]:
    """Set definitions `A={…}` with balanced braces: name → body."""
    out = {}
    for m in re.finditer(r"(?<![A-Za-z_])([A-Z])\s*=\s*\{", text):
        depth, i = 0, m.end() - 1
        for j in range(i, min(len(text), i + 200)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                out[m.group(1)] = text[i + 1 : j]
                break
    return out


_DEFINITION = re.compile(r"\s*[A-Z]\s*=\s*\\?\{")


def plain_sets(claim: str) -> str:
    """A claim or asked expression of the Reading normalised as the set readers read it (`\\mathbb{R}` → `R`)."""
    return re.sub(r"\{\s*\{\s*([A-Z])\s*\}\s*\}", r"{\1}", normalise(claim))


def reading_sets(p: Problem) -> str:
    """The set definitions the Reading gives (`A=\\{x\\mid …\\}` claims), normalised as the set readers read them."""
    return "; ".join(plain_sets(c) for c in p.given_claims if _DEFINITION.match(c))


def reading_relations(p: Problem) -> str:
    """The other given claims of the Reading (`B\\subseteq A`, `A\\cap B=B`), normalised: the relations between sets."""
    return "; ".join(plain_sets(c) for c in p.given_claims if not _DEFINITION.match(c))


def relation(text: str, a: str, b: str) -> str | None:
    """'sub' when the text says b ⊆ a (b ⊆ a, a ∩ b = b, a ∪ b = a), 'sup' when a ⊆ b, else None."""
    t = text.replace(" ", "")
    if re.search(rf"{b}{_SUB}{a}|{a}∩{b}={b}|{b}∩{a}={b}|{a}∪{b}={a}|{b}∪{a}={a}", t):
        return "sub"
    if re.search(rf"{a}{_SUB}{b}|{a}∩{b}={a}|{b}∩{a}={a}|{a}∪{b}={b}|{b}∪{a}={b}", t):
        return "sup"
    return None


def _builder(body: str) -> str | None:
    """The condition of `x | cond`, else None."""
    if "|" not in body:
        return None
    head, cond = body.split("|", 1)
    return cond.strip() if head.strip() == "x" else None


def fixed_and_param(p: Problem) -> tuple[str, str, str, str, sp.Symbol] | None:
    """(fixed name, fixed condition, param name, param condition, parameter) for two builder sets in x."""
    bodies = braced_sets(reading_sets(p))
    if len(bodies) != 2 or p.has("∁", "补集", "complement", "∈Z", "∈N"):
        return None
    found = {}
    for name, body in bodies.items():
        cond = _builder(body)
        if cond is None:
            return None
        found[name] = cond
    free: dict[str, set[sp.Basic]] = {}
    for name, cond in found.items():
        syms: set[sp.Basic] = set()
        for piece in re.split(r"≤|≥|<|>|=", cond):
            e = try_expr(piece)
            if e is None:
                return None
            syms |= e.free_symbols
        free[name] = syms - {X}
    fixed = [n for n in found if not free[n]]
    param = [n for n in found if len(free[n]) == 1]
    if len(fixed) != 1 or len(param) != 1:
        return None
    letter = next(iter(free[param[0]]))
    if not isinstance(letter, sp.Symbol):
        return None
    return fixed[0], found[fixed[0]], param[0], found[param[0]], letter

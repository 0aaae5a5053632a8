"""Small pieces the strategies share (worker side): safe parsing through the math layer, plain claim text."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.result import Reading


class Failed(Exception):
    """A strategy does not apply to this reading."""


def parse(text: str) -> sp.Expr | None:
    """The expression a formula denotes, read by the math layer's whitelisting parser; None if unreadable."""
    from tutor_graph.checks.parsing import ParseError, parse_expression

    try:
        expr = parse_expression(text)
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    return expr if isinstance(expr, sp.Expr) else None


def relation(text: str) -> sp.Expr | None:
    """`P = Q` as P − Q (an equation read by the math layer), else None."""
    from tutor_graph.checks.parsing import ParseError, parse_statement
    from tutor_graph.checks.statements import Relation

    try:
        stmt = parse_statement(text)
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    if isinstance(stmt, Relation) and stmt.ops == ("=",) and all(isinstance(p, sp.Expr) for p in stmt.parts):
        lhs, rhs = stmt.parts
        return sp.expand(lhs - rhs)
    return None


def as_latex(value: sp.Basic) -> str:
    """A value as plain text the checker reads back exactly (`sqrt(5)*i`, `x^2`), never ambiguous."""
    text = sp.sstr(value).replace("**", "^")
    return re.sub(r"\bI\b", "i", text)


def value_text(value: sp.Basic) -> str:
    """A value as LaTeX for people (`\\frac{1}{4}`, `7 - \\sqrt{5} i`)."""
    return sp.latex(value, imaginary_unit="i")


def sequence_value(reading: Reading, expression: str) -> sp.Expr | None:
    """a_k or S_k of an arithmetic / geometric sequence whose a_1 and d or q are given; None otherwise."""
    m = re.fullmatch(r"\s*([aS])_\{?(\d+)\}?\s*", expression)
    kind = next((o["value"] for o in reading["objects"] if o["kind"] == "sequence"), "")
    if not m or kind not in ("arithmetic", "geometric"):
        return None
    known: dict[str, sp.Expr] = {}
    for g in reading["givens"]:
        d = re.fullmatch(r"\s*(a_\{?1\}?|d|q)\s*=\s*(.+)", g["claim"])
        if d:
            value = parse(d.group(2))
            if value is None or value.free_symbols:
                return None
            known[d.group(1).replace("{", "").replace("}", "")] = value
    step = "d" if kind == "arithmetic" else "q"
    if "a_1" not in known or step not in known:
        return None
    a1, s, k = known["a_1"], known[step], int(m.group(2))
    if m.group(1) == "a":
        return sp.simplify(a1 + (k - 1) * s if kind == "arithmetic" else a1 * s ** (k - 1))
    if kind == "arithmetic":
        return sp.simplify(k * a1 + sp.Rational(k * (k - 1), 2) * s)
    return sp.simplify(k * a1 if s == 1 else a1 * (1 - s ** k) / (1 - s))


def substitute_definitions(expr: sp.Expr, reading: Reading) -> sp.Expr:
    """The expression with the Reading's definitions put in: `z=1+i` for z, `f(x)=x^2` for f(2)."""
    for g in reading["givens"]:
        if g["kind"] != "definition" or not g["claim"]:
            continue
        m = re.fullmatch(r"\s*([a-z])\(\s*([a-z])\s*\)\s*=\s*(.+)", g["claim"])
        if m:
            body = parse(m.group(3))
            if body is None:
                continue
            var = next((s for s in body.free_symbols if s.name == m.group(2)), sp.Symbol(m.group(2)))
            name = m.group(1)
            expr = expr.replace(lambda n, name=name: isinstance(n, sp.core.function.AppliedUndef)
                                and n.func.__name__ == name and len(n.args) == 1,
                                lambda n, body=body, var=var: body.subs(var, n.args[0]))
            continue
        m = re.fullmatch(r"\s*([A-Za-z](?:_\{?\d+\}?)?)\s*=\s*(.+)", g["claim"])
        if m:
            value = parse(m.group(2))
            if value is not None and not any(s.name == m.group(1) for s in value.free_symbols):
                expr = expr.subs({s: value for s in expr.free_symbols if s.name == m.group(1)})
    return expr

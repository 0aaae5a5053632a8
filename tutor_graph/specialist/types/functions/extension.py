"""奇（偶）函数已知 x>0 时的解析式，求 x<0 处的函数值 / An odd or even function known for x > 0: its value at a
negative point."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_LEFT = re.compile(r"(?:当|for|when)\s*x\s*(>|≥)\s*0\s*(?:时)?\s*,?\s*f\(x\)\s*=\s*([^,;]+?)\s*(?=[,;]|\.\s|\.$|$|求|find)")
_RIGHT = re.compile(r"f\(x\)\s*=\s*([^,;]+?)\s*(?:for|when)\s*x\s*(>|≥)\s*0(?=\s*(?:[,;]|\.\s|\.$|$))")


def parity_of(p: Problem) -> str | None:
    """"odd" or "even" when the text says which one f is (and not both), else None."""
    odd, even = p.has("奇函数", "odd function", "is odd"), p.has("偶函数", "even function", "is even")
    return "odd" if odd and not even else "even" if even and not odd else None


@dataclass(frozen=True)
class Extension:
    """f is `kind` ("odd" / "even"), f(x) = `body` for x > 0; f(`at`) with `at` < 0 is asked."""

    kind: str
    body: sp.Expr
    at: sp.Expr


def detect(p: Problem) -> Extension | None:
    """`f(x) 是 R 上的偶函数，当 x≥0 时 f(x)=x^2-4x，求 f(-3)`: no period given (that is `periodic_value`)."""
    kind = parity_of(p)
    if kind is None or p.has("周期", "period", "f(x+"):
        return None
    m = _LEFT.search(p.text) or _RIGHT.search(p.text)
    if not m:
        return None
    body = try_expr(m.group(2) if m.group(1) in (">", "≥") else m.group(1))
    if body is None or body.free_symbols - {X}:
        return None
    # the asked f(at) from the Reading's value goal; the half definition above is left unread, so it reads the text
    asked = [try_expr(normalise(v.group(1))) for g in p.goals if g["kind"] == "value"
             and (v := re.fullmatch(r"\s*f\(\s*(.+?)\s*\)\s*", g["expression"]))]
    at = asked[0] if len(asked) == 1 else None
    if at is None or at.free_symbols or not at < 0:
        return None
    return Extension(kind, body, at)


def values(d: Extension) -> Values:
    """f at the positive point −at, the value by the symmetry, and the formula for x < 0."""
    odd = d.kind == "odd"
    pos = -d.at
    fv = d.body.subs(X, pos)
    value = -fv if odd else fv
    other = sp.expand(-d.body.subs(X, -X) if odd else d.body.subs(X, -X))
    sign = "-" if odd else ""
    return {
        "odd": odd, "kind": "奇" if odd else "偶", "kind_en": "odd" if odd else "even", "body": tex(d.body),
        "at": tex(d.at), "pos": tex(pos), "fv": tex(fv), "value": tex(value), "other": tex(other), "sign": sign,
        "pos_claim": f"{plain(d.body.subs(X, paren(pos)))} = {plain(fv)}",
        "sym_claim": f"{sign}({plain(fv)}) = {plain(value)}",
        "other_claim": f"{sign}({plain(d.body.subs(X, -X))}) = {plain(other)}",
        "sub_claim": f"{plain(other.subs(X, paren(d.at)))} = {plain(other.subs(X, d.at))}",
        "rule": r"f(-x)=-f(x)" if odd else r"f(-x)=f(x)",
    }


def reference(d: Extension) -> str:
    """Independent: the whole function as a Piecewise built from the symmetry, then evaluated."""
    other = -d.body.subs(X, -X) if d.kind == "odd" else d.body.subs(X, -X)
    f = sp.Piecewise((d.body, X > 0), (other, X < 0), (0 if d.kind == "odd" else d.body.subs(X, 0), True))
    return plain(sp.nsimplify(f.subs(X, d.at)))


TYPE: ProblemType[Extension] = ProblemType(
    type_id="function.parity_extension", module="functions", name="extension", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.kind, f"f(x) = {plain(d.body)} for x > 0"], goal=lambda d: f"f({plain(d.at)})",
    answers=frozenset({"fvalue"}),
)

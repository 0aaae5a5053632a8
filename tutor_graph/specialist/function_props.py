"""Functions given in pieces or by their properties: values of a piecewise function (nested too) and
solving f(x) = c piece by piece; values of an odd / even function known on one side (the symmetry vs
the formula on the other side); values of a periodic odd / even function far away; f(−v) when f minus
a constant is odd (the odd part vs f(x) + f(−x))."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, paren, plain, tex


# -- odd / even functions known on one side ---------------------------------------------------------------------------
def _parity(p: Problem) -> str | None:
    odd, even = p.has("奇函数", "odd function", "is odd"), p.has("偶函数", "even function", "is even")
    return "odd" if odd and not even else "even" if even and not odd else None


def detect_extension(p: Problem) -> Match | None:
    kind = _parity(p)
    if kind is None or p.has("周期", "period", "f(x+"):
        return None
    m = re.search(r"(?:当|for|when)\s*x\s*(>|≥)\s*0\s*(?:时)?\s*,?\s*f\(x\)\s*=\s*([^,;]+?)\s*(?=[,;]|\.\s|\.$|$|求|find)", p.text)
    m = m or re.search(r"f\(x\)\s*=\s*([^,;]+?)\s*(?:for|when)\s*x\s*(>|≥)\s*0(?=\s*(?:[,;]|\.\s|\.$|$))", p.text)
    if not m:
        return None
    body = try_expr(m.group(2) if m.group(1) in (">", "≥") else m.group(1))
    if body is None or body.free_symbols - {X}:
        return None
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    v = re.search(r"f\(\s*(-[\d./]+)\s*\)", asked)
    if not v:
        return None
    at = try_expr(v.group(1))
    if at is None or not at < 0:
        return None
    return Match([f"{kind}", f"f(x) = {plain(body)} for x > 0"], f"f({plain(at)})", {"kind": kind, "body": body, "at": at}, 0.9)


def _ext_value(d: dict) -> sp.Expr:
    v = d["body"].subs(X, -d["at"])
    return -v if d["kind"] == "odd" else v


def _ext_reference(d: dict) -> tuple[str, str]:
    """Independent: the whole function as a Piecewise built from the symmetry, then evaluated."""
    other = -d["body"].subs(X, -X) if d["kind"] == "odd" else d["body"].subs(X, -X)
    f = sp.Piecewise((d["body"], X > 0), (other, X < 0), (0 if d["kind"] == "odd" else d["body"].subs(X, 0), True))
    return (plain(sp.nsimplify(f.subs(X, d["at"]))),) * 2


def _by_symmetry(chain: Chain, d: dict) -> None:
    at, body = d["at"], d["body"]
    pos = -at
    fv = body.subs(X, pos)
    chain.ask((f"${tex(pos)}>0$，先求 $f({tex(pos)})$。", f"${tex(pos)}>0$: first find $f({tex(pos)})$."), (f"$f({tex(pos)})={tex(fv)}$",) * 2,
              f"{plain(body.subs(X, paren(pos)))} = {plain(fv)}", kps=["func.parity"], hints=[("用 $x>0$ 时的解析式。", "Use the formula for x > 0.")])
    value = _ext_value(d)
    rel = "-f" if d["kind"] == "odd" else "f"
    chain.ask((f"由{'奇' if d['kind'] == 'odd' else '偶'}函数的性质，$f({tex(at)})$ 是多少？", f"By {'oddness' if d['kind'] == 'odd' else 'evenness'}, what is $f({tex(at)})$?"),
              (f"$f({tex(at)})={rel}({tex(pos)})={tex(value)}$",) * 2, f"{'-' if d['kind'] == 'odd' else ''}({plain(fv)}) = {plain(value)}",
              kps=["func.parity"], hints=[("奇函数 $f(-x)=-f(x)$，偶函数 $f(-x)=f(x)$。", "Odd: $f(-x)=-f(x)$; even: $f(-x)=f(x)$.")])
    chain.done((dollar(value),) * 2, _ext_reference(d))


def _by_formula(chain: Chain, d: dict) -> None:
    body, at = d["body"], d["at"]
    other = sp.expand(-body.subs(X, -X) if d["kind"] == "odd" else body.subs(X, -X))
    chain.ask(("设 $x<0$，则 $-x>0$。$x<0$ 时 $f(x)$ 的解析式是什么？", "Let x < 0, so −x > 0. What is f(x) for x < 0?"),
              (f"$f(x)={'-' if d['kind'] == 'odd' else ''}f(-x)={tex(other)}$",) * 2,
              f"{'-' if d['kind'] == 'odd' else ''}({plain(body.subs(X, -X))}) = {plain(other)}", kps=["func.parity", "func.expression"],
              hints=[("把 $-x$ 代入 $x>0$ 时的解析式。", "Put −x into the formula for x > 0.")])
    value = other.subs(X, at)
    chain.ask((f"代入 $x={tex(at)}$，$f({tex(at)})$ 是多少？", f"Substitute $x={tex(at)}$: what is $f({tex(at)})$?"), (f"${tex(value)}$",) * 2,
              f"{plain(other.subs(X, paren(at)))} = {plain(value)}", kps=["func.parity"], hints=[("注意负号。", "Mind the signs.")])
    chain.done((dollar(value),) * 2, _ext_reference(d))


register(Solver("function.parity_extension", "functions", detect_extension, (
    Method(("利用奇偶性", "Use the symmetry"), _by_symmetry),
    Method(("先求另一侧的解析式", "The formula on the other side first"), _by_formula),
), ("func.parity",), priority=47, answers=frozenset({"fvalue"})))

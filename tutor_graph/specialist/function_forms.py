"""More function properties: a far value of a periodic odd / even function, f(−v) when f minus a constant
is odd (the odd part vs f(x) + f(−x)), a formula from f(ax+b) = h(x) (substitution vs undetermined
coefficients), and inequalities f(A) < f(B) for a monotonic even / odd function."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex


# -- f(x) = odd part + constant ---------------------------------------------------------------------------------------
def detect_odd_part(p: Problem) -> Match | None:
    m = re.search(r"f\(x\)\s*=\s*([^,;]+?)\s*(?=[,;]|且|and|with)", p.text)
    k = re.search(r"f\(\s*(-?[\d./]+)\s*\)\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)", p.text)
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    t = re.search(r"f\(\s*(-?[\d./]+)\s*\)", asked)
    if not (m and k and t):
        return None
    body, v, w, u = try_expr(m.group(1)), try_expr(k.group(1)), try_expr(k.group(2)), try_expr(t.group(1))
    if None in (body, v, w, u) or sp.simplify(u + v) != 0 or not (body.free_symbols - {X}):
        return None
    c = body.subs(X, 0)
    g = body - c
    if c.free_symbols or sp.simplify(g.subs(X, -X) + g) != 0:
        return None
    return Match([f"f(x) = {plain(body)}", f"f({plain(v)}) = {plain(w)}"], f"f({plain(u)})", {"body": body, "c": c, "v": v, "w": w, "u": u}, 0.9)


def _odd_part(chain: Chain, d: dict) -> None:
    body, c, v, w, u = d["body"], d["c"], d["v"], d["w"], d["u"]
    g = sp.expand(body - c)
    chain.ask((f"令 $g(x)=f(x)-{tex(c)}={tex(g)}$，$g(x)$ 是奇函数吗？", f"Let $g(x)=f(x)-{tex(c)}={tex(g)}$. Is g odd?"),
              ("是奇函数", "yes, it is odd"), f"({plain(g.subs(X, -X))}) = -({plain(g)})", kps=["func.parity"],
              hints=[("只含奇次项（或 sin x 等奇函数）。", "It has only odd terms.")])
    gv = w - c
    value = -gv + c
    chain.ask((f"$g({tex(v)})$ 是多少？$f({tex(u)})=g({tex(u)})+{tex(c)}$ 是多少？", f"What is $g({tex(v)})$, and $f({tex(u)})=g({tex(u)})+{tex(c)}$?"),
              (f"$g({tex(v)})={tex(gv)}$，$f({tex(u)})={tex(-gv)}+{tex(c)}={tex(value)}$", f"$g({tex(v)})={tex(gv)}$, $f({tex(u)})={tex(-gv)}+{tex(c)}={tex(value)}$"),
              f"{plain(w)} - {plain(c)} = {plain(gv)} 且 -({plain(gv)}) + {plain(c)} = {plain(value)}", kps=["func.parity"],
              hints=[("$g(-x)=-g(x)$。", "$g(-x)=-g(x)$.")])
    chain.done((dollar(value),) * 2, (plain(_odd_reference(d)),) * 2)


def _odd_reference(d: dict) -> sp.Expr:
    """Independent: solve f(v) = w for one unknown coefficient in terms of the others, then evaluate f(u)."""
    body = d["body"]
    unknown = sorted(body.free_symbols - {X}, key=lambda s: s.name)[0]
    sol = sp.solve(sp.Eq(body.subs(X, d["v"]), d["w"]), unknown)
    return sp.simplify(body.subs(unknown, sol[0]).subs(X, d["u"])) if len(sol) == 1 else sp.nan


def _sum_rule(chain: Chain, d: dict) -> None:
    body, c, v, w, u = d["body"], d["c"], d["v"], d["w"], d["u"]
    chain.ask(("$f(x)+f(-x)$ 化简后是多少？", "Simplify $f(x)+f(-x)$."), (f"${tex(2 * c)}$",) * 2, f"f(x) + f(-x) = {plain(2 * c)}",
              context=[f"f(x) = {plain(body)}"], kps=["func.parity"], hints=[("奇次项成对抵消。", "The odd terms cancel in pairs.")])
    value = 2 * c - w
    chain.ask((f"由 $f({tex(v)})+f({tex(u)})={tex(2 * c)}$，$f({tex(u)})$ 是多少？", f"From $f({tex(v)})+f({tex(u)})={tex(2 * c)}$, what is $f({tex(u)})$?"),
              (f"${tex(value)}$",) * 2, f"{plain(2 * c)} - ({plain(w)}) = {plain(value)}", kps=["func.parity"],
              hints=[("移项即可。", "Just rearrange.")])
    chain.done((dollar(value),) * 2, (plain(_odd_reference(d)),) * 2)


register(Solver("function.odd_part", "functions", detect_odd_part, (
    Method(("构造奇函数", "Build an odd function"), _odd_part),
    Method(("f(x)+f(-x) 为定值", "f(x) + f(−x) is constant"), _sum_rule),
), ("func.parity",), priority=47, answers=frozenset({"fvalue"})))

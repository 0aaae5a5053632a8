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
from tutor_graph.specialist.types.functions.extension import parity_of as _parity


# -- periodic and odd / even ----------------------------------------------------------------------------------------
def detect_periodic(p: Problem) -> Match | None:
    kind = _parity(p)
    m = re.search(r"f\(x\s*\+\s*(\d+)\s*\)\s*=\s*f\(x\)", p.text) or re.search(r"(?:周期为|period)\s*(\d+)", p.text)
    if kind is None or not m:
        return None
    period = int(m.group(1))
    known = re.findall(r"f\(\s*(-?\d+)\s*\)\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)", p.text)
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    target = re.search(r"f\(\s*(-?\d+)\s*\)", asked)
    if len(known) != 1 or not target or period < 1:
        return None
    v, w, n = int(known[0][0]), try_expr(known[0][1]), int(target.group(1))
    if w is None or abs(n) > 5000 * period:
        return None
    r = n % period
    if r == v % period:
        sign = 1
    elif (r + v) % period == 0:
        sign = -1 if kind == "odd" else 1
    elif kind == "odd" and (2 * r) % period == 0:
        sign = 0  # f(r) = f(−r) = −f(r) by periodicity and oddness: 0
    else:
        return None
    return Match([f"{kind}, period {period}", f"f({v}) = {plain(w)}"], f"f({n})", {"kind": kind, "T": period, "v": v, "w": w, "n": n, "sign": sign}, 0.9)


def _periodic(chain: Chain, d: dict) -> None:
    T_, v, w, n = d["T"], d["v"], d["w"], d["n"]
    q, r = divmod(n, T_)
    chain.ask((f"周期为 ${T_}$，$f({n})$ 等于 $f$ 在哪个小数处的值？", f"The period is ${T_}$: $f({n})$ equals $f$ at which small number?"),
              (f"${n}={T_}\\times{q}+{r}$，所以 $f({n})=f({r})$", f"${n}={T_}\\times{q}+{r}$, so $f({n})=f({r})$"), f"{T_}*({q}) + {r} = {n}",
              kps=["func.periodicity"], hints=[("加减周期的整数倍，函数值不变。", "Adding whole periods does not change the value.")])
    value = d["sign"] * w
    if d["sign"] == 0:
        chain.ask((f"由周期性 $f({r})=f({r - T_})$，再由奇函数 $f({r - T_})=-f({T_ - r})$，$f({r})$ 是多少？", f"Periodicity and oddness give $f({r})=-f({r})$: so?"),
                  (f"$f({r})=0$",) * 2, f"{r} - {T_} = {r - T_} 且 -({r - T_}) = {r}", kps=["func.periodicity", "func.parity"],
                  hints=[("一个数等于它的相反数，只能是 0。", "A number equal to its negative is 0.")])
    elif r != v % T_:
        chain.ask((f"${r}$ 与已知的 ${v}$ 有什么关系？$f({r})$ 是多少？", f"How is ${r}$ related to the known ${v}$? What is $f({r})$?"),
                  (f"${r}={-v}+{T_ * ((r + v) // T_)}$，$f({r})=f({-v})={'-' if d['kind'] == 'odd' else ''}f({v})={tex(value)}$",) * 2,
                  f"{-v} + {T_ * ((r + v) // T_)} = {r} 且 {'-' if d['kind'] == 'odd' else ''}({plain(w)}) = {plain(value)}", kps=["func.periodicity", "func.parity"],
                  hints=[("再减一个周期变成负数，然后用奇偶性。", "Subtract one more period to get a negative number, then use the symmetry.")])
    chain.done((dollar(value),) * 2, (plain(_periodic_reference(d)),) * 2)


def _periodic_reference(d: dict) -> sp.Expr:
    """Independent: walk from n towards v by whole periods and reflections, one step at a time."""
    T_, v, w, n = d["T"], d["v"], d["w"], d["n"]
    seen, frontier = {n: sp.Integer(1)}, [n]
    while frontier:
        k = frontier.pop()
        if k == v:
            return seen[k] * w
        for nxt, factor in ((k - T_, 1), (k + T_, 1), (-k, -1 if d["kind"] == "odd" else 1)):
            if abs(nxt) <= abs(n) + T_ and nxt not in seen:
                seen[nxt] = seen[k] * factor
                frontier.append(nxt)
        if len(seen) > 4 * (abs(n) // max(T_, 1) + 4) + 10**5:
            break
    return sp.Integer(0) if d["sign"] == 0 else sp.nan


register(Solver("function.periodic_value", "functions", detect_periodic, (
    Method(("周期性与奇偶性", "Periodicity and symmetry"), _periodic),
), ("func.periodicity",), priority=47, answers=frozenset({"fvalue"})))


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

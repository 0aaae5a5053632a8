"""周期的奇（偶）函数在远处的函数值 / A far value of a periodic odd or even function."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.functions.extension import parity_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_PERIOD = (re.compile(r"f\(x\s*\+\s*(\d+)\s*\)\s*=\s*f\(x\)"), re.compile(r"(?:周期为|period)\s*(\d+)"))


@dataclass(frozen=True)
class Periodic:
    """f is `kind` with period `T`, f(`v`) = `w`; f(`n`) is asked. `sign`: f(n) = sign · w."""

    kind: str
    T: int
    v: int
    w: sp.Expr
    n: int
    sign: int


def detect(p: Problem) -> Periodic | None:
    """`f(x) 是奇函数，f(x+4)=f(x)，f(1)=2，求 f(2023)`: n reaches v by whole periods and one reflection."""
    kind = parity_of(p)
    if kind is None:
        return None
    # from the Reading: the period as the given f(x+T)=f(x), the one known value f(v)=w, the asked f(n)
    periods, known = [], []
    for lhs, op, rhs in p.read_relations:
        if op != "=" or not isinstance(lhs, sp.core.function.AppliedUndef) or lhs.func.__name__ != "f" or len(lhs.args) != 1:
            continue
        arg = lhs.args[0]
        if rhs == lhs.func(X) and (arg - X).is_Integer:
            periods.append(int(arg - X))
        elif arg.is_Integer and rhs.is_number:
            known.append((int(arg), rhs))
    if not periods:  # "周期为 3" / "period 3": words the Reading leaves unread, so this detail still reads the text
        m = _PERIOD[1].search(p.text)
        periods = [int(m.group(1))] if m else []
    target = [int(m.group(1)) for g in p.goals if g["kind"] == "value"
              and (m := re.fullmatch(r"\s*f\(\s*(-?\d+)\s*\)\s*", g["expression"]))]
    if len(periods) != 1 or len(known) != 1 or len(target) != 1 or periods[0] < 1:
        return None
    period, (v, w), n = periods[0], known[0], target[0]
    if abs(n) > 5000 * period:
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
    return Periodic(kind, period, v, w, n, sign)


def values(d: Periodic) -> Values:
    """n = Tq + r, then the reflection that links r with v (or f(r) = 0), and the centre or axis T/2."""
    T, v, n = d.T, d.v, d.n
    q, r = divmod(n, T)
    odd = d.kind == "odd"
    value = d.sign * d.w
    reflect = d.sign != 0 and r != v % T
    k = T * ((r + v) // T)
    return {
        "T": str(T), "v": str(v), "w": tex(d.w), "n": str(n), "q": str(q), "r": str(r), "value": tex(value),
        "odd": odd, "kind": "奇" if odd else "偶", "kind_en": "odd" if odd else "even", "minus": "-" if odd else "",
        "zero": d.sign == 0, "reflect": reflect, "mirror": reflect and r + v == T,
        "reduce_claim": f"{T}*({q}) + {r} = {n}",
        "rT": str(r - T), "Tr": str(T - r), "zero_claim": f"{r} - {T} = {r - T} 且 -({r - T}) = {r}",
        "mv": str(-v), "k": str(k), "reflect_claim": f"{-v} + {k} = {r} 且 {'-' if odd else ''}({plain(d.w)}) = {plain(value)}",
        "half": tex(sp.Rational(T, 2)), "mirror_claim": f"{T} - {v} = {r} 且 {'-' if odd else ''}({plain(d.w)}) = {plain(value)}",
    }


def reference(d: Periodic) -> str:
    """Independent: walk from n towards v by whole periods and reflections, one step at a time."""
    seen, frontier = {d.n: sp.Integer(1)}, [d.n]
    while frontier:
        k = frontier.pop()
        if k == d.v:
            return plain(seen[k] * d.w)
        for nxt, factor in ((k - d.T, 1), (k + d.T, 1), (-k, -1 if d.kind == "odd" else 1)):
            if abs(nxt) <= abs(d.n) + d.T and nxt not in seen:
                seen[nxt] = seen[k] * factor
                frontier.append(nxt)
        if len(seen) > 4 * (abs(d.n) // max(d.T, 1) + 4) + 10**5:
            break
    return "0" if d.sign == 0 else "?"


TYPE: ProblemType[Periodic] = ProblemType(
    type_id="function.periodic_value", module="functions", name="periodic", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{d.kind}, period {d.T}", f"f({d.v}) = {plain(d.w)}"],
    goal=lambda d: f"f({d.n})", answers=frozenset({"fvalue"}),
)

"""正弦型函数在闭区间上的值域、最值 / The range (or an extreme) of A·sin(ωx+φ)+B on a closed interval."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import definition, interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, interval_text, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import both
from tutor_graph.specialist.types.trigonometry.sinusoid import as_sinusoid

_AND = " 且 "


@dataclass(frozen=True)
class OnInterval:
    """f(x) = body = amp·sin(om·x + phi) + b on [lo, hi]; want is "range", "max" or "min"."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    amp: sp.Expr
    om: sp.Expr
    phi: sp.Expr
    b: sp.Expr
    iv: sp.Interval
    want: str


def detect(p: Problem) -> OnInterval | None:
    """`求 f(x)=2sin(2x+π/6) 在区间 [0,π/2] 上的值域` (or its maximum / minimum); closed intervals only."""
    if not p.has("值域", "最大值", "最小值", "range", "maximum", "minimum") or p.has("单调", "monoton"):
        return None
    d = definition(p)
    iv = interval(p.text)
    if d is None or iv is None or not d[2].has(sp.sin, sp.cos) or iv.left_open or iv.right_open:
        return None
    name, x, body = d
    form = as_sinusoid(body, x)
    if form is None:
        return None
    mx, mn = p.has("最大值", "maximum"), p.has("最小值", "minimum")
    want = "range" if p.has("值域", "range") or mx == mn else ("max" if mx else "min")
    return OnInterval("f" if name == "y" else name, x, body, *form, iv, want)


def _answer(s: OnInterval, lo: sp.Expr, hi: sp.Expr, plain_form: bool) -> str:
    if s.want in ("max", "min"):
        value = hi if s.want == "max" else lo
        return plain(value) if plain_form else dollar(value)
    return f"[{plain(lo)}, {plain(hi)}]" if plain_form else f"$[{tex(lo)}, {tex(hi)}]$"


def _at(body: sp.Expr, x: sp.Symbol, x0: sp.Expr) -> str:
    """The body with x0 put in, unevaluated, in plain form (a claim that shows the substitution)."""
    with sp.evaluate(False):
        return plain(body.xreplace({x: x0}))


def values(s: OnInterval) -> Values:
    """The whole angle's range, sin's range on it, the turning points inside, and the function's range."""
    x, om, phi, amp, b = s.var, s.om, s.phi, s.amp, s.b
    a, e = s.iv.start, s.iv.end
    u_lo, u_hi = sp.nsimplify(om * a + phi), sp.nsimplify(om * e + phi)
    u = sp.Symbol("u", real=True)
    s_lo = sp.nsimplify(sp.calculus.util.minimum(sp.sin(u), u, sp.Interval(u_lo, u_hi)))
    s_hi = sp.nsimplify(sp.calculus.util.maximum(sp.sin(u), u, sp.Interval(u_lo, u_hi)))
    lo, hi = sorted([sp.nsimplify(amp * s_lo + b), sp.nsimplify(amp * s_hi + b)], key=float)
    # where sin(u) turns (u = π/2 + kπ) strictly inside: there, and only there, the monotonicity changes
    k0 = sp.floor((u_lo - sp.pi / 2) / sp.pi) + 1
    turns_u = [sp.pi / 2 + k * sp.pi for k in range(int(k0), int(k0) + 8) if u_lo < sp.pi / 2 + k * sp.pi < u_hi]
    turns = [sp.nsimplify((t - phi) / om) for t in turns_u]
    k = sp.floor((u_lo + sp.pi / 2) / sp.pi)  # the monotone piece [-π/2 + kπ, π/2 + kπ] holding u_lo
    points = [a, *turns, e]
    rising = (k % 2 == 0) == (amp > 0)
    shown = amp * sp.sin(om * x + phi, evaluate=False) + b
    out: Values = {
        "f": s.name, "x": str(x), "iv": interval_text(s.iv),
        "rewrite": sp.expand(s.body - (amp * sp.sin(om * x + phi) + b)) != 0, "has_turn": bool(turns),
        "turn_points": "，".join(f"${x}={tex(t)}$" for t in turns),
        "turn_points_en": ", ".join(f"${x}={tex(t)}$" for t in turns),
        "turn_claim": _AND.join(f"{plain(om)}*({plain(t)}) + ({plain(phi)}) = {plain(tu)}" for t, tu in zip(turns, turns_u, strict=True)),
        "where_zh": "端点和这些点" if turns else "两个端点", "where_en": "the endpoints and these points" if turns else "the endpoints",
        "mono_zh": "单调递增" if rising else "单调递减", "mono_en": "increasing" if rising else "decreasing",
        "piece_plain": f"[{plain(-sp.pi / 2 + k * sp.pi)}, {plain(sp.pi / 2 + k * sp.pi)}]",
        "point_values": "，".join(f"${s.name}({tex(p)})={tex(_value(s, p))}$" for p in points),
        "point_values_en": ", ".join(f"${s.name}({tex(p)})={tex(_value(s, p))}$" for p in points),
        "point_claim": _AND.join(f"{_at(s.body, x, p)} = {plain(_value(s, p))}" for p in points),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "u_claim": f"{plain(om)}*({plain(a)}) + {plain(phi)} = {plain(u_lo)}{_AND}{plain(om)}*({plain(e)}) + {plain(phi)} = {plain(u_hi)}",
        "sin_claim": f"\\sin({plain(u_lo)}) = {plain(sp.sin(u_lo))}{_AND}\\sin({plain(u_hi)}) = {plain(sp.sin(u_hi))}",
        "f_claim": (f"{plain(amp)}*({plain(s_lo)}) + ({plain(b)}) = {plain(amp * s_lo + b)}{_AND}"
                    f"{plain(amp)}*({plain(s_hi)}) + ({plain(b)}) = {plain(amp * s_hi + b)}"),
        "final": _answer(s, lo, hi, plain_form=False),
    }
    for name, expr in (("body", s.body), ("target", shown), ("u", om * x + phi), ("u_lo", u_lo), ("u_hi", u_hi),
                       ("s_lo", s_lo), ("s_hi", s_hi), ("lo", lo), ("hi", hi)):
        both(out, name, expr)
    return out


def _value(s: OnInterval, x0: sp.Expr) -> sp.Expr:
    return sp.nsimplify(sp.simplify(s.amp * sp.sin(s.om * x0 + s.phi) + s.b))


def reference(s: OnInterval) -> str:
    """Independent: SymPy's extreme values of the original function on the interval."""
    lo = sp.nsimplify(sp.calculus.util.minimum(s.body, s.var, s.iv))
    hi = sp.nsimplify(sp.calculus.util.maximum(s.body, s.var, s.iv))
    return _answer(s, lo, hi, plain_form=True)


TYPE: ProblemType[OnInterval] = ProblemType(
    type_id="trig.interval_range", module="trigonometry", name="interval_range", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{s.name}({s.var}) = {plain(s.body)}", interval_text(s.iv, latex=False)],
    goal=lambda s: s.want, answers=frozenset({"range", "max", "min"}),
)

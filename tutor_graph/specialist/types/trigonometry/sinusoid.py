"""正弦型函数的周期与最值 / The period and extremes of A·sin(ωx+φ)+B after rewriting (double angle, auxiliary angle)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sympy as sp
from sympy.simplify.fu import TR8

from tutor_graph.specialist.detecting import definition
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, labelled, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import both


@dataclass(frozen=True)
class Sinusoid:
    """f(x) = body = amp·sin(om·x + phi) + b (amp > 0, om > 0), and what is asked."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    amp: sp.Expr
    om: sp.Expr
    phi: sp.Expr
    b: sp.Expr
    ask_period: bool
    ask_ext: bool
    want: str | None  # "max" / "min" when exactly one extreme (and no range) is asked


def _without_period_words(p: Problem) -> str:
    return (p.lower.replace("最小正周期", "").replace("smallest positive period", "")
            .replace("minimal positive period", ""))


def _asks_extremes(p: Problem) -> bool:
    return any(w in _without_period_words(p) for w in ("最大", "最小", "最值", "max", "min", "值域", "range"))


def _one_extreme(p: Problem) -> str | None:
    text = p.lower.replace("最小正周期", "").replace("smallest positive period", "")
    mx, mn = any(w in text for w in ("最大值", "maximum")), any(w in text for w in ("最小值", "minimum"))
    if "值域" in text or "range" in text or mx == mn:
        return None
    return "max" if mx else "min"


def _candidates(body: sp.Expr, expanded: sp.Expr) -> Iterator[sp.Expr]:
    """Rewritings to try, cheapest first (fu and simplify are slow: only when the quick ones fail)."""
    yield body
    yield sp.expand(TR8(body))
    yield sp.simplify(sp.fu(body)) if sp.count_ops(body) < 20 else body
    yield sp.simplify(sp.trigsimp(expanded))


def as_sinusoid(body: sp.Expr, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Expr, sp.Expr] | None:
    """(A, ω, φ, B) with body = A sin(ωx+φ) + B, A > 0, ω > 0, or None."""
    e = sp.expand(sp.expand_trig(body))
    for cand in _candidates(body, e):
        args = {a.args[0] for a in sp.preorder_traversal(cand) if isinstance(a, sp.sin | sp.cos)}
        lin = [a for a in args if sp.Poly(a, x).degree() == 1] if all(a.is_polynomial(x) for a in args) else []
        if len(lin) != len(args) or not args:
            continue
        omegas = {sp.Poly(a, x).coeff_monomial(x) for a in args}
        if len(omegas) != 1:
            continue
        om = abs(omegas.pop())
        t = sp.Symbol("t", real=True)
        g = sp.expand(sp.expand_trig(cand.subs(x, t / om)))
        a_s = g.coeff(sp.sin(t))
        a_c = g.coeff(sp.cos(t))
        b = sp.simplify(g - a_s * sp.sin(t) - a_c * sp.cos(t))
        if b.has(t) or a_s.has(t) or a_c.has(t):
            continue
        return sp.nsimplify(sp.sqrt(a_s**2 + a_c**2)), om, sp.nsimplify(sp.atan2(a_c, a_s)), sp.nsimplify(b)
    return None


def detect(p: Problem) -> Sinusoid | None:
    """`求函数 f(x)=sin x cos x+√3cos²x−√3/2 的最小正周期` / its maximum, minimum or range (not on an interval)."""
    if not p.has("周期", "period", "最大值", "最小值", "maximum", "minimum", "值域", "range"):
        return None
    d = definition(p)
    if d is None or not d[2].has(sp.sin, sp.cos) or p.has("区间", "interval", "[", "单调", "monoton"):
        return None
    name, x, body = d
    if len([a for a in sp.preorder_traversal(body) if isinstance(a, sp.sin | sp.cos | sp.tan)]) > 3:
        return None
    form = as_sinusoid(body, x)
    if form is None:
        return None
    return Sinusoid("f" if name == "y" else name, x, body, *form, p.has("周期", "period"), _asks_extremes(p),
                    _one_extreme(p))


def _at(body: sp.Expr, x: sp.Symbol, x0: sp.Expr) -> sp.Expr:
    """The body with x0 put in, left unevaluated (so a claim shows the substitution, not its result)."""
    with sp.evaluate(False):
        return body.xreplace({x: x0})


def _finals(s: Sinusoid, period: sp.Expr, hi: sp.Expr, lo: sp.Expr, plain_form: bool) -> tuple[str, str]:
    """The final answer (zh, en): the period and/or the extremes asked, the bare value where one is asked."""
    show = plain if plain_form else tex
    zh, en = [], []
    if s.ask_period:
        zh.append(f"T={show(period)}" if plain_form else f"$T={tex(period)}$")
        en.append(zh[-1])
    if s.ask_ext:
        hi_s, lo_s = (plain(hi), plain(lo)) if plain_form else (labelled(hi), labelled(lo))
        zh.append(f"最大值 {hi_s}，最小值 {lo_s}")
        en.append(f"maximum {hi_s}, minimum {lo_s}")
    if len(zh) == 1 and s.ask_period:  # only the period was asked: the bare value
        zh = en = [show(period) if plain_form else dollar(period)]
    if s.want and not s.ask_period:
        value = hi if s.want == "max" else lo
        zh = en = [show(value) if plain_form else dollar(value)]
    return "；".join(zh), "; ".join(en)


def values(s: Sinusoid) -> Values:
    """The rewritten form, ω, the period, the extremes, and the derivative method's critical points."""
    x, body = s.var, s.body
    target = s.amp * sp.sin(s.om * x + s.phi) + s.b
    period = sp.nsimplify(2 * sp.pi / s.om)
    hi, lo = s.amp + s.b, s.b - s.amp
    a_s, a_c = sp.nsimplify(s.amp * sp.cos(s.phi)), sp.nsimplify(s.amp * sp.sin(s.phi))
    out: Values = {
        "f": s.name, "x": str(x), "ask_period": s.ask_period, "ask_ext": s.ask_ext,
        "rewrite": sp.srepr(sp.expand(body)) != sp.srepr(sp.expand(target)), "two_terms": a_s != 0 and a_c != 0,
    }
    shown = s.amp * sp.sin(s.om * x + s.phi, evaluate=False) + s.b  # as printed: sin(2x - π/4), not -cos(2x + π/4)
    for name, expr in (("body", body), ("target", shown), ("om", s.om), ("period", period), ("amp", s.amp),
                       ("b", s.b), ("hi", hi), ("lo", lo), ("omx", s.om * x),
                       ("terms", a_s * sp.sin(s.om * x) + a_c * sp.cos(s.om * x) + s.b)):
        both(out, name, expr)
    # the derivative method: f'(x) = Aω cos(ωx+φ) vanishes where ωx+φ = π/2 + kπ; one period holds two such points
    deriv = sp.diff(body, x)
    half = period / 2
    base = (sp.pi / 2 - s.phi) / s.om
    x1 = sp.nsimplify(base - sp.floor(base / half) * half)
    x2 = sp.nsimplify(x1 + half)
    top, bottom = (x1, x2) if sp.sin(s.om * x1 + s.phi) > 0 else (x2, x1)
    both(out, "deriv", deriv)
    for name, x0 in (("x1", x1), ("x2", x2), ("xhi", top), ("xlo", bottom)):
        both(out, name, x0)
    out["d_at_x1_plain"], out["d_at_x2_plain"] = plain(_at(deriv, x, x1)), plain(_at(deriv, x, x2))
    out["f_at_hi_plain"], out["f_at_lo_plain"] = plain(_at(body, x, top)), plain(_at(body, x, bottom))
    # the claim as the old solver wrote it (`2*pi/2 = pi`), with brackets only where ω is not a whole number
    om_text = plain(s.om) if s.om.is_Integer else f"({plain(s.om)})"
    out["period_claim"] = f"2*pi/{om_text} = {plain(period)}"
    out["final"], out["final_en"] = _finals(s, period, hi, lo, plain_form=False)
    return out


def reference(s: Sinusoid) -> tuple[str, str]:
    """Independent: SymPy's own period of the body, and its extremes over one period."""
    x, body = s.var, s.body
    period = sp.periodicity(body, x)
    lo = hi = sp.S.Zero
    if s.ask_ext or s.want:
        lo = sp.nsimplify(sp.calculus.util.minimum(body, x, sp.Interval(0, period)))
        hi = sp.nsimplify(sp.calculus.util.maximum(body, x, sp.Interval(0, period)))
    return _finals(s, period, hi, lo, plain_form=True)


TYPE: ProblemType[Sinusoid] = ProblemType(
    type_id="trig.sinusoid", module="trigonometry", name="sinusoid", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{s.name}({s.var}) = {plain(s.body)}"],
    goal=lambda s: "period" + (" and extremes" if s.ask_ext else ""),
    answers=frozenset({"period", "max", "min", "range"}),
)

"""The period and extremes of A·sin(ωx+φ)+B after rewriting (auxiliary angle, double angle)."""

from __future__ import annotations

import sympy as sp
from sympy.simplify.fu import TR8

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import definition
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, labelled, plain, tex


# -- period and extremes ---------------------------------------------------------------------------------------
def detect_sinusoid(p: Problem) -> Match | None:
    if not p.has("周期", "period", "最大值", "最小值", "maximum", "minimum", "值域", "range"):
        return None
    d = definition(p)
    if d is None or not d[2].has(sp.sin, sp.cos) or p.has("区间", "interval", "[", "单调", "monoton"):
        return None
    name, x, body = d
    if len([a for a in sp.preorder_traversal(body) if isinstance(a, sp.sin | sp.cos | sp.tan)]) > 3:
        return None
    form = _as_sinusoid(body, x)
    if form is None:
        return None
    return Match([f"{name}({x}) = {plain(body)}"], "period" + (" and extremes" if _asks_extremes(p) else ""),
                 {"name": "f" if name == "y" else name, "var": x, "body": body, "form": form,
                  "ask_period": p.has("周期", "period"), "ask_ext": _asks_extremes(p), "want": _one_extreme(p)}, 0.9)


def _one_extreme(p: Problem) -> str | None:
    text = p.lower.replace("最小正周期", "").replace("smallest positive period", "")
    mx, mn = any(w in text for w in ("最大值", "maximum")), any(w in text for w in ("最小值", "minimum"))
    if "值域" in text or "range" in text or mx == mn:
        return None
    return "max" if mx else "min"


def _candidates(body: sp.Expr, expanded: sp.Expr):
    """Rewritings to try, cheapest first (fu and simplify are slow: only when the quick ones fail)."""
    yield body
    yield sp.expand(TR8(body))
    yield sp.simplify(sp.fu(body)) if sp.count_ops(body) < 20 else body
    yield sp.simplify(sp.trigsimp(expanded))


def _asks_extremes(p: Problem) -> bool:
    text = p.lower.replace("最小正周期", "").replace("smallest positive period", "").replace("minimal positive period", "")
    return any(w in text for w in ("最大", "最小", "最值", "max", "min", "值域", "range"))


def _as_sinusoid(body: sp.Expr, x: sp.Symbol):
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
        amp = sp.sqrt(a_s**2 + a_c**2)
        phi = sp.atan2(a_c, a_s)
        return sp.nsimplify(amp), om, sp.nsimplify(phi), sp.nsimplify(b)
    return None


def _sinusoid(chain: Chain, d: dict) -> None:
    f, x, body = d["name"], d["var"], d["body"]
    amp, om, phi, b = d["form"]
    target = amp * sp.sin(om * x + phi) + b
    if sp.srepr(sp.expand(body)) != sp.srepr(sp.expand(target)):
        chain.ask(("用二倍角公式或辅助角公式，把函数化成 $A\\sin(\\omega x+\\varphi)+B$ 的形式。",
                   "Use the double-angle or auxiliary-angle formula to write the function as $A\\sin(\\omega x+\\varphi)+B$."),
                  (f"${f}({x})={tex(target)}$",) * 2, f"{plain(body)} = {plain(target)}",
                  kps=["trig.auxiliary_angle", "trig.double_angle"],
                  hints=[("$a\\sin x+b\\cos x=\\sqrt{a^2+b^2}\\sin(x+\\varphi)$。", "$a\\sin x+b\\cos x=\\sqrt{a^2+b^2}\\sin(x+\\varphi)$."),
                         ("$\\sin^2x=\\frac{1-\\cos 2x}{2}$，$\\sin x\\cos x=\\frac12\\sin 2x$。", "$\\sin^2x=\\frac{1-\\cos 2x}{2}$, $\\sin x\\cos x=\\frac12\\sin 2x$.")])
    period = sp.nsimplify(2 * sp.pi / om)
    zh, en = [], []
    if d["ask_period"]:
        chain.ask(("最小正周期 $T=\\frac{2\\pi}{|\\omega|}$ 是多少？", "What is the smallest positive period $T=\\frac{2\\pi}{|\\omega|}$?"),
                  (f"$T={tex(period)}$",) * 2, f"2*pi/{plain(om)} = {plain(period)}", kps=["trig.sinusoid"],
                  hints=[(f"这里 $\\omega={tex(om)}$。", f"Here $\\omega={tex(om)}$.")])
        zh.append(f"$T={tex(period)}$")
        en.append(f"$T={tex(period)}$")
    if d["ask_ext"]:
        chain.ask(("$\\sin$ 的取值范围是 $[-1,1]$，函数的最大值和最小值是多少？", "Since $\\sin$ ranges over $[-1,1]$, what are the maximum and minimum?"),
                  (f"最大值 ${tex(amp + b)}$，最小值 ${tex(b - amp)}$", f"maximum ${tex(amp + b)}$, minimum ${tex(b - amp)}$"),
                  f"{plain(amp)} + ({plain(b)}) = {plain(amp + b)} 且 -{plain(amp)} + ({plain(b)}) = {plain(b - amp)}",
                  kps=["trig.value_range"], hints=[("最大值 $|A|+B$，最小值 $-|A|+B$。", "Maximum $|A|+B$, minimum $-|A|+B$.")])
        zh.append(f"最大值 {labelled(amp + b)}，最小值 {labelled(b - amp)}")
        en.append(f"maximum {labelled(amp + b)}, minimum {labelled(b - amp)}")
    ref_period = sp.periodicity(body, x)
    rz, re_ = [], []
    if d["ask_period"]:
        rz.append(f"T={plain(ref_period)}")
        re_.append(f"T={plain(ref_period)}")
    if d["ask_ext"]:
        lo = sp.calculus.util.minimum(body, x, sp.Interval(0, ref_period))
        hi = sp.calculus.util.maximum(body, x, sp.Interval(0, ref_period))
        rz.append(f"最大值 {plain(sp.nsimplify(hi))}，最小值 {plain(sp.nsimplify(lo))}")
        re_.append(f"maximum {plain(sp.nsimplify(hi))}, minimum {plain(sp.nsimplify(lo))}")
    if len(zh) == 1 and d["ask_period"]:  # only the period was asked: the bare value
        zh = en = [dollar(period)]
        rz = re_ = [plain(ref_period)]
    want = _which_extreme(d)
    if want and not d["ask_period"]:
        zh = en = [dollar(amp + b if want == "max" else b - amp)]
        rz = re_ = [plain(sp.nsimplify(sp.calculus.util.maximum(body, x, sp.Interval(0, ref_period)) if want == "max"
                                       else sp.calculus.util.minimum(body, x, sp.Interval(0, ref_period))))]
    chain.done(("；".join(zh), "; ".join(en)), ("；".join(rz), "; ".join(re_)))


def _which_extreme(d: dict) -> str | None:
    """'max' or 'min' when exactly one of them is asked (and no range), else None."""
    return d.get("want")


register(Solver("trig.sinusoid", "trigonometry", detect_sinusoid, (
    Method(("化为 Asin(ωx+φ)+B", "Rewrite as A sin(ωx+φ)+B"), _sinusoid),
), ("trig.sinusoid",), priority=52, answers=frozenset({"period", "max", "min", "range"})))

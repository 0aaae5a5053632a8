"""More trigonometry: the range of A·sin(ωx+φ)+B on an interval (substituting the whole angle),
expressions in sin and cos from a given tangent (divide by cos / substitute sin = t·cos), and the
arc length and area of a sector."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import definition, interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, interval_text, plain, tex
from tutor_graph.specialist.trig_sinusoid import _as_sinusoid


# -- range on an interval ----------------------------------------------------------------------------------
def detect_interval_range(p: Problem) -> Match | None:
    if not p.has("值域", "最大值", "最小值", "range", "maximum", "minimum") or p.has("单调", "monoton"):
        return None
    d = definition(p)
    iv = interval(p.text)
    if d is None or iv is None or not d[2].has(sp.sin, sp.cos) or iv.left_open or iv.right_open:
        return None
    name, x, body = d
    form = _as_sinusoid(body, x)
    if form is None:
        return None
    mx, mn = p.has("最大值", "maximum"), p.has("最小值", "minimum")
    want = "range" if p.has("值域", "range") or mx == mn else ("max" if mx else "min")
    return Match([f"{name}({x}) = {plain(body)}", interval_text(iv, latex=False)], want,
                 {"name": "f" if name == "y" else name, "var": x, "body": body, "form": form, "iv": iv, "want": want}, 0.9)


def _range_answer(d: dict, lo, hi) -> tuple[str, str]:
    if d["want"] == "max":
        return (dollar(hi),) * 2
    if d["want"] == "min":
        return (dollar(lo),) * 2
    return (f"$[{tex(lo)}, {tex(hi)}]$",) * 2


def _range_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's extreme values of the original function on the interval."""
    x, body, iv = d["var"], d["body"], d["iv"]
    return _range_answer(d, sp.nsimplify(sp.calculus.util.minimum(body, x, iv)), sp.nsimplify(sp.calculus.util.maximum(body, x, iv)))


def _whole_angle(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["iv"]
    amp, om, phi, b = d["form"]
    target = amp * sp.sin(om * x + phi) + b
    if sp.expand(body - target) != 0:
        chain.ask(("先把函数化成 $A\\sin(\\omega x+\\varphi)+B$ 的形式。", "First write the function as $A\\sin(\\omega x+\\varphi)+B$."),
                  (f"${f}({x})={tex(target)}$",) * 2, f"{plain(body)} = {plain(target)}", kps=["trig.auxiliary_angle"],
                  hints=[("辅助角公式或二倍角公式。", "Use the auxiliary-angle or double-angle formula.")])
    u_lo, u_hi = om * iv.start + phi, om * iv.end + phi
    chain.ask((f"令 $u={tex(om * x + phi)}$，当 ${x}\\in{interval_text(iv)}$ 时 $u$ 的范围是什么？",
               f"Let $u={tex(om * x + phi)}$. For ${x}\\in{interval_text(iv)}$, what range does $u$ cover?"),
              (f"$u\\in[{tex(u_lo)}, {tex(u_hi)}]$",) * 2,
              f"{plain(om)}*({plain(iv.start)}) + {plain(phi)} = {plain(u_lo)} 且 {plain(om)}*({plain(iv.end)}) + {plain(phi)} = {plain(u_hi)}",
              kps=["trig.sinusoid", "substitution"], hints=[("把区间端点代入 $\\omega x+\\varphi$。", "Substitute the endpoints into ωx+φ.")])
    u = sp.Symbol("u", real=True)
    s_lo = sp.nsimplify(sp.calculus.util.minimum(sp.sin(u), u, sp.Interval(u_lo, u_hi)))
    s_hi = sp.nsimplify(sp.calculus.util.maximum(sp.sin(u), u, sp.Interval(u_lo, u_hi)))
    chain.ask(("结合正弦曲线，$\\sin u$ 在这个范围内的取值范围是什么？", "From the sine curve, what values does $\\sin u$ take there?"),
              (f"$\\sin u\\in[{tex(s_lo)}, {tex(s_hi)}]$",) * 2,
              f"\\sin({plain(u_lo)}) = {plain(sp.sin(u_lo))} 且 \\sin({plain(u_hi)}) = {plain(sp.sin(u_hi))}",
              kps=["trig.sine_cosine_graph", "trig.value_range", "shape_number"],
              hints=[("画出正弦曲线的这一段，看最高点和最低点。", "Sketch that piece of the sine curve and read off its highest and lowest points."),
                     ("$\\frac{\\pi}{2}$ 在范围内时最大值是 1。", "If π/2 is inside, the maximum is 1.")])
    lo, hi = sorted([sp.nsimplify(amp * s_lo + b), sp.nsimplify(amp * s_hi + b)], key=float)
    chain.ask(("乘以 $A$ 再加 $B$，函数的取值范围是什么？", "Multiply by A and add B: what range does the function cover?"),
              (f"$[{tex(lo)}, {tex(hi)}]$",) * 2, f"{plain(amp)}*({plain(s_lo)}) + ({plain(b)}) = {plain(amp * s_lo + b)} 且 {plain(amp)}*({plain(s_hi)}) + ({plain(b)}) = {plain(amp * s_hi + b)}",
              kps=["trig.value_range"], hints=[("$A>0$ 时不改变大小顺序。", "With A > 0 the order is kept.")])
    chain.done(_range_answer(d, lo, hi), _range_ref(d))


register(Solver("trig.interval_range", "trigonometry", detect_interval_range, (
    Method(("整体换元", "Substitute the whole angle"), _whole_angle),
), ("trig.value_range",), priority=53, answers=frozenset({"range", "max", "min"})))


# -- from a given tangent --------------------------------------------------------------------------------------
_TAN = re.compile(r"tan\s*([αβθx])\s*=\s*(-?\s*\(?[\d./()]+\)?)")


def detect_from_tan(p: Problem) -> Match | None:
    m = _TAN.search(p.text)
    if not m:
        return None
    var, t = m.group(1), try_expr(m.group(2))
    if t is None or t.free_symbols or re.search(r"象限|quadrant|∈", p.text):
        return None
    sym = sp.Symbol({"α": "alpha", "β": "beta", "θ": "theta"}.get(var, var), real=True)
    target = None
    for frag in p.fragments:
        if "tan" in frag and "=" in frag:
            continue
        e = try_expr(frag)
        if e is not None and e.has(sp.sin(sym)) and e.free_symbols == {sym}:
            target = e
            break
    if target is None:
        return None
    s, c = sp.symbols("s c")
    in_sc = target.subs({sp.sin(sym): s, sp.cos(sym): c})
    if in_sc.has(sym):
        return None
    num, den = sp.fraction(sp.together(in_sc))
    try:
        dn, dd = sp.Poly(num, s, c), sp.Poly(den, s, c)
    except sp.PolynomialError:
        return None
    if not (dn.is_homogeneous and dd.is_homogeneous) or dn.total_degree() != dd.total_degree():
        if not (dd.total_degree() == 0 and dn.is_homogeneous and dn.total_degree() == 2):
            return None
    return Match([f"tan {var} = {plain(t)}"], plain(target), {"t": t, "target": target, "sym": sym, "num": num, "den": den,
                                                             "deg": dn.total_degree()}, 0.9)


def _tan_ref(d: dict) -> tuple[str, str]:
    """Independent: pick the angle atan(t) and evaluate the target exactly."""
    v = sp.nsimplify(sp.simplify(d["target"].subs(d["sym"], sp.atan(d["t"]))))
    return (plain(v),) * 2


def _divide_by_cos(chain: Chain, d: dict) -> None:
    s, c, T = sp.symbols("s c T")
    num, den, n, t = d["num"], d["den"], d["deg"], d["t"]
    if sp.Poly(den, s, c).total_degree() == 0:
        den = den * (s**2 + c**2)  # 1 = sin^2 + cos^2 makes the expression homogeneous
        chain.ask(("分母看作 $1=\\sin^2\\alpha+\\cos^2\\alpha$，得到齐次分式。", "Write the denominator 1 as $\\sin^2\\alpha+\\cos^2\\alpha$ to get a homogeneous quotient."),
                  ("$\\frac{\\cdots}{\\sin^2\\alpha+\\cos^2\\alpha}$",) * 2, "", kps=["trig.pythagorean"],
                  hints=[("“1”的代换。", "Replace 1 by sin² + cos².")])
    in_t = sp.simplify(sp.expand(num / c**n).subs(s, T * c) / sp.expand(den / c**n).subs(s, T * c))
    chain.ask((f"分子分母同除以 $\\cos^{n}\\alpha$，化成关于 $\\tan\\alpha$ 的式子。", f"Divide numerator and denominator by $\\cos^{n}\\alpha$ to get an expression in $\\tan\\alpha$."),
              (f"${tex(in_t).replace('T', chr(92) + 'tan' + chr(92) + 'alpha ')}$",) * 2, "",
              kps=["trig.pythagorean"], hints=[("$\\frac{\\sin\\alpha}{\\cos\\alpha}=\\tan\\alpha$。", "$\\frac{\\sin\\alpha}{\\cos\\alpha}=\\tan\\alpha$.")])
    value = sp.nsimplify(in_t.subs(T, t))
    chain.ask((f"代入 $\\tan\\alpha={tex(t)}$，结果是多少？", f"Substitute $\\tan\\alpha={tex(t)}$. What is the value?"), (f"${tex(value)}$",) * 2,
              f"{plain(in_t.subs(T, sp.Symbol('(' + plain(t) + ')')))} = {plain(value)}", kps=["trig.pythagorean"],
              hints=[("直接代数计算。", "Plain arithmetic now.")])
    chain.done((dollar(value),) * 2, _tan_ref(d))


def _substitute_sin(chain: Chain, d: dict) -> None:
    t, target, sym = d["t"], d["target"], d["sym"]
    c = sp.Symbol("c", nonzero=True)
    chain.ask(("由 $\\tan\\alpha$ 得到 $\\sin\\alpha$ 与 $\\cos\\alpha$ 的关系。", "What does $\\tan\\alpha$ say about $\\sin\\alpha$ and $\\cos\\alpha$?"),
              (f"$\\sin\\alpha={tex(t)}\\cos\\alpha$",) * 2, "", kps=["trig.pythagorean"],
              hints=[("$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$。", "$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$.")])
    replaced = target.subs(sp.sin(sym), t * c).subs(sp.cos(sym), c)
    value = sp.nsimplify(sp.cancel(replaced))
    shown = target.subs({sp.sin(sym): sp.Symbol(f"({plain(t)}*c)"), sp.cos(sym): sp.Symbol("c")})
    if value.has(c):
        raise ValueError("cos does not cancel")
    chain.ask(("代入原式，$\\cos\\alpha$ 约去后结果是多少？", "Substitute into the expression; after cancelling $\\cos\\alpha$, what is left?"),
              (f"${tex(value)}$",) * 2, f"{plain(shown)} = {plain(value)}", context=["c ≠ 0"], kps=["trig.pythagorean"],
              hints=[("分子分母都含 $\\cos\\alpha$ 的同次幂。", "Numerator and denominator share the same power of cos α.")])
    chain.done((dollar(value),) * 2, _tan_ref(d))


register(Solver("trig.from_tangent", "trigonometry", detect_from_tan, (
    Method(("弦化切（同除以 cos）", "Divide by cos to get tan"), _divide_by_cos),
    Method(("代入 sinα = t·cosα", "Substitute sin α = t·cos α"), _substitute_sin,
           lambda d: sp.Poly(d["den"], *sp.symbols("s c")).total_degree() == d["deg"]),
), ("trig.pythagorean",), priority=51, answers=frozenset({"trig"})))


# -- sectors ----------------------------------------------------------------------------------------------------
def detect_sector(p: Problem) -> Match | None:
    if not p.has("扇形", "sector"):
        return None
    ang = re.search(r"圆心角(?:为|是)?\s*([\d./π()]+)\s*(弧度|rad|°)?|central angle (?:is |of )?([\d./π()]+)\s*(radians?|°)?", p.text)
    rad = re.search(r"半径(?:为|是)?\s*(\d+(?:\.\d+)?)|radius (?:is |of )?(\d+(?:\.\d+)?)", p.text)
    if not ang or not rad:
        return None
    a = try_expr(ang.group(1) or ang.group(3))
    r = try_expr(rad.group(1) or rad.group(2))
    unit = ang.group(2) or ang.group(4) or ""
    if a is None or r is None:
        return None
    if "°" in unit:
        a = a * sp.pi / 180
    want = "area" if p.has("面积", "area") else ("arc" if p.has("弧长", "arc length") else None)
    if want is None or p.has("周长", "perimeter"):
        return None
    return Match([f"α = {plain(a)}", f"r = {plain(r)}"], want, {"a": a, "r": r, "want": want, "deg": "°" in unit}, 0.9)


def _sector_ref(d: dict) -> tuple[str, str]:
    """Independent: the fraction of the whole circle."""
    frac = d["a"] / (2 * sp.pi)
    v = frac * sp.pi * d["r"] ** 2 if d["want"] == "area" else frac * 2 * sp.pi * d["r"]
    return (plain(sp.nsimplify(v)),) * 2


def _radian_formula(chain: Chain, d: dict) -> None:
    a, r = d["a"], d["r"]
    arc = sp.nsimplify(a * r)
    chain.ask(("弧长公式 $l=|\\alpha|r$（$\\alpha$ 用弧度），弧长是多少？", "Arc length $l=|\\alpha|r$ (α in radians): what is it?"), (f"$l={tex(arc)}$",) * 2,
              f"({plain(a)})*({plain(r)}) = {plain(arc)}", kps=["trig.radian"], hints=[("角度先化成弧度。", "Convert degrees to radians first.")])
    if d["want"] == "area":
        area = sp.nsimplify(arc * r / 2)
        chain.ask(("扇形面积 $S=\\frac12 lr$ 是多少？", "The sector area $S=\\frac12 lr$?"), (f"$S={tex(area)}$",) * 2,
                  f"1/2*({plain(arc)})*({plain(r)}) = {plain(area)}", kps=["trig.radian"], hints=[("也等于 $\\frac12\\alpha r^2$。", "It also equals $\\frac12\\alpha r^2$.")])
        chain.done((dollar(area),) * 2, _sector_ref(d))
    else:
        chain.done((dollar(arc),) * 2, _sector_ref(d))


def _fraction_of_circle(chain: Chain, d: dict) -> None:
    a, r = d["a"], d["r"]
    frac = sp.nsimplify(a / (2 * sp.pi))
    chain.ask(("扇形占整个圆的几分之几？", "What fraction of the whole circle is the sector?"), (f"$\\frac{{\\alpha}}{{2\\pi}}={tex(frac)}$",) * 2,
              f"({plain(a)})/(2*pi) = {plain(frac)}", kps=["trig.radian"], hints=[("整圆的圆心角是 $2\\pi$。", "A full turn is 2π.")])
    whole = sp.pi * r**2 if d["want"] == "area" else 2 * sp.pi * r
    v = sp.nsimplify(frac * whole)
    chain.ask((f"用整圆的{'面积' if d['want'] == 'area' else '周长'}乘以这个比例。", f"Multiply the circle's {'area' if d['want'] == 'area' else 'circumference'} by that fraction."),
              (f"${tex(v)}$",) * 2, f"({plain(frac)})*({plain(whole)}) = {plain(v)}", kps=["trig.radian"],
              hints=[("圆面积 $\\pi r^2$，周长 $2\\pi r$。", "Area πr², circumference 2πr.")])
    chain.done((dollar(v),) * 2, _sector_ref(d))


register(Solver("trig.sector", "trigonometry", detect_sector, (
    Method(("弧度制公式", "Radian formulas"), _radian_formula),
    Method(("按整圆的比例", "As a fraction of the circle"), _fraction_of_circle),
), ("trig.radian",), priority=54, answers=frozenset({"area", "arc"})))

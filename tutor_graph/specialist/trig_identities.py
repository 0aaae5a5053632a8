"""Trigonometric identities in use: sin α ± cos α given (square, and the interval fixes the sign) and a value
by splitting the angle (配角: α = (α+c) − c). Reduction formulas are in `trig_reduction.py`."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, interval_text, plain, tex
from tutor_graph.specialist.types.trigonometry.common import trig_tex

_VARS = {"α": "alpha", "β": "beta", "θ": "theta", "φ": "phi"}
_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_INTERVAL = re.compile(r"([αβθφ])\s*∈\s*([(\[])\s*([^,]+?)\s*,\s*([^\]]*?[^\s\]])\s*([)\]])(?=[\s.,;]|$)")


def _symbol(var: str) -> sp.Symbol:
    return sp.Symbol(_VARS.get(var, var), real=True)


def _interval(p: Problem, var: str) -> sp.Interval | None:
    """The stated range of the angle (`α ∈ (0, π)`), or None."""
    found = [m for m in _INTERVAL.finditer(p.text) if m.group(1) == var]
    if len(found) != 1:
        return None
    m = found[0]
    lo, hi = try_expr(m.group(3).replace("°", "*π/180")), try_expr(m.group(4).replace("°", "*π/180"))
    if lo is None or hi is None or lo.free_symbols or hi.free_symbols or not lo < hi:
        return None
    return sp.Interval(lo, hi, m.group(2) == "(", m.group(5) == ")")


# -- sin α ± cos α given --------------------------------------------------------------------------------------
def detect_sum_given(p: Problem) -> Match | None:
    for frag in p.fragments:
        rel = try_relation(frag)
        if rel is None or rel[1] != "=" or rel[2].free_symbols or len(rel[0].free_symbols) != 1:
            continue
        lhs, k = rel[0], rel[2]
        a = next(iter(lhs.free_symbols))
        s_coef, c_coef = lhs.coeff(sp.sin(a)), lhs.coeff(sp.cos(a))
        if s_coef != 1 or c_coef not in (1, -1) or sp.expand(lhs - sp.sin(a) - c_coef * sp.cos(a)) != 0:
            continue
        var = next(v for v, n in _VARS.items() if n == a.name) if a.name in _VARS.values() else None
        iv = _interval(p, var) if var else None
        if iv is None or not 0 < abs(k) < sp.sqrt(2):
            return None
        other = sp.sin(a) - c_coef * sp.cos(a)
        targets = [f for f in p.fragments if f != frag and (e := try_expr(f)) is not None and e.free_symbols == {a}]
        if len(targets) != 1:
            return None
        target = try_expr(targets[0])
        if sp.expand(target - other) == 0 or sp.expand(target + other) == 0:
            kind = "other"
        elif sp.expand(target - sp.sin(a) * sp.cos(a)) == 0:
            kind = "product"
        else:
            return None
        pairs = _pairs(k, int(c_coef))
        inside = [(x, y) for x, y in pairs if _angle_in(sp.atan2(x, y), iv)]
        if len(inside) != 1 or 0 in inside[0]:
            return None  # the interval does not single out one angle's sine and cosine (or α is on an axis)
        return Match([frag, f"{var} ∈ {interval_text(iv, latex=False)}"], targets[0], {"a": a, "var": var, "c": int(c_coef), "k": k, "iv": iv,
                     "target": target, "kind": kind, "sin": inside[0][0], "cos": inside[0][1]}, 0.9)
    return None


def _pairs(k: sp.Expr, c: int) -> list[tuple[sp.Expr, sp.Expr]]:
    """(sin, cos) with sin + c·cos = k on the unit circle."""
    s = sp.Symbol("s", real=True)
    return [(r, sp.radsimp((k - r) / c)) for r in sp.solve(s**2 + ((k - s) / c)**2 - 1, s)]


def _angle_in(angle: sp.Expr, iv: sp.Interval) -> bool:
    """Is some angle + 2kπ in the interval? (numeric: the ends are simple multiples of π)"""
    lo, hi, t = float(iv.start), float(iv.end), float(angle)
    k = math.ceil((lo - t) / (2 * math.pi))
    return any(float(iv.start) < t + 2 * math.pi * j < float(iv.end) for j in (k - 1, k, k + 1)) and hi > lo


def _sum_ref(d: dict) -> tuple[str, str]:
    """Independent: the auxiliary angle, sin α + c·cos α = √2 sin(α + c·π/4), gives α by arcsine; keep the one
    in the interval and evaluate the target at it."""
    shift, r = d["c"] * sp.pi / 4, sp.asin(d["k"] / sp.sqrt(2))
    values = set()
    for base in (r - shift, sp.pi - r - shift):
        if _angle_in(base, d["iv"]):
            values.add(sp.nsimplify(sp.radsimp(sp.simplify(sp.expand_trig(d["target"].subs(d["a"], base))))))
    return (plain(values.pop()),) * 2 if len(values) == 1 else ("", "")


def _sc(d: dict) -> tuple[str, str]:
    sign = "+" if d["c"] > 0 else "-"
    a = tex(d["a"])
    return f"\\sin{a}{sign}\\cos{a}", f"sin {d['var']} {sign} cos {d['var']}"


def _square(chain: Chain, d: dict) -> None:
    a, c, k, v = d["a"], d["c"], d["k"], d["var"]
    given_tex, given = _sc(d)
    two_sc = c * (k**2 - 1)  # (sin + c cos)^2 = 1 + 2c sin cos
    chain.ask((f"把已知式两边平方，$2\\sin{tex(a)}\\cos{tex(a)}$ 等于多少？", f"Square the given equation. What is $2\\sin{tex(a)}\\cos{tex(a)}$?"),
              (f"$1{'+' if c > 0 else '-'}2\\sin{tex(a)}\\cos{tex(a)}={tex(k**2)}$，$2\\sin{tex(a)}\\cos{tex(a)}={tex(two_sc)}$",) * 2,
              f"{given} = {plain(k)} ⇒ 2 sin {v} cos {v} = {plain(two_sc)}", kps=["trig.pythagorean"],
              hints=[("$(\\sin\\alpha\\pm\\cos\\alpha)^2=1\\pm2\\sin\\alpha\\cos\\alpha$。", "$(\\sin\\alpha\\pm\\cos\\alpha)^2=1\\pm2\\sin\\alpha\\cos\\alpha$.")])
    if d["kind"] == "product":
        value = two_sc / 2
        chain.ask((f"$\\sin{tex(a)}\\cos{tex(a)}$ 等于多少？", f"So what is $\\sin{tex(a)}\\cos{tex(a)}$?"), (f"${tex(value)}$",) * 2,
                  f"({plain(two_sc)})/2 = {plain(value)}", kps=["trig.pythagorean"], hints=[("除以 2。", "Halve it.")])
        chain.done((dollar(value),) * 2, _sum_ref(d))
        return
    other_sq = 1 - c * two_sc
    other = sp.sin(a) - c * sp.cos(a)
    chain.ask((f"$({trig_tex(other)})^2$ 等于多少？", f"What is $({trig_tex(other)})^2$?"),
              (f"$1{'-' if c > 0 else '+'}2\\sin{tex(a)}\\cos{tex(a)}={tex(other_sq)}$",) * 2,
              f"1 - ({plain(c * two_sc)}) = {plain(other_sq)}", kps=["trig.pythagorean"],
              hints=[("平方展开后用 $\\sin^2\\alpha+\\cos^2\\alpha=1$。", "Expand and use $\\sin^2\\alpha+\\cos^2\\alpha=1$.")])
    sin_pos, cos_pos = bool(d["sin"] > 0), bool(d["cos"] > 0)
    value = sp.sqrt(other_sq) * sp.sign(d["target"].subs({sp.sin(a): d["sin"], sp.cos(a): d["cos"]}))
    where = ("$\\sin{0}{1}0$，$\\cos{0}{2}0$".format(tex(a), ">" if sin_pos else "<", ">" if cos_pos else "<"))
    chain.ask((f"开方取正还是负？结合 ${tex(a)}\\in{tex(d['iv'])}$ 和 $\\sin{tex(a)}\\cos{tex(a)}$ 的符号判断。",
               f"Which sign for the root? Use ${tex(a)}\\in{tex(d['iv'])}$ and the sign of $\\sin{tex(a)}\\cos{tex(a)}$."),
              (f"$\\sin{tex(a)}\\cos{tex(a)}{'<' if two_sc < 0 else '>'}0$，所以 {where}，所求 $={tex(value)}$",
               f"$\\sin{tex(a)}\\cos{tex(a)}{'<' if two_sc < 0 else '>'}0$, so {where.replace('，', ', ')}; the value is ${tex(value)}$"),
              f"({plain(value)})^2 = {plain(other_sq)}", kps=["trig.definition"],
              hints=[("在给定区间里，乘积的符号决定了角所在的象限。", "Within the interval, the sign of the product fixes the quadrant.")])
    chain.done((dollar(value),) * 2, _sum_ref(d))


def _solve_system(chain: Chain, d: dict) -> None:
    a, c, k = d["a"], d["c"], d["k"]
    s, cc = sp.symbols("s c", real=True)
    roots = sp.solve(s**2 + ((k - s) / c)**2 - 1, s)
    pairs = [(r, sp.radsimp((k - r) / c)) for r in roots]
    chain.ask((f"设 $s=\\sin{tex(a)}$，$c=\\cos{tex(a)}$，由已知式与 $s^2+c^2=1$ 联立，解出 $s,c$。",
               f"Let $s=\\sin{tex(a)}$, $c=\\cos{tex(a)}$. Solve the given equation together with $s^2+c^2=1$."),
              (" 或 ".join(f"$s={tex(x)},c={tex(y)}$" for x, y in pairs), " or ".join(f"$s={tex(x)}, c={tex(y)}$" for x, y in pairs)),
              f"s {'+' if c > 0 else '-'} c = {plain(k)}, s^2 + c^2 = 1 ⇒ " + " 或 ".join(f"s = {plain(x)}, c = {plain(y)}" for x, y in pairs),
              kps=["trig.pythagorean", "quad.equation"], hints=[("代入消元，得到关于 $s$ 的一元二次方程。", "Substitute to get a quadratic in $s$.")])
    keep = [(x, y) for x, y in pairs if bool(x > 0) == bool(d["sin"] > 0) and bool(y > 0) == bool(d["cos"] > 0)]
    if len(keep) != 1:
        raise ValueError("the signs do not single out one pair")
    x, y = keep[0]
    value = sp.radsimp(sp.expand(d["target"].subs({sp.sin(a): x, sp.cos(a): y})))
    chain.ask((f"哪一组符合 ${tex(a)}\\in{tex(d['iv'])}$？代入求值。", f"Which pair fits ${tex(a)}\\in{tex(d['iv'])}$? Evaluate."),
              (f"取 $\\sin{tex(a)}={tex(x)}$，$\\cos{tex(a)}={tex(y)}$，所求 $={tex(value)}$",
               f"Take $\\sin{tex(a)}={tex(x)}$, $\\cos{tex(a)}={tex(y)}$: the value is ${tex(value)}$"),
              f"{plain(d['target'].subs({sp.sin(a): sp.Symbol('(' + plain(x) + ')'), sp.cos(a): sp.Symbol('(' + plain(y) + ')')}))} = {plain(value)}",
              kps=["trig.definition"], hints=[("看区间内正弦、余弦的符号。", "Check the signs of sine and cosine on the interval.")])
    chain.done((dollar(value),) * 2, _sum_ref(d))


register(Solver("trig.sum_given", "trigonometry", detect_sum_given, (
    Method(("平方后整体求值", "Square and work with the whole expression"), _square),
    Method(("解方程组求出正弦、余弦", "Solve for the sine and cosine"), _solve_system),
), ("trig.pythagorean",), priority=56, answers=frozenset({"trig", "expr"})))


# -- a value by splitting the angle (配角) ------------------------------------------------------------------
def detect_split_angle(p: Problem) -> Match | None:
    for frag in p.fragments:
        # read the call from the text: SymPy rewrites sin(θ − π/6) as −cos(θ + π/3)
        m = re.fullmatch(r"\s*(sin|cos)\s*\((.+)\)\s*=\s*([^=]+)", frag)
        arg, k = (try_expr(m.group(2)), try_expr(m.group(3))) if m else (None, None)
        if arg is None or k is None or k.free_symbols or len(arg.free_symbols) != 1:
            continue
        f = _FUNCS[m.group(1)]
        if not -1 < k < 1 or k == 0:
            return None
        a = next(iter(arg.free_symbols))
        shift = sp.expand(arg - a)
        if shift.free_symbols or shift == 0 or not (shift / (sp.pi / 12)).is_integer or (shift / (sp.pi / 2)).is_integer:
            return None
        var = next((v for v, n in _VARS.items() if n == a.name), None)
        iv = _interval(p, var) if var else None
        targets = [e for g in p.fragments if g != frag and (e := try_expr(g)) is not None and e.free_symbols == {a}]
        if iv is None or len(targets) != 1 or targets[0] not in (sp.sin(a), sp.cos(a)):
            return None
        x, y = sp.symbols("x y", real=True)  # sin α, cos α
        lin = sp.expand(sp.expand_trig(f(arg)).subs({sp.sin(a): x, sp.cos(a): y}))
        pairs = [(sp.expand(sol[x]), sp.expand(sol[y])) for sol in sp.solve([lin - k, x**2 + y**2 - 1], [x, y], dict=True)]
        inside = [(u, w) for u, w in pairs if _angle_in(sp.atan2(u, w), iv)]
        if len(inside) != 1:
            return None
        return Match([frag, f"{var} ∈ {interval_text(iv, latex=False)}"], plain(targets[0]),
                     {"a": a, "var": var, "f": f, "shift": shift, "k": k, "iv": iv, "target": targets[0], "sin": inside[0][0],
                      "cos": inside[0][1], "lin": lin}, 0.9)
    return None


def _split_ref(d: dict) -> tuple[str, str]:
    """Independent: the inverse function gives α + c, shifted back; keep the angle in the interval."""
    inv = sp.asin(d["k"]) if d["f"] == sp.sin else sp.acos(d["k"])
    values = set()
    for beta in ((inv, sp.pi - inv) if d["f"] == sp.sin else (inv, -inv)):
        if _angle_in(beta - d["shift"], d["iv"]):
            values.add(sp.nsimplify(sp.radsimp(sp.simplify(sp.expand_trig(d["target"].subs(d["a"], beta - d["shift"]))))))
    return (plain(values.pop()),) * 2 if len(values) == 1 else ("", "")


def _other_sign_fixed(d: dict) -> bool:
    """配角 needs the co-ratio of α + c to keep one sign on the whole range of α + c."""
    lo, hi = float(d["iv"].start + d["shift"]), float(d["iv"].end + d["shift"])
    zeros_at = 0.0 if d["f"] == sp.cos else math.pi / 2  # sin is 0 at mπ; cos is 0 at π/2 + mπ
    m = math.ceil((lo - zeros_at) / math.pi)
    return not (zeros_at + m * math.pi < hi - 1e-12 and zeros_at + m * math.pi > lo + 1e-12)


def _by_splitting(chain: Chain, d: dict) -> None:
    a, c, k, f = d["a"], d["shift"], d["k"], d["f"]
    b = a + c
    fn, other = ("sin", "cos") if f == sp.sin else ("cos", "sin")
    lo, hi = d["iv"].start + c, d["iv"].end + c
    chain.ask((f"把 ${tex(a)}$ 用已知角 ${tex(b)}$ 表示。", f"Write ${tex(a)}$ through the known angle ${tex(b)}$."),
              (f"${tex(a)}=({tex(b)})-{tex(c)}$" if c > 0 else f"${tex(a)}=({tex(b)})+{tex(-c)}$",) * 2,
              f"{plain(a)} = ({plain(b)}) - ({plain(c)})", kps=["trig.sum_difference"],
              hints=[("配角：所求角 = 已知角 − 常数角。", "Split the angle: the asked angle is the known angle minus a constant.")])
    beta0 = sp.atan2(d["sin"], d["cos"]) + c
    ov = sp.radsimp((sp.cos if other == "cos" else sp.sin)(beta0))
    ov = sp.nsimplify(sp.radsimp(sp.simplify(ov)))
    chain.ask((f"${tex(b)}$ 在什么范围？求 $\\{other}({tex(b)})$。", f"Where does ${tex(b)}$ lie? Find $\\{other}({tex(b)})$."),
              (f"${tex(b)}\\in({tex(lo)},{tex(hi)})$，$\\{other}({tex(b)}){'>' if ov > 0 else '<'}0$，$\\{other}({tex(b)})={tex(ov)}$",
               f"${tex(b)}\\in({tex(lo)},{tex(hi)})$, so $\\{other}({tex(b)}){'>' if ov > 0 else '<'}0$ and $\\{other}({tex(b)})={tex(ov)}$"),
              f"({plain(k)})^2 + ({plain(ov)})^2 = 1", kps=["trig.pythagorean", "trig.definition"],
              hints=[("先定范围，再定符号，最后用平方关系。", "Range first, then the sign, then the Pythagorean identity.")])
    s_b, c_b = (k, ov) if fn == "sin" else (ov, k)
    if d["target"] == sp.cos(a):  # cos(β − c) = cos β cos c + sin β sin c
        value, shown = c_b * sp.cos(c) + s_b * sp.sin(c), f"({plain(c_b)})*cos({plain(c)}) + ({plain(s_b)})*sin({plain(c)})"
        formula = "cos(β−c)=cos β cos c+sin β sin c"
    else:  # sin(β − c) = sin β cos c − cos β sin c
        value, shown = s_b * sp.cos(c) - c_b * sp.sin(c), f"({plain(s_b)})*cos({plain(c)}) - ({plain(c_b)})*sin({plain(c)})"
        formula = "sin(β−c)=sin β cos c−cos β sin c"
    value = sp.nsimplify(sp.radsimp(value))
    chain.ask((f"用两角差公式（{formula}）计算 ${trig_tex(d['target'])}$。", f"Use the difference formula ({formula}) to compute ${trig_tex(d['target'])}$."),
              (f"${trig_tex(d['target'])}={tex(value)}$",) * 2, f"{shown} = {plain(value)}", kps=["trig.sum_difference"],
              hints=[("代入特殊角的正弦、余弦值。", "Put in the special values of sine and cosine.")])
    chain.done((dollar(value),) * 2, _split_ref(d))


def _by_expanding(chain: Chain, d: dict) -> None:
    a, k, lin = d["a"], d["k"], d["lin"]
    x, y = sp.symbols("x y", real=True)
    shown = lin.subs({x: sp.Symbol("s"), y: sp.Symbol("c")})
    chain.ask((f"设 $s=\\sin{tex(a)}$，$c=\\cos{tex(a)}$，把已知式用两角和公式展开。",
               f"Let $s=\\sin{tex(a)}$, $c=\\cos{tex(a)}$. Expand the given with the angle-sum formula."),
              (f"${tex(shown)}={tex(k)}$",) * 2, f"{d['f'].__name__}({plain(a + d['shift'])}) = {plain(lin.subs({x: sp.sin(a), y: sp.cos(a)}))}",
              kps=["trig.sum_difference"], hints=[("特殊角的正弦、余弦是常数。", "The special angle's sine and cosine are numbers.")])
    pairs = [(sp.expand(sol[x]), sp.expand(sol[y])) for sol in sp.solve([lin - k, x**2 + y**2 - 1], [x, y], dict=True)]
    s_, c_ = sp.Symbol("s", real=True), sp.Symbol("c", real=True)
    chain.ask(("与 $s^2+c^2=1$ 联立，解出 $s,c$。", "Solve together with $s^2+c^2=1$."),
              (" 或 ".join(f"$s={tex(u)},c={tex(w)}$" for u, w in pairs), " or ".join(f"$s={tex(u)}, c={tex(w)}$" for u, w in pairs)),
              f"{plain(shown.subs({sp.Symbol('s'): s_, sp.Symbol('c'): c_}))} = {plain(k)}, s^2 + c^2 = 1 ⇒ "
              + " 或 ".join(f"s = {plain(u)}, c = {plain(w)}" for u, w in pairs),
              kps=["trig.pythagorean", "quad.equation"], hints=[("代入消元，得到一元二次方程。", "Substitute to get a quadratic.")])
    value = d["sin"] if d["target"] == sp.sin(a) else d["cos"]
    chain.ask((f"哪一组符合 ${tex(a)}\\in{tex(d['iv'])}$？", f"Which pair fits ${tex(a)}\\in{tex(d['iv'])}$?"),
              (f"$\\sin{tex(a)}={tex(d['sin'])}$，$\\cos{tex(a)}={tex(d['cos'])}$", f"$\\sin{tex(a)}={tex(d['sin'])}$, $\\cos{tex(a)}={tex(d['cos'])}$"),
              f"({plain(d['sin'])})^2 + ({plain(d['cos'])})^2 = 1", kps=["trig.definition"],
              hints=[("看区间里正弦、余弦的符号。", "Check the signs on the interval.")])
    chain.done((dollar(value),) * 2, _split_ref(d))


register(Solver("trig.split_angle", "trigonometry", detect_split_angle, (
    Method(("配角法", "Express α through the known angle"), _by_splitting, _other_sign_fixed),
    Method(("展开后解方程组", "Expand, then solve a system"), _by_expanding),
), ("trig.sum_difference",), priority=56, answers=frozenset({"trig"})))

"""配角求值 / A value by splitting the angle: sin(α+c) or cos(α+c) given with α's range, sin α or cos α asked."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import angle_in, angle_interval, letter_of, trig_tex

_FUNCS = {"sin": sp.sin, "cos": sp.cos}
_GIVEN = re.compile(r"\s*(sin|cos)\s*\((.+)\)\s*=\s*([^=]+)")
_X, _Y = sp.symbols("x y", real=True)  # sin α, cos α


@dataclass(frozen=True)
class SplitAngle:
    """func(a + shift) = k with a in iv; target sin a or cos a; (sin, cos) the pair the range keeps; lin the
    given expanded in x = sin a, y = cos a."""

    a: sp.Symbol
    var: str
    func: str
    shift: sp.Expr
    k: sp.Expr
    iv: sp.Interval
    target: sp.Expr
    sin: sp.Expr
    cos: sp.Expr
    lin: sp.Expr
    frag: str


def detect(p: Problem) -> SplitAngle | None:
    """`已知 sin(α+π/3)=4/5，α∈(π/6,2π/3)，求 cosα` (the shift a multiple of π/12, not of π/2)."""
    for frag in p.fragments:
        # read the call from the text: SymPy rewrites sin(θ − π/6) as −cos(θ + π/3)
        m = _GIVEN.fullmatch(frag)
        arg, k = (try_expr(m.group(2)), try_expr(m.group(3))) if m else (None, None)
        if m is None or arg is None or k is None or k.free_symbols or len(arg.free_symbols) != 1:
            continue
        if not -1 < k < 1 or k == 0:
            return None
        a = next(iter(arg.free_symbols))
        shift = sp.expand(arg - a)
        if shift.free_symbols or shift == 0 or not (shift / (sp.pi / 12)).is_integer or (shift / (sp.pi / 2)).is_integer:
            return None
        var = letter_of(a)
        iv = angle_interval(p.text, var) if var else None
        targets = [e for g in p.fragments if g != frag and (e := try_expr(g)) is not None and e.free_symbols == {a}]
        if var is None or iv is None or len(targets) != 1 or targets[0] not in (sp.sin(a), sp.cos(a)):
            return None
        lin = sp.expand(sp.expand_trig(_FUNCS[m.group(1)](arg)).subs({sp.sin(a): _X, sp.cos(a): _Y}))
        pairs = [(sp.expand(sol[_X]), sp.expand(sol[_Y]))
                 for sol in sp.solve([lin - k, _X**2 + _Y**2 - 1], [_X, _Y], dict=True)]
        inside = [(u, w) for u, w in pairs if angle_in(sp.atan2(u, w), iv)]
        if len(inside) != 1:
            return None
        return SplitAngle(a, var, m.group(1), shift, k, iv, targets[0], inside[0][0], inside[0][1], lin, frag)
    return None


def _other_sign_fixed(d: SplitAngle) -> bool:
    """配角 needs the co-ratio of α + c to keep one sign on the whole range of α + c."""
    lo, hi = float(d.iv.start + d.shift), float(d.iv.end + d.shift)
    zeros_at = 0.0 if d.func == "cos" else math.pi / 2  # sin is 0 at mπ; cos is 0 at π/2 + mπ
    m = math.ceil((lo - zeros_at) / math.pi)
    return not lo + 1e-12 < zeros_at + m * math.pi < hi - 1e-12


def values(d: SplitAngle) -> Values:
    """The split, the co-ratio of the known angle, the difference formula; and the expanded system."""
    a, c, k = d.a, d.shift, d.k
    b = a + c
    other = "cos" if d.func == "sin" else "sin"
    lo, hi = d.iv.start + c, d.iv.end + c
    beta0 = sp.atan2(d.sin, d.cos) + c
    ov = sp.nsimplify(sp.radsimp(sp.simplify(sp.radsimp((sp.cos if other == "cos" else sp.sin)(beta0)))))
    s_b, c_b = (k, ov) if d.func == "sin" else (ov, k)
    if d.target == sp.cos(a):  # cos(β − c) = cos β cos c + sin β sin c
        value = c_b * sp.cos(c) + s_b * sp.sin(c)
        shown = f"({plain(c_b)})*cos({plain(c)}) + ({plain(s_b)})*sin({plain(c)})"
        formula = "\\cos(\\beta-c)=\\cos\\beta\\cos c+\\sin\\beta\\sin c"
    else:  # sin(β − c) = sin β cos c − cos β sin c
        value = s_b * sp.cos(c) - c_b * sp.sin(c)
        shown = f"({plain(s_b)})*cos({plain(c)}) - ({plain(c_b)})*sin({plain(c)})"
        formula = "\\sin(\\beta-c)=\\sin\\beta\\cos c-\\cos\\beta\\sin c"
    value = sp.nsimplify(sp.radsimp(value))
    pairs = [(sp.expand(sol[_X]), sp.expand(sol[_Y]))
             for sol in sp.solve([d.lin - k, _X**2 + _Y**2 - 1], [_X, _Y], dict=True)]
    s_sym, c_sym = sp.Symbol("s"), sp.Symbol("c")
    s_, c_ = sp.Symbol("s", real=True), sp.Symbol("c", real=True)
    expanded = d.lin.subs({_X: s_sym, _Y: c_sym})
    final = d.sin if d.target == sp.sin(a) else d.cos
    return {
        "a": tex(a), "b": tex(b), "c": tex(abs(c)), "op": "-" if c > 0 else "+", "func": d.func, "other": other,
        "iv": tex(d.iv), "range": f"({tex(lo)},{tex(hi)})", "ov": tex(ov), "ov_sign": ">" if ov > 0 else "<",
        "target": trig_tex(d.target), "formula": formula, "value": tex(value), "final": tex(final),
        "sign_fixed": _other_sign_fixed(d), "expanded": tex(expanded), "k": tex(k),
        "pairs": " 或 ".join(f"$s={tex(u)},c={tex(w)}$" for u, w in pairs),
        "pairs_en": " or ".join(f"$s={tex(u)}, c={tex(w)}$" for u, w in pairs),
        "sin_v": tex(d.sin), "cos_v": tex(d.cos),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "split_claim": f"{plain(a)} = ({plain(b)}) - ({plain(c)})",
        "co_claim": f"({plain(k)})^2 + ({plain(ov)})^2 = 1",
        "diff_claim": f"{shown} = {plain(value)}",
        "expand_claim": f"{d.func}({plain(b)}) = {plain(d.lin.subs({_X: sp.sin(a), _Y: sp.cos(a)}))}",
        "system_claim": f"{plain(expanded.subs({s_sym: s_, c_sym: c_}))} = {plain(k)}, s^2 + c^2 = 1 ⇒ "
                        + " 或 ".join(f"s = {plain(u)}, c = {plain(w)}" for u, w in pairs),
        "pair_claim": f"({plain(d.sin)})^2 + ({plain(d.cos)})^2 = 1",
    }


def reference(d: SplitAngle) -> str:
    """Independent: the inverse function gives α + c, shifted back; keep the angle in the interval."""
    inv = sp.asin(d.k) if d.func == "sin" else sp.acos(d.k)
    found = set()
    for beta in ((inv, sp.pi - inv) if d.func == "sin" else (inv, -inv)):
        if angle_in(beta - d.shift, d.iv):
            found.add(sp.nsimplify(sp.radsimp(sp.simplify(sp.expand_trig(d.target.subs(d.a, beta - d.shift))))))
    return plain(found.pop()) if len(found) == 1 else ""


TYPE: ProblemType[SplitAngle] = ProblemType(
    type_id="trig.split_angle", module="trigonometry", name="split_angle", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.frag, f"{d.var} ∈ {interval_text(d.iv, latex=False)}"],
    goal=lambda d: plain(d.target), answers=frozenset({"trig"}),
)

"""Trigonometry: special-angle values (reduction formulas / unit circle / sum and half-angle formulas).
Values from one given ratio are in `trig_ratios.py`, periods and extremes in `trig_sinusoid.py`."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_ANGLE = re.compile(r"\b(sin|cos|tan)\s*\(?\s*(-?[\d.]+\s*°|-?[\d.]*\s*\*?\s*π\s*(?:/\s*\d+)?|-?\(\(?[\d]*π\)?\)?/\(?\d+\)?)\s*\)?")


def _deg(angle: sp.Expr) -> sp.Expr:
    return sp.nsimplify(angle * 180 / sp.pi)


def angle_tex(angle: sp.Expr, degrees: bool) -> str:
    return f"{tex(_deg(angle))}^\\circ" if degrees else tex(angle)


def _claim_angle(angle: sp.Expr, degrees: bool) -> str:
    return f"{plain(_deg(angle))}°" if degrees else f"({plain(angle)})"


# -- evaluating special angles --------------------------------------------------------------------------
def detect_value(p: Problem) -> Match | None:
    if not p.has("求", "计算", "值", "find", "compute", "evaluate", "value"):
        return None
    if p.has("已知", "given", "若", "if ", "△", "triangle", "函数", "function", "f(x)", "周期", "period"):
        return None
    frags = [f for f in p.fragments if re.search(r"sin|cos|tan", f) and "=" not in f
             and not re.search(r"[a-zα-ορ-ω](?![a-z])", re.sub(r"sin|cos|tan|sqrt", "", f))]
    if len(frags) != 1:
        return None
    text = frags[0]
    e = try_expr(text)
    if e is None or e.free_symbols:
        return None
    calls = [(m.group(1), try_expr(m.group(2))) for m in _ANGLE.finditer(text)]
    if not calls or any(a is None for _, a in calls):
        return None
    value = sp.radsimp(sp.simplify(e))
    if value.has(sp.sin, sp.cos, sp.tan):
        return None
    degrees = "°" in text
    return Match([text], "value", {"text": text, "calls": calls, "value": value, "degrees": degrees}, 0.9)


def _reduce(func: str, angle: sp.Expr) -> tuple[int, sp.Expr, str]:
    """Reduction formula: func(angle) = sign * g(ref) with ref in [0, 90°]."""
    a = sp.Mod(angle, 2 * sp.pi)
    if a <= sp.pi / 2:
        return 1, a, func
    if a <= sp.pi:
        ref = sp.pi - a
        return (1 if func == "sin" else -1), ref, func
    if a <= 3 * sp.pi / 2:
        ref = a - sp.pi
        return (1 if func == "tan" else -1), ref, func
    ref = 2 * sp.pi - a
    return (1 if func == "cos" else -1), ref, func


def _special(angle: sp.Expr) -> bool:
    return (_deg(angle) % 15 == 0) if _deg(angle).is_Rational else False


def _reduction(chain: Chain, d: dict) -> None:
    deg = d["degrees"]
    values = []
    for func, angle in d["calls"]:
        sign, ref, g = _reduce(func, angle)
        value = _FUNCS[func](angle)
        values.append(value)
        if ref != sp.Mod(angle, 2 * sp.pi) or angle != ref:
            chain.ask((f"用诱导公式把 $\\{func} {angle_tex(angle, deg)}$ 化成锐角的三角函数。",
                       f"Use a reduction formula to turn $\\{func} {angle_tex(angle, deg)}$ into a function of an acute angle."),
                      (f"$\\{func} {angle_tex(angle, deg)}={'-' if sign < 0 else ''}\\{g} {angle_tex(ref, deg)}$",) * 2,
                      f"{func} {_claim_angle(angle, deg)} = {'-' if sign < 0 else ''}{g} {_claim_angle(ref, deg)}",
                      kps=["trig.induction_formulas"],
                      hints=[("先确定角的终边在第几象限。", "First decide which quadrant the terminal side lies in."),
                             ("“奇变偶不变，符号看象限”。", "Odd multiples of 90° swap sin and cos; the sign follows the quadrant.")])
        chain.ask((f"$\\{func} {angle_tex(angle, deg)}$ 的值是多少？", f"What is $\\{func} {angle_tex(angle, deg)}$?"),
                  (f"${tex(value)}$",) * 2, f"{func} {_claim_angle(angle, deg)} = {plain(value)}", kps=["trig.definition"],
                  hints=[("记住 30°、45°、60° 的三角函数值。", "Recall the values at 30°, 45° and 60°.")])
    if len(values) > 1:
        total = sp.nsimplify(d["value"])
        chain.ask(("把各项代入原式，结果是多少？", "Put the values into the expression. What is the result?"),
                  (f"${tex(total)}$",) * 2, f"{d['text']} = {plain(total)}", kps=["trig.definition"],
                  hints=[("按运算顺序计算。", "Follow the order of operations.")])
    answer = dollar(d["value"])
    chain.done((answer, answer), (plain(d["value"]),) * 2)


def _unit_circle(chain: Chain, d: dict) -> None:
    deg = d["degrees"]
    (func, angle), = d["calls"]
    point = (sp.cos(angle), sp.sin(angle))
    chain.ask((f"${angle_tex(angle, deg)}$ 的终边与单位圆的交点坐标是什么？", f"Where does the terminal side of ${angle_tex(angle, deg)}$ meet the unit circle?"),
              (f"$({tex(point[0])}, {tex(point[1])})$",) * 2,
              f"cos {_claim_angle(angle, deg)} = {plain(point[0])} 且 sin {_claim_angle(angle, deg)} = {plain(point[1])}",
              kps=["trig.definition", "shape_number"],
              hints=[("画出角的终边，看它与坐标轴的夹角。", "Draw the terminal side and look at its angle with the axes."),
                     ("单位圆上点的坐标是 $(\\cos\\alpha, \\sin\\alpha)$。", "A point on the unit circle is $(\\cos\\alpha, \\sin\\alpha)$.")])
    value = _FUNCS[func](angle)
    how = {"sin": ("纵坐标", "the y-coordinate"), "cos": ("横坐标", "the x-coordinate"), "tan": ("纵坐标除以横坐标", "y divided by x")}[func]
    chain.ask((f"由三角函数的定义，$\\{func} {angle_tex(angle, deg)}$ 等于交点的什么？值是多少？",
               f"By definition, $\\{func} {angle_tex(angle, deg)}$ is which part of that point? What is its value?"),
              (f"{how[0]}：${tex(value)}$", f"{how[1]}: ${tex(value)}$"), f"{func} {_claim_angle(angle, deg)} = {plain(value)}",
              kps=["trig.definition"], hints=[("$\\sin$ 看纵坐标，$\\cos$ 看横坐标。", "sin is the y-coordinate, cos the x-coordinate.")])
    chain.done((dollar(value),) * 2, (plain(d["value"]),) * 2)


def _sum_formula(chain: Chain, d: dict) -> None:
    deg = d["degrees"]
    (func, angle), = d["calls"]
    a, b_abs, plus = _split_angle(angle)
    op = "+" if plus else "-"
    chain.ask((f"把 ${angle_tex(angle, deg)}$ 写成两个特殊角的和或差。", f"Write ${angle_tex(angle, deg)}$ as a sum or difference of special angles."),
              (f"${angle_tex(angle, deg)}={angle_tex(a, deg)}{op}{angle_tex(b_abs, deg)}$",) * 2,
              f"{plain(_deg(angle))}° = {plain(_deg(a))}° {op} {plain(_deg(b_abs))}°" if deg else f"{plain(angle)} = {plain(a)} {op} {plain(b_abs)}",
              kps=["trig.sum_difference"], hints=[("15° = 45° − 30°，75° = 45° + 30°。", "15° = 45° − 30°, 75° = 45° + 30°.")])
    if func == "sin":
        expansion = sp.sin(a) * sp.cos(b_abs) + (1 if plus else -1) * sp.cos(a) * sp.sin(b_abs)
        formula = f"\\sin {angle_tex(a, deg)}\\cos {angle_tex(b_abs, deg)}{op}\\cos {angle_tex(a, deg)}\\sin {angle_tex(b_abs, deg)}"
    elif func == "cos":
        expansion = sp.cos(a) * sp.cos(b_abs) - (1 if plus else -1) * sp.sin(a) * sp.sin(b_abs)
        formula = f"\\cos {angle_tex(a, deg)}\\cos {angle_tex(b_abs, deg)}{'-' if plus else '+'}\\sin {angle_tex(a, deg)}\\sin {angle_tex(b_abs, deg)}"
    else:
        raise ValueError("tan by the sum formula is left to the reduction method")
    value = sp.radsimp(sp.expand(expansion))
    chain.ask(("用两角和（差）的公式展开，代入特殊角的值，结果是多少？", "Expand with the sum/difference formula and substitute the special values. What is the result?"),
              (f"${formula}={tex(value)}$",) * 2, f"{func} {_claim_angle(angle, deg)} = {plain(value)}",
              kps=["trig.sum_difference"], hints=[("$\\sin(\\alpha\\pm\\beta)=\\sin\\alpha\\cos\\beta\\pm\\cos\\alpha\\sin\\beta$。", "$\\sin(\\alpha\\pm\\beta)=\\sin\\alpha\\cos\\beta\\pm\\cos\\alpha\\sin\\beta$.")])
    chain.done((dollar(value),) * 2, (plain(d["value"]),) * 2)


def _split_angle(angle: sp.Expr) -> tuple[sp.Expr, sp.Expr, bool]:
    """θ = a + b or a - b with a, b special angles (15° = 45° − 30°, 75° = 45° + 30°, …)."""
    special = [sp.pi * k / 180 for k in (45, 30, 60, 90, 120, 135, 150, 180)]
    for a in special:
        for b in special:
            if sp.simplify(a + b - angle) == 0 and a >= b:
                return a, b, True
    for a in special:
        for b in special:
            if sp.simplify(a - b - angle) == 0:
                return a, b, False
    raise ValueError("no split into special angles")


def _half_angle(chain: Chain, d: dict) -> None:
    deg = d["degrees"]
    (func, angle), = d["calls"]
    double = 2 * angle
    sign = 1 if _FUNCS[func](angle) > 0 else -1
    sq = (1 - sp.cos(double)) / 2 if func == "sin" else (1 + sp.cos(double)) / 2
    chain.ask((f"用二倍角公式，$\\{func}^2 {angle_tex(angle, deg)}$ 用 $\\cos {angle_tex(double, deg)}$ 怎样表示？值是多少？",
               f"By the double-angle formula, express $\\{func}^2 {angle_tex(angle, deg)}$ through $\\cos {angle_tex(double, deg)}$. What is its value?"),
              (f"$\\{func}^2 {angle_tex(angle, deg)}=\\frac{{1{'-' if func == 'sin' else '+'}\\cos {angle_tex(double, deg)}}}{{2}}={tex(sp.nsimplify(sq))}$",) * 2,
              f"({func} {_claim_angle(angle, deg)})^2 = {plain(sp.nsimplify(sq))}", kps=["trig.double_angle", "trig.power_reduction"],
              hints=[("$\\cos 2\\alpha=1-2\\sin^2\\alpha=2\\cos^2\\alpha-1$。", "$\\cos 2\\alpha=1-2\\sin^2\\alpha=2\\cos^2\\alpha-1$.")])
    value = sp.expand(sp.sqrtdenest(sp.sqrt(sp.nsimplify(sq)))) * sign
    chain.ask(("开平方（注意符号），再化简根式，结果是多少？", "Take the square root (mind the sign) and simplify. What is the result?"),
              (f"${tex(value)}$",) * 2, f"{func} {_claim_angle(angle, deg)} = {plain(value)}", kps=["trig.double_angle"],
              hints=[("$\\sqrt{\\frac{2-\\sqrt3}{4}}$ 可以化成 $\\frac{\\sqrt6-\\sqrt2}{4}$。", "$\\sqrt{\\frac{2-\\sqrt3}{4}}$ simplifies to $\\frac{\\sqrt6-\\sqrt2}{4}$.")])
    chain.done((dollar(value),) * 2, (plain(d["value"]),) * 2)


def _one_call(d):
    return len(d["calls"]) == 1


def _fifteen(d):
    return _one_call(d) and d["calls"][0][0] in ("sin", "cos") and _deg(d["calls"][0][1]) % 30 != 0 and _deg(d["calls"][0][1]) % 45 != 0 \
        and _deg(d["calls"][0][1]) % 15 == 0


register(Solver("trig.value", "trigonometry", detect_value, (
    Method(("两角和差公式", "Sum and difference formulas"), _sum_formula, _fifteen),
    Method(("二倍角（半角）公式", "Double-angle formula"), _half_angle, _fifteen),
    Method(("诱导公式", "Reduction formulas"), _reduction, lambda d: all(_special(a) and (_deg(a) % 30 == 0 or _deg(a) % 45 == 0) for _, a in d["calls"])),
    Method(("单位圆", "Unit circle"), _unit_circle, lambda d: _one_call(d) and (_deg(d["calls"][0][1]) % 30 == 0 or _deg(d["calls"][0][1]) % 45 == 0)),
), ("trig.induction_formulas",), priority=50, answers=frozenset({"trig"})))

"""Trigonometry: special-angle values (reduction formulas / unit circle / sum and half-angle formulas),
values from one given ratio (identities / a reference triangle), and the period and extremes of
A·sin(ωx+φ)+B after rewriting (auxiliary angle, double angle)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.simplify.fu import TR8

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import definition
from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, labelled, plain, tex

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
), ("trig.induction_formulas",), priority=50))


# -- values from one given ratio -------------------------------------------------------------------------
_GIVEN = re.compile(r"(sin|cos|tan)\s*([αβθx])\s*=\s*(-?\s*\(?[\d./()sqrt√]+\)?)")


def detect_given(p: Problem) -> Match | None:
    m = _GIVEN.search(p.text)
    if not m or not p.has("求", "find", "compute", "value", "值"):
        return None
    func, var, val = m.group(1), m.group(2), try_expr(m.group(3))
    if val is None or val.free_symbols or (func != "tan" and not -1 < val < 1):
        return None
    quadrant = None
    iv = re.search(r"∈\s*([(\[])\s*([^,]+?)\s*,\s*([^)\]]+?)\s*([)\]])", p.text)
    if iv:
        lo, hi = try_expr(iv.group(2).replace("°", "*π/180")), try_expr(iv.group(3).replace("°", "*π/180"))
        if lo is None or hi is None:
            return None
        mid = (lo + hi) / 2
        quadrant = int(sp.floor(sp.Mod(mid, 2 * sp.pi) / (sp.pi / 2))) + 1
    elif re.search(r"第\s*([一二三四])\s*象限", p.text):
        quadrant = "一二三四".index(re.search(r"第\s*([一二三四])\s*象限", p.text).group(1)) + 1
    elif re.search(r"(first|second|third|fourth) quadrant", p.lower):
        quadrant = ["first", "second", "third", "fourth"].index(re.search(r"(first|second|third|fourth) quadrant", p.lower).group(1)) + 1
    if quadrant is None:
        return None
    asked = [f for f in ("sin", "cos", "tan") if f != func and re.search(rf"{f}\s*{var}", p.text[m.end():])]
    if not asked:
        return None
    sym = sp.Symbol(var, real=True)
    s_val, c_val = _ratios(func, val, quadrant)
    if s_val is None:
        return None
    return Match([f"{func} {var} = {plain(val)}", f"quadrant {quadrant}"], ", ".join(f"{a} {var}" for a in asked),
                 {"func": func, "var": sym, "value": val, "quadrant": quadrant, "asked": asked, "sin": s_val, "cos": c_val}, 0.9)


def _ratios(func, val, q):
    sign_s = 1 if q in (1, 2) else -1
    sign_c = 1 if q in (1, 4) else -1
    if func == "sin":
        if (val > 0) != (sign_s > 0):
            return None, None
        return val, sign_c * sp.sqrt(1 - val**2)
    if func == "cos":
        if (val > 0) != (sign_c > 0):
            return None, None
        return sign_s * sp.sqrt(1 - val**2), val
    c = sign_c / sp.sqrt(1 + val**2)
    s = val * c
    if (s > 0) != (sign_s > 0):
        return None, None
    return sp.radsimp(s), sp.radsimp(c)


def _ratio_value(d, f):
    return {"sin": d["sin"], "cos": d["cos"], "tan": sp.radsimp(d["sin"] / d["cos"])}[f]


def _answer(d) -> tuple[str, str]:
    v = d["var"]
    if len(d["asked"]) == 1:
        return (dollar(sp.nsimplify(_ratio_value(d, d["asked"][0]))),) * 2
    parts = [f"$\\{f} {tex(v)} = {tex(sp.nsimplify(_ratio_value(d, f)))}$" for f in d["asked"]]
    return "，".join(parts), ", ".join(parts)


_QUAD = {1: ("第一象限", "the first quadrant"), 2: ("第二象限", "the second quadrant"), 3: ("第三象限", "the third quadrant"),
         4: ("第四象限", "the fourth quadrant")}


def _identity_method(chain: Chain, d: dict) -> None:
    v, func, val, q = d["var"], d["func"], d["value"], d["quadrant"]
    if func in ("sin", "cos"):
        other = "cos" if func == "sin" else "sin"
        ov = _ratio_value(d, other)
        chain.ask((f"由 $\\sin^2{v}+\\cos^2{v}=1$，$\\{other}^2{v}$ 等于多少？", f"From $\\sin^2{v}+\\cos^2{v}=1$, what is $\\{other}^2{v}$?"),
                  (f"$\\{other}^2{v}=1-({tex(val)})^2={tex(ov**2)}$",) * 2, f"1 - ({plain(val)})^2 = {plain(sp.nsimplify(ov**2))}",
                  kps=["trig.pythagorean"], hints=[("平方关系。", "Use the Pythagorean identity.")])
        chain.ask((f"${v}$ 在{_QUAD[q][0]}，$\\{other} {v}$ 取正还是负？值是多少？", f"${v}$ lies in {_QUAD[q][1]}: is $\\{other} {v}$ positive or negative? What is it?"),
                  (f"$\\{other} {v}={tex(ov)}$",) * 2, f"({other} {v})^2 = {plain(sp.nsimplify(ov**2))} 且 {other} {v} {'>' if ov > 0 else '<'} 0 \\Rightarrow {other} {v} = {plain(ov)}",
                  kps=["trig.definition"], hints=[("“一全正，二正弦，三正切，四余弦”。", "All, Sin, Tan, Cos: the positive ratios by quadrant.")])
        if "tan" in d["asked"]:
            tv = _ratio_value(d, "tan")
            chain.ask((f"由商数关系，$\\tan {v}$ 等于多少？", f"By the quotient identity, what is $\\tan {v}$?"),
                      (f"$\\tan {v}=\\frac{{\\sin {v}}}{{\\cos {v}}}={tex(tv)}$",) * 2, f"({plain(d['sin'])})/({plain(d['cos'])}) = {plain(tv)}",
                      kps=["trig.pythagorean"], hints=[("$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$。", "$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$.")])
    else:
        c = d["cos"]
        chain.ask((f"由 $\\tan {v}=\\frac{{\\sin {v}}}{{\\cos {v}}}$ 和 $\\sin^2{v}+\\cos^2{v}=1$，$\\cos^2 {v}$ 等于多少？",
                   f"From $\\tan {v}=\\frac{{\\sin {v}}}{{\\cos {v}}}$ and $\\sin^2{v}+\\cos^2{v}=1$, what is $\\cos^2 {v}$?"),
                  (f"$\\cos^2 {v}=\\frac{{1}}{{1+\\tan^2 {v}}}={tex(c**2)}$",) * 2, f"1/(1 + ({plain(val)})^2) = {plain(sp.nsimplify(c**2))}",
                  kps=["trig.pythagorean"], hints=[("两边同除以 $\\cos^2$。", "Divide the identity by $\\cos^2$.")])
        chain.ask((f"结合象限，$\\sin {v}$、$\\cos {v}$ 各是多少？", f"Using the quadrant, what are $\\sin {v}$ and $\\cos {v}$?"),
                  (f"$\\cos {v}={tex(c)}$，$\\sin {v}={tex(d['sin'])}$", f"$\\cos {v}={tex(c)}$, $\\sin {v}={tex(d['sin'])}$"),
                  f"({plain(d['sin'])})/({plain(c)}) = {plain(val)}", kps=["trig.definition"],
                  hints=[("看象限确定正负号。", "The quadrant fixes the signs.")])
    chain.done(_answer(d), _reference(d))


def _reference(d) -> tuple[str, str]:
    """Independent: SymPy solves sin^2+cos^2=1 with the given ratio and keeps the quadrant's signs."""
    s, c = sp.symbols("s c", real=True)
    eqs = {"sin": [sp.Eq(s, d["value"])], "cos": [sp.Eq(c, d["value"])], "tan": [sp.Eq(s, d["value"] * c)]}[d["func"]]
    q = d["quadrant"]
    for sol in sp.solve([*eqs, sp.Eq(s**2 + c**2, 1)], [s, c], dict=True):
        if (sol[s] > 0) == (q in (1, 2)) and (sol[c] > 0) == (q in (1, 4)):
            ref = {**d, "sin": sol[s], "cos": sol[c]}
            return _answer(ref)
    return ("", "")


def _triangle_method(chain: Chain, d: dict) -> None:
    v, func, val, q = d["var"], d["func"], d["value"], d["quadrant"]
    num, den = sp.fraction(sp.nsimplify(abs(val)))
    if func == "sin":
        opp, hyp = num, den
        adj = sp.sqrt(hyp**2 - opp**2)
    elif func == "cos":
        adj, hyp = num, den
        opp = sp.sqrt(hyp**2 - adj**2)
    else:
        opp, adj = num, den
        hyp = sp.sqrt(opp**2 + adj**2)
    chain.ask((f"先看锐角：构造直角三角形，使 $|\\{func} {v}|={tex(abs(val))}$，三边分别取多少？第三边是多少？",
               f"Take the acute case: build a right triangle with $|\\{func} {v}|={tex(abs(val))}$. What are its sides?"),
              (f"对边 ${tex(opp)}$，邻边 ${tex(adj)}$，斜边 ${tex(hyp)}$", f"opposite ${tex(opp)}$, adjacent ${tex(adj)}$, hypotenuse ${tex(hyp)}$"),
              f"({plain(opp)})^2 + ({plain(adj)})^2 = ({plain(hyp)})^2", kps=["trig.definition", "trig.pythagorean"],
              hints=[("用勾股定理求第三边。", "Use Pythagoras for the third side.")])
    parts = [(f, _ratio_value(d, f)) for f in d["asked"]]
    chain.ask((f"${v}$ 在{_QUAD[q][0]}，加上符号，所求的三角函数值是多少？", f"${v}$ lies in {_QUAD[q][1]}: with signs, what are the asked values?"),
              ("，".join(f"$\\{f} {v}={tex(x)}$" for f, x in parts),) * 2,
              " 且 ".join(f"({plain(x)})^2 = {plain(sp.nsimplify(x**2))}" for _, x in parts), kps=["trig.definition"],
              hints=[("比值取自三角形，符号取自象限。", "Take the size from the triangle and the sign from the quadrant.")])
    chain.done(_answer(d), _reference(d))


register(Solver("trig.given_ratio", "trigonometry", detect_given, (
    Method(("同角三角函数关系", "Pythagorean and quotient identities"), _identity_method),
    Method(("构造直角三角形", "Reference right triangle"), _triangle_method),
), ("trig.pythagorean",), priority=50))


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
), ("trig.sinusoid",), priority=52))

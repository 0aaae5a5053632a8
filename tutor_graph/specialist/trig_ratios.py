"""Trigonometric values from one given ratio and the quadrant (identities / a reference triangle)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

# -- values from one given ratio -------------------------------------------------------------------------
_GIVEN = re.compile(r"(sin|cos|tan)\s*([αβθx])\s*=\s*(-?\s*\(?[\d./()sqrt√]+\)?)")


def detect_given(p: Problem) -> Match | None:
    m = _GIVEN.search(p.text)
    if not m or not p.has("求", "find", "compute", "value", "值"):
        return None
    if p.text[:m.start()].rstrip()[-1:] in ("+", "-"):  # "sin α + cos α = 1/5" gives a sum, not cos α
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
), ("trig.pythagorean",), priority=50, answers=frozenset({"trig"})))

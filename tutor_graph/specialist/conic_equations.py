"""The standard equation of an ellipse or hyperbola centred at the origin from two conditions: foci,
eccentricity, axis lengths, “the major axis is k times the minor axis”, a point on the curve."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.analytic_geometry import points_in
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import positive_number
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

A, B = sp.symbols("A B", positive=True)  # a² and b²
_NUM = r"(\d+/\d+|\d+(?:\.\d+)?|sqrt\(\d+\)|\(\(\d+\)/\(\d+\)\)|\(\(sqrt\(\d+\)\)/\(\d+\)\))"


def detect_equation(p: Problem) -> Match | None:
    if not re.search(r"标准方程|方程|standard equation|equation", p.text):
        return None
    kind = "ellipse" if p.has("椭圆", "ellipse") else "hyperbola" if p.has("双曲线", "hyperbola") else None
    if kind is None or re.search(r"x\^2|y\^2", p.text):
        return None  # an equation already written: another question
    t = p.text
    axis = None
    foci = re.search(rf"焦点(?:坐标)?(?:为|是)\s*\(\s*±\s*{_NUM}\s*,\s*0\s*\)|foci\s*(?:at|are)?\s*\(\s*±\s*{_NUM}\s*,\s*0\s*\)", t)
    foci_y = re.search(rf"焦点(?:坐标)?(?:为|是)\s*\(\s*0\s*,\s*±\s*{_NUM}\s*\)|foci\s*(?:at|are)?\s*\(\s*0\s*,\s*±\s*{_NUM}\s*\)", t)
    if foci or re.search(r"焦点在\s*x\s*轴上|foci on the x\s*-?\s*axis", t):
        axis = "x"
    if foci_y or re.search(r"焦点在\s*y\s*轴上|foci on the y\s*-?\s*axis", t):
        axis = "y" if axis is None else "both"
    if axis not in ("x", "y"):
        return None
    conds = []  # (description zh, description en, equation in A and B)
    c_val = None
    m = foci or foci_y
    if m:
        c_val = positive_number(next(g for g in m.groups() if g))
    m2 = re.search(rf"焦距(?:为|是)\s*{_NUM}|focal distance (?:is|of)\s*{_NUM}", t)
    if m2:
        c_val = positive_number(next(g for g in m2.groups() if g)) / 2
    c2 = (A - B) if kind == "ellipse" else (A + B)
    if c_val is not None:
        conds.append((f"$c={tex(c_val)}$", f"$c={tex(c_val)}$", sp.Eq(c2, c_val**2)))
    e = re.search(rf"离心率(?:为|是)\s*{_NUM}|eccentricity\s*(?:is|of)?\s*{_NUM}", t)
    if e:
        ev = positive_number(next(g for g in e.groups() if g))
        conds.append((f"$e={tex(ev)}$", f"$e={tex(ev)}$", sp.Eq(c2, ev**2 * A)))
    ratio = re.search(r"长轴长?是短轴长?的\s*(\d+)\s*倍|major axis (?:is )?(\d+|twice|three times) (?:the )?minor", t)
    if ratio and kind == "ellipse":
        k = {"twice": 2, "three times": 3}.get(ratio.group(2) or "", None) or int(ratio.group(1) or ratio.group(2))
        conds.append((f"$a={k}b$", f"$a={k}b$", sp.Eq(A, k**2 * B)))
    for word, sym in ((r"长轴长|实轴长|major axis (?:of )?length|real axis (?:of )?length", A), (r"短轴长|虚轴长|minor axis (?:of )?length|imaginary axis (?:of )?length", B)):
        m3 = re.search(rf"(?:{word})\s*(?:为|是|is)?\s*{_NUM}", t)
        if m3:
            v = positive_number(m3.group(1)) / 2
            conds.append((f"${'a' if sym == A else 'b'}={tex(v)}$", f"${'a' if sym == A else 'b'}={tex(v)}$", sp.Eq(sym, v**2)))
    pts = points_in(t)
    pts = [pt for pt in pts if not (pt[2] == 0 and foci) and not (pt[1] == 0 and foci_y)]
    if re.search(r"经过点|过点|passes through|through the point", t) and len(pts) == 1:
        x0, y0 = pts[0][1], pts[0][2]
        u, v = (x0, y0) if axis == "x" else (y0, x0)
        sign = 1 if kind == "ellipse" else -1
        conds.append((f"过点 $({tex(x0)},{tex(y0)})$", f"through $({tex(x0)},{tex(y0)})$", sp.Eq(u**2 / A + sign * v**2 / B, 1)))
    if len(conds) != 2:
        return None
    sols = sp.solve([c[2] for c in conds], [A, B], dict=True)
    sols = [s for s in sols if s.get(A, 0).is_positive and s.get(B, 0).is_positive]
    if len(sols) != 1 or (kind == "ellipse" and not sols[0][A] > sols[0][B]):
        return None
    return Match([c[1] for c in conds], "standard equation", {"kind": kind, "axis": axis, "conds": conds, "a2": sols[0][A], "b2": sols[0][B]}, 0.85)


def _equation(d) -> tuple[str, str]:
    a2, b2 = d["a2"], d["b2"]
    first, second = ("x", "y") if d["axis"] == "x" else ("y", "x")
    op = "+" if d["kind"] == "ellipse" else "-"
    text = f"$\\frac{{{first}^{{2}}}}{{{tex(a2)}}} {op} \\frac{{{second}^{{2}}}}{{{tex(b2)}}} = 1$"
    return text, text


def _reference(d) -> tuple[str, str]:
    """Independent: solve for a and b themselves (not their squares), then square."""
    a, b = sp.symbols("a b", positive=True)
    eqs = [c[2].subs({A: a**2, B: b**2}) for c in d["conds"]]
    sols = sp.solve(eqs, [a, b], dict=True)
    if len(sols) != 1:
        return ("?", "?")
    return _equation({**d, "a2": sols[0][a] ** 2, "b2": sols[0][b] ** 2})


def _by_system(chain: Chain, d: dict) -> None:
    rel = "c^2=a^2-b^2" if d["kind"] == "ellipse" else "c^2=a^2+b^2"
    first, second = ("x", "y") if d["axis"] == "x" else ("y", "x")
    op = "+" if d["kind"] == "ellipse" else "-"
    chain.idea(("求圆锥曲线的标准方程，通常用什么方法？", "How is the standard equation of a conic usually found?"),
               ("待定系数法：先由焦点位置设出标准方程，再把条件化成关于 $a^2$、$b^2$ 的方程组求解",
                "undetermined coefficients: set up the standard form from where the foci lie, then turn the conditions into equations in $a^2$ and $b^2$"),
               kps=["conic.ellipse.def" if d["kind"] == "ellipse" else "conic.hyperbola.def", "undetermined_coefficients"],
               hints=[("标准方程里有哪几个待定的量？", "Which quantities in the standard form are unknown?"),
                      ("要定出它们，需要几个独立的条件？", "How many independent conditions does it take to fix them?")])
    chain.ask(("焦点在哪条轴上？标准方程怎样设？", "Which axis holds the foci, and what standard form do we set up?"),
              (f"设 $\\frac{{{first}^2}}{{a^2}}{op}\\frac{{{second}^2}}{{b^2}}=1$，且 ${rel}$", f"Let $\\frac{{{first}^2}}{{a^2}}{op}\\frac{{{second}^2}}{{b^2}}=1$ with ${rel}$"),
              "", kps=["conic.ellipse.def" if d["kind"] == "ellipse" else "conic.hyperbola.def"],
              hints=[("题中给出的焦点（或顶点）在哪条坐标轴上？", "On which axis do the given foci (or vertices) lie?"),
                     ("焦点在 $x$ 轴上时，标准方程中哪一项的分母是 $a^2$？", "With the foci on the x-axis, which term has $a^2$ underneath?")])
    eqs = [c[2] for c in d["conds"]]
    a_, b_ = sp.symbols("A B", real=True)
    text = ", ".join(f"{plain(e.lhs.subs({A: a_, B: b_}))} = {plain(e.rhs.subs({A: a_, B: b_}))}" for e in eqs)
    chain.ask(("把两个条件写成关于 $a^2$、$b^2$ 的方程组（记 $A=a^2$，$B=b^2$），解是多少？", "Writing both conditions in $A=a^2$, $B=b^2$, what solves the system?"),
              (f"{'，'.join(c[0] for c in d['conds'])}：$a^2={tex(d['a2'])}$，$b^2={tex(d['b2'])}$",
               f"{', '.join(c[1] for c in d['conds'])}: $a^2={tex(d['a2'])}$, $b^2={tex(d['b2'])}$"),
              f"{text}, A > 0, B > 0 \\Rightarrow A = {plain(d['a2'])}, B = {plain(d['b2'])}", kps=["conic.ellipse.def" if d["kind"] == "ellipse" else "conic.hyperbola.def"],
              hints=[("每个条件（过某点、焦距、离心率……）各能写成关于 $A$、$B$ 的什么方程？", "What equation in $A$ and $B$ does each condition (a point, the focal distance, the eccentricity …) give?"),
                     (f"别忘了 ${rel}$；解出的 $A$、$B$ 都是正数吗？", f"Remember ${rel}$; are the $A$ and $B$ you get both positive?")])
    chain.done(_equation(d), _reference(d))


register(Solver("conic.standard_equation", "conics", detect_equation, (
    Method(("待定系数（列方程组）", "Undetermined a², b²"), _by_system),
), ("conic.ellipse.def",), priority=58, answers=frozenset({"equation"})))

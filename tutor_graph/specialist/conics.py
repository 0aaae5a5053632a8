"""Conics: foci, eccentricity, directrix and asymptotes of ellipses, hyperbolas and parabolas in
standard position, read from the standard equation (checked against SymPy's geometry objects)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.analytic_geometry import eq_text, xy_equations
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, Y
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, point_math, tex


# -- conics -------------------------------------------------------------------------------------------------
def detect_conic(p: Problem) -> Match | None:
    if not p.has("椭圆", "双曲线", "抛物线", "ellipse", "hyperbola", "parabola", "焦点", "离心率", "focus", "foci", "eccentricity"):
        return None
    curves = [e for e, d in xy_equations(p) if d == 2]
    if len(curves) != 1 or len(xy_equations(p)) != 1:
        return None
    e = curves[0]
    poly = sp.Poly(e, X, Y)
    if poly.coeff_monomial(X * Y) != 0:
        return None
    ax, ay = poly.coeff_monomial(X**2), poly.coeff_monomial(Y**2)
    if poly.coeff_monomial(X) != 0 and ax != 0 or poly.coeff_monomial(Y) != 0 and ay != 0:
        return None  # shifted conics are not handled
    const = poly.coeff_monomial(1)
    ask = re.split(r"求|find|compute|determine|what (?:is|are)", p.text, flags=re.I)
    ask = ask[-1] if len(ask) > 1 else ""
    if re.search(r"距离|面积|坐标为|横坐标|纵坐标|方程|长|distance|area|length|equation of|point", ask.replace("准线方程", "").replace("渐近线方程", "")) or \
            re.search(r"上一点|上的点|点\s*P|point P|交于|intersect|[xy]-coordinate|point [A-EG-Z]\b", p.text):
        return None
    goal = "eccentricity" if p.has("离心率", "eccentricity") else ("focus" if p.has("焦点", "focus", "foci") else None)
    if p.has("准线", "directrix"):
        goal = "directrix"
    if p.has("渐近线", "asymptote"):
        goal = "asymptote"
    if goal is None:
        return None
    if ax != 0 and ay != 0 and const != 0:
        A2, B2 = -const / ax, -const / ay  # x^2/A2 + y^2/B2 = 1
        if A2 > 0 and B2 > 0 and A2 != B2:
            kind = "ellipse"
        elif A2 * B2 < 0:
            kind = "hyperbola"
        else:
            return None
        data = {"kind": kind, "A2": A2, "B2": B2}
    elif (ax == 0) != (ay == 0) and const == 0:
        if ay != 0 and poly.coeff_monomial(X) != 0:
            data = {"kind": "parabola", "axis": "x", "twop": -poly.coeff_monomial(X) / ay}  # y^2 = 2p x
        elif ax != 0 and poly.coeff_monomial(Y) != 0:
            data = {"kind": "parabola", "axis": "y", "twop": -poly.coeff_monomial(Y) / ax}
        else:
            return None
    else:
        return None
    if data["kind"] != "hyperbola" and goal == "asymptote" or data["kind"] == "parabola" and goal == "eccentricity":
        return None
    data.update({"eq": e, "goal": goal})
    return Match([eq_text(e)], goal, data, 0.9)


def _conic_facts(d: dict):
    if d["kind"] == "parabola":
        p_half = d["twop"] / 4
        focus = (p_half, 0) if d["axis"] == "x" else (0, p_half)
        directrix = (X + p_half) if d["axis"] == "x" else (Y + p_half)
        return {"focus": [focus], "directrix": directrix, "e": sp.Integer(1)}
    A2, B2 = d["A2"], d["B2"]
    if d["kind"] == "ellipse":
        major_x = A2 > B2
        a2, b2 = (A2, B2) if major_x else (B2, A2)
        c = sp.sqrt(a2 - b2)
    else:
        major_x = A2 > 0
        a2, b2 = (A2, -B2) if major_x else (B2, -A2)
        c = sp.sqrt(a2 + b2)
    foci = [(s * c, 0) if major_x else (0, s * c) for s in (-1, 1)]
    e = sp.radsimp(c / sp.sqrt(a2))
    asym = sp.radsimp(sp.sqrt(b2) / sp.sqrt(a2)) if major_x else sp.radsimp(sp.sqrt(a2) / sp.sqrt(b2))
    return {"a2": a2, "b2": b2, "c": c, "focus": foci, "e": e, "major_x": major_x, "asym": asym}


def _conic_answer(d: dict, facts) -> tuple[str, str]:
    g = d["goal"]
    if g == "eccentricity":
        return (dollar(facts["e"]),) * 2
    if g == "focus":
        text = ", ".join(point_math(f) for f in facts["focus"])
        return text, text
    if g == "directrix":
        s = sp.solve(facts["directrix"], X if d["axis"] == "x" else Y)[0]
        text = f"${'x' if d['axis'] == 'x' else 'y'}={tex(s)}$"
        return text, text
    k = facts["asym"]
    text = f"$y=\\pm {'' if k == 1 else tex(k)} x$"
    return text, text


def _conic_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's Ellipse / Hyperbola-free check via c^2 computed from the equation's coefficients."""
    if d["kind"] == "ellipse":
        A2, B2 = d["A2"], d["B2"]
        el = sp.Ellipse(sp.Point(0, 0), sp.sqrt(A2), sp.sqrt(B2))
        facts = {"e": el.eccentricity, "focus": sorted([tuple(f) for f in el.foci], key=lambda t: (float(t[0]), float(t[1])))}
        return _conic_answer(d, facts) if d["goal"] in ("eccentricity", "focus") else _conic_answer(d, _conic_facts(d))
    if d["kind"] == "parabola":
        par = sp.Parabola(sp.Point(d["twop"] / 4, 0) if d["axis"] == "x" else sp.Point(0, d["twop"] / 4),
                          sp.Line(sp.Point(-d["twop"] / 4, 0), sp.Point(-d["twop"] / 4, 1)) if d["axis"] == "x"
                          else sp.Line(sp.Point(0, -d["twop"] / 4), sp.Point(1, -d["twop"] / 4)))
        facts = {"focus": [tuple(par.focus)], "directrix": par.directrix.equation(x=X, y=Y), "e": par.eccentricity}
        return _conic_answer(d, facts)
    return _conic_answer(d, _conic_facts(d))


def _conic(chain: Chain, d: dict) -> None:
    facts = _conic_facts(d)
    if d["kind"] == "parabola":
        p2 = d["twop"]
        chain.ask(("把方程与标准形式 $y^2=2px$（或 $x^2=2py$）比较，$p$ 是多少？开口向哪边？",
                   "Compare with $y^2=2px$ (or $x^2=2py$). What is p, and which way does it open?"),
                  (f"$2p={tex(p2)}$，$p={tex(p2 / 2)}$",) * 2, f"2*p = {plain(p2)} \\Rightarrow p = {plain(p2 / 2)}", kps=["conic.parabola.def"],
                  hints=[("一次项的变量决定对称轴。", "The linear variable gives the axis.")])
        f0 = facts["focus"][0]
        chain.ask(("焦点坐标、准线方程各是什么？", "What are the focus and the directrix?"),
                  (f"焦点 $({tex(f0[0])}, {tex(f0[1])})$，准线 ${tex(facts['directrix'])}=0$", f"focus $({tex(f0[0])}, {tex(f0[1])})$, directrix ${tex(facts['directrix'])}=0$"),
                  f"({plain(p2)})/4 = {plain(p2 / 4)}", kps=["conic.parabola.props"],
                  hints=[("焦点 $(\\frac p2,0)$，准线 $x=-\\frac p2$。", "Focus $(\\frac p2,0)$, directrix $x=-\\frac p2$.")])
        chain.done(_conic_answer(d, facts), _conic_ref(d))
        return
    ell = d["kind"] == "ellipse"
    a2, b2, c = facts["a2"], facts["b2"], facts["c"]
    chain.ask(("化成标准方程，$a^2$、$b^2$ 各是多少？焦点在哪条轴上？", "In standard form, what are $a^2$ and $b^2$? On which axis are the foci?"),
              (f"$a^2={tex(a2)}, b^2={tex(b2)}$，焦点在 ${'x' if facts['major_x'] else 'y'}$ 轴上", f"$a^2={tex(a2)}, b^2={tex(b2)}$; foci on the ${'x' if facts['major_x'] else 'y'}$-axis"),
              "", kps=["conic.ellipse.def" if ell else "conic.hyperbola.def"],
              hints=[("椭圆：分母大的对应长轴；双曲线：正项对应实轴。", "Ellipse: the larger denominator is the major axis; hyperbola: the positive term is the transverse axis.")])
    chain.ask((f"$c^2={'a^2-b^2' if ell else 'a^2+b^2'}$，$c$ 是多少？", f"$c^2={'a^2-b^2' if ell else 'a^2+b^2'}$: what is c?"),
              (f"$c={tex(c)}$",) * 2, f"sqrt({plain(a2)} {'-' if ell else '+'} {plain(b2)}) = {plain(c)}",
              kps=["conic.ellipse.props" if ell else "conic.hyperbola.props"],
              hints=[("椭圆 $a^2=b^2+c^2$，双曲线 $c^2=a^2+b^2$。", "Ellipse $a^2=b^2+c^2$; hyperbola $c^2=a^2+b^2$.")])
    g = d["goal"]
    if g == "eccentricity":
        chain.ask(("离心率 $e=\\frac ca$ 是多少？", "What is the eccentricity $e=\\frac ca$?"), (f"$e={tex(facts['e'])}$",) * 2,
                  f"({plain(c)})/sqrt({plain(a2)}) = {plain(facts['e'])}", kps=["conic.ellipse.props" if ell else "conic.hyperbola.props"],
                  hints=[("$a=\\sqrt{a^2}$。", "$a=\\sqrt{a^2}$.")])
    elif g == "focus":
        text = ", ".join(f"$({tex(a)}, {tex(b)})$" for a, b in facts["focus"])
        chain.ask(("焦点坐标是什么？", "What are the foci?"), (text,) * 2, "", kps=["conic.ellipse.props" if ell else "conic.hyperbola.props"],
                  hints=[("焦点在哪条轴上，就是 $(\\pm c,0)$ 或 $(0,\\pm c)$。", "$(\\pm c,0)$ or $(0,\\pm c)$ depending on the axis.")])
    else:
        chain.ask(("渐近线方程是什么？", "What are the asymptotes?"), (f"$y=\\pm{tex(facts['asym'])}x$",) * 2,
                  f"sqrt({plain(b2 if facts['major_x'] else a2)})/sqrt({plain(a2 if facts['major_x'] else b2)}) = {plain(facts['asym'])}",
                  kps=["conic.hyperbola.props"], hints=[("焦点在 $x$ 轴上时 $y=\\pm\\frac bax$。", "Foci on the x-axis: $y=\\pm\\frac bax$.")])
    chain.done(_conic_answer(d, facts), _conic_ref(d))


register(Solver("geometry.conic", "conics", detect_conic, (
    Method(("标准方程", "Standard equation"), _conic),
), ("conic.ellipse.props",), priority=61, answers=frozenset({"eccentricity", "focus", "coordinates", "directrix", "asymptote"})))

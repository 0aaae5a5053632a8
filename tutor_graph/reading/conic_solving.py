"""The conic strategy (worker side): the claims about a conic solved for its parameters, then the asked property.

The asked quantity must come out as one number (or one equation) over every solution, with the parameters the
text calls positive taken positive; otherwise nothing is answered.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.conics import quantities
from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KP = ("conic.properties",)
MAX_SOLUTIONS = 8


def _positive(reading: Reading) -> set[str]:
    return {m.group(1) for g in reading["givens"] if g["kind"] == "inequality"
            for m in [re.fullmatch(r"\s*([a-z])\s*>\s*0\s*", g["claim"])] if m}


def _solutions(equations: list[sp.Expr], positive: set[str]) -> list[dict] | None:
    """Every solution for as many unknowns as there are equations (None when the system is not solvable)."""
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str) if equations else []
    if not unknowns:
        return [{}]
    if len(unknowns) > 3:
        return None
    for chosen in itertools.combinations(unknowns, min(len(equations), len(unknowns))):
        try:
            found = sp.solve(equations, list(chosen), dict=True)
        except (NotImplementedError, ValueError):
            continue
        good = []
        for s in found:
            if len(s) != len(chosen) or not all(v.is_real is not False for v in s.values()):
                continue
            if any(str(k) in positive and v.is_positive is False for k, v in s.items()):
                continue
            if any(str(k) in positive and v.is_number and not v.is_positive for k, v in s.items()):
                continue
            good.append(s)
        if good and len(good) <= MAX_SOLUTIONS:
            return good
    return None


def _asked(what: str, kind: str, q: dict[str, sp.Expr]) -> sp.Expr | None:
    if kind == "parabola":
        if what == "focus":
            return q["K"] / 4
        if what == "directrix":
            return -q["K"] / 4
        return None
    table = {"e": sp.sqrt(q["c2"] / q["a2"]), "focal": 2 * sp.sqrt(q["c2"]), "real_axis": 2 * sp.sqrt(q["a2"]),
             "imaginary_axis": 2 * sp.sqrt(q["b2"]), "asymptote": sp.sqrt(q["b2"] / q["a2"]), "focus": sp.sqrt(q["c2"])}
    return table.get(what)


def _shown(what: str, kind: str, axis: str, value: sp.Expr, q: dict[str, sp.Expr]) -> str:
    v = value_text(value)
    if what == "asymptote":
        k = value if axis == "x" else 1 / value
        return f"y=\\pm {value_text(sp.simplify(k))}x" if k != 1 else "y=\\pm x"
    if what == "focus":
        if kind == "parabola":
            return f"({v}, 0)" if axis == "x" else f"(0, {v})"
        return f"(\\pm {v}, 0)" if axis == "x" else f"(0, \\pm {v})"
    if what == "directrix":
        return f"{'x' if axis == 'x' else 'y'}={v}"
    return v


def conic(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """A property of a conic (e, asymptotes, focal length, axes, foci, directrix, its equation) from the givens."""
    what, _, name = expression.partition(" @ ")
    obj = next((o for o in reading["objects"] if o["kind"] == "conic" and o["name"] == name.strip()), None)
    if obj is None:
        return None
    kind, axis = obj["value"].split(";")[:2]
    texts = quantities(obj["value"])
    if not texts:
        return None
    parsed = {k: parse(v) for k, v in texts.items() if k != "axis"}
    q = {k: v for k, v in parsed.items() if v is not None}
    if len(q) != len(parsed):
        return None
    equations, used = [], []
    for g in reading["givens"]:
        if not g["claim"]:
            return None
        if g["kind"] in ("equation", "relation"):
            rel = relation(g["claim"])
            if rel is None:
                return None
            equations.append(rel)
            used.append(g)
        elif g["kind"] not in ("inequality",):
            return None  # a given this strategy does not use: not answered rather than half read
    positive = _positive(reading)
    solutions = _solutions(equations, positive)
    if solutions is None:
        return None
    symbols = {s: sp.Symbol(s.name, positive=True) for e in [*equations, *q.values()] for s in e.free_symbols
               if s.name in positive}
    final = ""  # the checked last step, where the value is a number
    if what == "equation":
        value_eq = None
        forms = set()
        for s in solutions:
            den = {k: sp.simplify(v.subs(s).subs(symbols)) for k, v in q.items()}
            if any(d.free_symbols or not d.is_positive for k, d in den.items() if k in ("a2", "b2", "K")):
                return None
            forms.add(tuple(sorted((k, d) for k, d in den.items() if k != "c2")))
        if len(forms) != 1:
            return None
        den = dict(next(iter(forms)))
        if kind == "parabola":
            value_eq = f"{'y' if axis == 'x' else 'x'}^{{2}}={value_text(den['K'])}{axis}"
        else:
            first, second = ("x", "y") if axis == "x" else ("y", "x")
            sign = "-" if kind == "hyperbola" else "+"
            a2, b2 = den["a2"], den["b2"]
            value_eq = f"\\frac{{{first}^{{2}}}}{{{value_text(a2)}}}{sign}\\frac{{{second}^{{2}}}}{{{value_text(b2)}}}=1"
            if kind == "ellipse" and axis == "y":
                value_eq = f"\\frac{{x^{{2}}}}{{{value_text(b2)}}}+\\frac{{y^{{2}}}}{{{value_text(a2)}}}=1"
        shown, claim = value_eq, ""
    else:
        target = _asked(what, kind, q)
        if target is None:
            return None
        values = {sp.nsimplify(sp.simplify(target.subs(s).subs(symbols))) for s in solutions}
        if len(values) != 1:
            return None
        value = values.pop()
        if value.free_symbols or not value.is_number or not value.is_real or (what != "directrix" and not value.is_positive):
            return None
        shown = _shown(what, kind, axis, value, q)
        if what in ("e", "focal", "real_axis", "imaginary_axis") and len(solutions) == 1:
            final = f"{as_latex(target.subs(solutions[0]).subs(symbols))} = {as_latex(value)}"
    chain = Chain(method=("圆锥曲线的几何性质", "Properties of conic sections"), knowledge_points=KP)
    reading_step(chain, reading)
    if kind != "parabola":
        relation_text = "c^2=a^2+b^2" if kind == "hyperbola" else "c^2=a^2-b^2"
        chain.ask((f"{name} 的 $a^2$、$b^2$、$c^2$ 各是什么？", f"What are $a^2$, $b^2$, $c^2$ of {name}?"),
                  (f"$a^2={texts['a2']}$，$b^2={texts['b2']}$，${relation_text}$",
                   f"$a^2={texts['a2']}$, $b^2={texts['b2']}$, ${relation_text}$"), "", kps=KP,
                  hints=[("对照标准方程读出 a²、b²。", "Read a² and b² off the standard form.")])
    if equations:
        unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str)
        solved = "; ".join(", ".join(f"{k}={value_text(v)}" for k, v in s.items()) for s in solutions)
        names = ", ".join(str(u) for u in unknowns)
        checkable = all(len(s) == len(unknowns) for s in solutions) and len(solutions) == 1
        claim = (", ".join(f"{as_latex(e)}=0" for e in equations) + " ⇒ " +
                 ", ".join(f"{k}={as_latex(v)}" for k, v in solutions[0].items())) if checkable else ""
        chain.ask((f"把条件写成关于 {names} 的方程，解得什么？", f"Written as equations in {names}, what do the conditions give?"),
                  (f"${solved}$",) * 2, claim, kps=KP, context=tuple(f"{p}>0" for p in sorted(positive)),
                  hints=[("离心率 e=c/a，渐近线斜率为 ±b/a。", "e = c/a; the asymptotes have slopes ±b/a.")])
    word = {"e": ("离心率", "the eccentricity"), "focal": ("焦距", "the focal length"), "real_axis": ("实轴（长轴）长", "the major axis"),
            "imaginary_axis": ("虚轴（短轴）长", "the minor axis"), "asymptote": ("渐近线方程", "the asymptotes"),
            "focus": ("焦点坐标", "the foci"), "directrix": ("准线方程", "the directrix"), "equation": ("方程", "the equation")}[what]
    chain.ask((f"{name} 的{word[0]}是什么？", f"What is {word[1]} of {name}?"), (f"${shown}$",) * 2, final,
              kps=KP, context=(), hints=[("代入公式计算。", "Put the values into the formula.")])
    return chain, shown

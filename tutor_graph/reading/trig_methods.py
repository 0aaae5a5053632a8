"""A second method for a value of sin and cos when tan α is given (一题多解, worker side): 弦化切.

The first method solves tan α = v for α and evaluates. Here the asked expression is written, by the
double-angle formulas, in sin α and cos α; made homogeneous (a power of sin²α + cos²α = 1 as the denominator
where the degrees differ) and divided through by a power of cos α, it becomes an expression in tan α alone,
into which v is put: no square root, no quadrant to decide. Every step is an identity or arithmetic that the
checker verifies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("trig.pythagorean", "trig.double_angle")
_S, _C, _T = sp.symbols("S C T")


def _given_tangent(reading: Reading) -> tuple[sp.Symbol, sp.Expr] | None:
    """(α, v) from the one given `tan α = v`, else None."""
    givens = [g for g in reading["givens"] if g["claim"] and g["kind"] in ("equation", "relation")]
    if len(givens) != 1 or len([g for g in reading["givens"] if g["claim"]]) != 1:
        return None
    rel = relation(givens[0]["claim"])
    tangents = list(rel.atoms(sp.tan)) if rel is not None else []
    if rel is None or len(tangents) != 1 or not tangents[0].args[0].is_Symbol:
        return None
    angle = tangents[0].args[0]
    linear = rel.subs(tangents[0], _T)
    if angle in linear.free_symbols or not linear.is_polynomial(_T) or sp.degree(linear, _T) != 1:
        return None
    (value,) = sp.solve(linear, _T)
    return (angle, value) if value.is_real else None


def _homogeneous(goal: sp.Expr, angle: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Expr] | None:
    """The goal in sin α, cos α (double angles expanded), then as num/den of equal degree: (expanded, num, den)."""
    plain_goal = goal.replace(sp.tan, lambda x: sp.sin(x) / sp.cos(x))
    expanded = sp.expand_trig(plain_goal)
    in_sc = expanded.subs({sp.sin(angle): _S, sp.cos(angle): _C})
    if in_sc.free_symbols - {_S, _C} or in_sc.has(sp.sin, sp.cos):
        return None  # another angle (α/2, α + π/6) or a stray letter: not this method
    num, den = sp.fraction(sp.together(in_sc))
    try:
        pn, pd = sp.Poly(sp.expand(num), _S, _C), sp.Poly(sp.expand(den), _S, _C)
    except sp.PolynomialError:
        return None
    if not (pn.is_homogeneous and pd.is_homogeneous):
        return None
    gap = pn.total_degree() - pd.total_degree()
    if gap % 2:
        return None
    unit = _S**2 + _C**2  # = 1: multiplies the side of lower degree until the degrees agree
    num, den = (num, den * unit ** (gap // 2)) if gap > 0 else (num * unit ** (-gap // 2), den)
    return expanded, num, den


_CALL = re.compile(r"\\(sin|cos|tan)(\^\{\d+\})?\{\\left\(([^()]+?) \\right\)\}")


def _tex(expr: sp.Expr) -> str:
    """LaTeX as a textbook prints it: `\\sin a`, `\\cos^{2} a`, not `\\sin{\\left(a \\right)}`."""
    return _CALL.sub(lambda m: f"\\{m.group(1)}{m.group(2) or ''} {m.group(3)}", value_text(expr))


def _sc(expr: sp.Expr, angle: sp.Symbol) -> sp.Expr:
    return expr.subs({_S: sp.sin(angle), _C: sp.cos(angle)})


def by_tangent(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The asked value of sin α, cos α made an expression of tan α (弦化切), then tan α = v put in."""
    given = _given_tangent(reading)
    goal = parse(expression)
    if given is None or goal is None or not goal.has(sp.sin, sp.cos):
        return None
    angle, v = given
    if goal.free_symbols != {angle}:
        return None
    found = _homogeneous(goal, angle)
    if found is None:
        return None
    expanded, num, den = found
    degree = sp.Poly(sp.expand(num), _S, _C).total_degree()
    in_tan = sp.cancel(sp.expand(num.subs(_S, _T * _C)) / sp.expand(den.subs(_S, _T * _C)))
    if in_tan.free_symbols - {_T} or degree == 0:
        return None
    value = sp.nsimplify(sp.simplify(in_tan.subs(_T, v)))
    if not value.is_real:
        return None
    tan_form = in_tan.subs(_T, sp.tan(angle))
    fraction = sp.Mul(_sc(num, angle), sp.Pow(_sc(den, angle), -1, evaluate=False), evaluate=False)
    a = value_text(angle)
    chain = Chain(method=("弦化切（齐次式）", "Sines and cosines to tangents (homogeneous form)"), knowledge_points=KPS)
    chain.idea((f"已知 $\\tan {a}$，能否不求 $\\sin {a}$、$\\cos {a}$，把所求式化成只含 $\\tan {a}$ 的式子？",
                f"With $\\tan {a}$ known, can the expression be made one of $\\tan {a}$ alone, without finding "
                f"$\\sin {a}$ and $\\cos {a}$?"),
               (f"可以：化成 $\\sin {a}$、$\\cos {a}$ 的齐次式，必要时除以 $\\sin^2 {a}+\\cos^2 {a}=1$，"
                f"再分子分母同除以 $\\cos^{{{degree}}} {a}$。",
                f"Yes: write it as a homogeneous expression in $\\sin {a}$, $\\cos {a}$, divide by "
                f"$\\sin^2 {a}+\\cos^2 {a}=1$ where needed, then divide top and bottom by $\\cos^{{{degree}}} {a}$."),
               kps=KPS,
               hints=[("$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$：什么样的式子能直接化成 $\\tan\\alpha$？",
                       "$\\tan\\alpha=\\frac{\\sin\\alpha}{\\cos\\alpha}$: what kind of expression turns into $\\tan\\alpha$ at once?"),
                      ("分子分母次数相同时，同除以 $\\cos$ 的几次方？次数不同时，$1$ 能写成什么？",
                       "When top and bottom have the same degree, divide by which power of $\\cos$? When not, what can $1$ be written as?")])
    reading_step(chain, reading)
    if expanded != goal:  # double angles to expand first
        chain.ask((f"用二倍角公式，${expression}$ 用 $\\sin {a}$、$\\cos {a}$ 怎样表示？",
                   f"By the double-angle formulas, how is ${expression}$ written in $\\sin {a}$ and $\\cos {a}$?"),
                  (f"${expression}={_tex(expanded)}$",) * 2, f"{expression} = {as_latex(expanded)}", kps=KPS,
                  hints=[("$\\sin 2\\alpha$、$\\cos 2\\alpha$ 的二倍角公式是什么？",
                          "What are the double-angle formulas for $\\sin 2\\alpha$ and $\\cos 2\\alpha$?"),
                         ("把每个二倍角都换成单角的式子。", "Replace each double angle by single angles.")])
    chain.ask(("把它写成分子、分母次数相同的齐次分式，是什么？",
               "Written as a fraction whose top and bottom have the same degree, what is it?"),
              (f"${_tex(expanded)}={_tex(fraction)}$",) * 2,
              f"{as_latex(expanded)} = {as_latex(fraction)}", kps=KPS,
              hints=[("$\\sin^2\\alpha+\\cos^2\\alpha$ 等于多少？", "What is $\\sin^2\\alpha+\\cos^2\\alpha$?"),
                     ("次数较低的一边乘上 $\\sin^2\\alpha+\\cos^2\\alpha$ 的几次方，次数就相同？",
                      "Which power of $\\sin^2\\alpha+\\cos^2\\alpha$ makes the degrees equal?")])
    chain.ask((f"分子、分母同除以 $\\cos^{{{degree}}} {a}$，化成 $\\tan {a}$ 的式子是什么？",
               f"Dividing top and bottom by $\\cos^{{{degree}}} {a}$, what is it in $\\tan {a}$?"),
              (f"${_tex(fraction)}={_tex(tan_form)}$",) * 2, f"{as_latex(fraction)} = {as_latex(tan_form)}",
              kps=KPS,
              hints=[("$\\frac{\\sin\\alpha}{\\cos\\alpha}$ 是什么？", "What is $\\frac{\\sin\\alpha}{\\cos\\alpha}$?"),
                     ("每一项除以 $\\cos$ 的同一个幂后，剩下的是什么？", "Each term divided by that power of $\\cos$ leaves what?")])
    chain.ask((f"代入 $\\tan {a}={value_text(v)}$，值是多少？", f"Putting in $\\tan {a}={value_text(v)}$, what is the value?"),
              (f"${expression}={value_text(value)}$",) * 2,
              f"{as_latex(in_tan).replace('T', f'({as_latex(v)})')} = {as_latex(value)}", kps=KPS,
              hints=[("只含 $\\tan\\alpha$ 的式子，直接代入即可吗？", "An expression in $\\tan\\alpha$ alone: can the value go straight in?"),
                     ("先算分子、分母，再相除。", "Work out the top and the bottom, then divide.")])
    return chain, value_text(value)

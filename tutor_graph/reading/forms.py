"""Strategies for asked forms: parts of a complex number, a tangent line, a coefficient of an expansion (worker side)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, substitute_definitions, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

MAX_POWER = 12  # expansions up to this exponent are multiplied out


def complex_part(reading: Reading, kind: str, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The conjugate, imaginary part, real part or modulus of a complex number without unknowns."""
    z = parse(expression)
    z = substitute_definitions(z, reading) if z is not None else None
    if z is None or z.free_symbols:
        return None
    z = sp.nsimplify(sp.simplify(z))
    re_, im_ = sp.simplify(sp.re(z)), sp.simplify(sp.im(z))
    chain = Chain(method=("化为代数形式", "Write it as a + bi"), knowledge_points=("complex.arithmetic",))
    reading_step(chain, reading)
    algebraic = sp.simplify(re_ + sp.I * im_)
    chain.ask((f"${expression}$ 化成 $a+bi$ 的形式是什么？", f"What is ${expression}$ in the form $a+bi$?"),
              (f"${value_text(algebraic)}$",) * 2, f"{expression} = {as_latex(algebraic)}", kps=("complex.arithmetic",),
              hints=[("分母实数化：分子分母同乘分母的共轭复数。", "Multiply top and bottom by the conjugate of the denominator.")])
    value = {"conjugate": sp.simplify(re_ - sp.I * im_), "imaginary": im_, "real": re_,
             "modulus": sp.sqrt(re_ ** 2 + im_ ** 2)}[kind]
    word = {"conjugate": ("共轭复数", "conjugate"), "imaginary": ("虚部", "imaginary part"), "real": ("实部", "real part"),
            "modulus": ("模", "modulus")}[kind]
    claim = {"conjugate": f"\\overline{{{as_latex(algebraic)}}} = {as_latex(value)}", "imaginary": "",
             "real": "", "modulus": f"|{as_latex(algebraic)}| = {as_latex(value)}"}[kind]
    chain.ask((f"它的{word[0]}是多少？", f"What is its {word[1]}?"), (f"${value_text(value)}$",) * 2, claim,
              kps=("complex.arithmetic",), hints=[("对照 a+bi 的定义。", "Compare with the definition of a + bi.")])
    return chain, value_text(value)


def tangent(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The tangent line y = f'(a)(x − a) + f(a) to y = f(x) at x = a."""
    body, _, at = expression.partition(" @ ")
    f, a = parse(body), parse(at)
    if f is None or a is None or a.free_symbols or len(f.free_symbols) != 1:
        return None
    x = next(iter(f.free_symbols))
    slope = sp.simplify(sp.diff(f, x).subs(x, a))
    value = sp.simplify(f.subs(x, a))
    if not (slope.is_real and value.is_real):
        return None
    line = sp.expand(slope * (x - a) + value)
    chain = Chain(method=("导数的几何意义", "The derivative as slope"), knowledge_points=("deriv.tangent_line",))
    reading_step(chain, reading)
    context = (f"y={as_latex(f)}",)
    chain.ask(("切点的坐标是什么？", "What is the point of tangency?"), (f"$({value_text(a)}, {value_text(value)})$",) * 2,
              "", kps=(), hints=[("把横坐标代入函数。", "Put the x-coordinate into the function.")])
    chain.ask(("切线的斜率是多少？", "What is the slope of the tangent?"),
              (f"$y'|_{{x={value_text(a)}}}={value_text(slope)}$",) * 2, "", kps=("deriv.tangent_line",),
              context=context, hints=[("先求导函数，再代入切点横坐标。", "Differentiate, then put in the x-coordinate.")])
    chain.ask(("切线方程是什么？", "What is the equation of the tangent line?"), (f"$y={value_text(line)}$",) * 2,
              f"y - {as_latex(value)} = {as_latex(slope)}*(x - {as_latex(a)}) ⇔ y = {as_latex(line)}",
              kps=("deriv.tangent_line",), hints=[("用点斜式写直线方程。", "Use the point-slope form.")])
    return chain, f"y={value_text(line)}"


def coefficient(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The coefficient of a monomial in a (small) expansion, by multiplying out."""
    body, _, monomial = expression.partition(" @ ")
    body = re.sub(r"\{\s*\}", "", body)  # "(1+x){ }^{6}"
    expr, mono = parse(body), parse(monomial)
    if expr is None or mono is None or not mono.free_symbols:
        return None
    if expr.free_symbols - mono.free_symbols:
        return None  # a parameter in the expansion ((1+ax)^3): its coefficient is no number without the givens
    powers = [p.exp for p in expr.atoms(sp.Pow) if p.exp.is_Integer]
    if any(abs(int(p)) > MAX_POWER for p in powers):
        return None
    expanded = sp.expand(expr)
    coeff = sp.expand(expanded).coeff(mono) if mono.is_Symbol else None
    if coeff is None or coeff.free_symbols:
        terms = sp.Add.make_args(expanded)
        matches = [t / mono for t in terms if (t / mono).is_number]
        if len(matches) > 1:
            return None
        coeff = matches[0] if matches else sp.Integer(0)
    chain = Chain(method=("展开求系数", "Expand and read the coefficient"), knowledge_points=("binomial.general_term",))
    reading_step(chain, reading)
    chain.ask((f"把 ${body}$ 展开，含 ${monomial}$ 的项是什么？", f"Expanding ${body}$, what is the term in ${monomial}$?"),
              (f"${value_text(coeff * mono)}$",) * 2, f"{body} = {as_latex(expanded)}", kps=("binomial.general_term",),
              hints=[("用二项式定理的通项公式。", "Use the general term of the binomial theorem.")])
    chain.ask((f"${monomial}$ 的系数是多少？", f"What is the coefficient of ${monomial}$?"), (f"${value_text(coeff)}$",) * 2,
              "", kps=(), hints=[("看该项前面的数。", "Read the number in front of the term.")])
    return chain, value_text(coeff)

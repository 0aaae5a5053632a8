"""Strategies for a count (divisors of a number) and an angle between vectors given by coordinates (worker side)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading import vectors
from tutor_graph.reading.strategy_parts import as_latex, parse, value_text
from tutor_graph.reading.verifying import coords_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

MAX_NUMBER = 10**12
TIMES = " \\times "


def divisors(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The number of positive divisors of n, from its prime factorisation: ∏(e_i + 1)."""
    m = re.fullmatch(r"divisors\((\d+)\)", expression)
    if not m or not 1 < int(m.group(1)) < MAX_NUMBER:
        return None
    n = int(m.group(1))
    powers = sp.factorint(n)
    product = "*".join(f"{p}^{e}" for p, e in powers.items())
    count = sp.prod(e + 1 for e in powers.values())
    chain = Chain(method=("分解质因数", "Prime factorisation"), knowledge_points=("count.multiplication_principle",))
    reading_step(chain, reading)
    shown = " \\times ".join(f"{p}^{{{e}}}" for p, e in powers.items())
    chain.ask((f"{n} 分解质因数是什么？", f"What is the prime factorisation of {n}?"), (f"${n}={shown}$",) * 2,
              f"{n} = {product}", kps=(), hints=[("从最小的质数 2 开始试除。", "Divide by the smallest prime, 2, first.")])
    factors = "*".join(f"({e}+1)" for e in powers.values())
    chain.ask(("每个质因数的指数各有几种取法？一共有多少个正约数？",
               "How many choices has each prime's exponent? How many positive divisors in all?"),
              (f"${factors.replace('*', TIMES)}={count}$",) * 2, f"{factors} = {count}", kps=(),
              hints=[("用分步乘法计数原理。", "Use the multiplication principle.")])
    return chain, str(count)


def angle(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The angle between two vectors with coordinates: cos θ = a·b / (|a||b|)."""
    m = re.fullmatch(r"\\langle\s*(.+?),\s*(.+?)\s*\\rangle", expression)
    coords = coords_of(reading)
    if not m:
        return None
    d, n1, n2 = vectors.dot(m.group(1), m.group(2), coords), vectors.norm(m.group(1), coords), vectors.norm(m.group(2), coords)
    values = [parse(t) if t else None for t in (d, n1, n2)]
    if any(v is None or v.free_symbols for v in values) or values[1] == 0 or values[2] == 0:
        return None
    dot, l1, l2 = (sp.simplify(v) for v in values)
    cosine = sp.simplify(dot / (l1 * l2))
    theta = sp.simplify(sp.acos(cosine))
    if theta.has(sp.acos):
        return None  # not a standard angle: left to a person rather than answered as arccos(…)
    chain = Chain(method=("数量积求夹角", "Angle from the dot product"), knowledge_points=("vec.dot_coordinates",))
    reading_step(chain, reading)
    a, b = m.group(1), m.group(2)
    chain.ask((f"${a}\\cdot {b}$ 等于多少？", f"What is ${a}\\cdot {b}$?"), (f"${value_text(dot)}$",) * 2,
              f"{d} = {as_latex(dot)}", kps=(), hints=[("对应坐标相乘再相加。", "Multiply matching coordinates and add.")])
    chain.ask((f"$|{a}|$ 和 $|{b}|$ 各是多少？", f"What are $|{a}|$ and $|{b}|$?"),
              (f"$|{a}|={value_text(l1)}$，$|{b}|={value_text(l2)}$", f"$|{a}|={value_text(l1)}$, $|{b}|={value_text(l2)}$"),
              f"{n1} = {as_latex(l1)}", kps=(), hints=[("模是坐标平方和的算术平方根。", "The length is the root of the sum of squares.")])
    chain.ask(("夹角的余弦是多少？夹角是多少？", "What is the cosine of the angle, and the angle?"),
              (f"$\\cos\\theta={value_text(cosine)}$，$\\theta={value_text(theta)}$",
               f"$\\cos\\theta={value_text(cosine)}$, $\\theta={value_text(theta)}$"),
              f"\\cos({as_latex(theta)}) = {as_latex(cosine)}", kps=(),
              hints=[("夹角在 0 到 π 之间。", "The angle lies between 0 and π.")])
    return chain, value_text(theta)

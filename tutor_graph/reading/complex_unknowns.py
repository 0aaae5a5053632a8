"""Strategy: a complex unknown fixed by one linear equation ("设复数 z 满足 (1-i)z=2i"), worker side.

The math layer reads letters as real, so the unknown is solved here as a complex symbol; every claim of the
chain is then arithmetic without unknowns (the solution put back into the equation, then into the goal),
which the checker decides exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("complex.arithmetic",)


def _put(text: str, name: str, value: sp.Expr) -> str:
    """`text` with the letter `name` replaced by `(value)` (not inside command names such as \\bar)."""
    return re.sub(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", f"({as_latex(value)})", text)


def solve_complex(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """z from a linear equation in z (no conjugate), then the asked expression of z."""
    names = set(re.findall(r"(?:复数|complex number)\s*([a-z])(?![A-Za-z_(])", reading["text"], re.I))
    if not names and all(re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z_])", reading["text"]) for c in "zi"):
        names = {"z"}  # "若 z(1+i)=2i, 则 z=": z beside the unit i is the exam's complex unknown
    if len(names) != 1:
        return None
    name = names.pop()
    equations = [g for g in reading["givens"] if g["claim"] and g["kind"] in ("equation", "definition")
                 and re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", g["claim"])]
    if len(equations) != 1 or "bar" in equations[0]["claim"] or "overline" in equations[0]["claim"]:
        return None
    rel = relation(equations[0]["claim"])
    if rel is None:
        return None
    symbol = next((s for s in rel.free_symbols if s.name == name), None)
    if symbol is None or rel.free_symbols != {symbol}:
        return None
    z = sp.Symbol(name, complex=True)
    rel = sp.together(rel.subs(symbol, z))
    numerator = sp.expand(sp.numer(rel))
    if not numerator.is_polynomial(z) or sp.degree(numerator, z) != 1:
        return None
    solution = sp.simplify(sp.solve(numerator, z)[0])
    if sp.simplify(sp.denom(rel).subs(z, solution)) == 0:
        return None
    target = parse(expression)
    if target is None:
        return None
    target_symbol = next((s for s in target.free_symbols if s.name == name), None)
    if target.free_symbols - ({target_symbol} if target_symbol else set()):
        return None
    value = sp.simplify(target.subs(target_symbol, solution)) if target_symbol else sp.simplify(target)
    if value.free_symbols or not value.is_number:
        return None
    chain = Chain(method=("解复数方程", "Solve for the complex number"), knowledge_points=KPS)
    reading_step(chain, reading)
    given = equations[0]
    chain.ask((f"由 ${given['claim']}$ 解出 ${name}$，${name}$ 等于多少？", f"Solving ${given['claim']}$, what is ${name}$?"),
              (f"${name}={value_text(solution)}$",) * 2, _put(given["claim"], name, solution), kps=KPS,
              hints=[("两边同除以 z 的系数，再把分母实数化。", "Divide by the coefficient of z, then make the denominator real.")])
    if expression.strip() != name:
        chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${value_text(value)}$",) * 2,
                  f"{_put(expression, name, solution)} = {as_latex(value)}", kps=KPS,
                  hints=[("把求得的复数代入。", "Substitute the complex number found.")])
    return chain, value_text(value)

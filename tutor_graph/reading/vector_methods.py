"""A second method for vectors given by coordinates (一题多解, worker side): expand the dot product first.

The first method writes each combination (a + b, a − λb) by its coordinates and computes. Here the condition
((a+b) ⊥ b, |a+b|² = |a|² + |b|²) is first expanded by the laws of the dot product, as a polynomial of degree 2
in the vectors (a·b, |b|² …), and only the few products it needs are computed from the coordinates
(数量积的运算律). Vectors are commuting symbols while expanding: the dot product is symmetric and bilinear, so
the expansion is exact; every claim the checker sees is about numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.reading.verifying import coords_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("vec.dot_product",)
_SQUARED = re.compile(r"\|([^|]+)\|\s*\^\s*\{?\s*2\s*\}?")


def _condition(text: str) -> sp.Expr | None:
    """The condition as a polynomial in the vectors that must be 0: u ⊥ v is u·v; |u|² = … is expanded."""
    if "\\perp" in text:
        left, _, right = text.partition("\\perp")
        u, v = parse(left), parse(right)
        return None if u is None or v is None else u * v
    if "=" in text and _SQUARED.search(text):
        return relation(_SQUARED.sub(lambda m: f"({m.group(1)})^{{2}}", text))
    return None


def _shown(pair: tuple[sp.Symbol, ...]) -> str:
    a, b = pair
    return f"|{a}|^2" if a == b else f"{a}\\cdot {b}"


def by_dot_expansion(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """A parameter fixed by a perpendicularity or length condition, through the expanded dot product."""
    coords = coords_of(reading)
    conditions = [g for g in reading["givens"] if g["kind"] in ("relation", "equation") and g["claim"]]
    target = parse(expression)
    if len(conditions) != 1 or target is None or not target.is_Symbol or not coords:
        return None
    polynomial = _condition(conditions[0]["text"])
    if polynomial is None:
        return None
    for g in reading["givens"]:  # a vector defined by others (c = a + kb) is put in as that combination
        m = re.fullmatch(r"\s*([a-z])\s*=\s*([^(].*)", g["text"]) if g["kind"] == "definition" else None
        if m and (body := parse(m.group(2))) is not None:
            polynomial = polynomial.subs({s: body for s in polynomial.free_symbols if s.name == m.group(1)})
    base = sorted((s for s in polynomial.free_symbols if s.name in coords and "(" not in s.name), key=str)
    base = [s for s in base if all(re.fullmatch(r"[-+\d\s.a-z\\{}()*]+", c) for c in coords[s.name])]
    if not base:
        return None
    expanded = sp.Poly(sp.expand(polynomial), *base)
    if any(sum(monomial) != 2 for monomial in expanded.monoms()):
        return None  # not a dot-product condition
    products: dict[tuple[sp.Symbol, ...], sp.Expr] = {}
    scalar = sp.Integer(0)
    for monomial, coefficient in zip(expanded.monoms(), expanded.coeffs(), strict=True):
        pair = tuple(s for s, k in zip(base, monomial, strict=True) for _ in range(k))
        if pair not in products:
            left, right = ([parse(c) for c in coords[s.name]] for s in pair)
            xs, ys = [x for x in left if x is not None], [y for y in right if y is not None]
            if len(xs) != len(left) or len(ys) != len(right) or len(xs) != len(ys):
                return None
            products[pair] = sp.expand(sum(x * y for x, y in zip(xs, ys, strict=True)))
        scalar += coefficient * products[pair]
    scalar = sp.expand(scalar)
    if scalar.free_symbols != {target}:
        return None
    roots = [r for r in sp.solve(scalar, target) if r.is_real]
    if len(roots) != 1:
        return None
    value = roots[0]
    vector_terms = " + ".join(f"({value_text(c)}) {_shown(tuple(s for s, k in zip(base, m, strict=True) for _ in range(k)))}"
                              for m, c in zip(expanded.monoms(), expanded.coeffs(), strict=True))
    chain = Chain(method=("用数量积的运算律展开", "Expand by the laws of the dot product"), knowledge_points=KPS)
    chain.idea(("不先求出组合向量的坐标，能否用数量积的运算律把条件展开？",
                "Without the coordinates of the combined vectors, can the condition be expanded by the laws of the dot product?"),
               ("可以：像多项式一样展开，条件只含几个数量积，如 $a\\cdot b$、$|b|^2$，再分别用坐标计算。",
                "Yes: expand like a polynomial; the condition then needs only a few dot products such as $a\\cdot b$ and "
                "$|b|^2$, each computed from the coordinates."), kps=KPS,
               hints=[("垂直用数量积怎样表示？模的平方呢？", "How is perpendicularity written with the dot product? And a squared length?"),
                      ("数量积满足分配律。", "The dot product distributes over sums.")])
    reading_step(chain, reading)
    chain.ask((f"把条件「{conditions[0]['text']}」展开，需要哪些数量积？", f"Expanding \"{conditions[0]['text']}\", which dot products are needed?"),
              (f"${vector_terms}=0$".replace("+ (-", "- (").replace("(1) ", ""),) * 2, "", kps=KPS,
              hints=[("$u\\perp v \\Leftrightarrow u\\cdot v=0$，$|u|^2=u\\cdot u$。", "$u\\perp v \\Leftrightarrow u\\cdot v=0$, $|u|^2=u\\cdot u$."),
                     ("按分配律逐项相乘。", "Multiply term by term.")])
    for pair, product in products.items():
        one, other = (coords[s.name] for s in pair)
        formula = " + ".join(f"({x})*({y})" for x, y in zip(one, other, strict=True))
        chain.ask((f"${_shown(pair)}$ 等于多少？", f"What is ${_shown(pair)}$?"), (f"${_shown(pair)}={value_text(product)}$",) * 2,
                  f"{formula} = {as_latex(product)}", kps=KPS,
                  hints=[("对应坐标相乘再相加。", "Multiply matching coordinates and add."),
                         ("$(x_1,y_1)\\cdot(x_2,y_2)=x_1x_2+y_1y_2$。", "$(x_1,y_1)\\cdot(x_2,y_2)=x_1x_2+y_1y_2$.")])
    chain.ask((f"代入后，${expression}$ 等于多少？", f"Putting them in, what is ${expression}$?"),
              (f"${value_text(scalar)}=0$，${expression}={value_text(value)}$",) * 2,
              f"{as_latex(scalar)} = 0 ⇒ {target} = {as_latex(value)}", kps=KPS,
              hints=[("这是关于参数的方程。", "This is an equation in the parameter."), ("解这个方程。", "Solve it.")])
    return chain, value_text(value)

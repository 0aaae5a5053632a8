"""计算排列数、组合数的值 / Evaluating permutation and combination numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import latex_to_plain
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_PART = re.compile(r"([CA])_\{?(\d+)\}?\^\{?(\d+)\}?")
MAX_PARTS = 4  # each C or A its own step up to this many; more are worked out in one step


@dataclass(frozen=True)
class Value:
    """An expression of numbers C_n^k and A_n^k, as written (`text`), and its value."""

    text: str
    value: sp.Expr


def detect(p: Problem) -> Value | None:
    """`计算 C_5^2+A_4^2` / `Compute C_10^8`."""
    if not p.has("计算", "求", "compute", "evaluate", "value", "值"):
        return None
    asked = [latex_to_plain(g["expression"]).strip() for g in p.goals if g["kind"] == "value"]
    asked = [a for a in asked if _PART.search(a) and "=" not in a]
    if len(asked) != 1:
        return None
    e = try_expr(asked[0])
    if e is None or e.free_symbols:
        return None
    return Value(asked[0], e)


def values(v: Value) -> Values:
    """Each C or A by its formula, the whole expression, and the symmetric form of a single C_n^k."""
    parts = [(kind, int(n), int(k)) for kind, n, k in _PART.findall(v.text)]
    out: Values = {"text": v.text, "shown": tex(v.value), "value": plain(v.value), "several": len(parts) > 1,
                   "few": len(parts) <= MAX_PARTS, "many": len(parts) > MAX_PARTS}
    all_zh, all_plain = [], []
    for i, (kind, n, k) in enumerate(parts, start=1):
        worth = sp.binomial(n, k) if kind == "C" else sp.ff(n, k)
        formula = f"\\frac{{{n}!}}{{{k}!\\,{n - k}!}}" if kind == "C" else f"\\frac{{{n}!}}{{{n - k}!}}"
        if i <= MAX_PARTS:
            out |= {f"p{i}": f"{kind}_{{{n}}}^{{{k}}}", f"f{i}": formula, f"v{i}": str(worth),
                    f"c{i}": f"{kind}_{n}^{k} = {worth}", f"part{i}": True}
        all_zh.append(f"${kind}_{{{n}}}^{{{k}}}={formula}={worth}$")
        all_plain.append(f"{kind}_{n}^{k} = {worth}")
    out |= {"all_parts": "，".join(all_zh), "all_parts_en": ", ".join(all_zh), "all_plain": " 且 ".join(all_plain)}
    single = re.fullmatch(r"\s*C_\{?(\d+)\}?\^\{?(\d+)\}?\s*", v.text)
    if single and 2 * int(single.group(2)) > int(single.group(1)):
        n, k = int(single.group(1)), int(single.group(2))
        out |= {"n": str(n), "k": str(k), "nmk": str(n - k), "sym": str(sp.binomial(n, n - k)), "symmetric": True}
    return out


def reference(v: Value) -> str:
    """Independent: the math layer's own reading of the expression, evaluated."""
    return plain(v.value)


TYPE: ProblemType[Value] = ProblemType(
    type_id="counting.value", module="counting", name="value", detect=detect, values=values, reference=reference,
    givens=lambda v: [v.text], goal=lambda v: "value", answers=frozenset({"expr"}),
)

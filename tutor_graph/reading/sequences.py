"""Strategy: an arithmetic or geometric sequence with unknown a_1 and d (or q), fixed by the givens (worker side).

Every a_k and S_k in the givens and the goal is written in a_1 and d (or q); the givens become equations,
SymPy solves them, and the asked expression must take one value on every solution. The value is then
checked by the math layer from the sequence alone (`等比数列, a_1=…, q=…`), independently of the solving.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

MAX_INDEX = 60


def _rewrite(expr: sp.Expr, kind: str, a1: sp.Symbol, r: sp.Symbol) -> sp.Expr | None:
    """a_k → a_1 + (k-1)d or a_1 q^(k-1); S_k → the sum of the first k terms. None if an index is not a number."""
    bad = []

    def term(node: AppliedUndef) -> sp.Expr:
        k = node.args[0]
        if not (k.is_Integer and 0 < int(k) <= MAX_INDEX):
            bad.append(node)
            return node
        k = int(k)
        if node.func.__name__ == "a_":
            return a1 + (k - 1) * r if kind == "arithmetic" else a1 * r ** (k - 1)
        return sum((a1 + i * r if kind == "arithmetic" else a1 * r ** i) for i in range(k))

    out = expr.replace(lambda n: isinstance(n, AppliedUndef) and n.func.__name__ in ("a_", "S_") and len(n.args) == 1,
                       term)
    if bad or out.free_symbols - {a1, r}:
        return None
    return out


def _condition(claim: str, a1: sp.Symbol, r: sp.Symbol) -> sp.Basic | None:
    """"d \\ne 0", "q \\ne 1", "a_1 > 0", "q > 0" as a SymPy condition on a_1 and d / q (None for anything else)."""
    m = re.fullmatch(r"\s*(a_1|d|q)\s*(\\ne|>)\s*([01])\s*", claim)
    if not m or m.group(1) not in ("a_1", str(r)):
        return None
    symbol = a1 if m.group(1) == "a_1" else r
    return sp.Ne(symbol, int(m.group(3))) if m.group(2) == "\\ne" else sp.Gt(symbol, int(m.group(3)))


def sequence_solve(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The asked expression's one value, from the givens written in a_1 and d (or q); None if it is not fixed."""
    kind = next((o["value"] for o in reading["objects"] if o["kind"] == "sequence"), "")
    if kind not in ("arithmetic", "geometric") or any(o["name"] not in ("{a_n}",) for o in reading["objects"]):
        return None
    a1, r = sp.Symbol("a_1"), sp.Symbol("d" if kind == "arithmetic" else "q")
    equations, nonzero = [], kind == "geometric"
    conditions: list = []
    for given in reading["givens"]:
        if not given["claim"] or given["claim"].startswith("S_n=\\sum_"):
            continue  # "前 n 项和为 S_n": what S_k means in `_rewrite` already
        if given["kind"] in ("equation", "definition"):
            rel = relation(given["claim"].replace("a_1=", "a_{1}=") if given["claim"].startswith("a_1=") else given["claim"])
            if rel is None:
                return None
            if given["claim"].strip().startswith(("q=", "d=")):
                rel = r - parse(given["claim"].split("=", 1)[1])
            else:
                rel = _rewrite(rel, kind, a1, r)
            if rel is None:
                return None
            equations.append((given, sp.expand(rel)))
        elif "\\neq 0" in given["claim"] or "≠ 0" in given["claim"] or "!=0" in given["claim"].replace(" ", ""):
            nonzero = True  # a_1 ≠ 0
        elif (cond := _condition(given["claim"], a1, r)) is not None:
            conditions.append(cond)  # "公差不为 0", "各项均为正数": each solution must satisfy it
        else:
            return None
    target = r if expression.strip() == str(r) else parse(expression)  # "的公差 / 公比" asks for d or q itself
    target = _rewrite(target, kind, a1, r) if target is not None else None
    if target is None or not equations:
        return None
    solutions = sp.solve([e for _, e in equations], [a1, r], dict=True)
    values, accepted = set(), []
    for s in solutions:
        if any(not v.is_real for v in s.values() if v.is_number):
            continue
        if nonzero and (s.get(a1, a1) == 0 or (kind == "geometric" and s.get(r, r) == 0)):
            continue
        if any(cond.subs(s) is not sp.true for cond in conditions):
            continue  # a condition false (or not decided) at this solution: not accepted
        value = sp.simplify(target.subs(s))
        if value.free_symbols or value.has(sp.nan, sp.zoo):
            return None
        values.add(value)
        accepted.append(s)
    if len(values) != 1:
        return None
    value = values.pop()
    step = "公差 d" if kind == "arithmetic" else "公比 q"
    chain = Chain(method=("基本量法", "Basic quantities a_1 and d / q"), knowledge_points=("seq.arithmetic" if kind ==
                  "arithmetic" else "seq.geometric",))
    reading_step(chain, reading)
    eqs = "，".join(f"${value_text(e)}=0$" for _, e in equations)
    chain.ask((f"用首项 a_1 和{step}表示已知条件，得到哪些方程？", f"Written in a_1 and {step[-1]}, which equations do the givens give?"),
              (eqs, eqs.replace("，", ", ")), "", kps=(),
              hints=[("通项公式和前 n 项和公式把每一项都化成基本量。", "The general-term and sum formulas turn every term into a_1 and the ratio/difference.")])
    chain.ask(("解这些方程，所求的式子等于多少？", "Solving them, what does the asked expression equal?"),
              (f"${expression}={value_text(value)}$",) * 2, "", kps=(),
              hints=[("把解代入所求式子并化简。", "Substitute the solution into the asked expression and simplify.")])
    if len(accepted) == 1 and len(accepted[0]) == 2:
        known = ("等差数列" if kind == "arithmetic" else "等比数列", f"a_1={as_latex(accepted[0][a1])}",
                 f"{r}={as_latex(accepted[0][r])}")
        chain.ask((f"由 a_1 与{step}验算 ${expression}$，结果一致吗？", f"Checking ${expression}$ from a_1 and {r}, does it agree?"),
                  (f"${expression}={value_text(value)}$",) * 2, f"{expression} = {as_latex(value)}", kps=(), context=known,
                  hints=[("直接用公式计算。", "Compute it directly with the formulas.")])
    return chain, value_text(value)

"""Strategy: the general term a_n (通项公式) or the sum S_n of an arithmetic / geometric sequence (worker side).

The givens are written in a_1 and d (or q) as in `sequences`, SymPy solves them, and each solution gives
a formula in n; the answer lists every formula the givens allow ("或"). Each formula is checked by the math
layer from the sequence alone (`等比数列, a_1=…, q=…`), independently of the solving.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.sequences import _rewrite
from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

N = sp.Symbol("n", positive=True, integer=True)


def general_term(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """a_n (asked as `{a_n}`) or S_n as formulas in n, one per solution of the givens."""
    asked = re.sub(r"[\\{}\s]", "", expression)
    if asked not in ("a_n", "S_n"):
        return None
    kind = next((o["value"] for o in reading["objects"] if o["kind"] == "sequence"), "")
    if kind not in ("arithmetic", "geometric") or any(o["name"] != "{a_n}" for o in reading["objects"]):
        return None
    a1, r = sp.Symbol("a_1"), sp.Symbol("d" if kind == "arithmetic" else "q")
    equations = []
    for given in reading["givens"]:
        if not given["claim"] or given["claim"].startswith("S_n=\\sum_"):
            continue
        rel = relation(given["claim"].replace("a_1=", "a_{1}=", 1) if given["claim"].startswith("a_1=") else given["claim"])
        if given["claim"].strip().startswith(("q=", "d=")):
            value = parse(given["claim"].split("=", 1)[1])
            rel = r - value if value is not None else None
        else:
            rel = _rewrite(rel, kind, a1, r) if rel is not None else None
        if rel is None:
            return None
        equations.append(sp.expand(rel))
    if not equations:
        return None
    solutions = [s for s in sp.solve(equations, [a1, r], dict=True)
                 if len(s) == 2 and all(v.is_real for v in s.values()) and not (kind == "geometric" and s[r] == 0)]
    if not solutions or len(solutions) > 2:
        return None
    formulas = []
    for s in solutions:
        first, step = s[a1], s[r]
        if asked == "a_n":
            f = first + (N - 1) * step if kind == "arithmetic" else first * step ** (N - 1)
        else:
            f = N * first + N * (N - 1) / 2 * step if kind == "arithmetic" else (
                N * first if step == 1 else first * (1 - step ** N) / (1 - step))
        formulas.append((s, sp.simplify(f)))
    name = "a_n" if asked == "a_n" else "S_n"
    word = "公差 d" if kind == "arithmetic" else "公比 q"
    chain = Chain(method=("基本量法", "Basic quantities a_1 and d / q"),
                  knowledge_points=("seq.arithmetic" if kind == "arithmetic" else "seq.geometric",))
    reading_step(chain, reading)
    basics = " 或 ".join(f"$a_1={value_text(s[a1])}, {r}={value_text(s[r])}$" for s, _ in formulas)
    chain.ask((f"用首项 a_1 和{word}表示已知条件并求解，得到什么？", f"Written in a_1 and {r} and solved, what do the givens give?"),
              (basics,) * 2, "", kps=(), hints=[("通项公式和前 n 项和公式把每一项都化成基本量。",
                                                "The general-term and sum formulas turn every term into a_1 and the ratio/difference.")])
    for s, f in formulas:
        known = ("等差数列" if kind == "arithmetic" else "等比数列", f"a_1={as_latex(s[a1])}", f"{r}={as_latex(s[r])}")
        chain.ask((f"当 $a_1={value_text(s[a1])}, {r}={value_text(s[r])}$ 时，${name}$ 等于什么？",
                   f"With $a_1={value_text(s[a1])}, {r}={value_text(s[r])}$, what is ${name}$?"),
                  (f"${name}={value_text(f)}$",) * 2, f"{name} = {as_latex(f)}", kps=(), context=known,
                  hints=[("代入公式。", "Put them into the formula.")])
    shown = " 或 ".join(f"{name}={value_text(f)}" for _, f in formulas)
    return chain, shown

"""Strategy: the monotonic intervals of a function the Reading defines (parameters put in) (worker side).

The derivative's sign on the domain, solved by SymPy as two inequalities; each solution set is a claim
the math layer checks ("f'(x) > 0 ⇔ x < -1 或 x > 1"). A sign set SymPy cannot write as intervals is no answer.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.solving_goal import _set_text
from tutor_graph.reading.strategy_parts import as_latex, parse, substitute_definitions, value_text
from tutor_graph.reading.verifying import context_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KP = ("deriv.monotonicity",)


def _intervals(s: sp.Set) -> list[sp.Interval] | None:
    pieces = s.args if isinstance(s, sp.Union) else (s,) if s is not sp.S.EmptySet else ()
    return list(pieces) if all(isinstance(p, sp.Interval) for p in pieces) else None


def _end(value: sp.Expr) -> str:
    return "+\\infty" if value == sp.oo else "-\\infty" if value == -sp.oo else value_text(value)


def _shown(pieces: list[sp.Interval]) -> str:
    """Intervals as a textbook writes them: `$(-\\infty, -1)$, $(1, +\\infty)$`."""
    return ", ".join(f"${'(' if p.left_open else '['}{_end(p.start)}, {_end(p.end)}{')' if p.right_open else ']'}$"
                     for p in pieces) or "无"


def monotonic_intervals(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """增区间 / 减区间 of f(x) from the sign of f'(x) on the domain."""
    target = parse(expression)
    if target is None:
        return None
    body = substitute_definitions(substitute_definitions(target, reading), reading)
    if body.atoms(sp.core.function.AppliedUndef) or len(body.free_symbols) != 1:
        return None
    x = next(iter(body.free_symbols))
    domain = sp.calculus.util.continuous_domain(body, x, sp.S.Reals)
    derivative = sp.simplify(sp.diff(body, x))
    up = _intervals(sp.solveset(derivative > 0, x, domain))
    down = _intervals(sp.solveset(derivative < 0, x, domain))
    if up is None or down is None or not (up or down):
        return None
    chain = Chain(method=("导数法", "By the derivative"), knowledge_points=KP, context=tuple(context_of(reading)))
    reading_step(chain, reading)
    chain.ask(("函数的定义域是什么？", "What is the domain?"), (f"${value_text(domain)}$",) * 2, "", kps=KP,
              hints=[("看分母、对数、根号的限制。", "Look at denominators, logarithms and roots.")])
    d = as_latex(derivative)
    chain.ask(("求导：$f'(x)$ 等于什么？", "Differentiate: what is $f'(x)$?"), (f"$f'(x)={value_text(derivative)}$",) * 2,
              "", kps=KP, hints=[("逐项求导。", "Differentiate term by term.")])
    for pieces, sign, words in ((up, ">", ("增", "increasing")), (down, "<", ("减", "decreasing"))):
        text = _set_text(sp.Union(*pieces), x) if pieces else None
        # on the whole line the sign set is a claim the checker decides; on a smaller domain it is shown only
        claim = f"{d} {sign} 0 ⇔ {text}" if text and domain == sp.S.Reals else ""
        chain.ask((f"在哪些区间上 $f'(x){sign}0$，$f(x)$ 单调递{words[0]}？", f"Where is $f'(x){sign}0$, so f is {words[1]}?"),
                  (_shown(pieces),) * 2, claim, kps=KP,
                  hints=[("解导数的不等式，并与定义域取交集。", "Solve the inequality for the derivative within the domain.")])
    shown = f"增区间 {_shown(up)}；减区间 {_shown(down)}"
    return chain, shown

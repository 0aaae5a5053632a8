"""Strategy: the extreme value of the goal under the givens (worker side).

One equation among the givens eliminates a variable; the sign conditions and interval memberships give
the domain of the one variable left; the derivative's zeros in the domain and the closed ends are the
candidates, open ends are limits. The result is cross-checked on a grid of sample points (another
method) before it is offered; a value not attained (a bound only) is not offered.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, substitute_definitions, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("calc.derivative_extrema",)


def _objective(reading: Reading, expression: str) -> sp.Expr | None:
    m = re.fullmatch(r"\s*([a-z])\(\s*([a-z])\s*\)\s*", expression)
    if m:
        body = next((o["value"] for o in reading["objects"] if o["kind"] == "function" and o["name"] == m.group(1)), "")
        return parse(body) if body else None
    expr = parse(expression)
    return substitute_definitions(expr, reading) if expr is not None else None


def _condition(claim: str) -> sp.Basic | None:
    from tutor_graph.checks.parsing import ParseError, parse_statement
    from tutor_graph.checks.statements import Member, Relation

    try:
        stmt = parse_statement(claim)
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    if isinstance(stmt, Relation) and len(stmt.ops) == 1 and stmt.ops[0] in ("<", ">", "<=", ">="):
        lhs, rhs = stmt.parts
        return {"<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge}[stmt.ops[0]](lhs, rhs)
    if isinstance(stmt, Member) and not stmt.negated and isinstance(stmt.element, sp.Symbol) \
            and isinstance(stmt.domain, sp.Set):
        return sp.Tuple(stmt.element, stmt.domain)  # x ∈ S, kept as a set
    return None


def extreme(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The maximum or minimum asked for, by elimination and the derivative; None when it does not apply."""
    text = reading["goals"][0]["text"]
    want = "max" if re.search(r"最大值|极大值|maximum|max\b", text) else "min" if re.search(r"最小值|极小值|minimum|min\b", text) else ""
    f = _objective(reading, expression)
    if not want or f is None or not f.free_symbols:
        return None
    equations = [(g, relation(g["claim"])) for g in reading["givens"] if g["kind"] == "equation"]
    read = [_condition(g["claim"]) for g in reading["givens"] if g["kind"] in ("inequality", "membership")]
    conditions = [c for c in read if c is not None]
    if any(r is None for _, r in equations) or len(conditions) != len(read) or len(equations) > 1:
        return None
    chain = Chain(method=("消元后求导", "Eliminate, then differentiate"), knowledge_points=KPS)
    reading_step(chain, reading)
    variables = sorted(f.free_symbols, key=str)
    if equations:
        given, rel = equations[0]
        if len(variables) != 2:
            return None
        x, y = variables
        solved = sp.solve(rel, y)
        if len(solved) != 1:
            return None
        chain.ask((f"由「{given['text']}」，{y} 可以用 {x} 怎样表示？", f"From \"{given['text']}\", how is {y} written in {x}?"),
                  (f"${y}={value_text(solved[0])}$",) * 2, f"{given['claim']} ⇒ {y}={as_latex(solved[0])}", kps=KPS,
                  hints=[("把等式变形，让 y 单独在一边。", "Rearrange so that y stands alone.")], context=())
        f = sp.simplify(f.subs(y, solved[0]))
        conditions = [c if isinstance(c, sp.Tuple) else c.subs(y, solved[0]) for c in conditions]
    elif len(variables) != 1:
        return None
    x = sorted(f.free_symbols, key=str)[0]
    domain = sp.S.Reals
    for c in conditions:
        if isinstance(c, sp.Tuple):
            if c[0] != x:
                return None
            domain = domain.intersect(c[1])
        else:
            domain = domain.intersect(sp.solveset(c, x, sp.S.Reals))
    domain = domain.intersect(sp.calculus.util.continuous_domain(f, x, sp.S.Reals))
    if not isinstance(domain, sp.Interval) or domain.measure == 0:
        return None
    g = sp.Function("g")
    derivative = sp.simplify(sp.diff(f, x))
    critical = sp.solveset(sp.numer(sp.together(derivative)), x, domain)
    if not isinstance(critical, sp.FiniteSet) or len(critical) > 4:
        return None
    candidates = list(critical) + [e for e, open_ in ((domain.start, domain.left_open), (domain.end, domain.right_open))
                                   if not open_ and e.is_finite]
    if not candidates:
        return None
    values = [(sp.simplify(f.subs(x, c)), c) for c in candidates]
    best, at = (max if want == "max" else min)(values, key=lambda v: float(v[0]))
    for end, open_ in ((domain.start, domain.left_open), (domain.end, domain.right_open)):
        if open_ or not end.is_finite:
            edge = sp.limit(f, x, end, "+" if end == domain.start else "-")
            if edge.is_real is None or (want == "min" and edge < best) or (want == "max" and edge > best):
                return None  # the extreme is only approached, or lies at an end: not this strategy
    if not _grid_agrees(f, x, domain, best, want):
        return None
    chain.ask((f"目标可以写成关于 {x} 的哪个函数？{x} 的取值范围是什么？",
               f"As a function of {x}, what is the objective, and where does {x} range?"),
              (f"$g({x})={value_text(f)}$，${x} \\in {value_text(domain)}$",) * 2, "", kps=KPS,
              hints=[("消元后注意变量的取值范围。", "After eliminating, keep track of the domain.")])
    chain.ask((f"$g({x})$ 的导数是什么？", f"What is the derivative of $g({x})$?"),
              (f"$g'({x})={value_text(derivative)}$",) * 2, f"g'({x}) = {as_latex(derivative)}", kps=KPS,
              hints=[("逐项求导。", "Differentiate term by term.")], context=(f"g({x})={as_latex(f)}",))
    chain.ask((f"在范围内 g'({x})=0 的点和端点处，g 的值各是多少？哪个最{'大' if want == 'max' else '小'}？",
               f"At the zeros of g' in the domain and at the closed ends, what are the values of g? Which is the "
               f"{'largest' if want == 'max' else 'smallest'}?"),
              (f"${x}={value_text(at)}$ 时 $g={value_text(best)}$", f"at ${x}={value_text(at)}$, $g={value_text(best)}$"),
              f"g({as_latex(at)}) = {as_latex(best)}", kps=KPS,
              hints=[("列表比较导数的符号和函数值。", "Tabulate the sign of g' and the values.")],
              context=(f"g({x})={as_latex(f)}",))
    del g
    return chain, value_text(best)


def _grid_agrees(f: sp.Expr, x: sp.Symbol, domain: sp.Interval, best: sp.Expr, want: str) -> bool:
    """No sample point of the domain beats the value found (a second method, numeric)."""
    lo = float(domain.start) if domain.start.is_finite else -50.0
    hi = float(domain.end) if domain.end.is_finite else 50.0
    fn = sp.lambdify(x, f, "math")
    target = float(best)
    for k in range(1, 400):
        t = lo + (hi - lo) * k / 400
        try:
            v = float(fn(t))
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        if (want == "min" and v < target - 1e-9) or (want == "max" and v > target + 1e-9):
            return False
    return True

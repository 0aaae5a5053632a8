"""Strategy: the relation a problem asks to solve (解方程 / 解不等式 / a system), solved with SymPy (worker side)."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("alg.equations",)


def solve_relation(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """Equations (one, or a system split at commas) solved for their unknowns; the solutions as the answer."""
    pieces = [p.strip() for p in expression.split(",") if p.strip()]
    relations = [r for r in map(relation, pieces) if r is not None]
    if not relations or len(relations) != len(pieces):  # every piece must read as a relation
        return None
    unknowns = sorted(set().union(*(r.free_symbols for r in relations)), key=str)
    if not unknowns or len(unknowns) != len(relations) or len(unknowns) > 3:
        return None
    chain = Chain(method=("解方程", "Solving"), knowledge_points=KPS)
    reading_step(chain, reading)
    if len(unknowns) == 1:
        x = unknowns[0]
        roots = sp.solveset(relations[0], x, sp.S.Reals)
        if not isinstance(roots, sp.FiniteSet):
            return None
        ordered = sorted(roots, key=sp.default_sort_key)
        shown = " 或 ".join(f"{x}={value_text(r)}" for r in ordered) or "无实数根"
        claim_answer = " 或 ".join(f"{x}={as_latex(r)}" for r in ordered)
        expanded = f"{as_latex(relations[0])}=0"
        chain.ask(("把方程移项整理成一边为 0，得到什么？", "Moving every term to one side, what do you get?"),
                  (f"${expanded}$",) * 2, f"{pieces[0]} ⇔ {expanded}", kps=KPS,
                  hints=[("把右边的项移到左边。", "Move the right-hand terms to the left.")])
        factored = sp.factor(relations[0])
        if factored != relations[0] and ordered:
            chain.ask(("左边能因式分解吗？", "Can the left side be factored?"), (f"${value_text(factored)}=0$",) * 2,
                      f"{as_latex(relations[0])} = {as_latex(factored)}", kps=KPS,
                      hints=[("找出使左边为 0 的数。", "Look for numbers that make the left side 0.")])
        chain.ask(("方程的解是什么？", "What are the solutions?"), (f"${shown}$",) * 2,
                  f"{pieces[0]} ⇔ {claim_answer}" if ordered else f"{pieces[0]} 的解集为 \\varnothing", kps=KPS,
                  hints=[("每个因式为 0 各给出一个解。", "Each factor equal to 0 gives a solution.")])
        return chain, shown
    solutions = sp.solve(relations, unknowns, dict=True)
    if len(solutions) != 1 or len(solutions[0]) != len(unknowns):
        return None
    point = ", ".join(f"{u}={as_latex(solutions[0][u])}" for u in unknowns)
    shown = ", ".join(f"{u}={value_text(solutions[0][u])}" for u in unknowns)
    first = unknowns[0]
    others = [u for u in unknowns if u != first]
    eliminated = sp.solve(relations, others, dict=True)
    if eliminated and len(unknowns) == 2:
        rest = sp.simplify(relations[0].subs(eliminated[0])) if relations[0].has(*others) else relations[0]
        chain.ask((f"消去 {', '.join(map(str, others))} 后，关于 {first} 的方程是什么？",
                   f"Eliminating {', '.join(map(str, others))}, which equation in {first} remains?"),
                  (f"${value_text(rest)}=0$",) * 2, "", kps=KPS,
                  hints=[("把两个方程相加或相减。", "Add or subtract the equations.")])
    chain.ask(("方程组的解是什么？", "What is the solution of the system?"), (f"${shown}$",) * 2,
              f"{expression} ⇒ {point}", kps=KPS,
              hints=[("解出一个未知数后代回另一个方程。", "Solve for one unknown, then substitute back.")])
    return chain, shown


def _set_text(solution: sp.Set, x: sp.Symbol) -> str | None:
    """A union of intervals as conditions on x ("x \\le -4 或 x \\ge 2"); None for other sets."""
    pieces = solution.args if isinstance(solution, sp.Union) else (solution,)
    out = []
    for piece in pieces:
        if not isinstance(piece, sp.Interval):
            return None
        left, right = ("<" if piece.left_open else "\\le"), ("<" if piece.right_open else "\\le")
        low = "" if piece.start == -sp.oo else f"{as_latex(piece.start)} {left} "
        high = "" if piece.end == sp.oo else f" {right} {as_latex(piece.end)}"
        if not low and not high:
            return None
        if not high:  # "x \\ge 2" reads better than "2 \\le x"
            above = ">" if piece.left_open else "\\ge"
            low, high = "", f" {above} {as_latex(piece.start)}"
        out.append(f"{low}{x}{high}")
    return " 或 ".join(out) if out else None


def solve_inequality(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """One inequality in one unknown (functions and parameters given by the Reading's definitions), solved."""
    from tutor_graph.checks.parsing import ParseError, parse_statement
    from tutor_graph.checks.statements import Relation
    from tutor_graph.reading.strategy_parts import substitute_definitions
    from tutor_graph.reading.verifying import context_of

    try:
        stmt = parse_statement(expression)
    except (ParseError, ValueError, TypeError, RecursionError):
        return None
    ops = {"<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge, "≤": sp.Le, "≥": sp.Ge}
    if not isinstance(stmt, Relation) or len(stmt.ops) != 1 or stmt.ops[0] not in ops:
        return None
    lhs, rhs = (substitute_definitions(substitute_definitions(p, reading), reading) for p in stmt.parts)
    unknowns = (lhs - rhs).free_symbols
    if len(unknowns) != 1 or (lhs - rhs).atoms(sp.core.function.AppliedUndef):
        return None
    x = unknowns.pop()
    solution = sp.solveset(ops[stmt.ops[0]](lhs, rhs), x, sp.S.Reals)
    shown = _set_text(solution, x) if solution is not sp.S.EmptySet else "无解"
    if not shown or (solution is not sp.S.EmptySet and not solution.free_symbols <= set()):
        return None
    context = context_of(reading)
    chain = Chain(method=("解不等式", "Solving the inequality"), knowledge_points=KPS, context=tuple(context))
    reading_step(chain, reading)
    chain.ask(("代入已知后，不等式是什么？", "With the givens put in, what is the inequality?"),
              (f"${as_latex(ops[stmt.ops[0]](lhs, rhs))}$",) * 2, "", kps=KPS,
              hints=[("把函数的解析式和参数的值代入。", "Put in the function and the parameter's value.")])
    claim = f"{expression} 的解集为 \\varnothing" if shown == "无解" else f"{expression} ⇔ {shown}"
    chain.ask(("不等式的解集是什么？", "What is the solution set?"), (f"${shown}$",) * 2, claim, kps=KPS,
              hints=[("按绝对值内的零点分段，或由函数的单调性求解。",
                      "Split at the zeros inside absolute values, or use monotonicity.")])
    return chain, shown

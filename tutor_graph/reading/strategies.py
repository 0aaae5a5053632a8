"""General strategies over a Reading: evaluate, solve, optimise, choose. Whole families, not phrasings.

Runs in a checker worker (task `reading.answer`, under a hard time bound): the formulas of the Reading
are read by the math layer's own whitelisting parser, SymPy computes, and every chain is written
through the specialist's `Chain`, so each claim is checked and each final answer is graded against a
reference computed another way. Each chain goes 读题 → each given as an equation (checked) → solve →
answer; questions end with ？ and hints never state the step's answer.
"""

from __future__ import annotations

import time
from typing import Any

import sympy as sp

from tutor_graph.reading import vectors
from tutor_graph.reading.describing import describe
from tutor_graph.reading.strategy_parts import (
    Failed,
    as_latex,
    parse,
    relation,
    sequence_value,
    substitute_definitions,
    value_text,
)
from tutor_graph.reading.verifying import context_of, coords_of
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain, verify

OTHER_METHODS_BUDGET_S = 4.0  # second methods start only within this (scaled) time after the first is checked
KP_EVAL, KP_EQ, KP_OPT, KP_CHOICE = ("alg.expressions",), ("alg.equations",), ("calc.derivative_extrema",), ()


def _reading_step(chain: Chain, reading: Reading) -> None:
    chain.ask(("这道题已知什么？要求什么？", "What is given, and what is asked?"),
              (describe(reading, "zh").replace("\n", "；"), describe(reading, "en").replace("\n", "; ")), "",
              kps=(), hints=[("题中给了哪些量、哪些关系？", "Which quantities and relations does the problem give?"),
                             ("把条件逐条写成数学式。", "Write each condition as a formula.")])


_COMPUTED = (sp.Limit, sp.Integral, sp.Sum, sp.Derivative)


def evaluate(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A quantity with no unknowns: compute it (arithmetic, complex numbers, trig, logs, limits, integrals, sums)."""
    value = sequence_value(reading, expression)
    # a vector asked by its coordinates (`|a|`, `a\cdot b`) is the number it stands for
    scalar = vectors.scalar_form(expression, coords_of(reading))
    if value is None:
        expr = parse(scalar)
        expr = substitute_definitions(expr, reading) if expr is not None else None
        if expr is None or expr.free_symbols or expr.atoms(sp.core.function.AppliedUndef):
            return None
        value = sp.simplify(expr.doit())
        if value.has(*_COMPUTED, sp.nan, sp.zoo) or value.free_symbols or not value.is_number:
            return None
    chain = Chain(method=("直接计算", "Direct computation"), knowledge_points=KP_EVAL,
                  context=tuple(context_of(reading)))
    _reading_step(chain, reading)
    shown = value_text(value)
    chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${expression}={shown}$",) * 2,
              f"{scalar} = {as_latex(value)}", kps=KP_EVAL,
              hints=[("先化简，再按运算法则逐步计算。", "Simplify first, then compute step by step.")])
    return chain, shown


def solve_givens(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The givens as equations in the unknowns, solved; then the asked quantity at the solution."""
    read = [(g, relation(g["claim"])) for g in reading["givens"] if g["claim"] and g["kind"] in ("equation", "relation")]
    equations = [(g, r) for g, r in read if r is not None]
    if not equations:
        return None
    unknowns = sorted(set().union(*(r.free_symbols for _, r in equations)), key=str)
    if not all(r.is_rational_function(*unknowns) for _, r in equations) and (
            len(unknowns) > 1 or any(len(r.atoms(sp.Function)) > 1 for _, r in equations)):
        # one function of the unknown (`\\sin a = 1/3`) is solved; `2\\tan θ - \\tan(θ+π/4) = 7` is left alone:
        return None  # SymPy's solve may not finish in time
    if not unknowns or len(unknowns) > len(equations) or len(unknowns) > 3:
        return None
    target = parse(expression)
    if target is None or not target.free_symbols <= set(unknowns):
        return None
    solutions = sp.solve([r for _, r in equations], unknowns, dict=True)
    real = [s for s in solutions if all(v.is_real for v in s.values()) and len(s) == len(unknowns)]
    values = sorted({sp.simplify(target.subs(s)) for s in real}, key=sp.default_sort_key)
    if len(values) != 1:
        return None  # none, several or not all determined: not answered rather than half answered
    value = values[0]
    chain = Chain(method=("列方程求解", "Set up equations and solve"), knowledge_points=KP_EQ)
    _reading_step(chain, reading)
    simplified = []
    for given, rel in equations:
        eq = f"{as_latex(sp.expand(rel))}=0"
        simplified.append(eq)
        names = ", ".join(str(u) for u in unknowns)
        chain.ask((f"条件「{given['text']}」可以写成关于 {names} 的什么方程？",
                   f"Which equation in {names} does the condition \"{given['text']}\" give?"),
                  (f"${given['claim']}$，即 ${eq}$", f"${given['claim']}$, i.e. ${eq}$"),
                  f"{given['claim']} ⇔ {eq}" if len(rel.free_symbols) == 1 else "",
                  kps=KP_EQ, hints=[("把条件中的式子代入、展开、整理。", "Substitute, expand and collect terms.")],
                  context=())
    point = ", ".join(f"{u}={as_latex(real[0][u])}" for u in unknowns)
    chain.ask(("解这个方程（组）得到什么？", "What does solving the equation(s) give?"), (f"${point}$",) * 2,
              f"{', '.join(simplified)} ⇒ {point}", kps=KP_EQ,
              hints=[("移项，把未知数单独留在一边。", "Isolate the unknown.")], context=())
    shown = value_text(value)
    if target not in unknowns:
        chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${expression}={shown}$",) * 2,
                  f"{expression} = {as_latex(value)}", kps=KP_EQ, context=tuple(point.split(", ")))
    return chain, shown


def solve_goal(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """解方程 / 解不等式 / a system: the relation asked about, solved."""
    from tutor_graph.reading.solving_goal import solve_inequality, solve_relation

    return solve_relation(reading, expression, _reading_step) or solve_inequality(reading, expression, _reading_step)


def optimise(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """An extreme value of the goal under the givens (one variable after elimination; derivative on the domain)."""
    from tutor_graph.reading.optimising import extreme

    return extreme(reading, expression, _reading_step)


def count(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A count: the positive divisors of a number."""
    from tutor_graph.reading.counting import divisors

    return divisors(reading, expression, _reading_step)


def angle(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The angle between two vectors given by coordinates."""
    from tutor_graph.reading.counting import angle as between

    return between(reading, expression, _reading_step)


def sequence(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """An arithmetic / geometric sequence whose a_1 and d or q are fixed by the givens."""
    from tutor_graph.reading.sequences import sequence_solve

    return sequence_solve(reading, expression, _reading_step)


def _form(kind: str):
    def strategy(reading: Reading, expression: str) -> tuple[Chain, str] | None:
        from tutor_graph.reading import forms

        if kind == "tangent":
            return forms.tangent(reading, expression, _reading_step)
        if kind == "coefficient":
            return forms.coefficient(reading, expression, _reading_step)
        return forms.complex_part(reading, kind, expression, _reading_step)

    return strategy


def complex_unknown(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A complex unknown fixed by one linear equation."""
    from tutor_graph.reading.complex_unknowns import solve_complex

    return solve_complex(reading, expression, _reading_step)


def recurrence(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A term of a sequence defined term by term (a_1 and a_{n+1} = …), computed exactly."""
    from tutor_graph.reading.recurrences import term_value

    return term_value(reading, expression, _reading_step)


def least(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The least positive integer n satisfying a condition on such sequences (n = 1, 2, … in turn)."""
    from tutor_graph.reading.recurrences import least_n

    return least_n(reading, expression, _reading_step)


def roots(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """Equations that each fix one unknown of their own, solved one by one."""
    from tutor_graph.reading.separate import separate_roots

    return separate_roots(reading, expression, _reading_step)


def monotonic(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The monotonic intervals of a defined function, from the sign of its derivative."""
    from tutor_graph.reading.monotonic import monotonic_intervals

    return monotonic_intervals(reading, expression, _reading_step)


def formula(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The general term a_n or the sum S_n of an arithmetic / geometric sequence, as formulas in n."""
    from tutor_graph.reading.general_terms import general_term

    return general_term(reading, expression, _reading_step)


STRATEGIES = {**{k: (_form(k),) for k in ("conjugate", "imaginary", "real", "modulus", "tangent", "coefficient")},
              "value": (evaluate, sequence, recurrence, solve_givens, roots, complex_unknown, formula), "solve": (solve_goal,), "extremum": (optimise,), "count": (count,),
              "angle": (angle,), "least": (least,), "interval": (monotonic,), "expression": (formula,)}


def expansion(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A coefficient of an expansion, or a parameter fixed by one (binomial theorem)."""
    from tutor_graph.reading.expansions import expansion as expand

    return expand(reading, expression, _reading_step)


def conic(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A property of an ellipse, hyperbola or parabola from the givens about it."""
    from tutor_graph.reading.conic_solving import conic as solve_conic

    return solve_conic(reading, expression, _reading_step)


def vectors_free(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """Lengths, dot products and parameters of combinations of two vectors without coordinates."""
    from tutor_graph.reading.vector_algebra import gram

    return gram(reading, expression, _reading_step)


def vectors_angle(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The angle between two combinations of two vectors without coordinates."""
    from tutor_graph.reading.vector_algebra import gram

    return gram(reading, expression, _reading_step, angle=True)


def sets(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """Sets of numbers: the option equal to the asked set, or the one true statement about the sets."""
    from tutor_graph.reading.set_algebra import set_answer

    return set_answer(reading, expression, _reading_step)


def triangle(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """A side or an angle's cosine/sine of a triangle ABC through the law of cosines."""
    from tutor_graph.reading.triangles import triangle as solve_triangle

    return solve_triangle(reading, expression, _reading_step)


def quadrant(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """The quadrant of a complex number's point, matched with the options."""
    from tutor_graph.reading.exam_words import quadrant as locate

    return locate(reading, expression, _reading_step)


def with_limits(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """Givens that hold a derivative at a point (a tangent's slope), solved for the unknowns."""
    from tutor_graph.reading.exam_words import solve_with_limits

    return solve_with_limits(reading, expression, _reading_step)


def vertex_angle(reading: Reading, expression: str) -> tuple[Chain, str] | None:
    """∠ABC from the vectors BA and BC given by coordinates: the angle between them."""
    import re

    from tutor_graph.reading.counting import angle as between

    m = re.fullmatch(r"\\angle\s*([A-Z])\s*([A-Z])\s*([A-Z])", expression.strip())
    if not m:
        return None
    a, b, c = m.groups()
    return between(reading, f"\\langle {b}{a}, {b}{c}\\rangle", _reading_step)


def _part_of_unknown(kind: str):
    def strategy(reading: Reading, expression: str) -> tuple[Chain, str] | None:
        from tutor_graph.reading.exam_words import part_of_unknown

        return part_of_unknown(reading, kind, expression, _reading_step)

    return strategy


for _kind in ("conjugate", "imaginary", "real", "modulus"):  # "(3-4i)z=|4+3i|, 则 z 的虚部"
    STRATEGIES[_kind] += (_part_of_unknown(_kind),)
STRATEGIES["conic"] = (conic,)
STRATEGIES["value"] += (with_limits,)
STRATEGIES["quadrant"] = (quadrant,)
STRATEGIES["value"] += (triangle,)
STRATEGIES["choice"] = (sets, with_limits)
STRATEGIES["value"] += (sets,)
STRATEGIES["value"] += (vectors_free,)
STRATEGIES["angle"] += (vectors_angle,)
STRATEGIES["coefficient"] += (expansion,)  # exam expansions: constant terms, parameters, coefficient sums
STRATEGIES["value"] += (expansion,)
STRATEGIES["value"] += (vertex_angle,)  # "则 ∠ABC=" with BA, BC given by coordinates


def answer(reading: Reading, lang: str = "zh") -> list[dict[str, Any]]:
    """The checked solutions the general strategies find for a complete Reading ([] when none applies)."""
    if reading.get("complete") and len(reading["goals"]) > 1:
        from tutor_graph.reading.goals import answer_goals

        return answer_goals(reading, lang, _answer_one, _specialist)
    return _answer_one(reading, lang)


def _specialist(text: str, lang: str) -> list[dict[str, Any]]:
    """The specialist's first solution for one goal's own text (we are in a checker worker already)."""
    from tutor_graph.specialist import solve_symbolically

    try:
        return [dict(s) for s in solve_symbolically(text, 1, lang)]
    except Exception:  # a specialist bug on one goal leaves that goal unanswered, not the others
        return []


def _answer_one(reading: Reading, lang: str = "zh") -> list[dict[str, Any]]:
    if not reading.get("complete") or len(reading["goals"]) != 1:
        return []
    goal = reading["goals"][0]
    kind = goal["kind"]
    found: tuple[Chain, str] | None = None
    for strategy in STRATEGIES.get(kind, ()):
        try:
            found = strategy(reading, goal["expression"])
        except (Failed, ValueError, TypeError, NotImplementedError, ZeroDivisionError, RecursionError, AttributeError):
            found = None
        if found:
            break
    if found and reading["options"] and found[1] not in reading["options"]:  # a letter already chosen stays
        from tutor_graph.reading.choosing import match_option

        found = match_option(found, reading["options"])
    if not found and reading["options"] and kind == "choice":
        from tutor_graph.reading.choosing import judge_statements

        found = judge_statements(reading, _reading_step)
    if not found and reading["options"] and kind == "value":
        from tutor_graph.reading.choosing import test_options

        found = test_options(reading, goal["expression"], _reading_step)
    if not found:
        return []
    chain, shown = found
    # the reference is the checker's own computation of each claim, and back-substitution in the graph
    chain.done(shown, shown)
    solutions = [dict(verify(chain, lang))]
    from tutor_graph.checks.pool import bound_s
    from tutor_graph.reading.other_methods import other_methods

    # 一题多解: second methods, each graded against this answer (found another way), while the budget lasts:
    # the graph waits for this task (Settings.symbolic_timeout_s), and the first method must not be lost to them
    deadline = time.monotonic() + bound_s(OTHER_METHODS_BUDGET_S)
    for other, _ in other_methods(reading, found, _reading_step, deadline=deadline):
        if time.monotonic() > deadline:
            break
        solutions.append(dict(verify(other, lang)))
    return solutions

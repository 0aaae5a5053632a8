"""已知解析式求函数值 / The value f(a) of a function given by one formula."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.functions.function_reading import fdef, function_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_OTHER_GOALS = ("导", "deriv", "切线", "tangent", "单调", "极", "最", "max", "min")
_ASKS = ("求", "find", "compute", "calculate", "evaluate", "value")


@dataclass(frozen=True)
class Value:
    """The function and the one point `at` where its value is asked (`written`: the point as in the text)."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    at: sp.Expr
    written: str


def detect(p: Problem) -> Value | None:
    """`已知 f(x)=x^2+1，求 f(2) 的值`: exactly one f(number) asked; no derivative, tangent, monotonicity or extremum."""
    found = function_of(p, trig=True)
    if found is None or p.has(*_OTHER_GOALS):
        return None
    name, var, body = found
    # the asked expressions the Reading read: "f(2)", "f(-1)" (a goal "f(x)" asks the function, not a value)
    asks = [m.group(1) for g in p.goals if g["kind"] == "value"
            and (m := re.fullmatch(rf"\s*{name}\(\s*(.+?)\s*\)\s*", g["expression"]))]
    points = [a for a in asks if a.strip() != var.name]
    if len(points) != 1 or not p.has(*_ASKS):
        return None
    at = try_expr(normalise(points[0]))
    if at is None or at.free_symbols:
        return None
    return Value(name, var, body, at, points[0])


def values(d: Value) -> Values:
    """The substituted expression as written (negatives bracketed) and its value."""
    x, body, at = d.var, d.body, d.at
    f = "f" if d.name == "y" else d.name
    written = body.subs(x, paren(at))
    value = tidy(body.subs(x, at))
    return {"f": f, "x": x.name, "at": tex(at), "fdef": fdef(f, x, body), "body": tex(body),
            "written": tex(written).replace("\\left", "").replace("\\right", ""), "value": tex(value),
            "sub_claim": f"{f}({plain(at)}) = {plain(written)}", "value_claim": f"{plain(written)} = {plain(value)}"}


def reference(d: Value) -> str:
    """Independent of the chain's substitution: a polynomial by Horner's rule (`Poly.eval`), else evaluated and
    else SymPy's simplified value."""
    x, body, at = d.var, d.body, d.at
    if body.is_polynomial(x) and at.is_Rational:
        return plain(sp.Poly(body, x).eval(at))
    return plain(sp.simplify(body.subs(x, at)))


TYPE: ProblemType[Value] = ProblemType(
    type_id="function.value", module="functions", name="value", detect=detect, values=values, reference=reference,
    givens=lambda d: [fdef(d.name, d.var, d.body)], goal=lambda d: f"{d.name}({d.written})",
    answers=frozenset({"fvalue"}),
)

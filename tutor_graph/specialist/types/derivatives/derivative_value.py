"""某点处的导数值 / The derivative at a point: by the rules, or by the limit definition."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.types.derivatives.analysis import analyse
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ASKED = re.compile(r"([fgh])'\(\s*([-0-9./()]+?)\s*\)")  # the Reading's asked value: f'(2)
_H = sp.Symbol("h", real=True)


@dataclass(frozen=True)
class DerivativeValue:
    """The function and the point a where f'(a) is asked (`asked`: the text of f'(a) as written)."""

    name: str
    var: sp.Symbol
    body: sp.Expr
    at: sp.Expr
    asked: str


def detect(p: Problem) -> DerivativeValue | None:
    """`已知 f(x)=…，求 f'(a)`: no tangent, monotonicity, extremum or max / min asked."""
    m = next((m for g in p.goals if (m := _ASKED.fullmatch(g["expression"].strip()))), None)
    if not m or p.has("切线", "tangent", "单调", "极值", "最大", "最小"):
        return None
    f = analyse(p)
    at = try_expr(m.group(2))
    if f is None or at is None or at.free_symbols or f.domain.contains(at) != sp.true:
        return None
    return DerivativeValue(f.name, f.var, f.body, at, f"{m.group(1)}'({m.group(2)})")


def values(d: DerivativeValue) -> Values:
    """The derivative and its value at a; for polynomials, the difference quotient and its limit."""
    x, body, at = d.var, d.body, d.at
    fp = sp.diff(body, x)
    shown = sp.factor(fp) if fp.is_polynomial(x) else sp.simplify(fp)
    value = tidy(fp.subs(x, at))
    out: Values = {"f": d.name, "x": x.name, "fdef": fdef(d.name, x, body), "at": tex(at), "at_plain": plain(at),
                   "fp": tex(shown), "fp_plain": plain(shown), "value": tex(value), "value_plain": plain(value),
                   "polynomial": bool(body.is_polynomial(x) and sp.degree(body, x) <= 4)}
    if out["polynomial"]:
        quotient = sp.expand(sp.cancel((body.subs(x, at + _H) - body.subs(x, at)) / _H))
        out.update({"quotient": tex(quotient),
                    "quotient_claim": f"({plain(body.subs(x, paren(at + _H)))} - ({plain(body.subs(x, at))}))/h = {plain(quotient)}",
                    "limit_claim": f"\\lim_{{h \\to 0}} ({plain(quotient)}) = {plain(quotient.subs(_H, 0))}"})
    return out


def reference(d: DerivativeValue) -> str:
    """Independent: SymPy's limit of the difference quotient, not the rules."""
    x, body, at = d.var, d.body, d.at
    return plain(sp.nsimplify(sp.limit((body.subs(x, at + _H) - body.subs(x, at)) / _H, _H, 0)))


TYPE: ProblemType[DerivativeValue] = ProblemType(
    type_id="function.derivative_value", module="derivatives", name="derivative_value", detect=detect, values=values,
    reference=reference, givens=lambda d: [fdef(d.name, d.var, d.body)], goal=lambda d: d.asked,
    answers=frozenset({"derivative"}),
)

"""`parse_expression`: the expression a text denotes, read safely in the worker under the time bound.

For callers that need a SymPy expression rather than a verdict (the app's function plot, for one).
The text is parsed by the whitelisting parser in the worker process; what comes back is the SymPy
expression that parser built, pickled by our own worker over its private pipe (as `multiprocessing`
does), so nothing the user typed is ever evaluated in the caller.
"""

from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tutor_graph.checks import pool
from tutor_graph.checks.limits import too_large

if TYPE_CHECKING:  # importing tutor_graph.checks stays light: SymPy loads with the first expression
    import sympy as sp


@dataclass(frozen=True)
class ParsedExpression:
    """What `parse_expression` read: `expr` (None when the text is not an expression), its plain form
    `text` (SymPy's `sstr`), the names of its free `variables`, and a `reason` (bilingual) either way."""

    expr: sp.Expr | None  # SymPy
    text: str = ""
    variables: tuple[str, ...] = field(default_factory=tuple)
    reason: str = ""

    def __bool__(self) -> bool:
        return self.expr is not None


def parse_expression(text: str, equation: bool = False) -> ParsedExpression:
    """Read the expression `text` denotes, within the checker's hard time bound (never raises).

    A bare expression is itself; a named value `f(x) = …`, `y = …`, `a_n = …`, `y' = …` is its right
    side. With `equation=True` an equation that names nothing, `P = Q`, gives `P - Q` (whose zeros are
    the equation's solutions: what a plot of the equation shows). Derivatives are carried out; other
    relations, sets and points give `expr=None` with the reason.

    >>> parse_expression("f(x)=x^2-x").text
    'x**2 - x'
    >>> parse_expression(r"y = \\frac{1}{x} + \\sin 2x").variables
    ('x',)
    >>> parse_expression("x^2 = 2x + 3", equation=True).text
    'x**2 - 2*x - 3'
    >>> bool(parse_expression("x^2 = 2x + 3")), bool(parse_expression("__import__('os')"))
    (False, False)
    """
    if not isinstance(text, str) or not text.strip():
        return ParsedExpression(None, reason="空 / empty")
    why = too_large(text)
    if why:
        return ParsedExpression(None, reason=f"过大 / too large: {why}")
    try:
        reply = pool.run("expression", [text, bool(equation)])
    except pool.WorkerTimeout:
        return ParsedExpression(None, reason=f"过大或超时 / too large / timed out (over {pool.bound_s():.1f} s)")
    except pool.WorkerUnavailable as exc:
        return ParsedExpression(None, reason=f"解析器不可用 / parser unavailable: {exc}")
    if not reply.get("ok"):
        return ParsedExpression(None, reason=str(reply.get("error", "parser error")))
    result = reply["result"]
    if result["expr"] is None:
        return ParsedExpression(None, reason=result["reason"])
    expr = pickle.loads(base64.b64decode(result["expr"]))  # noqa: S301 - bytes from our own worker (see module doc)
    return ParsedExpression(expr, result["text"], tuple(result["variables"]), result["reason"])


def expression_inline(text: str, equation: bool = False) -> dict:
    """Read the expression in this process (no time bound: the worker calls this); JSON-able reply."""
    import sympy as sp

    expr, reason = read_expression(text, equation)
    if expr is None:
        return _none(reason)
    return {"expr": base64.b64encode(pickle.dumps(expr)).decode("ascii"), "text": sp.sstr(expr),
            "variables": sorted(s.name for s in expr.free_symbols), "reason": reason}


def read_expression(text: str, equation: bool = False) -> tuple[sp.Expr | None, str]:
    """The expression `text` denotes and why, or (None, why not); in this process (the worker's side)."""
    import sympy as sp

    from tutor_graph.checks.answer_kinds import is_label
    from tutor_graph.checks.parsing import ParseError, freeze, parse_statement, symbol
    from tutor_graph.checks.statements import Bare, Relation

    try:
        stmt = parse_statement(text)
    except ParseError as exc:
        return None, f"无法解析 / cannot read: {exc}"
    if isinstance(stmt, Bare) and isinstance(stmt.expr, sp.Expr):
        expr, reason = stmt.expr, "表达式 / an expression"
    elif isinstance(stmt, Relation) and stmt.ops == ("=",) and all(isinstance(p, sp.Expr) for p in stmt.parts):
        lhs, rhs = stmt.parts
        if (is_label(lhs) or lhs == symbol("y")) and not rhs.has(lhs):
            expr, reason = rhs, f"{sp.sstr(freeze(lhs))} 的表达式 / the expression for {sp.sstr(freeze(lhs))}"
        elif equation:
            expr, reason = lhs - rhs, "方程两边之差 / the difference of the equation's sides"
        else:
            return None, "这是方程，不是表达式 / an equation, not an expression"
    else:
        return None, "不是表达式 / not an expression"
    if expr.has(sp.Derivative):
        expr = expr.replace(lambda n: isinstance(n, sp.Derivative), lambda n: n.doit())
    return freeze(expr), reason  # leftover a_n, f(x) become plain symbols


def _none(reason: str) -> dict:
    return {"expr": None, "text": "", "variables": [], "reason": reason}

"""Function plots for 数形结合: find the function in a problem and sample it, parsed safely.

Text is parsed only by the math layer's whitelisting parser (never eval/sympify); the parsed SymPy
expression is then evaluated numerically with NumPy. Pages call `function_from_text` and
`sample_function` and only draw what they return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from app.mathtext import split_math
from app.services import NotAvailable, require

MAX_TEXT = 300  # a function longer than this is not something a teacher wants plotted
POINTS = 801

# Runs of formula-looking ASCII in prose, e.g. "f(x)=x^3-3x" inside "已知函数 f(x)=x^3-3x，求…".
_FORMULA_RUN = re.compile(r"[A-Za-z0-9_^+\-*/().=|\\{}\[\] ]*[=^xX][A-Za-z0-9_^+\-*/().=|\\{}\[\] ]*")

_FUNCTIONS = "sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan|ln|lg|log|exp|sqrt|abs|frac|left|right|cdot|pi|dfrac"
_WORD = re.compile(rf"\b(?!(?:{_FUNCTIONS})\b)[A-Za-z]{{2,}}\b")


class PlotError(ValueError):
    """The text is not a function of one variable that can be plotted; the message says why."""


@dataclass(frozen=True)
class Curve:
    """A sampled function: the expression as parsed, its variable, and the points (NaN in gaps)."""

    label: str
    variable: str
    xs: np.ndarray
    ys: np.ndarray


def _parse(text: str):
    statement = require("tutor_graph.checks.parsing", "parse_statement", "数学解析 / math parser")
    return statement(text)


def _expression(text: str):
    """The function a text describes: `f(x)=…`/`y=…` → the right side; `P=Q` → P−Q; else the expression."""
    stmt = _parse(text)
    parts = getattr(stmt, "parts", None)
    if parts is None:
        expr = getattr(stmt, "expr", None)
        if expr is None:
            raise PlotError("不是函数表达式 / not a function expression")
        return expr
    if len(parts) != 2:
        raise PlotError("只能画一个等式或表达式 / only one equation or expression can be plotted")
    left, right = parts
    if getattr(left, "is_Function", False) or (getattr(left, "is_Symbol", False) and str(left) == "y"):
        return right
    return left - right


def _one_variable(expr) -> str:
    free = sorted(str(s) for s in expr.free_symbols)
    if len(free) > 1:
        raise PlotError(f"含有多个变量 {', '.join(free)} / more than one variable")
    return free[0] if free else "x"


def function_from_text(problem: str) -> str | None:
    """Guess the function a problem is about (its first plottable formula), or None."""
    candidates: list[str] = []
    for kind, body in split_math(problem or ""):
        if kind == "text":
            for match in _FORMULA_RUN.finditer(body):
                run = match.group(0).strip().rstrip(".")
                # English prose ("Find the maximum of f(x) = x^3 on [-2, 3]") splits at its words.
                pieces = _WORD.split(run)
                candidates += [run] + [p.strip().rstrip(".") for p in pieces if len(pieces) > 1]
        else:
            candidates.append(body)
    for text in candidates:
        if not text or len(text) > MAX_TEXT:
            continue
        try:
            expr = _expression(text)
            _one_variable(expr)
        except NotAvailable:
            raise
        except Exception:  # not every formula in a problem is a function; try the next one
            continue
        if expr.free_symbols:
            return text
    return None


def sample_function(text: str, lo: float = -5.0, hi: float = 5.0, points: int = POINTS) -> Curve:
    """Parse `text` safely and sample it on [lo, hi]; non-real or infinite values become gaps."""
    if not text or not text.strip():
        raise PlotError("请输入函数 / enter a function")
    if len(text) > MAX_TEXT:
        raise PlotError("函数太长 / function too long")
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise PlotError("区间无效 / invalid interval")
    try:
        expr = _expression(text)
    except (NotAvailable, PlotError):
        raise
    except Exception as exc:  # the parser's ParseError / TooLarge carry readable bilingual reasons
        raise PlotError(str(exc) or type(exc).__name__) from exc
    var = _one_variable(expr)
    symbols = [s for s in expr.free_symbols if str(s) == var]
    sympy = require("sympy", "lambdify", "SymPy")
    # lambdify turns the already-parsed SymPy tree into NumPy calls; no user text reaches it.
    func = sympy(symbols or [require("sympy", "Symbol", "SymPy")(var)], expr, modules="numpy")
    xs = np.linspace(lo, hi, points)
    with np.errstate(all="ignore"):
        try:
            ys = np.asarray(func(xs), dtype=complex) * np.ones_like(xs)
        except Exception as exc:  # e.g. a function NumPy has no counterpart for
            raise PlotError(f"无法计算该函数 / cannot evaluate: {type(exc).__name__}") from exc
    real = np.where(np.abs(ys.imag) < 1e-9, ys.real, np.nan)
    real[~np.isfinite(real)] = np.nan
    # Break the line at jumps (poles such as 1/x), which would otherwise be drawn as vertical strokes.
    span = np.nanpercentile(np.abs(real), 95) if np.isfinite(real).any() else 1.0
    jumps = np.abs(np.diff(real)) > 20 * max(span, 1e-9)
    real[1:][jumps] = np.nan
    return Curve(label=str(expr), variable=var, xs=xs, ys=real)

"""Function plots for 数形结合: find the function in a problem and sample it, parsed safely.

Everything mathematical runs in the math layer's worker under its hard time bound, never in the
page's thread: candidate formulas are read with `tutor_graph.checks.parse_expression`, and a curve is
parsed, lambdified and sampled by the bounded task `checks.sample_expression` (`run_bounded`). Pages
call `function_from_text` and `sample_function` and only draw what they return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from app.mathtext import split_math
from app.services import needs

MAX_TEXT = 300  # a function longer than this is not something a teacher wants plotted
MAX_CANDIDATES = 12  # formulas tried per problem: each is one bounded parse
POINTS = 801
PLOT_TIMEOUT_S = 3.0  # parse + lambdify + 801 NumPy evaluations take milliseconds; past this, give up

# Runs of formula-looking ASCII in prose, e.g. "f(x)=x^3-3x" inside "已知函数 f(x)=x^3-3x，求…".
_FORMULA_RUN = re.compile(r"[A-Za-z0-9_^+\-*/().=|\\{}\[\] ]*[=^xX][A-Za-z0-9_^+\-*/().=|\\{}\[\] ]*")

_FUNCTIONS = "sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan|ln|lg|log|exp|sqrt|abs|frac|left|right|cdot|pi|dfrac"
_WORD = re.compile(rf"\b(?!(?:{_FUNCTIONS})\b)[A-Za-z]{{2,}}\b")
_MATH = "数学解析 / math parser"


class PlotError(ValueError):
    """The text is not a function of one variable that can be plotted; the message says why."""


@dataclass(frozen=True)
class Curve:
    """A sampled function: the expression as parsed, its variable, and the points (NaN in gaps)."""

    label: str
    variable: str
    xs: np.ndarray
    ys: np.ndarray


def _plottable(text: str) -> bool:
    """Whether `text` reads (in the worker) as an expression in exactly one variable."""
    with needs(_MATH):
        from tutor_graph.checks import parse_expression
    parsed = parse_expression(text, equation=True)
    return parsed.expr is not None and len(parsed.variables) == 1


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
    tried = 0
    for text in dict.fromkeys(candidates):
        if not text or len(text) > MAX_TEXT:
            continue
        tried += 1
        if tried > MAX_CANDIDATES:
            break
        if _plottable(text):  # not every formula in a problem is a function; else try the next one
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
    with needs(_MATH):
        from tutor_graph.checks import TaskError, run_bounded
    try:
        sampled = run_bounded("checks.sample_expression", text, float(lo), float(hi), int(points),
                              timeout_s=PLOT_TIMEOUT_S)
    except TaskError as exc:  # timed out (the worker was stopped) or failed: the reason reads well
        raise PlotError(exc.reason) from exc
    if sampled.get("error"):
        raise PlotError(sampled["error"])
    ys = np.array([np.nan if y is None else y for y in sampled["ys"]], dtype=float)
    return Curve(label=sampled["label"], variable=sampled["variable"], xs=np.array(sampled["xs"], dtype=float), ys=ys)

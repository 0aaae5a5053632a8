"""Sampling the function a text denotes on an interval, for plots (数形结合); runs in the worker.

Reached through `run_bounded("checks.sample_expression", text, lo, hi, points, timeout_s=…)`, so the
parse, NumPy's `lambdify` of the parsed tree and its evaluation on the grid all happen inside the
worker's hard time bound. The text is read exactly as `parse_expression(text, equation=True)` reads it
(`f(x) = …`, `y = …` give the right side, `P = Q` gives P − Q); nothing the user typed is evaluated.
"""

from __future__ import annotations

from typing import Any

from tutor_graph.checks.limits import too_large

MAX_POINTS = 5001
MAX_OPERATIONS = 300  # a plotted function bigger than this is not a school function: refuse, do not lambdify
_JUMP = 20  # a step larger than this many times the curve's typical size is a pole, not a steep line


def sample_inline(text: str, lo: float, hi: float, points: int = 801) -> dict[str, Any]:
    """Sample the one-variable function `text` denotes on [lo, hi] at `points` equally spaced points.

    Returns {"label", "variable", "xs", "ys"} (ys None where the value is not real or not finite, and at
    jumps such as 1/x's pole), or {"error": reason} (bilingual) when the text cannot be plotted.

    >>> out = sample_inline("f(x)=x^2-1", -1, 1, 3)
    >>> out["label"], out["variable"], out["ys"]
    ('x**2 - 1', 'x', [0.0, -1.0, 0.0])
    >>> sample_inline("x^2 + y", 0, 1, 3)["error"]
    '含有多个变量 x, y / more than one variable'
    """
    import numpy as np
    import sympy as sp

    from tutor_graph.checks.reading import read_expression

    why = too_large(text)
    if why:
        return {"error": f"过大 / too large: {why}"}
    if not (isinstance(lo, int | float) and isinstance(hi, int | float) and np.isfinite([lo, hi]).all() and lo < hi):
        return {"error": "区间无效 / invalid interval"}
    if not isinstance(points, int) or not 2 <= points <= MAX_POINTS:
        return {"error": f"采样点数须在 2 到 {MAX_POINTS} 之间 / points must be between 2 and {MAX_POINTS}"}
    expr, reason = read_expression(text, equation=True)
    if expr is None:
        return {"error": reason}
    names = sorted(s.name for s in expr.free_symbols)
    if len(names) > 1:
        return {"error": f"含有多个变量 {', '.join(names)} / more than one variable"}
    if sp.count_ops(expr) > MAX_OPERATIONS:
        return {"error": "函数过于复杂，无法作图 / the function is too large to plot"}
    variable = names[0] if names else "x"
    symbol = next(iter(expr.free_symbols), sp.Symbol(variable))
    # lambdify prints the already-parsed SymPy tree as NumPy calls; no user text reaches it.
    func = sp.lambdify([symbol], expr, modules="numpy")
    xs = np.linspace(float(lo), float(hi), points)
    with np.errstate(all="ignore"):
        try:
            ys = np.asarray(func(xs), dtype=complex) * np.ones_like(xs)
        except Exception as exc:  # noqa: BLE001 - e.g. a function NumPy has no counterpart for
            return {"error": f"无法计算该函数 / cannot evaluate: {type(exc).__name__}"}
        real = np.where(np.abs(ys.imag) < 1e-9, ys.real, np.nan)
        real[~np.isfinite(real)] = np.nan
        # Break the line at jumps (poles such as 1/x), which would otherwise be drawn as vertical strokes.
        span = np.nanpercentile(np.abs(real), 95) if np.isfinite(real).any() else 1.0
        jumps = np.abs(np.diff(real)) > _JUMP * max(span, 1e-9)
        real[1:][jumps] = np.nan
    return {"label": sp.sstr(expr), "variable": variable, "xs": xs.tolist(),
            "ys": [None if np.isnan(y) else float(y) for y in real]}

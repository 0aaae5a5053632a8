"""按固定百分率增长（衰减）到某个倍数至少要几个周期 / Growth or decay by a fixed rate: the least whole number
of periods to pass a threshold."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"(\d+(?:\.\d+)?)"
_RATE_ZH = re.compile(rf"(?:每年|每月|每天|每小时|per year|each year|a year|per month|each month)[^\d]{{0,8}}?"
                      rf"(衰减|减少|降低|增长|增加|提高|loses?|decreases?|decays?|grows?|increases?)(?:\s*by)?\s*{_N}\s*\\?%")
_RATE_EN = re.compile(rf"(loses?|decreases?|decays?|grows?|increases?)(?:\s*by)?\s*{_N}\s*\\?%\s*(?:each|per|a)\s+(?:year|month)")
_THRESHOLDS = [  # (pattern, ratio, relation of the amount to ratio × start); ratio None: the number in the text
    (r"不足(?:原来的)?一半|低于(?:原来的)?一半|少于(?:原来的)?一半|less than half", sp.Rational(1, 2), "<"),
    (r"不超过(?:原来的)?一半|at most half", sp.Rational(1, 2), "≤"),
    (r"翻一番|翻番|doubles?|twice", sp.Integer(2), "≥"),
    (r"超过(?:原来的)?\s*(\d+)\s*倍|more than (\d+) times", None, ">"),
    (r"(?:达到|不少于)(?:原来的)?\s*(\d+)\s*倍|at least (\d+) times", None, "≥"),
]
_TEX_OP = {"<": "<", "≤": r"\le", ">": ">", "≥": r"\ge"}
_FLIP = {"<": "≥", "≤": ">", ">": "≤", "≥": "<"}


@dataclass(frozen=True)
class Growth:
    """The amount is multiplied by `factor` each period; the least n with factor^n `op` `ratio` is asked."""

    factor: sp.Expr
    ratio: sp.Expr
    op: str
    n: int  # the least whole number of periods, found by trying (values); the reference uses logarithms
    down: bool


def _holds(v: sp.Expr, op: str, r: sp.Expr) -> bool:
    return bool({"<": v < r, "≤": v <= r, ">": v > r, "≥": v >= r}[op])


def _first_period(factor: sp.Expr, ratio: sp.Expr, op: str) -> int | None:
    return next((n for n in range(1, 200) if _holds(factor**n, op, ratio)), None)


def detect(p: Problem) -> Growth | None:
    """`本金每年增长 5%，至少经过多少年本金翻一番？`: a rate per period, a threshold and "at least how many"."""
    m = _RATE_ZH.search(p.text) or _RATE_EN.search(p.text)
    if not m or not p.has("至少", "多少年", "几年", "how many", "after how", "least"):
        return None
    down = m.group(1) in ("衰减", "减少", "降低") or m.group(1).startswith(("lose", "decrease", "decay"))
    rate = sp.nsimplify(m.group(2)) / 100
    found = next(((t, ratio, op) for pattern, ratio, op in _THRESHOLDS if (t := re.search(pattern, p.text))), None)
    if found is None:
        return None
    t, ratio, op = found
    if ratio is None:
        ratio = sp.Integer(next(g for g in t.groups() if g))
    if not (0 < rate < 1) or (down and op in (">", "≥")) or (not down and op in ("<", "≤")):
        return None
    factor = 1 - rate if down else 1 + rate
    n = _first_period(factor, ratio, op)
    return None if n is None else Growth(factor, ratio, op, n, down)


def dec(v: sp.Expr) -> str:
    """A terminating decimal as textbooks write it (0.9), other numbers in LaTeX."""
    v = sp.nsimplify(v)
    q = int(v.q) if v.is_Rational else 0
    while q and q % 2 == 0:
        q //= 2
    while q and q % 5 == 0:
        q //= 5
    return (f"{float(v):g}" if q == 1 else tex(v)) if v.is_Rational else tex(v)


def values(g: Growth) -> Values:
    """The factor and threshold as printed, the two powers either side of the answer, and log_factor(ratio)."""
    f, r, n = g.factor, g.ratio, g.n
    bound = math.log(float(r)) / math.log(float(f))
    return {
        "f": dec(f), "f_plain": plain(f), "r": dec(r), "r_plain": plain(r), "op": _TEX_OP[g.op], "flip": _TEX_OP[_FLIP[g.op]],
        "n": str(n), "n1": str(n - 1), "pow1": f"{float(f ** (n - 1)):.4f}", "pow": f"{float(f ** n):.4f}",
        "bound": f"{bound:.2f}", "down": g.down, "way": "递减" if g.down else "递增", "way_en": "decreasing" if g.down else "increasing",
        "log_claim": f"\\log_{{{plain(f)}}}({plain(r)}) \\approx {bound:.2f}",
        "trial_claim": f"({plain(f)})^{n - 1} {_FLIP[g.op]} {plain(r)} 且 ({plain(f)})^{n} {g.op} {plain(r)}",
    }


def reference(g: Growth) -> str:
    """Independent: solve factor^n = ratio with logarithms (floating point), then round the right way."""
    n_real = math.log(float(g.ratio)) / math.log(float(g.factor))
    exact = abs(n_real - round(n_real)) <= 1e-12
    return str(math.floor(n_real) + 1 if g.op in ("<", ">") or not exact else round(n_real))


TYPE: ProblemType[Growth] = ProblemType(
    type_id="application.growth", module="function_applications", name="growth", detect=detect, values=values,
    reference=reference, givens=lambda g: [f"factor {plain(g.factor)} per period", f"threshold {g.op} {plain(g.ratio)}"],
    goal=lambda g: "least whole number of periods", answers=frozenset({"time", "count", "quantity"}),
)

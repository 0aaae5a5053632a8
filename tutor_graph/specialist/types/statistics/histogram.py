"""频率分布直方图：未知的高 a，估计中位数、平均数或众数 / Frequency histograms: an unknown height a, then the
median, mean or mode estimated from the bars."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"\d+(?:\.\d+)?"
A = sp.Symbol("a", real=True)


@dataclass(frozen=True)
class Histogram:
    """The left end, the class width, the heights (frequency/width, at most one of them `a`) and the goal."""

    lo: sp.Expr
    w: sp.Expr
    rates: tuple[sp.Expr, ...]
    goal: str  # "a", "mean", "median" or "mode"


def detect(p: Problem) -> Histogram | None:
    """`组距为 10，各组为 [50,60),…，频率/组距依次为 0.01, 0.02, a, …，求 a / 估计中位数`."""
    if not p.has("直方图", "histogram"):
        return None
    t = p.text
    edges = re.findall(rf"\[\s*({_N})\s*,\s*({_N})\s*[)\]]", t)
    width = re.search(rf"(?:组距|class width|width)\s*(?:为|是|=|of)?\s*({_N})", t)
    if len(edges) < 2 or not width:
        return None
    w = sp.nsimplify(width.group(1))
    lo = sp.nsimplify(edges[0][0])
    hi = sp.nsimplify(edges[-1][1])
    k = int((hi - lo) / w)
    m = re.search(rf"(?:频率/组距|frequency/width|heights?)[^\d]*?((?:(?:{_N}|a)\s*,\s*)+(?:{_N}|a))", t)
    if not m or k < 2 or k > 12:
        return None
    read = [try_expr(x) for x in re.split(r"\s*,\s*", m.group(1).strip())]
    if any(r is None for r in read) or len(read) != k:
        return None
    rates = [sp.nsimplify(r) for r in read]
    if sum(1 for r in rates if r.has(A)) > 1:
        return None
    asked = re.split(r"求|find|estimate|估计", t, flags=re.I)
    tail = asked[-1] if len(asked) > 1 else ""
    goal = ("median" if re.search(r"中位数|median", tail) else "mean" if re.search(r"平均数|mean|average", tail)
            else "mode" if re.search(r"众数|mode", tail) else "a" if re.search(r"(?<![A-Za-z])a(?![A-Za-z])", tail) else None)
    if goal is None or (goal == "a" and not any(r.has(A) for r in rates)):
        return None
    return Histogram(lo, w, tuple(rates), goal)


def _solved(h: Histogram) -> tuple[list[sp.Expr], sp.Expr | None]:
    """The heights with a found (areas add up to 1), and a (None when no height is unknown)."""
    if not any(r.has(A) for r in h.rates):
        return list(h.rates), None
    val = sp.solve(sp.Eq(sum(h.rates) * h.w, 1), A)[0]
    return [r.subs(A, val) for r in h.rates], val


def _interval(left: sp.Expr, right: sp.Expr) -> str:
    return f"[{tex(left)},{tex(right)})"


def dec(v: sp.Expr) -> str:
    """A number as the histogram's givens print it: 0.03 rather than 3/100 where the decimal ends soon."""
    v = sp.nsimplify(v)
    if v.is_Rational and not v.is_Integer and 10**6 % v.q == 0:
        return format(sp.Float(v, 15), "f").rstrip("0")
    return tex(v)


def values(h: Histogram) -> Values:
    """a, the frequencies, and per goal: the mode's bar, the midpoints' sum, or the bars around the median."""
    rates, val = _solved(h)
    lo, w, k = h.lo, h.w, len(rates)
    freqs = [r * w for r in rates]
    out: Values = {"goal_a": h.goal == "a", "goal_mean": h.goal == "mean", "goal_median": h.goal == "median",
                   "goal_mode": h.goal == "mode", "has_a": val is not None, "w": dec(w), "w_plain": plain(w)}
    if val is not None:
        j = next(i for i, r in enumerate(h.rates) if r.has(A))
        known = sum((r * w for i, r in enumerate(h.rates) if i != j), sp.Integer(0))
        out.update({"aval": dec(val), "aval_plain": plain(val), "rates_sum": " + ".join(plain(r) for r in h.rates),
                    "a_class": _interval(lo + j * w, lo + (j + 1) * w), "known": dec(known), "known_plain": plain(known),
                    "known_terms": " + ".join(f"{plain(r)}*{plain(w)}" for i, r in enumerate(h.rates) if i != j),
                    "a_freq": dec(1 - known), "a_freq_plain": plain(1 - known)})
    if h.goal == "a":
        assert val is not None
        out["answer"] = dollar(val)  # the final answer keeps the checker's exact form
    elif h.goal == "mode":
        i = max(range(k), key=lambda j: rates[j])
        mode = lo + i * w + w / 2
        out.update({"top": _interval(lo + i * w, lo + (i + 1) * w), "top_lo": plain(lo + i * w),
                    "top_hi": plain(lo + (i + 1) * w), "mode": tex(mode), "mode_plain": plain(mode), "answer": dollar(mode)})
    elif h.goal == "mean":
        mids = [lo + i * w + w / 2 for i in range(k)]
        mean = sum((m * f for m, f in zip(mids, freqs, strict=True)), sp.Integer(0))
        c = mids[k // 2]  # an assumed mean: the middle class's midpoint
        shifted = sum(((m - c) * f for m, f in zip(mids, freqs, strict=True)), sp.Integer(0))
        out.update({"mids": ", ".join(tex(m) for m in mids), "freqs": ", ".join(dec(f) for f in freqs),
                    "mids_claim": " 且 ".join(f"({plain(lo + i * w)} + {plain(lo + (i + 1) * w)})/2 = {plain(m)}"
                                              for i, m in enumerate(mids)),
                    "freqs_claim": " 且 ".join(f"{plain(r)}*{plain(w)} = {plain(f)}" for r, f in zip(rates, freqs, strict=True)),
                    "mean_terms": " + ".join(f"{plain(m)}*{plain(f)}" for m, f in zip(mids, freqs, strict=True)),
                    "mean": tex(mean), "mean_plain": plain(mean), "answer": dollar(mean),
                    "c": tex(c), "c_plain": plain(c), "devs": ", ".join(tex(m - c) for m in mids),
                    "shift_terms": " + ".join(f"({plain(m - c)})*{plain(f)}" for m, f in zip(mids, freqs, strict=True)),
                    "shift": dec(shifted), "shift_plain": plain(shifted)})
    else:
        cum, i = sp.Integer(0), 0
        while cum + freqs[i] < sp.Rational(1, 2):
            cum += freqs[i]
            i += 1
        start = lo + i * w
        x = sp.Symbol("x", real=True)
        med = sp.solve(sp.Eq(cum + (x - start) * rates[i], sp.Rational(1, 2)), x)[0]
        right = sum(freqs[i + 1:], sp.Integer(0))  # the area right of the median's class
        end = start + w
        out.update({"i": str(i), "cum": dec(cum), "cum_plain": plain(cum), "fi": dec(freqs[i]), "fi_plain": plain(freqs[i]),
                    "cum_next": dec(cum + freqs[i]), "cum_next_plain": plain(cum + freqs[i]),
                    "cum_terms": " + ".join(plain(f) for f in freqs[:i]) if i else "0",
                    "med_class": _interval(start, end), "start": tex(start), "start_plain": plain(start),
                    "end": tex(end), "end_plain": plain(end), "ri": dec(rates[i]), "ri_plain": plain(rates[i]),
                    "med": tex(med), "med_plain": plain(med), "answer": dollar(med),
                    "right": dec(right), "right_plain": plain(right),
                    "right_terms": " + ".join(plain(f) for f in freqs[i + 1:]) if i + 1 < k else "0",
                    "right_next": dec(right + freqs[i]), "right_next_plain": plain(right + freqs[i]),
                    "n_right": str(k - i - 1)})
    return out


def reference(h: Histogram) -> str:
    """Independent: the density as a piecewise function; the median solves ∫ f = 1/2, the mean is ∫ x f."""
    rates, val = _solved(h)
    lo, w = h.lo, h.w
    if h.goal == "a":
        return plain(sp.solve(sp.Eq(sum(h.rates) * w, 1), A)[0])
    x, m = sp.symbols("x m", real=True)
    f = sp.Piecewise(*[(r, (x >= lo + i * w) & (x < lo + (i + 1) * w)) for i, r in enumerate(rates)], (0, True))
    if h.goal == "mean":
        return plain(sp.integrate(x * f, (x, lo, lo + len(rates) * w)))
    if h.goal == "mode":
        i = max(range(len(rates)), key=lambda j: rates[j])
        return plain(lo + i * w + w / 2)
    for i in range(len(rates)):  # the bar where the cumulative area passes 1/2
        a0 = sp.integrate(f, (x, lo, lo + i * w))
        if a0 + rates[i] * w >= sp.Rational(1, 2):
            return plain(sp.solve(sp.Eq(a0 + rates[i] * (m - lo - i * w), sp.Rational(1, 2)), m)[0])
    raise ValueError("no median")


TYPE: ProblemType[Histogram] = ProblemType(
    type_id="statistics.histogram", module="statistics", name="histogram", detect=detect, values=values,
    reference=reference, givens=lambda h: [f"width {plain(h.w)}", ", ".join(plain(r) for r in h.rates)],
    goal=lambda h: h.goal, answers=frozenset({"mean", "median", "mode", "unknown"}), topic="probability_statistics",
)

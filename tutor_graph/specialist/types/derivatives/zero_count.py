"""函数零点的个数 / How many zeros a function has, by the derivative: on each monotonic piece a zero lies inside
exactly when the values (or limits) at its two ends have opposite signs, and a critical value equal to 0 is a zero
too; with one critical point the extreme value alone decides (最值法)."""

from __future__ import annotations

from dataclasses import dataclass

import mpmath
import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.derivatives.analysis import (
    Analysed,
    Pieces,
    analyse,
    domain_context,
    sign_claim,
    sign_pieces,
    stated_interval,
)
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_HOW_MANY = ("几个零点", "零点个数", "零点的个数", "多少个零点", "how many zeros", "how many real zeros", "number of zeros",
             "number of real zeros")  # type words


@dataclass(frozen=True)
class ZeroCount(Analysed):
    """The function as analysed, its monotonic pieces with the values (limits) at their ends, its critical values,
    the count."""

    pieces: tuple[tuple[sp.Interval, int], ...]
    ends: tuple[tuple[sp.Expr, sp.Expr], ...]  # value or one-sided limit at each piece's left and right end
    at_crit: tuple[tuple[sp.Expr, sp.Expr], ...]
    count: int


def _sign(v: sp.Expr) -> int | None:
    if v in (sp.oo, -sp.oo):
        return 1 if v == sp.oo else -1
    if not v.is_real:
        return None
    return 1 if v > 0 else -1 if v < 0 else 0


def _edge(f: Analysed, b: sp.Expr, side: str) -> sp.Expr | None:
    """The value (a critical point) or the one-sided limit (domain boundary, ±∞) at a piece's end."""
    x, body, crit = f.var, f.body, f.crit
    if b in crit:
        return sp.simplify(body.subs(x, b))
    try:
        v = sp.limit(body, x, b, side) if b.is_finite else sp.limit(body, x, b)
    except (NotImplementedError, ValueError):
        return None
    return v if _sign(v) is not None else None


def detect(p: Problem) -> ZeroCount | None:
    """`f(x)=… 有几个零点`: no parameter, no stated interval, at most three critical points."""
    if not p.has(*_HOW_MANY) or p.has("区间", "interval") or stated_interval(p) is not None:
        return None  # zeros on a stated interval: not this shape
    f = analyse(p)
    if f is None or len(f.crit) > 3:
        return None
    x, body = f.var, f.body
    pieces = sign_pieces(f)
    ends = []
    for piece, _ in pieces:
        lo, hi = _edge(f, piece.start, "+"), _edge(f, piece.end, "-")
        if lo is None or hi is None:
            return None
        ends.append((lo, hi))
    at_crit = tuple((c, sp.nsimplify(sp.simplify(body.subs(x, c)))) for c in f.crit)
    if any(_sign(v) is None for _, v in at_crit):
        return None
    count = sum(1 for lo, hi in ends if (_sign(lo) or 0) * (_sign(hi) or 0) < 0) + sum(1 for _, v in at_crit if v == 0)
    return ZeroCount(**vars(f), pieces=tuple(pieces), ends=tuple(ends), at_crit=at_crit, count=count)


def _show(v: sp.Expr) -> str:
    return "+\\infty" if v == sp.oo else "-\\infty" if v == -sp.oo else tex(v)


def _end_claim(z: ZeroCount, b: sp.Expr, side: str) -> str:
    """`f(c) = v` at a critical point, `lim_{x→b^±} f(x) = v` at a boundary or ±∞ ('' when unknown)."""
    x, f = z.var, z.name
    v = _edge(z, b, side)
    if v is None:
        return ""
    if b in z.crit:
        return f"{f}({plain(b)}) = {plain(v)}"
    to = "+\\infty" if b == sp.oo else "-\\infty" if b == -sp.oo else f"{plain(b)}^{side}"
    value = "+\\infty" if v == sp.oo else "-\\infty" if v == -sp.oo else plain(v)
    return f"\\lim_{{{x}\\to {to}}} {f}({x}) = {value}"


def _pieces_values(z: ZeroCount) -> Values:
    x = z.var
    pieces: Pieces = list(z.pieces)
    rows_zh, rows_en = [], []
    for (piece, s), (lo, hi) in zip(pieces, z.ends, strict=True):
        cross = (_sign(lo) or 0) * (_sign(hi) or 0) < 0
        rows_zh.append(f"${interval_text(piece)}$ 上{'递增' if s > 0 else '递减'}，从 ${_show(lo)}$ 到 ${_show(hi)}$，"
                       + ("有 1 个零点" if cross else "无零点"))
        rows_en.append(f"on ${interval_text(piece)}$ it {'rises' if s > 0 else 'falls'} from ${_show(lo)}$ to "
                       f"${_show(hi)}$: " + ("one zero" if cross else "no zero"))
    at_zero = [c for c, v in z.at_crit if v == 0]
    if at_zero:
        rows_zh.append("另外 " + "，".join(f"${x}={tex(c)}$" for c in at_zero) + " 本身是零点")
        rows_en.append("and " + ", ".join(f"${x}={tex(c)}$" for c in at_zero) + " is itself a zero")
    # each end's value or one-sided limit goes to the checker (reading the signs off them is the lesson)
    claims = [_end_claim(z, b, side) for piece, _ in pieces for b, side in ((piece.start, "+"), (piece.end, "-"))]
    inc = ", ".join(f"${interval_text(i)}$" for i, s in pieces if s > 0) or "无"
    dec = ", ".join(f"${interval_text(i)}$" for i, s in pieces if s < 0) or "无"
    return {"rows": "；".join(rows_zh), "rows_en": "; ".join(rows_en),
            "rows_claim": " 且 ".join(dict.fromkeys(c for c in claims if c)),
            "inc": inc, "dec": dec, "inc_en": inc.replace("无", "none"), "dec_en": dec.replace("无", "none"),
            "sign_claim": sign_claim(z, pieces, 1)}


def _extreme_values(z: ZeroCount) -> Values:
    """The one critical point as the global extreme, and what its value says against 0 (最值法)."""
    signs = [s for _, s in z.pieces]
    if not (len(z.crit) == 1 and signs in ([-1, 1], [1, -1])):
        return {"single": False}
    x, f = z.var, z.name
    (c, v), = z.at_crit
    low = signs[0] < 0  # falls then rises: a minimum
    word, word_en = ("最小值", "minimum") if low else ("最大值", "maximum")
    (lo, _), (_, hi) = z.ends[0], z.ends[-1]
    s = (_sign(v) or 0) if low else -(_sign(v) or 0)
    if s > 0:
        op = ">" if low else "<"
        zh, en = f"{word} ${tex(v)}{op}0$，图象不与 $x$ 轴相交", f"the {word_en} ${tex(v)}{op}0$ keeps the graph off the x-axis"
    elif s == 0:
        zh = f"{word}恰为 0，只在 ${x}={tex(c)}$ 处与 $x$ 轴相切"
        en = f"the {word_en} is exactly 0: the graph touches the x-axis only at ${x}={tex(c)}$"
    else:
        zh = f"{word} ${tex(v)}$ 越过 0，而两端趋于 ${_show(lo)}$、${_show(hi)}$，两侧各穿过 $x$ 轴" + (
            "一次" if (_sign(lo) or 0) * (_sign(v) or 0) < 0 and (_sign(hi) or 0) * (_sign(v) or 0) < 0 else "")
        en = f"the {word_en} ${tex(v)}$ is past 0, while the ends tend to ${_show(lo)}$, ${_show(hi)}$"
    return {"single": True, "c": tex(c), "v": tex(v), "ext_claim": f"{f}({plain(c)}) = {plain(v)}",
            "word": word, "word_en": word_en, "shape": "先减后增" if low else "先增后减",
            "shape_en": "falls then rises" if low else "rises then falls", "verdict": zh, "verdict_en": en}


def values(z: ZeroCount) -> Values:
    """f', the monotonic pieces with their end values, the critical values, and the count."""
    x, f = z.var, z.name
    fp = sp.factor(z.fp) if z.fp.is_polynomial(x) else sp.simplify(z.fp)
    out: Values = {
        "f": f, "x": x.name, "fdef": fdef(f, x, z.body), "fp": tex(fp), "fp_plain": plain(fp),
        "domain": interval_text(z.domain), "domain_given": "\n".join(domain_context(z)),
        "has_crit": bool(z.at_crit), "count": str(z.count),
        "crit_values": "，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in z.at_crit),
        "crit_values_en": ", ".join(f"${f}({tex(c)})={tex(v)}$" for c, v in z.at_crit),
        "crit_claim": " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in z.at_crit),
    }
    out.update(_pieces_values(z))
    out.update(_extreme_values(z))
    return out


def reference(z: ZeroCount) -> str:
    """Independent: numeric roots (mpmath), kept where |f| < 1e-9 and merged when closer than 1e-6, from sign
    changes on a sample grid (bracketed: no step can leave the domain) and from secant steps started all over the
    domain (which also find zeros where the graph only touches the axis)."""
    x, body, dom = z.var, z.body, z.domain
    f = sp.lambdify(x, body, "mpmath")
    lo = float(dom.inf) if dom.inf.is_finite else -60.0
    hi = float(dom.sup) if dom.sup.is_finite else 60.0
    crit = [float(c) for c in z.crit]
    near = [lo] * bool(dom.inf.is_finite) + [hi] * bool(dom.sup.is_finite) + crit
    grid = [lo + (hi - lo) * k / 397 for k in range(1, 397)] + crit
    grid += [p + sign * 10.0**-k for p in near for sign in (1, -1) for k in range(1, 9)]
    grid = sorted(g for g in set(grid) if dom.contains(sp.Float(g)) == sp.true)

    def real_at(t: object) -> object:
        try:
            v = f(t)
        except (ValueError, ZeroDivisionError, OverflowError):
            return None
        return v if isinstance(v, mpmath.mpf) and mpmath.isfinite(v) else None

    found: list[float] = []

    def keep(r: object) -> None:
        if isinstance(r, mpmath.mpf) and dom.contains(sp.Float(float(r))) == sp.true:
            v = real_at(r)
            if isinstance(v, mpmath.mpf) and abs(v) < 1e-9 and all(abs(float(r) - g) > 1e-6 for g in found):
                found.append(float(r))

    values_at = [(t, real_at(t)) for t in grid]
    for (a, fa), (b, fb) in zip(values_at, values_at[1:], strict=False):
        if isinstance(fa, mpmath.mpf) and isinstance(fb, mpmath.mpf) and fa * fb < 0:
            try:
                keep(mpmath.findroot(f, (a, b), solver="anderson", tol=1e-20, maxsteps=200, verify=False))
            except (ZeroDivisionError, ValueError, TypeError, OverflowError):
                pass
    for start in grid[:: max(1, len(grid) // 60)] + crit:
        try:
            keep(mpmath.findroot(f, start, tol=1e-20, maxsteps=200, verify=False))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            continue
    return str(len(found))


TYPE: ProblemType[ZeroCount] = ProblemType(
    type_id="function.zero_count", module="derivatives", name="zero_count", detect=detect, values=values,
    reference=reference, givens=lambda z: [fdef(z.name, z.var, z.body)], goal=lambda z: "number of zeros",
    answers=frozenset({"count", "zero"}),
)

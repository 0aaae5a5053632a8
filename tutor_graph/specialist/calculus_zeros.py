"""How many zeros a function has, by the derivative: on each monotonic piece a zero lies inside exactly when
the values (or limits) at its two ends have opposite signs; a critical value equal to 0 is a zero too. With one
critical point the extreme value alone decides (最值法)."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor_graph.specialist.calculus import _ctx, _derivative_step
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.derivatives.analysis import (
    domain_context,
    function_data,
    sign_claim,
    sign_pieces,
)

_HOW_MANY = re.compile(r"几个零点|零点的?个数|多少个零点|how many (?:real )?zeros|number of (?:real )?zeros", re.I)


def detect_zero_count(p: Problem) -> Match | None:
    """How many zeros does f(x) = … have (no parameter), answered from its monotonic pieces."""
    if not _HOW_MANY.search(p.text) or re.search(r"区间|interval|\[|在\s*\(", p.text):
        return None  # zeros on a stated interval: not this shape
    d = function_data(p)
    if d is None or len(d["crit"]) > 3:
        return None
    x = d["var"]
    d["pieces"] = sign_pieces(d)
    ends = []
    for piece, _ in d["pieces"]:
        lo, hi = _edge(d, piece.start, "+"), _edge(d, piece.end, "-")
        if lo is None or hi is None:
            return None
        ends.append((lo, hi))
    d["ends"] = ends
    d["at_crit"] = [(c, sp.nsimplify(sp.simplify(d["body"].subs(x, c)))) for c in d["crit"]]
    if any(_sign(v) is None for _, v in d["at_crit"]):
        return None
    d["count"] = _count(d)
    return Match([fdef(d["name"], x, d["body"])], "number of zeros", d, 0.85)


def _edge(d: dict, b, side: str):
    """The value (a critical point) or the one-sided limit (domain boundary, ±∞) at a piece's end."""
    x, body = d["var"], d["body"]
    if b in d["crit"]:
        return sp.simplify(body.subs(x, b))
    try:
        v = sp.limit(body, x, b, side) if b.is_finite else sp.limit(body, x, b)
    except (NotImplementedError, ValueError):
        return None
    return v if _sign(v) is not None else None


def _end_claim(d: dict, b, side: str) -> str:
    """`f(c) = v` at a critical point, `lim_{x→b^±} f(x) = v` at a boundary or ±∞ ('' when unknown)."""
    v = _edge(d, b, side)
    if v is None:
        return ""
    f, x = d["name"], d["var"]
    if b in d["crit"]:
        return f"{f}({plain(b)}) = {plain(v)}"
    to = "+\\infty" if b == sp.oo else "-\\infty" if b == -sp.oo else f"{plain(b)}^{side}"
    value = "+\\infty" if v == sp.oo else "-\\infty" if v == -sp.oo else plain(v)
    return f"\\lim_{{{x}\\to {to}}} {f}({x}) = {value}"


def _sign(v) -> int | None:
    if v in (sp.oo, -sp.oo):
        return 1 if v == sp.oo else -1
    if not v.is_real:
        return None
    return 1 if v > 0 else -1 if v < 0 else 0


def _count(d: dict) -> int:
    inside = sum(1 for lo, hi in d["ends"] if _sign(lo) * _sign(hi) < 0)
    return inside + sum(1 for _, v in d["at_crit"] if v == 0)


def _show(v) -> str:
    return {sp.oo: "+\\infty", -sp.oo: "-\\infty"}.get(v, tex(v))


def _reference(d: dict) -> str:
    """Independent: numeric roots (mpmath), kept where |f| < 1e-9 and merged when closer than 1e-6 — from
    sign changes on a sample grid (bracketed: no step can leave the domain) and from secant steps started
    all over the domain (which also find zeros where the graph only touches the axis)."""
    x, body, dom = d["var"], d["body"], d["domain"]
    f = sp.lambdify(x, body, "mpmath")
    lo = float(dom.inf) if dom.inf.is_finite else -60.0
    hi = float(dom.sup) if dom.sup.is_finite else 60.0
    crit = [float(c) for c in d["crit"]]
    near = [lo] * bool(dom.inf.is_finite) + [hi] * bool(dom.sup.is_finite) + crit
    grid = [lo + (hi - lo) * k / 397 for k in range(1, 397)] + crit
    grid += [p + sign * 10.0**-k for p in near for sign in (1, -1) for k in range(1, 9)]
    grid = sorted(g for g in set(grid) if dom.contains(sp.Float(g)) == sp.true)

    def real_at(t):
        try:
            v = f(t)
        except (ValueError, ZeroDivisionError, OverflowError):
            return None
        return v if isinstance(v, mpmath.mpf) and mpmath.isfinite(v) else None

    found: list[float] = []

    def keep(r) -> None:
        if isinstance(r, mpmath.mpf) and dom.contains(sp.Float(float(r))) == sp.true:
            v = real_at(r)
            if v is not None and abs(v) < 1e-9 and all(abs(float(r) - g) > 1e-6 for g in found):
                found.append(float(r))

    values = [(t, real_at(t)) for t in grid]
    for (a, fa), (b, fb) in zip(values, values[1:], strict=False):
        if fa is not None and fb is not None and fa * fb < 0:
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


def _by_pieces(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    pieces = d["pieces"]
    inc = ", ".join(f"${interval_text(i)}$" for i, s in pieces if s > 0) or "无"
    dec = ", ".join(f"${interval_text(i)}$" for i, s in pieces if s < 0) or "无"
    chain.ask((f"定义域是 ${interval_text(d['domain'])}$。$f$ 在哪里递增、哪里递减？", f"The domain is ${interval_text(d['domain'])}$. Where does $f$ increase and decrease?"),
              (f"增区间 {inc}；减区间 {dec}", f"increasing on {inc.replace('无', 'none')}; decreasing on {dec.replace('无', 'none')}"),
              sign_claim(d, pieces, 1), context=domain_context(d), kps=["deriv.monotonicity"],
              hints=[("看 $f'(x)$ 的符号。", "Read the sign of $f'(x)$.")])
    if d["at_crit"]:
        chain.ask(("极值点处的函数值是多少？", "What are the values at the critical points?"),
                  ("，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in d["at_crit"]),) * 2,
                  " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in d["at_crit"]), context=_ctx(d), kps=["deriv.extremum"],
                  hints=[("代入原函数。", "Substitute into f itself.")])
    rows_zh, rows_en = [], []
    for (piece, s), (lo, hi) in zip(pieces, d["ends"], strict=True):
        cross = _sign(lo) * _sign(hi) < 0
        rows_zh.append(f"${interval_text(piece)}$ 上{'递增' if s > 0 else '递减'}，从 ${_show(lo)}$ 到 ${_show(hi)}$，" + ("有 1 个零点" if cross else "无零点"))
        rows_en.append(f"on ${interval_text(piece)}$ it {'rises' if s > 0 else 'falls'} from ${_show(lo)}$ to ${_show(hi)}$: " + ("one zero" if cross else "no zero"))
    at_zero = [c for c, v in d["at_crit"] if v == 0]
    # each end's value or one-sided limit goes to the checker (reading the signs off them is the lesson)
    claims = [_end_claim(d, b, side) for piece, _ in pieces for b, side in ((piece.start, "+"), (piece.end, "-"))]
    claim = " 且 ".join(dict.fromkeys(c for c in claims if c))
    if at_zero:
        rows_zh.append("另外 " + "，".join(f"${x}={tex(c)}$" for c in at_zero) + " 本身是零点")
        rows_en.append("and " + ", ".join(f"${x}={tex(c)}$" for c in at_zero) + " is itself a zero")
    chain.ask(("在每个单调区间上，两端的函数值（或极限）异号吗？共有几个零点？",
               "On each monotonic piece, do the values (or limits) at the two ends differ in sign? How many zeros in all?"),
              ("；".join(rows_zh) + f"。共 {d['count']} 个零点", "; ".join(rows_en) + f". {d['count']} zero(s) in all"), claim,
              context=[f"{f}({x}) = {plain(d['body'])}"],
              kps=["deriv.zeros", "fapp.zero_count", "fapp.existence"],
              hints=[("单调区间上至多一个零点；端点异号才有。", "A monotonic piece holds at most one zero, and one only when the ends differ in sign.")])
    chain.done((f"${d['count']}$",) * 2, (_reference(d),) * 2)


def _single_extreme(d: dict) -> bool:
    signs = [s for _, s in d["pieces"]]
    return len(d["crit"]) == 1 and signs in ([-1, 1], [1, -1])


def _by_extreme(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    (c, v), = d["at_crit"]
    kind = "min" if d["pieces"][0][1] < 0 else "max"
    word = ("最小值", "minimum") if kind == "min" else ("最大值", "maximum")
    chain.ask((f"$f$ 只有一个极值点 ${x}={tex(c)}$，它是{word[0]}点吗？{word[0]}是多少？",
               f"$f$ has a single critical point ${x}={tex(c)}$. Is it the {word[1]}? What is the {word[1]} value?"),
              (("先减后增，" if kind == "min" else "先增后减，") + f"{word[0]} ${f}({tex(c)})={tex(v)}$",
               f"{'falls then rises' if kind == 'min' else 'rises then falls'}: {word[1]} ${f}({tex(c)})={tex(v)}$"),
              f"{f}({plain(c)}) = {plain(v)}", context=_ctx(d), kps=["deriv.max_min"],
              hints=[("只有一个极值点时，极值就是最值。", "With one critical point the extreme value is the global one.")])
    (lo, _), (_, hi) = d["ends"][0], d["ends"][-1]
    s = _sign(v) if kind == "min" else -_sign(v)
    if s > 0:
        op = ">" if kind == "min" else "<"
        zh, en = f"{word[0]} ${tex(v)}{op}0$，图象不与 $x$ 轴相交", f"the {word[1]} ${tex(v)}{op}0$ keeps the graph off the x-axis"
    elif s == 0:
        zh, en = f"{word[0]}恰为 0，只在 ${x}={tex(c)}$ 处与 $x$ 轴相切", f"the {word[1]} is exactly 0: the graph touches the x-axis only at ${x}={tex(c)}$"
    else:
        zh = f"{word[0]} ${tex(v)}$ 越过 0，而两端趋于 ${_show(lo)}$、${_show(hi)}$，两侧各穿过 $x$ 轴" + ("一次" if _sign(lo) * _sign(v) < 0 and _sign(hi) * _sign(v) < 0 else "")
        en = f"the {word[1]} ${tex(v)}$ is past 0, while the ends tend to ${_show(lo)}$, ${_show(hi)}$"
    chain.ask(("把最值与 0 比较，结合两端的趋势，零点有几个？", "Compare the extreme value with 0 and look at the ends: how many zeros?"),
              (f"{zh}，共 {d['count']} 个零点", f"{en}: {d['count']} zero(s)"), "", kps=["deriv.zeros", "fapp.zero_count"],
              hints=[("最小值大于 0 就没有零点，等于 0 恰有一个。", "A minimum above 0 means no zero; equal to 0, exactly one.")])
    chain.done((f"${d['count']}$",) * 2, (_reference(d),) * 2)


register(Solver("function.zero_count", "derivatives", detect_zero_count, (
    Method(("由单调性和端点符号判断", "Monotonic pieces and the signs at their ends"), _by_pieces),
    Method(("由最值判断", "The extreme value"), _by_extreme, _single_extreme),
), ("deriv.zeros", "fapp.zero_count"), priority=36, answers=frozenset({"count", "zero"})))

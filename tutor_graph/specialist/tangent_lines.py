"""Tangent lines to a curve at a point (the derivative / for quadratics, the discriminant)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.calculus import _ctx, _derivative_step, _function, _is_quadratic
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.functions import fdef, function_of
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    paren,
    plain,
    point_slope,
    roots_math,
    roots_text,
    tex,
)


# -- tangent lines ------------------------------------------------------------------------------------------
def detect_tangent(p: Problem) -> Match | None:
    if not p.has("切线", "tangent"):
        return None
    d = _function(p)
    if d is None:
        return None
    x = d["var"]
    m = re.search(r"[x]\s*=\s*(-?[\d./]+)|\(\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*\)", p.text.split("切线")[0] if "切线" in p.text else p.text)
    if not m:
        return None
    at = try_expr(m.group(1) or m.group(2))
    if at is None or d["domain"].contains(at) != sp.true:
        return None
    if m.group(3) is not None:
        y0 = try_expr(m.group(3))
        if y0 is None or tidy(d["body"].subs(x, at) - y0) != 0:
            return None  # the point is not on the curve: a "through a point" problem, not ours
    return Match([fdef(d["name"], x, d["body"]), f"x0 = {plain(at)}"], "tangent line", {**d, "at": at}, 0.9)


def _tangent_answer(k, b) -> tuple[str, str]:
    text = f"$y={tex(k * sp.Symbol('x') + b)}$"
    return text, text


def _tangent_derivative(chain: Chain, d: dict) -> None:
    f, x, body, at = d["name"], d["var"], d["body"], d["at"]
    y0 = tidy(body.subs(x, at))
    chain.ask(("切点的纵坐标是多少？", "What is the y-coordinate of the point of tangency?"),
              (f"${f}({tex(at)})={tex(y0)}$，切点 $({tex(at)}, {tex(y0)})$", f"${f}({tex(at)})={tex(y0)}$, point $({tex(at)}, {tex(y0)})$"),
              f"{f}({plain(at)}) = {plain(y0)}", context=_ctx(d), kps=["func.concept"],
              hints=[("把横坐标代入原函数。", "Substitute the x-coordinate into f.")])
    _derivative_step(chain, d)
    k = tidy(d["fp"].subs(x, at))
    chain.ask((f"切线斜率 $k={f}'({tex(at)})$ 是多少？", f"What is the slope $k={f}'({tex(at)})$?"),
              (f"$k={tex(k)}$",) * 2, f"{f}'({plain(at)}) = {plain(k)}", context=_ctx(d), kps=["deriv.tangent_line"],
              hints=[("导数的几何意义：切线的斜率。", "The derivative at a point is the slope of the tangent there.")])
    b = sp.simplify(y0 - k * at)
    chain.ask(("用点斜式写出切线方程。", "Write the tangent line in point-slope form."),
              (f"${point_slope(at, y0, k)}$，即 $y={tex(k * x + b)}$", f"${point_slope(at, y0, k)}$, i.e. $y={tex(k * x + b)}$"),
              f"{plain(y0)} + {plain(k)}*(x - {paren(at)}) = {plain(k * x + b)}", kps=["deriv.tangent_line", "line.equation"],
              hints=[("点斜式 $y-y_0=k(x-x_0)$。", "Point-slope form $y-y_0=k(x-x_0)$.")])
    ref_k = sp.limit((body.subs(x, at + sp.Symbol("h")) - body.subs(x, at)) / sp.Symbol("h"), sp.Symbol("h"), 0)
    chain.done(_tangent_answer(k, b), _tangent_answer(ref_k, sp.simplify(y0 - ref_k * at)))


def _tangent_discriminant(chain: Chain, d: dict) -> None:
    x, body, at = d["var"], d["body"], d["at"]
    k = sp.Symbol("k", real=True)
    y0 = tidy(body.subs(x, at))
    chain.ask(("切点是哪一点？设切线为 $y=kx+m$，它过切点，$m$ 用 $k$ 怎样表示？", "What is the point of tangency? With the tangent $y=kx+m$ through it, express $m$ in $k$."),
              (f"切点 $({tex(at)}, {tex(y0)})$，$m={tex(y0 - k * at)}$", f"point $({tex(at)}, {tex(y0)})$, $m={tex(y0 - k * at)}$"),
              f"{plain(body.subs(x, paren(at)))} = {plain(y0)}", kps=["line.equation"],
              hints=[("把切点坐标代入直线方程。", "Substitute the point into the line's equation.")])
    eq = sp.expand(body - (k * x + y0 - k * at))
    disc = sp.factor(sp.discriminant(eq, x))
    chain.ask(("与抛物线方程联立消去 $y$，所得二次方程有两个相等实根，判别式满足什么？",
               "Eliminate $y$ with the parabola: the quadratic must have a double root. What does the discriminant give?"),
              (f"${tex(eq)}=0$，$\\Delta={tex(disc)}=0$",) * 2, f"{plain(sp.expand(disc))} = {plain(disc)}",
              kps=["quad.discriminant", "conic.line_conic"], hints=[("相切 $\\Leftrightarrow$ 只有一个公共点 $\\Leftrightarrow \\Delta=0$。", "Tangent means exactly one common point, i.e. $\\Delta=0$.")])
    ks = sp.solve(disc, k)
    kv = ks[0]
    b = sp.simplify(y0 - kv * at)
    chain.ask(("解出 $k$，写出切线方程。", "Solve for $k$ and write the tangent line."),
              (f"$k={tex(kv)}$，$y={tex(kv * x + b)}$",) * 2, f"{plain(sp.expand(disc))} = 0 \\Rightarrow k = {plain(kv)}",
              kps=["deriv.tangent_line"], hints=[("$\\Delta$ 是关于 $k$ 的完全平方。", "$\\Delta$ is a perfect square in $k$.")])
    ref_k = sp.diff(body, x).subs(x, at)
    chain.done(_tangent_answer(kv, b), _tangent_answer(ref_k, sp.simplify(y0 - ref_k * at)))


register(Solver("function.tangent", "derivatives", detect_tangent, (
    Method(("导数的几何意义", "Slope from the derivative"), _tangent_derivative),
    Method(("判别式法", "Discriminant (double root)"), _tangent_discriminant, _is_quadratic),
), ("deriv.tangent_line",), priority=36, answers=frozenset({"tangent"})))


# -- tangent lines through a point off the curve ---------------------------------------------------------------------
_POINT = re.compile(r"(?:过点|经过点|through(?: the point)?|passing through(?: the point)?)\s*[A-Z]?\s*=?\s*\(\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*\)", re.I)


def detect_tangent_through(p: Problem) -> Match | None:
    """Tangents to a polynomial curve (degree 2 or 3) through a point NOT on it: the point of tangency is unknown."""
    if not p.has("切线", "相切", "tangent"):
        return None
    m = _POINT.search(p.text)
    found = function_of(p)
    if m is None or found is None or len(_POINT.findall(p.text)) != 1:
        return None
    name, x, body = found
    x0, y0 = try_expr(m.group(1)), try_expr(m.group(2))
    if x0 is None or y0 is None or not body.is_polynomial(x) or sp.degree(body, x) not in (2, 3):
        return None
    if re.search(r"在点?\s*[A-Z]?\s*\([^()]*\)\s*处|\bat (?:the )?point", p.text):
        return None  # the tangent AT a point (function.tangent)
    t = sp.Symbol("t", real=True)
    ts = sorted(sp.roots(sp.Poly(_through_equation(body, x, t, x0, y0), t), filter="R"), key=float)
    if not ts or any(not _square_roots_only(r) for r in ts):
        return None  # cube roots and worse: not a textbook answer
    d = {"name": "f" if name == "y" else name, "shown": name, "var": x, "body": body, "fp": sp.diff(body, x), "x0": x0, "y0": y0, "t": t, "ts": ts}
    return Match([fdef(d["name"], x, body), f"P({plain(x0)}, {plain(y0)})"], "tangent lines through a point", d, 0.9)


def _square_roots_only(r: sp.Expr) -> bool:
    return all(a.exp.is_Integer or a.exp in (sp.S.Half, -sp.S.Half) for a in r.atoms(sp.Pow))


def _num(e: sp.Expr) -> sp.Expr:
    return sp.expand(sp.radsimp(e))


def _through_equation(body, x, t, x0, y0):
    """y0 − f(t) − f'(t)(x0 − t): zero exactly when the tangent at t passes through (x0, y0)."""
    return sp.expand(y0 - body.subs(x, t) - sp.diff(body, x).subs(x, t) * (x0 - t))


def _lines_answer(slopes_points) -> tuple[str, str]:
    x = sp.Symbol("x")
    lines = sorted({(k, b) for k, b in slopes_points}, key=lambda kb: (float(kb[0]), float(kb[1])))
    eqs = [f"$y={tex(k * x + b)}$" for k, b in lines]
    return " 或 ".join(eqs), " or ".join(eqs)


def _through_reference(d: dict) -> tuple[str, str]:
    """Independent: a line y = y0 + k(x − x0) is tangent to a polynomial curve iff f(x) − line has a double
    root, i.e. the discriminant in x vanishes; its real zeros in k are the slopes."""
    x, k = d["var"], sp.Symbol("k", real=True)
    diff = sp.Poly(sp.expand(d["body"] - d["y0"] - k * (x - d["x0"])), x)
    ks = sp.roots(sp.Poly(sp.discriminant(diff), k), filter="R")
    return _lines_answer([(kv, _num(d["y0"] - kv * d["x0"])) for kv in ks])


def _through_point_of_tangency(chain: Chain, d: dict) -> None:
    f, x, body, x0, y0, t = d["name"], d["var"], d["body"], d["x0"], d["y0"], d["t"]
    at = tidy(body.subs(x, x0))
    on = at == y0
    chain.ask((f"点 $({tex(x0)},{tex(y0)})$ 在曲线上吗？所以应先设什么？", f"Is $({tex(x0)},{tex(y0)})$ on the curve? So what should be set up first?"),
              (f"${f}({tex(x0)})={tex(at)}$，" + ("在曲线上，但过它的切线的切点不一定是它" if on else f"${tex(at)}\\ne {tex(y0)}$，不在曲线上")
               + f"，应设切点 $(t,{f}(t))$",
               f"${f}({tex(x0)})={tex(at)}$: " + ("on the curve, but a tangent through it may touch elsewhere" if on else
                                                   f"${tex(at)}\\ne {tex(y0)}$, not on the curve") + f", so let the point of tangency be $(t,{f}(t))$"),
              f"{f}({plain(x0)}) = {plain(at)}", context=_ctx(d), kps=["deriv.tangent_line"],
              hints=[("过曲线外一点的切线，切点不是这个点。", "Through a point off the curve, that point is not the point of tangency.")])
    _derivative_step(chain, d)
    ft, fpt = body.subs(x, t), sp.diff(body, x).subs(x, t)
    chain.ask(("写出曲线在切点 $(t,f(t))$ 处的切线方程。", "Write the tangent at $(t,f(t))$."),
              (f"$y-({tex(ft)})=({tex(fpt)})(x-t)$",) * 2, "", kps=["deriv.tangent_line", "line.equation"],
              hints=[("斜率是 $f'(t)$，用点斜式。", "The slope is $f'(t)$; use point-slope form.")])
    ts = d["ts"]
    chain.ask((f"切线过 $({tex(x0)},{tex(y0)})$，代入求 $t$。", f"The tangent passes through $({tex(x0)},{tex(y0)})$. Substitute and solve for $t$."),
              (f"${tex(y0)}-({tex(ft)})=({tex(fpt)})({tex(x0 - t)})$，{roots_math('t', ts, 'zh')}",
               f"${tex(y0)}-({tex(ft)})=({tex(fpt)})({tex(x0 - t)})$: {roots_math('t', ts, 'en')}"),
              f"{plain(y0)} - ({plain(ft)}) = ({plain(fpt)})*({plain(x0 - t)}) \\Rightarrow {roots_text('t', ts, 'zh')}",
              kps=["deriv.tangent_line"], hints=[("整理成关于 $t$ 的方程。", "Collect it into an equation in $t$.")])
    lines = []
    for tv in ts:
        k, y1 = _num(sp.diff(body, x).subs(x, tv)), _num(body.subs(x, tv))
        lines.append((k, _num(y1 - k * tv)))
    chain.ask(("把每个 $t$ 代回，写出切线。", "Put each $t$ back and write the tangent lines."),
              _lines_answer(lines), " 且 ".join(f"{plain(y1)} + ({plain(k)})*(x - {paren(tv)}) = {plain(k * x + b)}"
                                              for tv, (k, b) in zip(ts, lines, strict=True) for y1 in [_num(body.subs(x, tv))]),
              kps=["deriv.tangent_line", "line.equation"], hints=[("有几个 $t$ 就有几条切线。", "Each t gives one tangent line.")])
    chain.done(_lines_answer(lines), _through_reference(d))


def _through_discriminant(chain: Chain, d: dict) -> None:
    x, body, x0, y0 = d["var"], d["body"], d["x0"], d["y0"]
    k = sp.Symbol("k", real=True)
    chain.ask((f"竖直直线 $x={tex(x0)}$ 是切线吗？其余直线怎样设？", f"Is the vertical line $x={tex(x0)}$ a tangent? How do you write the other lines?"),
              (f"不是（它与抛物线只交于一点但不相切）；设 ${point_slope(x0, y0, k)}$",
               f"no (it crosses the parabola once without touching); write ${point_slope(x0, y0, k)}$"),
              "", kps=["line.equation"], hints=[("斜率不存在的情形要单独考虑。", "Treat the line without a slope separately.")])
    eq = sp.expand(body - y0 - k * (x - x0))
    disc = sp.expand(sp.discriminant(eq, x))
    ks = sorted(sp.roots(sp.Poly(disc, k), filter="R"), key=float)
    chain.ask(("与曲线方程联立消去 $y$，相切时判别式满足什么？解出 $k$。", "Eliminate $y$: what must the discriminant be for tangency? Solve for $k$."),
              (f"${tex(eq)}=0$，$\\Delta={tex(disc)}=0$，{roots_math('k', ks, 'zh')}",
               f"${tex(eq)}=0$, $\\Delta={tex(disc)}=0$: {roots_math('k', ks, 'en')}"),
              f"{plain(disc)} = 0 \\Rightarrow {roots_text('k', ks, 'zh')}", kps=["quad.discriminant", "deriv.tangent_line"],
              hints=[("相切 $\\Leftrightarrow$ 联立后的二次方程有两个相等实根。", "Tangent means the quadratic has a double root.")])
    lines = [(kv, _num(y0 - kv * x0)) for kv in ks]
    chain.ask(("写出直线方程。", "Write the lines."), _lines_answer(lines),
              " 且 ".join(f"{plain(y0)} + ({plain(kv)})*(x - {paren(x0)}) = {plain(kv * x + b)}" for kv, b in lines),
              kps=["line.equation"], hints=[("点斜式代入 $k$ 的值。", "Put each k into the point-slope form.")])
    chain.done(_lines_answer(lines), _lines_answer(_reference_slopes(d)))


def _reference_slopes(d: dict):
    """Independent of the discriminant: the points of tangency from the derivative."""
    x, body = d["var"], d["body"]
    fp = sp.diff(body, x)
    return [(_num(fp.subs(x, tv)), _num(body.subs(x, tv) - fp.subs(x, tv) * tv)) for tv in d["ts"]]


register(Solver("function.tangent_through", "derivatives", detect_tangent_through, (
    Method(("设切点", "Let the point of tangency be unknown"), _through_point_of_tangency),
    Method(("联立用判别式", "Line meets parabola, discriminant zero"), _through_discriminant, _is_quadratic),
), ("deriv.tangent_line",), priority=37, answers=frozenset({"tangent", "equation"})))

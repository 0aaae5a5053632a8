"""Tangent lines to a curve at a point (the derivative / for quadratics, the discriminant)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.calculus import _ctx, _derivative_step, _function, _is_quadratic
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    paren,
    plain,
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
              (f"$y-({tex(y0)})={tex(k)}(x-({tex(at)}))$，即 $y={tex(k * x + b)}$", f"$y-({tex(y0)})={tex(k)}(x-({tex(at)}))$, i.e. $y={tex(k * x + b)}$"),
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

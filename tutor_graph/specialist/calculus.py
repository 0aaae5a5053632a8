"""Derivative applications: the shared steps (the function, its derivative, sign pieces) and monotonic
intervals, with the axis of symmetry as a second method for quadratics. Extrema and max / min on an
interval are in `calculus_extrema.py`, tangent lines in `tangent_lines.py`."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.functions import domain_of, fdef, function_of
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    labelled,
    plain,
    relation_text,
    roots_math,
    roots_text,
    tex,
)


def critical_points(fp: sp.Expr, x: sp.Symbol, domain: sp.Set) -> list[sp.Expr] | None:
    """Real zeros of f' in the domain when f' = (positive factor) * small polynomial / positive; else None."""
    num, _ = sp.fraction(sp.together(fp))
    num = sp.Mul(*[f for f in sp.Mul.make_args(sp.factor(num)) if not (isinstance(f, sp.exp) or f.is_positive)])
    if not num.free_symbols:
        return []
    try:
        poly = sp.Poly(num, x)
    except sp.PolynomialError:
        return _critical_by_substitution(num, x, domain)
    if poly.degree() > 4:
        return None
    roots = [r for r in sp.roots(poly) if r.is_real and domain.contains(r) == sp.true]
    if sum(sp.roots(poly).values()) != poly.degree():
        return None
    return sorted(set(roots), key=float)


def _critical_by_substitution(num: sp.Expr, x: sp.Symbol, domain: sp.Set) -> list[sp.Expr] | None:
    """Zeros of e^x - 1, ln x + 1 and the like: a small polynomial in u = e^x or u = ln x."""
    u = sp.Symbol("u", real=True)
    for atom, back in ((sp.exp(x), lambda r: sp.log(r) if r.is_positive else None), (sp.log(x), sp.exp)):
        e = sp.expand(num).subs(atom, u)
        if e.has(x) or not e.has(u):
            continue
        try:
            poly = sp.Poly(e, u)
        except sp.PolynomialError:
            return None
        if poly.degree() > 2:
            return None
        roots = [back(r) for r in sp.roots(poly) if r.is_real]
        return sorted({r for r in roots if r is not None and domain.contains(r) == sp.true}, key=float)
    return None


def _function(p: Problem):
    found = function_of(p)
    if found is None:
        return None
    name, x, body = found
    if any(isinstance(a, sp.Abs) for a in sp.preorder_traversal(body)):
        return None
    domain = domain_of(body, x)
    fp = sp.diff(body, x)
    crit = critical_points(fp, x, domain)
    if crit is None:
        return None
    return {"name": "f" if name == "y" else name, "shown": name, "var": x, "body": body, "domain": domain, "fp": fp,
            "crit": crit}


def _is_quadratic(d: dict) -> bool:
    return d["body"].is_polynomial(d["var"]) and sp.degree(d["body"], d["var"]) == 2


def _ctx(d: dict) -> list[str]:
    return [fdef(d["name"], d["var"], d["body"])]


def _derivative_step(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    fp = sp.factor(d["fp"]) if d["fp"].is_polynomial(x) else sp.simplify(d["fp"])
    chain.ask((f"求导：${f}'({x})$ 等于什么？", f"Differentiate: what is ${f}'({x})$?"),
              (f"${f}'({x})={tex(fp)}$",) * 2, f"{f}'({x}) = {plain(fp)}", context=_ctx(d),
              kps=["deriv.basic", "deriv.rules"],
              hints=[("函数由哪些基本初等函数组成？它们的导数公式各是什么？", "Which basic functions is f built from, and what are their derivatives?"),
                     ("再用和、差、积、商的求导法则把各部分合起来；结果写成什么形式最便于看出正负？",
                      "Combine the parts with the sum, product and quotient rules; which form of the result shows its sign best?")])


def _sign_pieces(d: dict) -> list[tuple[sp.Interval, int]]:
    x, fp, domain = d["var"], d["fp"], d["domain"]
    edges = sorted({*d["crit"], *[b for b in (domain.boundary if domain != sp.S.Reals else []) if b.is_finite]}, key=float)
    lo_all, hi_all = (domain.inf, domain.sup)
    points = [lo_all, *[e for e in edges if lo_all < e < hi_all], hi_all]
    out = []
    for a, b in zip(points, points[1:], strict=False):
        piece = sp.Interval.open(a, b).intersect(domain)
        if piece.is_empty:
            continue
        probe = (a + b) / 2 if a.is_finite and b.is_finite else (b - 1 if a == -sp.oo else a + 1)
        out.append((sp.Interval.open(a, b), 1 if fp.subs(x, probe) > 0 else -1))
    return out


def _intervals_text(pieces: list, sign: int) -> str:
    return ", ".join(f"${interval_text(i)}$" for i, s in pieces if s == sign) or "无"


def _mono_answer(pieces, want: str = "both") -> tuple[str, str]:
    if want != "both":
        text = ", ".join(interval_math(i) for i, s in pieces if (s > 0) == (want == "inc")) or ("无" if want else "")
        return text, text.replace("无", "none")
    inc = [labelled(i) for i, s in pieces if s > 0]
    dec = [labelled(i) for i, s in pieces if s < 0]
    zh = f"增区间 {', '.join(inc) or '无'}；减区间 {', '.join(dec) or '无'}"
    en = f"increasing on {', '.join(inc) or 'none'}; decreasing on {', '.join(dec) or 'none'}"
    return zh, en


# -- monotonicity -------------------------------------------------------------------------------------------
def detect_monotonic(p: Problem) -> Match | None:
    if not p.has("单调", "monoton", "increasing", "decreasing", "增区间", "减区间") or p.has("极值", "最大", "最小", "extrem", "切线"):
        return None
    if re.search(r"[a-z]\s*的取值范围|range of (the )?(values of )?[a-z]\b|实数\s*[a-z]", p.text):
        return None
    d = _function(p)
    if d is None:
        return None
    inc = p.has("增区间", "递增区间", "单调递增", "increasing")
    dec = p.has("减区间", "递减区间", "单调递减", "decreasing")
    d["want"] = "inc" if inc and not dec else ("dec" if dec and not inc else "both")
    return Match([fdef(d["name"], d["var"], d["body"])], {"inc": "increasing intervals", "dec": "decreasing intervals"}.get(d["want"], "monotonic intervals"), d, 0.9)


def _monotonic_derivative(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    chain.idea(("函数的单调性与导数的符号有什么关系？", "How is the sign of the derivative tied to where a function increases?"),
               ("在某个区间上 $f'(x)>0$ 则函数递增，$f'(x)<0$ 则递减", "where $f'(x)>0$ the function increases, where $f'(x)<0$ it decreases"),
               kps=["deriv.monotonicity"],
               hints=[("导数的几何意义是什么？", "What does the derivative mean on the graph?"),
                      ("切线斜率为正时，图象是上升还是下降？", "When the tangent's slope is positive, does the graph rise or fall?")])
    chain.ask(("函数的定义域是什么？", "What is the domain?"), (f"${interval_text(d['domain'])}$",) * 2, "",
              kps=["func.domain"], hints=[("为什么单调区间必须在定义域内讨论？", "Why must monotonic intervals lie inside the domain?"),
                                          ("解析式里有没有分母、对数、偶次根式？它们对 $x$ 有什么要求？",
                                           "Are there denominators, logarithms or even roots? What do they ask of $x$?")])
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"在定义域内，令 ${f}'({x})=0$ 能解得哪些点？", f"Solving ${f}'({x})=0$ inside the domain, which points do you get?"),
              (roots_math(x.name, crit, "zh") if crit else "无解", roots_math(x.name, crit, "en") if crit else "none"),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, crit, 'zh')}" if crit else "",
              context=_domain_context(d), kps=["deriv.monotonicity"],
              hints=[("导数的正负在哪些点可能改变？", "At which points can the sign of the derivative change?"),
                     ("把导数的分子分解因式，令每个因式为 0；解出的点都在定义域内吗？",
                      "Factor the numerator of the derivative and set each factor to 0; are the points inside the domain?")])
    pieces = _sign_pieces(d)
    inc, dec = _intervals_text(pieces, 1), _intervals_text(pieces, -1)
    chain.ask((f"在哪些区间上 ${f}'({x})>0$，哪些区间上 ${f}'({x})<0$？单调区间是什么？",
               f"Where is ${f}'({x})>0$ and where is it $<0$? What are the monotonic intervals?"),
              (f"增区间 {inc}；减区间 {dec}", f"increasing on {inc.replace('无', 'none')}; decreasing on {dec.replace('无', 'none')}"),
              _sign_claim(d, pieces, 1), context=_domain_context(d), kps=["deriv.monotonicity"],
              hints=[("导数为 0 的点把定义域分成了几段？", "Into how many pieces do the zeros of the derivative split the domain?"),
                     ("在每一段上取一个点代入导数，符号是正还是负？", "Test one point of each piece in the derivative: positive or negative?")])
    chain.done(_mono_answer(pieces, d.get("want", "both")), _mono_answer(_reference_pieces(d), d.get("want", "both")))


def _sign_claim(d: dict, pieces, sign: int) -> str:
    """`f'(x) > 0 ⇔ x < -1 或 x > 1` (inside the domain, which is then stated as context)."""
    region = sp.Union(*[i for i, s in pieces if s == sign]) if any(s == sign for _, s in pieces) else sp.S.EmptySet
    op = ">" if sign > 0 else "<"
    fp = sp.expand(d["fp"]) if d["fp"].is_polynomial(d["var"]) else sp.factor(d["fp"])
    return f"{plain(fp)} {op} 0 \\Leftrightarrow {relation_text(region.intersect(d['domain']), d['var'].name)}"


def _domain_context(d: dict) -> list[str]:
    """The domain as a given (`x > 0`) when it is not all reals, so sign claims are read inside it."""
    return [] if d["domain"] == sp.S.Reals else [relation_text(d["domain"], d["var"].name)]


def _reference_pieces(d: dict) -> list:
    """Monotonic pieces from SymPy's own solveset of f' > 0 (independent of the sign table)."""
    x = d["var"]
    pos = sp.solveset(d["fp"] > 0, x, d["domain"])
    neg = sp.solveset(d["fp"] < 0, x, d["domain"])
    out = []
    for s, sign in ((pos, 1), (neg, -1)):
        for part in (s.args if isinstance(s, sp.Union) else [s]):
            if isinstance(part, sp.Interval):
                out.append((sp.Interval.open(part.start, part.end), sign))
    return sorted(out, key=lambda t: float(t[0].start) if t[0].start.is_finite else -1e18)


def _monotonic_vertex(chain: Chain, d: dict) -> None:
    x, body = d["var"], d["body"]
    a, b, c = sp.Poly(body, x).all_coeffs()
    h = -b / (2 * a)
    k = body.subs(x, h)
    chain.idea(("二次函数的单调性由图象的哪些特征决定？", "Which features of its graph decide where a quadratic function increases?"),
               ("开口方向和对称轴：单调性在对称轴处改变", "the opening and the axis of symmetry: the monotonicity changes at the axis"),
               kps=["quad.function", "shape_number"],
               hints=[("二次函数的图象是什么曲线？", "What curve is the graph of a quadratic function?"),
                      ("抛物线沿着对称轴左右两侧的走向一样吗？", "Does the parabola go the same way on both sides of its axis?")])
    chain.ask(("配方后，函数的顶点式 $a(x-h)^2+k$ 是什么？", "Completing the square, what is the vertex form $a(x-h)^2+k$?"),
              (f"${tex(a * (x - h) ** 2 + k)}$",) * 2, f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})",
              kps=["completing_square", "quad.function"],
              hints=[("配方前先对二次项系数做什么？", "What do you do with the leading coefficient before completing the square?"),
                     ("括号里加上、再减去一次项系数一半的平方，结果是什么？", "Add and subtract the square of half the linear coefficient inside the bracket: what do you get?")])
    up = a > 0
    chain.ask(("抛物线开口向哪边？对称轴是什么？", "Which way does the parabola open? What is its axis of symmetry?"),
              (f"开口向{'上' if up else '下'}，对称轴 $x={tex(h)}$", f"opens {'upward' if up else 'downward'}, axis $x={tex(h)}$"),
              f"-({plain(b)})/(2*{plain(a)}) = {plain(h)}", kps=["quad.function"],
              hints=[("开口方向看哪个系数的符号？", "Which coefficient's sign decides the opening?"),
                     ("顶点式 $a(x-h)^2+k$ 的对称轴是哪条直线？", "Which line is the axis of $a(x-h)^2+k$?")])
    pieces = [(sp.Interval.open(-sp.oo, h), -1 if up else 1), (sp.Interval.open(h, sp.oo), 1 if up else -1)]
    chain.ask(("结合图象，函数在对称轴两侧的单调性如何？", "From the graph, how does the function behave on each side of the axis?"),
              _mono_answer(pieces), "", kps=["quad.function", "func.monotonicity", "shape_number"],
              hints=[("画出草图：开口方向和对称轴都已知，图象在对称轴左侧往哪里走？", "Sketch it: with the opening and the axis known, which way does the graph go left of the axis?"),
                     ("对称轴右侧的走向和左侧相同还是相反？", "Right of the axis, does it go the same way as on the left, or the opposite way?")])
    chain.done(_mono_answer(pieces, d.get("want", "both")), _mono_answer(_reference_pieces(d), d.get("want", "both")))


register(Solver("function.monotonic", "derivatives", detect_monotonic, (
    Method(("导数法", "Derivative"), _monotonic_derivative),
    Method(("配方法（图象）", "Vertex form (graph)"), _monotonic_vertex, _is_quadratic),
), ("deriv.monotonicity",), priority=35, answers=frozenset({"monotonic"})))

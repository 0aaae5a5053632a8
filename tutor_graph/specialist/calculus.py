"""Derivative applications: monotonic intervals, extrema, max/min on an interval, tangent lines;
with completing the square / the axis of symmetry as a second method for quadratics."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import interval, tidy
from tutor_graph.specialist.functions import domain_of, fdef, function_of
from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    dollar,
    interval_math,
    interval_text,
    labelled,
    paren,
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
              hints=[("用幂函数、指数、对数的求导公式和四则运算法则。", "Use the power, exponential and log rules with the sum rule."),
                     ("能因式分解的话，把导数分解开，便于判断符号。", "Factor the derivative: it makes its sign easy to read.")])


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
    chain.ask(("函数的定义域是什么？", "What is the domain?"), (f"${interval_text(d['domain'])}$",) * 2, "",
              kps=["func.domain"], hints=[("单调区间必须在定义域内讨论。", "Monotonic intervals live inside the domain.")])
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"令 ${f}'({x})=0$，解得哪些点？（在定义域内）", f"Solve ${f}'({x})=0$ inside the domain. Which points do you get?"),
              (roots_math(x.name, crit, "zh") if crit else "无解", roots_math(x.name, crit, "en") if crit else "none"),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, crit, 'zh')}" if crit else "",
              context=_domain_context(d), kps=["deriv.monotonicity"],
              hints=[("导数为 0 的点把定义域分成几段。", "The zeros of the derivative split the domain into pieces.")])
    pieces = _sign_pieces(d)
    inc, dec = _intervals_text(pieces, 1), _intervals_text(pieces, -1)
    chain.ask((f"在哪些区间上 ${f}'({x})>0$，哪些区间上 ${f}'({x})<0$？单调区间是什么？",
               f"Where is ${f}'({x})>0$ and where is it $<0$? What are the monotonic intervals?"),
              (f"增区间 {inc}；减区间 {dec}", f"increasing on {inc.replace('无', 'none')}; decreasing on {dec.replace('无', 'none')}"),
              _sign_claim(d, pieces, 1), context=_domain_context(d), kps=["deriv.monotonicity"],
              hints=[("$f'(x)>0$ 的区间上函数递增。", "Where $f'(x)>0$ the function increases."),
                     ("在每一段上取一个点代入导数判断符号。", "Test one point of each piece in the derivative.")])
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
    chain.ask(("配方，把函数写成顶点式 $a(x-h)^2+k$。", "Complete the square: write it as $a(x-h)^2+k$."),
              (f"${tex(a * (x - h) ** 2 + k)}$",) * 2, f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})",
              kps=["completing_square", "quad.function"], hints=[("先提出二次项系数。", "Take out the leading coefficient first.")])
    up = a > 0
    chain.ask(("抛物线开口向哪边？对称轴是什么？", "Which way does the parabola open? What is its axis of symmetry?"),
              (f"开口向{'上' if up else '下'}，对称轴 $x={tex(h)}$", f"opens {'upward' if up else 'downward'}, axis $x={tex(h)}$"),
              f"-({plain(b)})/(2*{plain(a)}) = {plain(h)}", kps=["quad.function"],
              hints=[("$a>0$ 开口向上。", "$a>0$ opens upward."), ("对称轴 $x=-\\frac{b}{2a}$。", "The axis is $x=-\\frac{b}{2a}$.")])
    pieces = [(sp.Interval.open(-sp.oo, h), -1 if up else 1), (sp.Interval.open(h, sp.oo), 1 if up else -1)]
    chain.ask(("结合图象，函数在对称轴两侧的单调性如何？", "From the graph, how does the function behave on each side of the axis?"),
              _mono_answer(pieces), "", kps=["quad.function", "func.monotonicity", "shape_number"],
              hints=[("开口向上时，对称轴左侧下降、右侧上升。", "Opening upward: falling left of the axis, rising right of it.")])
    chain.done(_mono_answer(pieces, d.get("want", "both")), _mono_answer(_reference_pieces(d), d.get("want", "both")))


register(Solver("function.monotonic", "derivatives", detect_monotonic, (
    Method(("导数法", "Derivative"), _monotonic_derivative),
    Method(("配方法（图象）", "Vertex form (graph)"), _monotonic_vertex, _is_quadratic),
), ("deriv.monotonicity",), priority=35))


# -- extrema ------------------------------------------------------------------------------------------------
def detect_extrema(p: Problem) -> Match | None:
    if not p.has("极值", "极大值", "极小值", "extreme value", "local max", "local min", "extrema", "relative max"):
        return None
    d = _function(p)
    if d is None or not d["crit"] or interval(p.text) is not None:
        return None
    mx, mn = p.has("极大值", "local max", "relative max"), p.has("极小值", "local min", "relative min")
    d["want"] = "max" if mx and not mn else ("min" if mn and not mx else "both")
    return Match([fdef(d["name"], d["var"], d["body"])], "extreme values", d, 0.9)


def _extrema_table(d: dict) -> list[tuple[sp.Expr, str]]:
    x, fp = d["var"], d["fp"]
    out = []
    for c in d["crit"]:
        left, right = fp.subs(x, c - sp.Rational(1, 1000)), fp.subs(x, c + sp.Rational(1, 1000))
        if left > 0 > right:
            out.append((c, "max"))
        elif left < 0 < right:
            out.append((c, "min"))
    return out


def _extrema_answer(d: dict, table) -> tuple[str, str]:
    x, body = d["var"], d["body"]
    show = dollar if d.get("want", "both") != "both" else labelled
    mx = [show(tidy(body.subs(x, c))) for c, k in table if k == "max"]
    mn = [show(tidy(body.subs(x, c))) for c, k in table if k == "min"]
    if d.get("want", "both") != "both":
        text = ", ".join(mx if d["want"] == "max" else mn)
        return (text or "无", text or "none")
    zh = f"极大值 {', '.join(mx) or '无'}，极小值 {', '.join(mn) or '无'}"
    en = f"local maximum {', '.join(mx) or 'none'}, local minimum {', '.join(mn) or 'none'}"
    return zh, en


def _values_step(chain: Chain, d: dict, table) -> None:
    f, x, body = d["name"], d["var"], d["body"]
    parts = [(c, k, tidy(body.subs(x, c))) for c, k in table]
    chain.ask(("计算极值点处的函数值，极大值、极小值各是多少？", "Evaluate f at these points. What are the local maximum and minimum values?"),
              ("，".join(f"{'极大值' if k == 'max' else '极小值'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts),
               ", ".join(f"local {'max' if k == 'max' else 'min'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, _, v in parts), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("把极值点代入原函数，不是代入导数。", "Substitute into f itself, not into f'.")])


def _extrema_first(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"令 ${f}'({x})=0$，得到哪些点？", f"Solve ${f}'({x})=0$."),
              (roots_math(x.name, crit, "zh"), roots_math(x.name, crit, "en")),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, crit, 'zh')}" if crit else "",
              context=_domain_context(d), kps=["deriv.extremum"], hints=[("导数为 0 的点只是可能的极值点。", "Zeros of f' are only candidates.")])
    table = _extrema_table(d)
    chain.ask(("列表看导数在这些点两侧的符号，哪个是极大值点，哪个是极小值点？",
               "Look at the sign of f' on each side of these points. Which is a local max, which a local min?"),
              ("，".join(f"${x}={tex(c)}$ 是{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${x}={tex(c)}$ is a local {'max' if k == 'max' else 'min'}" for c, k in table)),
              _sign_claim(d, _sign_pieces(d), 1), context=_domain_context(d), kps=["deriv.extremum", "deriv.monotonicity"],
              hints=[("左正右负是极大值，左负右正是极小值。", "+ then − is a maximum; − then + is a minimum.")])
    _values_step(chain, d, table)
    chain.done(_extrema_answer(d, table), _extrema_answer(d, _extrema_table_ref(d)))


def _extrema_table_ref(d: dict):
    """Independent classification: the second derivative (or f' sign from solveset when f'' = 0)."""
    x = d["var"]
    f2 = sp.diff(d["body"], x, 2)
    out = []
    pos = sp.solveset(d["fp"] > 0, x, d["domain"])
    for c in sp.solveset(d["fp"], x, d["domain"]) if isinstance(sp.solveset(d["fp"], x, d["domain"]), sp.FiniteSet) else d["crit"]:
        v = f2.subs(x, c)
        if v != 0:
            out.append((c, "max" if v < 0 else "min"))
        else:
            left, right = pos.contains(c - sp.Rational(1, 1000)), pos.contains(c + sp.Rational(1, 1000))
            if left != right:
                out.append((c, "max" if left == sp.true else "min"))
    return sorted(out, key=lambda t: float(t[0]))


def _extrema_second(chain: Chain, d: dict) -> None:
    f, x = d["name"], d["var"]
    _derivative_step(chain, d)
    f2 = sp.simplify(sp.diff(d["body"], x, 2))
    chain.ask((f"再求二阶导数 ${f}''({x})$。", f"Now find the second derivative ${f}''({x})$."),
              (f"${f}''({x})={tex(f2)}$",) * 2, f"{f}''({x}) = {plain(f2)}", context=_ctx(d), kps=["deriv.rules"],
              hints=[("对 $f'(x)$ 再求一次导。", "Differentiate $f'(x)$ once more.")])
    table = [(c, "max" if f2.subs(x, c) < 0 else "min") for c in d["crit"] if f2.subs(x, c) != 0]
    chain.ask((f"在 ${f}'({x})=0$ 的点处 ${f}''$ 的符号如何？由此判断极大、极小。",
               f"What is the sign of ${f}''$ at the zeros of ${f}'$? Decide max or min."),
              ("，".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$，{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
               ", ".join(f"${f}''({tex(c)})={tex(f2.subs(x, c))}$: local {k}" for c, k in table)),
              " 且 ".join(f"{f}''({plain(c)}) = {plain(f2.subs(x, c))}" for c, _ in table), context=_ctx(d), kps=["deriv.extremum"],
              hints=[("$f''<0$ 是极大值，$f''>0$ 是极小值。", "$f''<0$: maximum; $f''>0$: minimum.")])
    _values_step(chain, d, table)
    chain.done(_extrema_answer(d, table), _extrema_answer(d, _extrema_table_ref(d)))


register(Solver("function.extrema", "derivatives", detect_extrema, (
    Method(("导数符号法（列表）", "Sign of the derivative (table)"), _extrema_first),
    Method(("二阶导数法", "Second-derivative test"), _extrema_second,
           lambda d: all(sp.diff(d["body"], d["var"], 2).subs(d["var"], c) != 0 for c in d["crit"])),
), ("deriv.extremum",), priority=35))


# -- max / min on a closed interval ------------------------------------------------------------------------
def detect_maxmin(p: Problem) -> Match | None:
    if not p.has("最大值", "最小值", "最值", "值域", "maximum", "minimum", "range", "largest", "smallest"):
        return None
    if re.search(r"实数\s*[a-z]|[a-z]\s*的取值范围|range of (values of )?(?![fgh]\()[a-z]\b", p.text):
        return None
    d = _function(p)
    iv = interval(p.text)
    if d is None or iv is None or not isinstance(iv, sp.Interval) or iv.left_open or iv.right_open:
        return None
    if not iv.is_subset(d["domain"]):
        return None
    mx = p.has("最大值", "maximum", "largest")
    mn = p.has("最小值", "minimum", "smallest")
    d["want"] = "max" if mx and not mn else ("min" if mn and not mx else "both")
    d = {**d, "interval": iv, "range": p.has("值域", "range"), "all_crit": d["crit"], "crit": [c for c in d["crit"] if iv.contains(c) == sp.true]}
    return Match([fdef(d["name"], d["var"], d["body"]), interval_text(iv, latex=False)], "max and min on the interval", d, 0.9)


def _maxmin_answer(d: dict, lo, hi) -> tuple[str, str]:
    if d.get("want") in ("max", "min") and not d["range"]:
        return (dollar(hi if d["want"] == "max" else lo),) * 2
    if d["range"]:
        text = f"$[{tex(lo)}, {tex(hi)}]$"
        return text, text
    return f"最大值 {labelled(hi)}，最小值 {labelled(lo)}", f"maximum {labelled(hi)}, minimum {labelled(lo)}"


def _reference_maxmin(d: dict):
    x, iv = d["var"], d["interval"]
    lo = sp.calculus.util.minimum(d["body"], x, iv)
    hi = sp.calculus.util.maximum(d["body"], x, iv)
    return sp.nsimplify(lo), sp.nsimplify(hi)


def _maxmin_derivative(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["interval"]
    _derivative_step(chain, d)
    crit = d["crit"]
    chain.ask((f"${f}'({x})=0$ 在区间 ${interval_text(iv)}$ 内的解是什么？", f"Which zeros of ${f}'({x})$ lie in ${interval_text(iv)}$?"),
              (roots_math(x.name, crit, "zh") if crit else "区间内没有", roots_math(x.name, crit, "en") if crit else "none inside"),
              f"{plain(sp.numer(sp.together(d['fp'])))} = 0 \\Rightarrow {roots_text(x.name, d['all_crit'], 'zh')}"
              if d["all_crit"] else "",
              kps=["deriv.max_min"], hints=[("区间外的点不用考虑。", "Ignore points outside the interval.")])
    points = sorted({iv.start, iv.end, *crit}, key=float)
    values = [(c, tidy(body.subs(x, c))) for c in points]
    chain.ask(("比较端点和这些点的函数值。", "Compare the values at the endpoints and at these points."),
              ("，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in values),) * 2,
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in values), context=_ctx(d), kps=["deriv.max_min"],
              hints=[("闭区间上连续函数的最值在端点或极值点取得。", "On a closed interval the extremes occur at endpoints or critical points.")])
    lo, hi = min(v for _, v in values), max(v for _, v in values)
    chain.ask(("最大值、最小值各是多少？", "What are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"), "",
              kps=["deriv.max_min"], hints=[("从上面的值里挑最大和最小。", "Pick the largest and the smallest of those values.")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


def _maxmin_vertex(chain: Chain, d: dict) -> None:
    f, x, body, iv = d["name"], d["var"], d["body"], d["interval"]
    a, b, _ = sp.Poly(body, x).all_coeffs()
    h = -b / (2 * a)
    k = tidy(body.subs(x, h))
    chain.ask(("配方求顶点和对称轴。", "Complete the square to find the vertex and the axis."),
              (f"${f}({x})={tex(a * (x - h) ** 2 + k)}$，对称轴 $x={tex(h)}$", f"${f}({x})={tex(a * (x - h) ** 2 + k)}$, axis $x={tex(h)}$"),
              f"{plain(body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})", kps=["completing_square", "quad.function"],
              hints=[("先提出二次项系数再配方。", "Factor out the leading coefficient, then complete the square.")])
    inside = iv.contains(h) == sp.true
    ends = [(iv.start, tidy(body.subs(x, iv.start))), (iv.end, tidy(body.subs(x, iv.end)))]
    chain.ask((f"对称轴在区间 ${interval_text(iv)}$ 内吗？两端点的函数值是多少？", f"Is the axis inside ${interval_text(iv)}$? What are the values at the endpoints?"),
              (f"{'在' if inside else '不在'}区间内；" + "，".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends),
               f"{'inside' if inside else 'outside'}; " + ", ".join(f"${f}({tex(c)})={tex(v)}$" for c, v in ends)),
              " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, v in ends), context=_ctx(d), kps=["quad.function"],
              hints=[("离对称轴越远，开口向上的抛物线函数值越大。", "For an upward parabola, farther from the axis means larger.")])
    values = [v for _, v in ends] + ([k] if inside else [])
    lo, hi = min(values), max(values)
    chain.ask(("结合图象，最大值、最小值各是多少？", "From the graph, what are the maximum and minimum?"),
              (f"最大值 ${tex(hi)}$，最小值 ${tex(lo)}$", f"maximum ${tex(hi)}$, minimum ${tex(lo)}$"),
              f"{f}({plain(h)}) = {plain(k)}" if inside else "", context=_ctx(d), kps=["quad.function", "shape_number"],
              hints=[("开口向上时，顶点在区间内则顶点处最小。", "Opening upward with the vertex inside: the minimum is at the vertex.")])
    chain.done(_maxmin_answer(d, lo, hi), _maxmin_answer(d, *_reference_maxmin(d)))


register(Solver("function.maxmin_interval", "derivatives", detect_maxmin, (
    Method(("导数法", "Derivative"), _maxmin_derivative, lambda d: not _is_quadratic(d)),
    Method(("配方法（对称轴）", "Vertex and axis of symmetry"), _maxmin_vertex, _is_quadratic),
    Method(("导数法", "Derivative"), _maxmin_derivative, _is_quadratic),
), ("deriv.max_min",), priority=35))


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
), ("deriv.tangent_line",), priority=36))

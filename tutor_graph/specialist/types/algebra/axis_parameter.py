"""二次函数“轴动区间定”：已知闭区间上的最值求参数 / A quadratic whose axis moves with a parameter a has a given
minimum (maximum) on a closed interval: find a, by cases on the axis against the interval, or by the candidates
(ends and vertex) each checked. A solution outside its own case is rejected."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import interval, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    interval_text,
    paren,
    plain,
    relation_math,
    roots_math,
    roots_text,
    tex,
)
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_EXTREME = re.compile(r"\\(min|max)_\{x \\in (.+?)\}\s*(?:[a-z]\(x\)|y)\s*=\s*(.+)")
MAX_CANDIDATES = 6  # the template has this many check steps


@dataclass(frozen=True)
class Case:
    """One range of a: where the extreme sits (an end, or "axis": the vertex), its value, the roots, those kept."""

    region: sp.Set
    at: sp.Expr | str
    value: sp.Expr
    roots: tuple[sp.Expr, ...]
    kept: tuple[sp.Expr, ...]


@dataclass(frozen=True)
class AxisParameter:
    """f(x) = `body` = A x² + B(a) x + C(a), axis x = `h` linear in a; its `want` ("min"/"max") on [lo, hi] is v."""

    x: sp.Symbol
    body: sp.Expr
    a: sp.Symbol
    A: sp.Expr
    h: sp.Expr
    lo: sp.Expr
    hi: sp.Expr
    v: sp.Expr
    want: str
    cases: tuple[Case, ...]
    answer: tuple[sp.Expr, ...]


def one_param_function(p: Problem) -> tuple[sp.Symbol, sp.Expr, sp.Symbol] | None:
    """(x, body, a) for the `f(x) = …` (or y = …) whose body holds exactly one parameter besides x."""
    for lhs, op, rhs in p.given_relations:  # the definitions the Reading states
        if op != "=":
            continue
        is_f = isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol)
        if is_f or (isinstance(lhs, sp.Symbol) and lhs.name == "y"):
            x = lhs.args[0] if is_f else sp.Symbol("x", real=True)
            params = rhs.free_symbols - {x}
            if x in rhs.free_symbols and len(params) == 1:
                return x, rhs, params.pop()
    return None


def roots_in(e: sp.Expr, a: sp.Symbol) -> list[sp.Expr]:
    """The real roots of the polynomial e in a, sorted (none when e does not hold a)."""
    e = sp.expand(e)
    if not e.has(a):
        return []
    return sorted(set(sp.roots(sp.Poly(e, a), filter="R")), key=float)


def _axis_cases(x: sp.Symbol, body: sp.Expr, a: sp.Symbol, A: sp.Expr, h: sp.Expr, span: tuple[sp.Expr, sp.Expr],
                v: sp.Expr, want: str) -> tuple[Case, ...]:
    """Where the extreme sits for each range of a, the equation there, its roots and those inside the range."""
    lo, hi = span
    spots: list[tuple[sp.Expr | None, str | None, sp.Expr | str]]
    if want == ("min" if A > 0 else "max"):  # the vertex's own kind: axis left of, inside, right of the interval
        spots = [(h - lo, "≤", lo), (None, None, "axis"), (h - hi, "≥", hi)]
    else:  # the farther end: the axis left or right of the midpoint
        mid = (lo + hi) / 2
        spots = [(h - mid, "≤", hi), (h - mid, ">", lo)]
    out = []
    for expr, op, at in spots:
        if isinstance(at, str):
            region = solve_inequality(h - lo, ">", a).intersect(solve_inequality(h - hi, "<", a))
            value = sp.expand(body.subs(x, h))
        else:
            assert expr is not None and op is not None
            region = solve_inequality(expr, op, a)
            value = sp.expand(body.subs(x, at))
        roots = roots_in(value - v, a)
        out.append(Case(region, at, value, tuple(roots), tuple(r for r in roots if region.contains(r) == sp.true)))
    return tuple(out)


def detect(p: Problem) -> AxisParameter | None:
    """`f(x)=x^2-2ax+2 在 [0,2] 上的最小值为 -2，求 a`: the old `parameter_cases.detect_quadratic_axis`, unchanged
    (besides declining more than MAX_CANDIDATES candidates, which no quadratic with a linear axis reaches)."""
    found = one_param_function(p)
    # the Reading's `\min_{x \in [0,2]} f(x) = -2`: one extreme value on a closed interval
    extremes = [m for claim in p.given_claims if (m := _EXTREME.fullmatch(claim))]
    if found is None or len(extremes) != 1:
        return None
    m, iv = extremes[0], interval(normalise(extremes[0].group(2)))
    if iv is None or iv.left_open or iv.right_open or iv.measure == sp.oo:
        return None
    if p.has("最大值与最小值", "最小值与最大值", "maximum and minimum", "minimum and maximum", "maximum minus", "minimum minus"):
        return None
    x, body, a = found
    v = try_expr(normalise(m.group(3)).strip())
    if v is None or v.free_symbols or not body.is_polynomial(x) or sp.degree(body, x) != 2:
        return None
    A, B, _ = sp.Poly(body, x).all_coeffs()
    h = sp.expand(-B / (2 * A))
    if A.free_symbols or not body.is_polynomial(a) or sp.degree(h, a) != 1:
        return None
    want = m.group(1)
    cases = _axis_cases(x, body, a, A, h, (iv.start, iv.end), v, want)
    answer = tuple(sorted({r for c in cases for r in c.kept}, key=float))
    if not answer:
        return None
    d = AxisParameter(x, body, a, A, h, iv.start, iv.end, v, want, cases, answer)
    return d if len(_candidates(d)) <= MAX_CANDIDATES else None


def _candidates(d: AxisParameter) -> list[sp.Expr]:
    values = [sp.expand(d.body.subs(d.x, at)) for at in (d.lo, d.hi, d.h)]
    return sorted({r for e in values for r in roots_in(e - d.v, d.a)}, key=float)


def _square(d: AxisParameter) -> tuple[str, str]:
    """The completed square as LaTeX, signs folded in, and its claim."""
    x, A, h = d.x, d.A, d.h
    k = sp.expand(d.body.subs(x, h))
    inner = f"{x}+{tex(-h)}" if h.could_extract_minus_sign() else f"{x}-\\left({tex(h)}\\right)" if isinstance(h, sp.Add) else f"{x}-{tex(h)}"
    rest = "" if k == 0 else f"-\\left({tex(-k)}\\right)" if k.could_extract_minus_sign() and isinstance(k, sp.Add) else \
        f"-{tex(-k)}" if k.could_extract_minus_sign() else f"+\\left({tex(k)}\\right)" if isinstance(k, sp.Add) else f"+{tex(k)}"
    square = ("" if A == 1 else "-" if A == -1 else tex(A)) + f"\\left({inner}\\right)^2" + rest
    return square, f"{plain(d.body)} = {plain(A)}*({x} - ({plain(h)}))^2 + ({plain(k)})"


def _case_values(d: AxisParameter, i: int, c: Case) -> Values:
    a = d.a
    if isinstance(c.at, str):
        spot = ("对称轴在区间内，在顶点处取得", "the axis is inside: at the vertex")
    else:
        spot = (f"在端点 $x={tex(c.at)}$ 处取得", f"at the end $x={tex(c.at)}$")
    rejected = [r for r in c.roots if r not in c.kept]
    zh = ("，".join(f"${a}={tex(r)}$ 符合" for r in c.kept) + ("；" if c.kept and rejected else "")
          + "，".join(f"${a}={tex(r)}$ 不在此范围内，舍去" for r in rejected)) or "无解"
    en = ("; ".join(f"${a}={tex(r)}$ fits" for r in c.kept) + ("; " if c.kept and rejected else "")
          + "; ".join(f"${a}={tex(r)}$ is outside this case, rejected" for r in rejected)) or "no solution"
    k = f"case{i}"
    return {f"{k}": True, f"{k}_where": relation_math(c.region, a.name, "zh"),
            f"{k}_where_en": relation_math(c.region, a.name, "en"),
            f"{k}_answer": f"{spot[0]}：${tex(c.value)}={tex(d.v)}$，{zh}",
            f"{k}_answer_en": f"{spot[1]}: ${tex(c.value)}={tex(d.v)}$; {en}",
            f"{k}_claim": f"{plain(c.value)} = {plain(d.v)} \\Rightarrow {roots_text(a.name, c.roots, 'zh')}" if c.roots else ""}


def _check_values(d: AxisParameter, i: int, r: sp.Expr) -> Values:
    """Candidate r: f with a = r, its axis, its extreme on [lo, hi] (ends and the vertex if inside), kept or not."""
    x, lo, hi = d.x, d.lo, d.hi
    f = sp.expand(d.body.subs(d.a, r))
    h = d.h.subs(d.a, r)
    points = sorted({lo, hi, *([h] if lo < h < hi else [])}, key=float)
    at = [(c, f.subs(x, c)) for c in points]
    best = min(at, key=lambda t: t[1]) if d.want == "min" else max(at, key=lambda t: t[1])
    good = best[1] == d.v
    k = f"check{i}"
    return {k: True, f"{k}_r": tex(r), f"{k}_f": tex(f), f"{k}_f_plain": plain(f),
            f"{k}_answer": f"对称轴 $x={tex(h)}$，{'最小' if d.want == 'min' else '最大'}值 $f({tex(best[0])})={tex(best[1])}$，"
                           + ("符合" if good else "不符，舍去"),
            f"{k}_answer_en": f"axis $x={tex(h)}$, {d.want}imum $f({tex(best[0])})={tex(best[1])}$: "
                              + ("it fits" if good else "no, rejected"),
            f"{k}_claim": " 且 ".join(f"f({paren(c)}) = {plain(val)}" for c, val in at)}


def values(d: AxisParameter) -> Values:
    """The completed square; each case with its equation and verdict; the candidates, each checked."""
    a, x = d.a, d.x
    square, square_claim = _square(d)
    ends = [sp.expand(d.body.subs(x, at)) for at in (d.lo, d.hi, d.h)]
    pool = _candidates(d)
    eqs = [f"${tex(e)}={tex(d.v)}$" for e in ends]
    out: Values = {
        "a": a.name, "x": x.name, "f": tex(d.body), "h": tex(d.h), "lo": tex(d.lo), "hi": tex(d.hi), "v": tex(d.v),
        "square": square, "square_claim": square_claim,
        "word": "最小值" if d.want == "min" else "最大值", "word_en": "minimum" if d.want == "min" else "maximum",
        "minmax": "最小" if d.want == "min" else "最大",
        "pool_answer": "，".join(eqs) + "；候选 " + roots_math(a.name, pool, "zh"),
        "pool_answer_en": ", ".join(eqs) + "; candidates " + roots_math(a.name, pool, "en"),
        "pool_claim": " 或 ".join(f"{plain(e)} = {plain(d.v)}" for e in ends if e.has(a))
                      + f" \\Rightarrow {roots_text(a.name, pool, 'zh')}",
        "answer": roots_math(a.name, d.answer, "zh"), "answer_en": roots_math(a.name, d.answer, "en"),
    }
    for i in range(1, 4):
        out[f"case{i}"] = False
    for i, c in enumerate(d.cases, 1):
        out.update(_case_values(d, i, c))
    for i in range(1, MAX_CANDIDATES + 1):
        out[f"check{i}"] = False
    for i, r in enumerate(pool, 1):
        out.update(_check_values(d, i, r))
    return out


def reference(d: AxisParameter) -> tuple[str, str]:
    """Independent: every a where f(lo), f(hi) or the vertex value equals v, kept when SymPy's own
    minimum / maximum of that f on [lo, hi] equals v."""
    x, body, a = d.x, d.body, d.a
    pool = {r for at in (d.lo, d.hi, d.h) for r in sp.solve(sp.Eq(body.subs(x, at), d.v), a) if r.is_real}
    iv = sp.Interval(d.lo, d.hi)
    extreme = sp.calculus.util.minimum if d.want == "min" else sp.calculus.util.maximum
    ok = sorted((r for r in pool if sp.simplify(extreme(body.subs(a, r), x, iv) - d.v) == 0), key=float)
    return roots_text(a.name, ok, "zh"), roots_text(a.name, ok, "en")


TYPE: ProblemType[AxisParameter] = ProblemType(
    type_id="quadratic.axis_parameter", module="algebra", name="axis_parameter", detect=detect, values=values,
    reference=reference,
    givens=lambda d: [f"f({d.x}) = {plain(d.body)}", interval_text(sp.Interval(d.lo, d.hi), latex=False),
                      f"{d.want} = {plain(d.v)}"],
    goal=lambda d: "parameter from an extreme value", answers=frozenset({"unknown"}), topic="quadratics",
)

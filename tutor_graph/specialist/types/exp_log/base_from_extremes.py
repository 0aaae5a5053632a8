"""指数函数 a^x 在闭区间上的最大值与最小值之差（和）已知，求底数 a / The base of a^x from the difference (or sum)
of its maximum and minimum on [m, n]: by cases on the base (a > 1 vs 0 < a < 1), or, for a difference, as the
absolute difference of the values at the two ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, relation_math, roots_math, roots_text, tex
from tutor_graph.specialist.types.algebra.axis_parameter import roots_in
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_EXP = re.compile(r"(?:[fgh]\s*\(\s*x\s*\)|\by)\s*=\s*([a-z])\s*\^\s*\(?\s*x\s*\)?(?![\w^(])(?!\s*[-+*/])")
_DIFF = re.compile(r"(?:最大值与最小值之差|最大值减去?最小值|maximum minus the minimum|difference between the maximum and (?:the )?minimum"
                   r"|maximum and minimum differ by)\s*(?:(?:on|in)\s*(?:the interval\s*)?\[[^\]]*\]\s*)?(?:为|是|等于|\bis\b|\bequals?\b|by)?\s*([^，。,;；?]+?)\s*(?=[，。,;；?]|\.\s|\.?$)")
_SUM = re.compile(r"(?:最大值与最小值之和|最大值与最小值的和|sum of the maximum and (?:the )?minimum|maximum plus the minimum)"
                  r"\s*(?:(?:on|in)\s*(?:the interval\s*)?\[[^\]]*\]\s*)?(?:为|是|等于|\bis\b|\bequals?\b)?\s*([^，。,;；?]+?)\s*(?=[，。,;；?]|\.\s|\.?$)")


@dataclass(frozen=True)
class BaseCase:
    """One range of the base, the equation max ∓ min = rhs there, its roots and those kept (in range, ≠ 1)."""

    region: sp.Set
    lhs: sp.Expr
    roots: tuple[sp.Expr, ...]
    kept: tuple[sp.Expr, ...]


@dataclass(frozen=True)
class ExpBase:
    """f(x) = a^x on [lo, hi] (integers, lo ≥ 0); max − min (`diff`) or max + min equals `rhs` (a polynomial in a)."""

    a: sp.Symbol
    lo: sp.Expr
    hi: sp.Expr
    rhs: sp.Expr
    diff: bool
    cases: tuple[BaseCase, ...]
    answer: tuple[sp.Expr, ...]


def detect(p: Problem) -> ExpBase | None:
    """`f(x)=a^x 在 [1,2] 上的最大值与最小值之差为 a/2，求 a`: the old `parameter_cases.detect_exp_base`, unchanged."""
    e, iv = _EXP.search(p.text), interval(p.text)
    diff, total = _DIFF.search(p.text), _SUM.search(p.text)
    if e is None or iv is None or (diff is None) == (total is None) or iv.measure == sp.oo:
        return None
    a = sp.Symbol(e.group(1), positive=True)
    said = diff or total
    assert said is not None
    rhs = try_expr(said.group(1))
    if rhs is None:
        return None
    rhs = rhs.subs({s: a for s in rhs.free_symbols if s.name == a.name})
    lo, hi = iv.start, iv.end
    if rhs.free_symbols - {a} or not (lo.is_Integer and hi.is_Integer and lo >= 0) or not rhs.is_polynomial(a):
        return None
    f_lo, f_hi = a**lo, a**hi
    if diff:
        spots = [(sp.Interval.open(1, sp.oo), f_hi - f_lo), (sp.Interval.open(0, 1), f_lo - f_hi)]
    else:
        spots = [(sp.Interval.open(0, sp.oo), f_hi + f_lo)]
    cases = []
    for region, lhs in spots:
        roots = roots_in(lhs - rhs, a)
        cases.append(BaseCase(region, lhs, tuple(roots), tuple(r for r in roots if region.contains(r) == sp.true and r != 1)))
    answer = tuple(sorted({r for c in cases for r in c.kept}, key=float))
    if not answer:
        return None
    return ExpBase(a, lo, hi, rhs, diff is not None, tuple(cases), answer)


def _case_values(d: ExpBase, i: int, c: BaseCase) -> Values:
    a = d.a
    rejected = [r for r in c.roots if r not in c.kept]
    zh = f"${tex(c.lhs)}={tex(d.rhs)}$，" + "，".join(
        [*(f"${a}={tex(r)}$" for r in c.kept), *(f"${a}={tex(r)}$ 舍去" for r in rejected)] or ["无解"])
    en = f"${tex(c.lhs)}={tex(d.rhs)}$: " + ", ".join(
        [*(f"${a}={tex(r)}$" for r in c.kept), *(f"${a}={tex(r)}$ rejected" for r in rejected)] or ["none"])
    return {f"case{i}": True, f"case{i}_where": relation_math(c.region, a.name, "zh"),
            f"case{i}_where_en": relation_math(c.region, a.name, "en"),
            f"case{i}_answer": zh, f"case{i}_answer_en": en,
            f"case{i}_claim": f"{plain(c.lhs)} = {plain(d.rhs)} \\Rightarrow {roots_text(a.name, c.roots, 'zh')}" if c.roots else ""}


def values(d: ExpBase) -> Values:
    """Each case's equation and verdict; for a difference the equation |a^n − a^m| = rhs and its roots."""
    a, lo, hi = d.a, d.lo, d.hi
    gap = a**hi - a**lo
    out: Values = {"a": a.name, "lo": tex(lo), "hi": tex(hi), "rhs": tex(d.rhs), "diff": d.diff,
                   "gap": tex(gap), "case2": False,
                   "answer": roots_math(a.name, d.answer, "zh"), "answer_en": roots_math(a.name, d.answer, "en")}
    for i, c in enumerate(d.cases, 1):
        out.update(_case_values(d, i, c))
    if d.diff:
        roots = sorted({r for sign in (1, -1) for r in roots_in(sign * gap - d.rhs, a)}, key=float)
        kept = [r for r in roots if r > 0 and r != 1]
        rejected = [r for r in roots if r not in kept]
        out.update({
            "abs_answer": roots_math(a.name, kept, "zh") + ("，" + "，".join(f"${a}={tex(r)}$ 舍去" for r in rejected) if rejected else ""),
            "abs_answer_en": roots_math(a.name, kept, "en") + ("; " + ", ".join(f"${a}={tex(r)}$ rejected" for r in rejected) if rejected else ""),
            "abs_claim": f"{plain(gap)} = {plain(d.rhs)} 或 {plain(gap)} = -({plain(d.rhs)}) \\Rightarrow {roots_text(a.name, roots, 'zh')}",
        })
    return out


def reference(d: ExpBase) -> tuple[str, str]:
    """Independent: solveset of (a^n − a^m)² = rhs² (or the sum) over a > 0, a ≠ 1, each root kept when SymPy's
    maximum minus minimum of a^x on [m, n] gives the stated value."""
    a, x = d.a, sp.Symbol("x", real=True)
    f_lo, f_hi = a**d.lo, a**d.hi
    eq = (f_hi - f_lo) ** 2 - d.rhs**2 if d.diff else f_hi + f_lo - d.rhs
    found = sp.solveset(sp.expand(eq), a, sp.Interval.open(0, sp.oo)) - sp.FiniteSet(1)
    iv, ok = sp.Interval(d.lo, d.hi), []
    for r in found if isinstance(found, sp.FiniteSet) else []:
        hi_v, lo_v = sp.calculus.util.maximum(r**x, x, iv), sp.calculus.util.minimum(r**x, x, iv)
        if sp.simplify((hi_v - lo_v if d.diff else hi_v + lo_v) - d.rhs.subs(a, r)) == 0:
            ok.append(r)
    return roots_text(a.name, ok, "zh"), roots_text(a.name, ok, "en")


TYPE: ProblemType[ExpBase] = ProblemType(
    type_id="exp.base_from_extremes", module="exp_log", name="base_from_extremes", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"f(x) = {d.a}^x", interval_text(sp.Interval(d.lo, d.hi), latex=False)],
    goal=lambda d: "base from max and min", answers=frozenset({"unknown"}),
)

"""函数的极值 / The extreme values (or points) of a function: the sign of f' (a table) or the second derivative."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import tidy
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, labelled, plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.derivatives.analysis import (
    Analysed,
    analyse,
    domain_context,
    sign_claim,
    sign_pieces,
    stated_interval,
)
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_WORDS = ("极值", "极大值", "极小值", "extreme value", "extreme point", "local max", "local min", "extrema", "relative max")
Table = list[tuple[sp.Expr, str]]  # critical points that are extrema, each "max" or "min"


@dataclass(frozen=True)
class Extrema(Analysed):
    """The function as analysed, which extrema are asked and whether the points, the values or both."""

    want: str  # "max", "min" or "both"
    points: bool  # 求极值点: where
    asks_values: bool  # 求极值: the values


def detect(p: Problem) -> Extrema | None:
    """`求 f(x)=… 的极值（点）`: a function with critical points, on no stated interval."""
    if not p.has(*_WORDS):
        return None
    f = analyse(p)
    if f is None or not f.crit or stated_interval(p) is not None:
        return None
    mx, mn = p.has("极大值", "local max", "relative max"), p.has("极小值", "local min", "relative min")
    want = "max" if mx and not mn else ("min" if mn and not mx else "both")
    # "求极值点" asks where; "求极值" asks the values; a question may ask both
    points = "extreme_point" in p.goal.kinds
    return Extrema(**vars(f), want=want, points=points, asks_values="extremum" in p.goal.kinds or not points)


def _table(e: Extrema) -> Table:
    """Which critical points are extrema: the sign of f' just left and right of each."""
    x, out = e.var, []
    for c in e.crit:
        left, right = e.fp.subs(x, c - sp.Rational(1, 1000)), e.fp.subs(x, c + sp.Rational(1, 1000))
        if left > 0 > right:
            out.append((c, "max"))
        elif left < 0 < right:
            out.append((c, "min"))
    return out


def _values_text(e: Extrema, table: Table) -> tuple[str, str]:
    x, body = e.var, e.body
    show = dollar if e.want != "both" else labelled
    mx = [show(tidy(body.subs(x, c))) for c, k in table if k == "max"]
    mn = [show(tidy(body.subs(x, c))) for c, k in table if k == "min"]
    if e.want != "both":
        text = ", ".join(mx if e.want == "max" else mn)
        return (text or "无", text or "none")
    return (f"极大值 {', '.join(mx) or '无'}，极小值 {', '.join(mn) or '无'}",
            f"local maximum {', '.join(mx) or 'none'}, local minimum {', '.join(mn) or 'none'}")


def answer(e: Extrema, table: Table) -> tuple[str, str]:
    """The extreme points and / or values asked, in Chinese and English."""
    if not e.points:
        return _values_text(e, table)
    x = e.var
    mx = [f"${x}={tex(c)}$" for c, k in table if k == "max"]
    mn = [f"${x}={tex(c)}$" for c, k in table if k == "min"]
    zh = "，".join(([f"极大值点 {', '.join(mx) or '无'}"] if e.want != "min" else [])
                  + ([f"极小值点 {', '.join(mn) or '无'}"] if e.want != "max" else []))
    en = ", ".join(([f"local maximum point {', '.join(mx) or 'none'}"] if e.want != "min" else [])
                   + ([f"local minimum point {', '.join(mn) or 'none'}"] if e.want != "max" else []))
    if e.asks_values:
        vz, ve = _values_text(e, table)
        return f"{zh}；{vz}", f"{en}; {ve}"
    return zh, en


def values(e: Extrema) -> Values:
    """f', its zeros, the sign table, the extreme values; f'' and its signs at the zeros."""
    x, f = e.var, e.name
    fp = sp.factor(e.fp) if e.fp.is_polynomial(x) else sp.simplify(e.fp)
    table = _table(e)
    parts = [(c, k, tidy(e.body.subs(x, c))) for c, k in table]
    f2 = sp.simplify(sp.diff(e.body, x, 2))
    at2 = [(c, tidy(f2.subs(x, c))) for c in e.crit]
    final = answer(e, table)
    return {
        "f": f, "x": x.name, "fdef": fdef(f, x, e.body), "fp": tex(fp), "fp_plain": plain(fp),
        "domain_given": "\n".join(domain_context(e)),
        "zeros": roots_math(x.name, list(e.crit), "zh"), "zeros_en": roots_math(x.name, list(e.crit), "en"),
        "zeros_claim": f"{plain(sp.numer(sp.together(e.fp)))} = 0 \\Rightarrow {roots_text(x.name, list(e.crit), 'zh')}",
        "kinds": "，".join(f"${x}={tex(c)}$ 是{'极大值点' if k == 'max' else '极小值点'}" for c, k in table),
        "kinds_en": ", ".join(f"${x}={tex(c)}$ is a local {k}" for c, k in table),
        "sign_claim": sign_claim(e, sign_pieces(e), 1),
        "extremes": "，".join(f"{'极大值' if k == 'max' else '极小值'} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts),
        "extremes_en": ", ".join(f"local {k} ${f}({tex(c)})={tex(v)}$" for c, k, v in parts),
        "extremes_claim": " 且 ".join(f"{f}({plain(c)}) = {plain(v)}" for c, _, v in parts),
        "f2": tex(f2), "f2_plain": plain(f2),
        "signs2": "，".join(f"${f}''({tex(c)})={tex(v)}$，{'极大值点' if v < 0 else '极小值点'}" for c, v in at2),
        "signs2_en": ", ".join(f"${f}''({tex(c)})={tex(v)}$: local {'max' if v < 0 else 'min'}" for c, v in at2),
        "signs2_claim": " 且 ".join(f"{f}''({plain(c)}) = {plain(v)}" for c, v in at2),
        # the second-derivative test decides only where f'' is not 0 at every critical point
        "second_ok": all(v != 0 for _, v in at2),
        "final": final[0], "final_en": final[1],
    }


def _reference_table(e: Extrema) -> Table:
    """Independent classification: SymPy's solveset of f' = 0, then f'' (or solveset of f' > 0 where f'' = 0)."""
    x = e.var
    f2 = sp.diff(e.body, x, 2)
    pos = sp.solveset(e.fp > 0, x, e.domain)
    zeros = sp.solveset(e.fp, x, e.domain)
    out: Table = []
    for c in zeros if isinstance(zeros, sp.FiniteSet) else e.crit:
        v = f2.subs(x, c)
        if v != 0:
            out.append((c, "max" if v < 0 else "min"))
            continue
        left, right = pos.contains(c - sp.Rational(1, 1000)), pos.contains(c + sp.Rational(1, 1000))
        if left != right:
            out.append((c, "max" if left == sp.true else "min"))
    return sorted(out, key=lambda t: float(t[0]))


def reference(e: Extrema) -> tuple[str, str]:
    """The answer from the independent classification."""
    return answer(e, _reference_table(e))


TYPE: ProblemType[Extrema] = ProblemType(
    type_id="function.extrema", module="derivatives", name="extrema", detect=detect, values=values,
    reference=reference, givens=lambda e: [fdef(e.name, e.var, e.body)], goal=lambda e: "extreme values",
    answers=frozenset({"extremum", "extreme_point"}),
)

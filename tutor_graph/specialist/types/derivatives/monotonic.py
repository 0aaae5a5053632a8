"""函数的单调区间 / The monotonic intervals of a function (the derivative; for quadratics, the vertex form too)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    labelled,
    plain,
    roots_math,
    roots_text,
    tex,
)
from tutor_graph.specialist.types.derivatives.analysis import (
    Analysed,
    Pieces,
    analyse,
    asks_parameter,
    domain_context,
    reference_pieces,
    sign_claim,
    sign_pieces,
)
from tutor_graph.specialist.types.functions.function_reading import fdef
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Monotonic(Analysed):
    """The function as analysed (name, variable, body, domain, f', critical points) and which intervals are asked."""

    want: str  # "inc", "dec" or "both"


def detect(p: Problem) -> Monotonic | None:
    """`求 f(x)=… 的单调（递增/递减）区间`: no extremum, no tangent, no parameter to find."""
    if not p.has("单调", "monoton", "increasing", "decreasing", "增区间", "减区间") or p.has("极值", "最大", "最小", "extrem", "切线"):
        return None
    if asks_parameter(p):
        return None
    f = analyse(p)
    if f is None:
        return None
    inc = p.has("增区间", "递增区间", "单调递增", "increasing")
    dec = p.has("减区间", "递减区间", "单调递减", "decreasing")
    want = "inc" if inc and not dec else ("dec" if dec and not inc else "both")
    return Monotonic(**vars(f), want=want)


def answer(pieces: Pieces, want: str) -> tuple[str, str]:
    """The intervals asked, in Chinese and English (`增区间 …；减区间 …` when both are asked)."""
    if want != "both":
        text = ", ".join(interval_math(i) for i, s in pieces if (s > 0) == (want == "inc")) or "无"
        return text, text.replace("无", "none")
    inc = [labelled(i) for i, s in pieces if s > 0]
    dec = [labelled(i) for i, s in pieces if s < 0]
    zh = f"增区间 {', '.join(inc) or '无'}；减区间 {', '.join(dec) or '无'}"
    en = f"increasing on {', '.join(inc) or 'none'}; decreasing on {', '.join(dec) or 'none'}"
    return zh, en


def _intervals(pieces: Pieces, sign: int) -> str:
    return ", ".join(f"${interval_text(i)}$" for i, s in pieces if s == sign) or "无"


def values(m: Monotonic) -> Values:
    """The derivative, its zeros, the sign pieces and, for a quadratic, its vertex form and axis."""
    x, f = m.var, m.name
    fp = sp.factor(m.fp) if m.fp.is_polynomial(x) else sp.simplify(m.fp)
    pieces = sign_pieces(m)
    inc, dec = _intervals(pieces, 1), _intervals(pieces, -1)
    final = answer(pieces, m.want)
    out: Values = {
        "f": f, "x": x.name, "fdef": fdef(f, x, m.body), "domain": interval_text(m.domain),
        "domain_given": "\n".join(domain_context(m)), "fp": tex(fp), "fp_plain": plain(fp),
        "has_crit": bool(m.crit), "zeros": roots_math(x.name, m.crit, "zh"), "zeros_en": roots_math(x.name, m.crit, "en"),
        "zeros_claim": f"{plain(sp.numer(sp.together(m.fp)))} = 0 \\Rightarrow {roots_text(x.name, m.crit, 'zh')}",
        "inc": inc, "dec": dec, "inc_en": inc.replace("无", "none"), "dec_en": dec.replace("无", "none"),
        "sign_claim": sign_claim(m, pieces, 1), "final": final[0], "final_en": final[1],
        "quadratic": bool(m.body.is_polynomial(x) and sp.degree(m.body, x) == 2),
    }
    if out["quadratic"]:
        a, b, _ = sp.Poly(m.body, x).all_coeffs()
        h = -b / (2 * a)
        k = m.body.subs(x, h)
        up = bool(a > 0)
        both = answer([(sp.Interval.open(-sp.oo, h), -1 if up else 1), (sp.Interval.open(h, sp.oo), 1 if up else -1)],
                      "both")
        out.update({
            "vertex_form": tex(a * (x - h) ** 2 + k), "vertex_claim": f"{plain(m.body)} = {plain(a * (x - h) ** 2)} + ({plain(k)})",
            "opens": "上" if up else "下", "opens_en": "upward" if up else "downward", "axis": tex(h),
            "axis_claim": f"-({plain(b)})/(2*{plain(a)}) = {plain(h)}", "sides": both[0], "sides_en": both[1],
        })
    return out


def reference(m: Monotonic) -> tuple[str, str]:
    """Independent: SymPy's solveset of f'(x) > 0 and f'(x) < 0 on the domain, not the sign table."""
    return answer(reference_pieces(m), m.want)


TYPE: ProblemType[Monotonic] = ProblemType(
    type_id="function.monotonic", module="derivatives", name="monotonic", detect=detect, values=values,
    reference=reference, givens=lambda m: [fdef(m.name, m.var, m.body)],
    goal=lambda m: {"inc": "increasing intervals", "dec": "decreasing intervals"}.get(m.want, "monotonic intervals"),
    answers=frozenset({"monotonic"}),
)

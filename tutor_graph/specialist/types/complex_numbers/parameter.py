"""复数为纯虚数（或实数）时求参数 / A parameter that makes a complex number purely imaginary (or real)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Pure:
    """z = re(m) + im(m)·i with one real parameter m; `kind` is `imag` (purely imaginary) or `real`."""

    m: sp.Symbol
    re: sp.Expr
    im: sp.Expr
    kind: str
    given: str


def detect(p: Problem) -> Pure | None:
    """`若复数 (m^2-3m)+(m^2-5m+6)i 是纯虚数，求实数 m`."""
    kind = "imag" if p.has("纯虚数", "purely imaginary", "pure imaginary") else (
        "real" if p.has("是实数", "is real", "is a real number") else None)
    if kind is None:
        return None
    for obj in p.objects("complex"):  # the number as read: "(m^2-3m)+(m^2-5m+6)i"
        e = try_expr(normalise(obj["value"]), real=True)
        if e is None or not e.has(sp.I) or len(e.free_symbols) != 1:
            continue
        m = next(iter(e.free_symbols))
        re_, im = sp.expand(e).as_real_imag()
        if re_.is_polynomial(m) and im.is_polynomial(m):
            return Pure(m, sp.expand(re_), sp.expand(im), kind, plain(e))
    return None


def _roots(m: sp.Symbol, vals: list[sp.Expr]) -> str:
    return " 或 ".join(f"{m} = {plain(v)}" for v in vals)


def _at(e: sp.Expr, m: sp.Symbol, v: sp.Expr) -> str:
    """`(0)^2 - 5*(0) + 6 = 6`: a value put in, for the checker."""
    return f"{plain(e.subs(m, sp.Symbol('(' + plain(v) + ')')))} = {plain(sp.expand(e.subs(m, v)))}"


def values(d: Pure) -> Values:
    """The equation for the parameter, the values checked against the second condition, both methods."""
    m, re_, im = d.m, d.re, d.im
    out: Values = {"imag": d.kind == "imag", "real": d.kind == "real", "m": tex(m), "re": tex(re_), "im": tex(im)}
    if d.kind == "imag":
        vals = sorted(sp.solve(re_, m), key=float)
        good = [v for v in vals if im.subs(m, v) != 0]
        out["vals"] = " 或 ".join(f"${tex(m)}={tex(v)}$" for v in vals)
        out["vals_en"] = " or ".join(f"${tex(m)}={tex(v)}$" for v in vals)
        out["re_claim"] = f"{plain(re_)} = 0 \\Rightarrow {_roots(m, vals)}"
        out["check_claim"] = " 且 ".join(_at(im, m, v) for v in vals)
        out["sum"] = tex(2 * re_)
        out["sum_claim"] = f"2*({plain(re_)}) = 0 \\Rightarrow {_roots(m, vals)}"
        z = re_ + im * sp.I
        out["z_at"] = "，".join(f"${tex(m)}={tex(v)}$ 时 $z={tex(sp.expand(z.subs(m, v)))}$" for v in vals)
        out["z_at_en"] = "; ".join(f"$z={tex(sp.expand(z.subs(m, v)))}$ at ${tex(m)}={tex(v)}$" for v in vals)
        out["z_claim"] = " 且 ".join(_at(z, m, v) for v in vals)
    else:
        good = sorted(sp.solve(im, m), key=float)
        out["im_claim"] = f"{plain(im)} = 0 \\Rightarrow {_roots(m, good)}"
        out["diff"] = tex(2 * im)
        out["diff_claim"] = f"2*({plain(im)}) = 0 \\Rightarrow {_roots(m, good)}"
    out["good"] = "，".join(f"${tex(m)}={tex(v)}$" for v in good) or "无"
    out["good_en"] = ", ".join(f"${tex(m)}={tex(v)}$" for v in good) or "none"
    out["final"], out["final_en"] = roots_math(tex(m), good, "zh"), roots_math(tex(m), good, "en")
    out["solvable"] = bool(good)
    return out


def reference(d: Pure) -> tuple[str, str]:
    """Independent: solve re = 0 (or im = 0) and keep the values where the other part is non-zero."""
    m, re_, im = d.m, d.re, d.im
    vals = sp.solve(re_, m) if d.kind == "imag" else sp.solve(im, m)
    good = [v for v in vals if (im.subs(m, v) != 0 if d.kind == "imag" else True)]
    text = " 或 ".join(f"{m}={plain(v)}" for v in sorted(good, key=float))
    return text, text.replace(" 或 ", " or ")


TYPE: ProblemType[Pure] = ProblemType(
    type_id="complex.parameter", module="complex_numbers", name="parameter", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.given], goal=lambda d: str(d.m), answers=frozenset({"unknown"}),
)

"""已知两边和其中一边的对角求第三边 / The third side from two sides and the angle opposite one of them."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim, deg_text, read

_AND = " 且 "


@dataclass(frozen=True)
class TwoSidesOpposite:
    """Angle `ang` = val opposite side `opp` = vo; the other given side `other` = vt; the third side `want` asked."""

    opp: str
    vo: sp.Expr
    other: str
    vt: sp.Expr
    ang: str
    val: sp.Expr
    want: str


def detect(p: Problem) -> TwoSidesOpposite | None:
    """`在△ABC中，a=√3，b=1，A=60°，求 c` (one triangle or two)."""
    d = read(p)
    if d is None or d["kind"] != "ssa_side":
        return None
    (ang, val), = d["angles"].items()
    opp = ang.lower()
    other = next(k for k in d["sides"] if k != opp)
    return TwoSidesOpposite(opp, d["sides"][opp], other, d["sides"][other], ang, val, d["want"])


def _answer(want: str, vals: list[sp.Expr], plain_form: bool) -> tuple[str, str]:
    text = " 或 ".join(f"{want}={plain(v)}" if plain_form else f"${want}={tex(v)}$" for v in vals)
    return text, text.replace(" 或 ", " or ")


def values(t: TwoSidesOpposite) -> Values:
    """The law of cosines as a quadratic in the third side, and the law of sines with its one or two angles."""
    w = sp.Symbol(t.want, positive=True)
    eq = sp.expand(t.vt**2 + w**2 - 2 * t.vt * w * sp.cos(t.val) - t.vo**2)
    roots = sorted(r for r in sp.solve(eq, w) if r.is_positive)
    other_ang = t.other.upper()
    s = sp.nsimplify(sp.radsimp(t.vt * sp.sin(t.val) / t.vo))
    base = sp.asin(s)
    special = bool((base / sp.pi).is_Rational)
    cands = [c for c in ([base] if t.vt <= t.vo else [base, sp.pi - base]) if c + t.val < sp.pi] if special else []
    vals = [sp.nsimplify(sp.radsimp(t.vo * sp.sin(sp.pi - t.val - c) / sp.sin(t.val))) for c in cands]
    out: Values = {
        "opp": t.opp, "other": t.other, "ang": t.ang, "want": t.want, "other_ang": other_ang, "special": special,
        "eq": tex(eq), "roots": ", ".join(f"${t.want}={tex(r)}$" for r in roots), "s": tex(s),
        "cands": ", ".join(f"${other_ang}={deg_text(c)}$" for c in cands),
        "vals": ", ".join(f"${t.want}={tex(v)}$" for v in vals),
        "cands_claim": _AND.join(f"({plain(t.vt)})*\\sin {deg_claim(t.val)}/({plain(t.vo)}) = \\sin {deg_claim(c)}"
                                 for c in cands),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "eq_claim": f"({plain(t.vt)})^2 + {t.want}^2 - 2*({plain(t.vt)})*{t.want}*\\cos {deg_claim(t.val)} - ({plain(t.vo)})^2 = "
                    f"{plain(eq)}",
        "roots_claim": f"{plain(eq)} = 0 \\Rightarrow " + " 或 ".join(f"{t.want} = {plain(r)}" for r in roots),
        "positive": f"{t.want} > 0",
        "sin_claim": f"({plain(t.vt)})*\\sin {deg_claim(t.val)}/({plain(t.vo)}) = {plain(s)}",
        "vals_claim": _AND.join(f"({plain(t.vo)})*\\sin {deg_claim(sp.pi - t.val - c)}/\\sin {deg_claim(t.val)} = {plain(v)}"
                                for c, v in zip(cands, vals, strict=True)),
    }
    out["final_roots"], out["final_roots_en"] = _answer(t.want, roots, plain_form=False)
    out["final_vals"], out["final_vals_en"] = _answer(t.want, sorted(vals, key=float), plain_form=False)
    return out


def reference(t: TwoSidesOpposite) -> tuple[str, str]:
    """Independent: every triangle with these data, SymPy solving the law of cosines for a positive side."""
    w = sp.Symbol("w", positive=True)
    roots = sorted(sp.solve(sp.Eq(t.vo**2, t.vt**2 + w**2 - 2 * t.vt * w * sp.cos(t.val)), w), key=float)
    return _answer(t.want, roots, plain_form=True)


TYPE: ProblemType[TwoSidesOpposite] = ProblemType(
    type_id="triangle.ssa_side", module="trigonometry", name="triangle_ssa", detect=detect, values=values,
    reference=reference,
    givens=lambda t: [f"{t.opp} = {plain(t.vo)}", f"{t.other} = {plain(t.vt)}", f"{t.ang} = {deg_claim(t.val)}"],
    goal=lambda t: t.want, answers=frozenset({"unknown", "length"}), topic="plane_vectors",
)

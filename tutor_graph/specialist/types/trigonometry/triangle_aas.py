"""已知两角和一边求另一边 / A side of a triangle from two angles and a side."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.triangle import deg_claim, deg_text, read


@dataclass(frozen=True)
class TwoAnglesSide:
    """Side `known` = v opposite angle a_known; side `want` asked, opposite angle a_want."""

    known: str
    v: sp.Expr
    want: str
    a_known: sp.Expr
    a_want: sp.Expr


def detect(p: Problem) -> TwoAnglesSide | None:
    """`在△ABC中，A=30°，B=45°，a=2，求 b`."""
    d = read(p)
    if d is None or d["kind"] != "aas_side":
        return None
    (known, v), = d["sides"].items()
    want = d["want"]
    return TwoAnglesSide(known, v, want, d["angles"][known.upper()], d["angles"][want.upper()])


def values(t: TwoAnglesSide) -> Values:
    """The law of sines, and the height written two ways."""
    K, W = t.known.upper(), t.want.upper()
    third = ({"A", "B", "C"} - {K, W}).pop()
    val = sp.nsimplify(sp.radsimp(t.v * sp.sin(t.a_want) / sp.sin(t.a_known)))
    h = sp.nsimplify(t.v * sp.sin(t.a_want))
    h_val = sp.nsimplify(sp.radsimp(h / sp.sin(t.a_known)))
    return {
        "known": t.known, "want": t.want, "K": K, "W": W, "third": third, "v": tex(t.v), "dk": deg_text(t.a_known),
        "dw": deg_text(t.a_want), "val": tex(val), "h": tex(h), "h_val": tex(h_val),
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "sines_claim": f"({plain(t.v)})*\\sin {deg_claim(t.a_want)}/\\sin {deg_claim(t.a_known)} = {plain(val)}",
        "h_claim": f"({plain(t.v)})*\\sin {deg_claim(t.a_want)} = {plain(h)}",
        "h_val_claim": f"({plain(h)})/\\sin {deg_claim(t.a_known)} = {plain(h_val)}",
    }


def reference(t: TwoAnglesSide) -> str:
    """Independent of both chains: the circumradius, side = 2R·sin(opposite angle), expanded by SymPy."""
    two_r = t.v / sp.sin(t.a_known)
    return f"{t.want}={plain(sp.nsimplify(sp.radsimp(sp.expand_trig(two_r * sp.sin(t.a_want)))))}"


TYPE: ProblemType[TwoAnglesSide] = ProblemType(
    type_id="triangle.aas_side", module="trigonometry", name="triangle_aas", detect=detect, values=values,
    reference=reference,
    givens=lambda t: [f"{t.known} = {plain(t.v)}", f"{t.known.upper()} = {deg_claim(t.a_known)}",
                      f"{t.want.upper()} = {deg_claim(t.a_want)}"],
    goal=lambda t: t.want, answers=frozenset({"unknown", "length"}), topic="plane_vectors",
)

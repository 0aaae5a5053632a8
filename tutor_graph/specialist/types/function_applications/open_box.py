"""无盖盒子的最大容积 / The open box folded from a square or rectangular sheet with an x-by-x square cut from each
corner: V(x) = x(L−2x)(W−2x) on 0 < x < min(L, W)/2, by the derivative, and for a square sheet by the three-term
AM-GM inequality (三元基本不等式)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_N = r"(\d+(?:\.\d+)?)"
_SQUARE = (re.compile(r"边长(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m|dm|分米)?\s*的正方形"),
           re.compile(r"\b" + _N + r"\s*(?:cm|m)?\s*(?:-?by-?|×|x)\s*" + r"\1\s*(?:cm|m)?\s*square", re.I),
           re.compile(r"square (?:sheet|piece|card\w*|plate|tin)[^.,;]*?(?:side|side length|edge)\s*(?:of\s*)?" + _N, re.I))
_RECT = (re.compile(r"长(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m)?\s*[，,、]?\s*宽(?:为|是)?\s*" + _N + r"\s*(?:cm|厘米|米|m)?\s*的(?:长方形|矩形)"),
         re.compile(r"\b" + _N + r"\s*(?:cm|m)?\s*(?:-?by-?|×)\s*" + _N + r"\s*(?:cm|m)?\s*(?:rectangular|rectangle)", re.I))
_CUT = re.compile(r"(?:四个?角|四角|each corner|every corner|the four corners|4 corners)", re.I)
_CUT_SIDE = re.compile(r"边长(?:为|是)?\s*x\s*的(?:小)?正方形|x\s*(?:-?by-?|×)\s*x\s*square|squares? of side\s*x|side (?:length )?x\b", re.I)
_OPEN = re.compile(r"无盖|open(?:-top)? box|box without (?:a )?lid|open top", re.I)
_ASKS_X = re.compile(r"x\s*(?:为|取|等于)\s*(?:多少|何值)|which x|what (?:value of )?x\b|for what x|value of x\b|find x\b", re.I)


@dataclass(frozen=True)
class OpenBox:
    """A sheet L by W, an x-by-x square cut from each corner: V(x) on (0, top), its one critical point `best`."""

    L: sp.Expr
    W: sp.Expr
    top: sp.Expr
    best: sp.Expr
    vmax: sp.Expr
    ask_x: bool  # the x of the largest volume is asked (else the largest volume)

    @property
    def V(self) -> sp.Expr:  # noqa: N802 - the volume's own letter
        """The volume x(L − 2x)(W − 2x)."""
        return X * (self.L - 2 * X) * (self.W - 2 * X)


def _sides(text: str) -> tuple[sp.Expr | None, sp.Expr | None] | None:
    for pattern in _RECT:
        m = pattern.search(text)
        if m:
            return try_expr(m.group(1)), try_expr(m.group(2))
    for pattern in _SQUARE:
        m = pattern.search(text)
        if m:
            side = try_expr(m.group(1))
            return side, side
    return None


def detect(p: Problem) -> OpenBox | None:
    """An open box from a sheet with a square of side x cut from each corner: the x of the largest volume (or the
    largest volume). The old `optimisation.detect_box`, unchanged."""
    if not (_CUT.search(p.text) and _CUT_SIDE.search(p.text) and _OPEN.search(p.text)):
        return None
    if p.has("表面积", "surface", "成本", "cost", "最小", "minimum", "smallest"):
        return None
    sides = _sides(p.text)
    if sides is None or sides[0] is None or sides[1] is None or not (sides[0].is_positive and sides[1].is_positive):
        return None
    L, W = sp.nsimplify(sides[0]), sp.nsimplify(sides[1])
    V = X * (L - 2 * X) * (W - 2 * X)
    top = sp.Min(L, W) / 2
    crit = [c for c in sp.solve(sp.diff(V, X), X) if c.is_real and 0 < c < top]
    if len(crit) != 1:
        return None
    ask_x = bool(_ASKS_X.search(p.goal.text))
    if ask_x and re.search(r"并求|并且求|以及|(?:,|and)\s*(?:find|what is|state|give) the (?:maximum|largest)", p.text, re.I):
        return None  # both x and the volume asked: one answer cannot be graded for both
    return OpenBox(L, W, top, crit[0], sp.simplify(V.subs(X, crit[0])), ask_x)


def _side(n: sp.Expr) -> str:
    """`6-2x`, the textbook order (SymPy would print `- 2 x + 6`)."""
    return f"{tex(n)}-2x"


def values(d: OpenBox) -> Values:
    """The model V(x) and its range; V' factored and where it is positive; for a square sheet the AM-GM bound."""
    L, W, V, top, best, vmax = d.L, d.W, d.V, d.top, d.best, d.vmax
    vp = sp.factor(sp.diff(V, X))
    square = L == W
    out: Values = {
        "square": square, "L2": _side(L), "rect_and": "" if square else f"、${_side(W)}$",
        "rect_by": "" if square else f" by ${_side(W)}$", "top": tex(top), "top_plain": plain(top),
        "shown": f"x({_side(L)})^2" if square else f"x({_side(L)})({_side(W)})",
        "model_claim": f"x*({plain(L - 2 * X)})*({plain(W - 2 * X)}) = {plain(sp.expand(V))}",
        "V_plain": plain(V), "vp": tex(vp), "vp_claim": f"V'(x) = {plain(vp)}", "best": tex(best),
        "vmax": tex(vmax), "rise_claim": f"{plain(vp)} > 0 \\Leftrightarrow {relation_text(sp.Interval.open(0, best), 'x')}",
        "value_claim": f"V({plain(best)}) = {plain(vmax)}",
        "answer": f"${tex(best)}$" if d.ask_x else f"${tex(vmax)}$",
    }
    if square:
        total, mean_best = 2 * L, L / 6
        bound = (total / 3) ** 3
        out.update({"total": tex(total), "bound": tex(bound), "quarter": tex(bound / 4), "mean_best": tex(mean_best),
                    "sum_claim": f"4*x + ({plain(L - 2 * X)}) + ({plain(L - 2 * X)}) = {plain(total)}",
                    "bound_claim": f"4*x*({plain(L - 2 * X)})^2 <= {plain(bound)}",
                    "equal_claim": f"4*x = {plain(L - 2 * X)} \\Rightarrow x = {plain(mean_best)}"})
    return out


def reference(d: OpenBox) -> str:
    """Independent: SymPy's own maximum of V on (0, top), then where V reaches it."""
    iv = sp.Interval.open(0, d.top)
    vmax = sp.calculus.util.maximum(d.V, X, iv)
    at = [r for r in sp.solve(sp.Eq(d.V, vmax), X) if r.is_real and iv.contains(r) == sp.true]
    return f"${tex(at[0] if len(at) == 1 else sp.nan)}$" if d.ask_x else f"${tex(vmax)}$"


TYPE: ProblemType[OpenBox] = ProblemType(
    type_id="application.open_box", module="function_applications", name="open_box", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"V(x) = {plain(d.V)}", f"0 < x < {plain(d.top)}"],
    goal=lambda d: "x for the largest volume" if d.ask_x else "largest volume",
    answers=frozenset({"max", "volume", "extreme_point", "unknown"}), topic="derivatives",
)

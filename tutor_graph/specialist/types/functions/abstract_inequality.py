"""抽象函数不等式 f(A) < f(B) / f(A) < f(B) for an even function monotonic on [0, +∞) or an odd one monotonic on
R: drop f by monotonicity (|A| vs |B| for the even one), or, for the even one, square both sides."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import FLIPPED, X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    tex,
)
from tutor_graph.specialist.types.functions.extension import parity_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_OP = re.compile(r"f\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*(<|>|≤|≥)\s*f\(([^()]*(?:\([^()]*\))?[^()]*)\)")
_TEX = {"<": "<", ">": ">", "≤": "\\le", "≥": "\\ge"}
_HALF_LINE = re.compile(r"\[\s*0\s*,\s*\+?\s*∞|\(\s*0\s*,\s*\+?\s*∞|\[0,\+∞|x\s*≥\s*0")


@dataclass(frozen=True)
class AbstractInequality:
    """f is `kind` ("odd" / "even") and `up` (increasing) or not; `written` is f(A) op f(B) as given."""

    kind: str
    up: bool
    A: sp.Expr
    B: sp.Expr
    op: str
    written: str

    @property
    def rel(self) -> str:
        """The relation between the inputs once f is dropped (reversed for a decreasing f)."""
        return self.op if self.up else FLIPPED[self.op]


def detect(p: Problem) -> AbstractInequality | None:
    """`偶函数 f(x) 在 [0,+∞) 上单调递增，解不等式 f(x-1)<f(2)`: A, B polynomials in x of degree ≤ 2."""
    kind = parity_of(p)
    if kind is None:
        return None
    up = p.has("单调递增", "增函数", "是增", "increasing")
    down = p.has("单调递减", "减函数", "是减", "decreasing")
    if up == down:
        return None
    m = _OP.search(p.text)
    if not m:
        return None
    A, op, B = try_expr(m.group(1)), m.group(2), try_expr(m.group(3))
    if A is None or B is None or (A.free_symbols | B.free_symbols) != {X}:
        return None
    if kind == "even" and not _HALF_LINE.search(p.text.replace(" ", "")):
        return None  # an even function's monotonicity is given on [0, +∞)
    if kind == "odd" and not p.has("R 上", "在 R", "on R", "上单调", "on the reals", "real line"):
        return None
    if not (A.is_polynomial(X) and B.is_polynomial(X)) or max(sp.degree(A, X), sp.degree(B, X)) > 2:
        return None
    return AbstractInequality(kind, up, A, B, op, m.group(0))


def values(d: AbstractInequality) -> Values:
    """The inequality in the inputs (|A| vs |B| for an even f) and its solution; for an even f, the squared form."""
    A, B, rel = d.A, d.B, d.rel
    even = d.kind == "even"
    if even:
        expr, desc, dtex = sp.Abs(A) - sp.Abs(B), f"|{plain(A)}| {rel} |{plain(B)}|", f"{tex(sp.Abs(A))} {_TEX[rel]} {tex(sp.Abs(B))}"
    else:
        expr, desc, dtex = A - B, f"{plain(A)} {rel} {plain(B)}", f"{tex(A)} {_TEX[rel]} {tex(B)}"
    sol = solve_inequality(expr, rel, X)
    out: Values = {"even": even, "odd": not even, "A": tex(A), "B": tex(B), "given": f"f({tex(A)}) {_TEX[d.op]} f({tex(B)})", "reduced": dtex,
                   "trend": "递增" if d.up else "递减", "trend_en": "increasing" if d.up else "decreasing",
                   "keeps": "同向" if d.up else "反向", "keeps_en": "the same way" if d.up else "the other way",
                   "solution": relation_math(sol, "x", "zh"), "solution_en": relation_math(sol, "x", "en"),
                   "answer": interval_math(sol), "solve_claim": f"{desc} \\Leftrightarrow {relation_text(sol, 'x')}"}
    if even:
        sq = sp.expand(A**2 - B**2)
        s = solve_inequality(sq, rel, X)
        out.update({"rel": _TEX[rel], "sq": tex(sq), "sq_claim": f"({plain(A)})^2 - ({plain(B)})^2 = {plain(sq)}",
                    "sq_solution": relation_math(s, "x", "zh"), "sq_solution_en": relation_math(s, "x", "en"),
                    "sq_answer": interval_math(s),
                    "sq_solve_claim": f"{plain(sq)} {rel} 0 \\Leftrightarrow {relation_text(s, 'x')}"})
    return out


def reference(d: AbstractInequality) -> str:
    """Independent: SymPy's solveset on the squared (even) or plain (odd) comparison."""
    lhs, rhs = (d.A**2, d.B**2) if d.kind == "even" else (d.A, d.B)
    r = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}[d.rel](lhs, rhs)
    return interval_text(sp.solveset(r, X, sp.S.Reals), latex=False).replace("oo", "+\\infty").replace("-+", "-")


TYPE: ProblemType[AbstractInequality] = ProblemType(
    type_id="function.abstract_inequality", module="functions", name="abstract_inequality", detect=detect,
    values=values, reference=reference,
    givens=lambda d: [f"{d.kind}, {'increasing' if d.up else 'decreasing'}", d.written], goal=lambda d: "solve",
    answers=frozenset({"solve"}),
)

"""比较两个式子的大小 / Comparing two expressions whose order does not depend on x."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.problem import Problem, split_top
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.algebra.values import both
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Compare:
    """A and B as read, their difference, its fixed sign (±1) and the texts as written."""

    A: sp.Expr
    B: sp.Expr
    diff: sp.Expr
    sign: int
    texts: tuple[str, str]


def detect(p: Problem) -> Compare | None:
    """`比较 A 与 B 的大小` where A − B is a number or a quadratic of one sign for every x."""
    asked = [split_top(g["expression"], ",") for g in p.goals if g["kind"] == "compare"]  # "A, B" as read
    if len(asked) != 1 or len(asked[0]) != 2:
        return None
    left, right = (normalise(side).strip() for side in asked[0])
    A, B = try_expr(left), try_expr(right)
    if A is None or B is None or not (A.free_symbols | B.free_symbols):
        return None
    diff = sp.expand(A - B)
    syms = diff.free_symbols
    if diff.is_number:
        sign = sp.sign(diff)
    elif len(syms) == 1 and diff.is_polynomial(*syms) and sp.degree(diff, *syms) <= 2:
        x = syms.pop()
        if solve_inequality(diff, ">", x) == sp.S.Reals:
            sign = sp.Integer(1)
        elif solve_inequality(diff, "<", x) == sp.S.Reals:
            sign = sp.Integer(-1)
        else:
            return None  # the order depends on x: a case analysis
    else:
        return None
    if sign == 0:
        return None
    return Compare(A, B, diff, int(sign), (left, right))


def _vertex(e: sp.Expr, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    """a, h, k with e = a(x − h)² + k."""
    a, b, c = (e.coeff(x, 2), e.coeff(x, 1), e.coeff(x, 0))
    h = -b / (2 * a)
    return a, h, sp.expand(c - a * h**2)


def _quadratic_in_x(e: sp.Expr) -> sp.Symbol | None:
    syms = e.free_symbols
    if len(syms) != 1:
        return None
    x = next(iter(syms))
    return x if e.is_polynomial(x) and sp.degree(e, x) == 2 else None


def values(c: Compare) -> Values:
    """The difference, its sign, and (where they apply) its completed square, its discriminant, and both sides'
    completed squares about a shared axis."""
    op = ">" if c.sign > 0 else "<"
    out: Values = {"op": op, "op_zh": "大于" if op == ">" else "小于", "sign_en": "positive" if op == ">" else "negative",
                   "constant": bool(c.diff.is_number), "quadratic": False, "same_axis": False,
                   "opens_zh": "向上" if op == ">" else "向下", "opens_en": "upwards" if op == ">" else "downwards"}
    for name, e in (("A", c.A), ("B", c.B), ("diff", c.diff)):
        both(out, name, e)
    out["minus_B"] = f"({tex(c.B)})" if isinstance(c.B, sp.Add) or c.B.could_extract_minus_sign() else tex(c.B)  # brackets only where needed
    x = _quadratic_in_x(c.diff)
    if x is not None:
        a, h, k = _vertex(c.diff, x)
        out["quadratic"] = True
        out["square"] = _square(a, h, k, x, tex)
        out["var"] = str(x)
        both(out, "lead", a)
        both(out, "b", c.diff.coeff(x, 1))
        both(out, "c", c.diff.coeff(x, 0))
        both(out, "disc", c.diff.coeff(x, 1) ** 2 - 4 * a * c.diff.coeff(x, 0))
    xa, xb = _quadratic_in_x(sp.expand(c.A)), _quadratic_in_x(sp.expand(c.B))
    if c.diff.is_number and xa is not None and xa == xb:
        (a, h, ka), (_, _, kb) = _vertex(sp.expand(c.A), xa), _vertex(sp.expand(c.B), xa)
        out["same_axis"] = True
        out["var"] = str(xa)
        for side, expr, k in (("A", c.A, ka), ("B", c.B, kb)):
            out[f"{side}_square"] = _square(a, h, k, xa, tex)
            out[f"{side}_square_plain"] = _square(a, h, k, xa, plain)
            out[f"{side}_is_square"] = out[f"{side}_square_plain"] == plain(expr)  # nothing to do on that side
        both(out, "kA", ka)
        both(out, "kB", kb)
        both(out, "t", sp.Add(xa, -h, evaluate=False))
    return out


def _square(a: sp.Expr, h: sp.Expr, k: sp.Expr, x: sp.Symbol, show: Callable[[sp.Expr], str]) -> str:
    """`a(x - h)^2 + k` as a textbook prints it (no `1(…)`, no `+ -`, no `+ 0`), in LaTeX or plain text."""
    power = "^{2}" if show is tex else "^2"
    inner = show(sp.Add(x, -h, evaluate=False))
    square = f"({inner}){power}" if h != 0 else f"{show(x)}{power}"
    lead = "" if a == 1 else "-" if a == -1 else (show(a) if show is tex else f"{show(a)}*")
    if k == 0:
        return f"{lead}{square}"
    return f"{lead}{square}{' - ' + show(-k) if k < 0 else ' + ' + show(k)}"


def reference(c: Compare) -> str:
    """Independent: the sign of the difference at a sample point (it never changes, as the methods show)."""
    x0 = {s: sp.Rational(7, 3) for s in c.A.free_symbols | c.B.free_symbols}
    op = ">" if c.A.subs(x0) - c.B.subs(x0) > 0 else "<"
    return f"{c.texts[0]}{op}{c.texts[1]}"


TYPE: ProblemType[Compare] = ProblemType(
    type_id="inequality.compare", module="algebra", name="compare", detect=detect, values=values,
    reference=reference, givens=lambda c: [plain(c.A), plain(c.B)], goal=lambda c: "compare",
    answers=frozenset({"compare"}), topic="inequalities",
)

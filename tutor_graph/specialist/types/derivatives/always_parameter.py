"""恒成立求参 / An inequality that holds for every x, its parameter entering linearly: f(x) = A(x) + a·B(x) ≥ 0
(≤, >, <) for all x in a domain D; find a.

Two shapes are taken on, and everything else is declined:
- B keeps one strict sign on D ("separate"): a ≥ g(x) (or ≤) with g = -A/B, and the bound is the supremum
  (infimum) of g, found with g', attained or not, which decides whether the bound itself is allowed;
- B vanishes at one interior point z of D where A vanishes too ("pinned", f(z) = 0 for every a, e.g. e^x - ax - 1):
  z must be the minimum (maximum) of f, so f'(z) = 0 fixes a, and the sign of f' for that a shows it suffices.
  Where B is linear the same a is read off a picture too: the line y = -a·B(x) through (z, 0) stays on one side
  of the curve y = A(x), so it is the tangent there; the curve's convexity shows it suffices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from sympy.calculus.util import continuous_domain, function_range

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ALL = ("恒成立", "对一切", "对任意", "对于任意", "对所有", "for all", "for every", "for any", "always holds", "holds for all")
# other conditions or asks that change the problem: existence, solutions, extreme points, two variables
_OTHER = re.compile(r"存在|有解|能成立|极值点|零点|单调|x_\{?[12]|exist|some x|has (?:a )?solution|extreme point|zeros?\b|monoton", re.I)
_FLIP = {"≥": "≤", ">": "<", "≤": "≥", "<": ">"}
_TEX = {"≥": r"\ge", ">": ">", "≤": r"\le", "<": "<"}
_REL = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}
Relation = tuple[sp.Expr, str, sp.Expr]


@dataclass(frozen=True)
class Always:
    """f = A + a·B op rhs on D, and what each shape found (the unused shape's fields keep their defaults)."""

    x: sp.Symbol
    a: sp.Symbol
    body: sp.Expr  # f(x) as given
    rhs: sp.Expr
    F: sp.Expr  # f(x) - rhs = A + a·B
    A: sp.Expr
    B: sp.Expr
    op: str
    D: sp.Set
    conds: tuple[str, ...]  # the stated conditions on x, as claim context
    case: str  # "separate" or "pinned"
    answer: sp.Set
    # separate: a sop g(x) on D
    sign: int = 1
    sop: str = "≥"
    g: sp.Expr = sp.S.Zero
    gp: sp.Expr = sp.S.Zero
    best: sp.Expr = sp.S.Zero
    at: tuple[sp.Expr, ...] = ()  # where g reaches the bound (empty: only approached)
    limits: tuple[tuple[sp.Expr, sp.Expr], ...] = ()  # (limit of g, end) at the open ends of D
    # pinned: f(z) = rhs for every a
    z: sp.Expr = sp.S.Zero
    fz: sp.Expr = sp.S.Zero
    a0: sp.Expr = sp.S.Zero
    fp0: sp.Expr = sp.S.Zero
    up: sp.Set = sp.S.EmptySet


def _stated_domain(x: sp.Symbol, rels: list[Relation]) -> sp.Set | None:
    """The interval the statement is asked on: the stated conditions on x."""
    dom: sp.Set = sp.S.Reals
    for lhs, op, rhs in rels:
        dom = dom.intersect(sp.solveset(_REL[op](lhs, rhs), x, sp.S.Reals))
    return dom if isinstance(dom, sp.Interval) or dom == sp.S.Reals else None


def _read(p: Problem) -> tuple[tuple[sp.Expr, sp.Expr], tuple[sp.Expr, str, sp.Expr], list[Relation]] | None:
    """f(x) = body, f(x) op c, and conditions on x alone; None when anything else is said."""
    fdef, ineq, conds = None, None, []
    for lhs, op, rhs in p.relations:
        if isinstance(lhs, sp.core.function.AppliedUndef) and len(lhs.args) == 1 and isinstance(lhs.args[0], sp.Symbol):
            if op == "=" and fdef is None and rhs.free_symbols:
                fdef = (lhs, rhs)
            elif op in _FLIP and ineq is None and not rhs.free_symbols:
                ineq = (lhs, op, rhs)
            else:
                return None
        elif op in _FLIP and len(lhs.free_symbols | rhs.free_symbols) == 1 and not lhs.atoms(sp.core.function.AppliedUndef):
            conds.append((lhs, op, rhs))
        else:
            return None  # another condition we do not read
    if fdef is None or ineq is None or ineq[0] != fdef[0]:
        return None
    return fdef, ineq, conds


def detect(p: Problem) -> Always | None:
    """f(x) = A(x) + a·B(x) and f(x) op c for all x (in a stated domain): the range (value) of a."""
    if not p.has(*_ALL) or _OTHER.search(p.text):
        return None
    read = _read(p)
    if read is None:
        return None
    (fx, body), (_, op, rhs), conds = read
    x = fx.args[0]
    params = sorted(body.free_symbols - {x}, key=lambda s: s.name)
    if len(params) != 1 or x not in body.free_symbols or any((c[0].free_symbols | c[2].free_symbols) != {x} for c in conds):
        return None
    a = params[0]
    F = sp.expand(body - rhs)
    B = sp.diff(F, a)
    A = sp.expand(F - a * B)
    if B == 0 or a in B.free_symbols or x not in (A.free_symbols | B.free_symbols):
        return None
    if F.is_polynomial(x) and sp.degree(F, x) <= 2:
        return None  # quadratics have their own solvers (discriminant)
    stated = _stated_domain(x, conds)
    if stated is None:
        return None
    try:
        D = continuous_domain(A, x, stated).intersect(continuous_domain(B, x, stated))
    except (NotImplementedError, ValueError):
        return None
    if not (isinstance(D, sp.Interval) or D == sp.S.Reals):
        return None
    zeros = sp.solveset(B, x, D)
    if zeros != sp.S.EmptySet and (not isinstance(zeros, sp.FiniteSet) or len(zeros) > 1):
        return None
    base = Always(x, a, body, rhs, F, A, B, op, D, tuple(f"{plain(c[0])} {c[1]} {plain(c[2])}" for c in conds),
                  "", sp.S.EmptySet)
    return _separated(base) if not zeros else _pinned(base, next(iter(zeros)))


# -- B keeps its sign: separate the parameter -------------------------------------------------------------------
def _inner_point(D: sp.Set) -> sp.Expr:
    if D == sp.S.Reals:
        return sp.Integer(0)
    lo, hi = D.inf, D.sup
    if lo.is_infinite and hi.is_infinite:
        return sp.Integer(0)
    if lo.is_infinite:
        return hi - 1
    if hi.is_infinite:
        return lo + 1
    return (lo + hi) / 2


def _separated(s: Always) -> Always | None:
    """a op' g(x) on D: the bound from the extreme of g (sup for ≥ / >, inf for ≤ / <) and whether it is attained."""
    x, D = s.x, s.D
    mid = _inner_point(D)
    sign = 1 if s.B.subs(x, mid) > 0 else -1
    op = s.op if sign > 0 else _FLIP[s.op]
    g = sp.cancel(sp.together(-s.A / s.B))
    gp = sp.factor(sp.together(sp.diff(g, x)))
    crit = sp.solveset(sp.numer(sp.together(gp)), x, D)
    if not isinstance(crit, sp.FiniteSet) or len(crit) > 2 or not all(c.is_real for c in crit):
        return None
    want_max = op in ("≥", ">")
    attained = [(sp.simplify(g.subs(x, c)), c) for c in crit]
    limits = []
    for end, closed in ((D.inf, not D.left_open if D != sp.S.Reals else False),
                        (D.sup, not D.right_open if D != sp.S.Reals else False)):
        if closed:
            attained.append((sp.simplify(g.subs(x, end)), end))
        else:  # the limit of g at an open end, taken from inside
            limits.append((sp.limit(g, x, end, "+" if mid > end else "-"), end))
    found = [v for v, _ in attained + limits]
    if any(v.has(sp.AccumBounds, sp.zoo, sp.nan) or not (v.is_real or v.is_infinite) for v in found):
        return None
    best = max(found) if want_max else min(found)
    if best.is_infinite:
        return None  # no parameter works: a question we do not answer
    at = tuple(c for v, c in attained if v == best)
    if at:
        answer = (sp.Interval(best, sp.oo) if op == "≥" else sp.Interval.open(best, sp.oo) if op == ">" else
                  sp.Interval(-sp.oo, best) if op == "≤" else sp.Interval.open(-sp.oo, best))
    else:  # the bound is approached, never reached: a = bound still works even for a strict inequality
        answer = sp.Interval(best, sp.oo) if want_max else sp.Interval(-sp.oo, best)
    return Always(s.x, s.a, s.body, s.rhs, s.F, s.A, s.B, s.op, s.D, s.conds, "separate", answer, sign=sign, sop=op,
                  g=g, gp=gp, best=best, at=at, limits=tuple(limits))


# -- B vanishes where A does: f(z) = 0 for every a, so z is an extreme point -----------------------------------
def _pinned(s: Always, z: sp.Expr) -> Always | None:
    """a from f'(z) = 0, kept only when f' for that a changes sign at z the right way (and only there)."""
    x, a, D, op = s.x, s.a, s.D, s.op
    if op not in ("≥", "≤") or sp.simplify(s.A.subs(x, z)) != 0 or z in (D.inf, D.sup):
        return None
    dB = sp.simplify(sp.diff(s.B, x).subs(x, z))
    if dB == 0:
        return None
    fz = sp.simplify(sp.diff(s.A, x).subs(x, z) + a * dB)
    a0 = sp.simplify(-sp.diff(s.A, x).subs(x, z) / dB)
    fp0 = sp.diff(sp.expand(s.F.subs(a, a0)), x)
    left, right = D.intersect(sp.Interval.open(-sp.oo, z)), D.intersect(sp.Interval.open(z, sp.oo))
    up, down = (right, left) if op == "≥" else (left, right)
    if sp.solveset(fp0 > 0, x, D) != up or sp.solveset(fp0 < 0, x, D) != down:
        return None  # a = a0 does not make z the minimum (maximum) everywhere: not answered here
    return Always(s.x, s.a, s.body, s.rhs, s.F, s.A, s.B, s.op, s.D, s.conds, "pinned", sp.FiniteSet(a0),
                  z=z, fz=fz, a0=a0, fp0=fp0, up=up)


def _dom_text(s: Always) -> str:
    return r"\mathbb{R}" if s.D == sp.S.Reals else relation_text(s.D, s.x.name, latex=True)


def _final(s: Always) -> dict[str, str]:
    a = s.a.name
    return {"final": relation_math(s.answer, a, "zh"), "final_en": relation_math(s.answer, a, "en")}


def _separate_values(s: Always) -> Values:
    x, a, g, sop = s.x, s.a, s.g, s.sop
    inc = sp.solveset(s.gp > 0, x, s.D)
    most = sop in ("≥", ">")
    out: Values = {
        "dom": _dom_text(s), "B": tex(s.B), "sop": _TEX[sop], "g": tex(g), "gp": tex(s.gp),
        "sign": "正" if s.sign > 0 else "负", "sign_en": "positive" if s.sign > 0 else "negative",
        "flip": "两边除以它不等号不变" if s.sign > 0 else "两边除以它不等号反向",
        "flip_en": "dividing keeps the direction" if s.sign > 0 else "dividing reverses it",
        "iso_claim": f"{plain(s.F)} {s.op} 0 \\Leftrightarrow {a} {sop} {plain(g)}",
        "g_given": f"g({x}) = {plain(g)}", "gp_claim": f"g'({x}) = {plain(s.gp)}",
        "inc": relation_text(inc, x.name, latex=True), "inc_en": relation_text(inc, x.name, "en", latex=True),
        "mono_claim": f"{plain(s.gp)} > 0 \\Leftrightarrow {relation_text(inc, x.name)}",
        "most": "最大值" if most else "最小值", "most_en": "maximum" if most else "minimum",
        "bound": "上确界" if most else "下确界", "bound_en": "supremum" if most else "infimum",
        "best": tex(s.best), "attained": bool(s.at), "strict": sop in (">", "<"),
    }
    if s.at:
        c = s.at[0]
        out.update({"c": tex(c), "best_claim": f"g({plain(c)}) = {plain(s.best)}"})
    else:
        end = next(e for v, e in s.limits if v == s.best)
        to = "+\\infty" if end == sp.oo else "-\\infty" if end == -sp.oo else tex(end)
        if end.is_infinite or sp.limit(g, x, end, "+") == sp.limit(g, x, end, "-"):
            claim = f"\\lim_{{{x}\\to {to}}} {plain(g)} = {plain(s.best)}"
        else:  # approached from inside the domain only: a one-sided limit
            side = "+" if sp.limit(g, x, end, "+") == s.best else "-"
            claim = f"\\lim_{{{x}\\to {plain(end)}^{side}}} {plain(g)} = {plain(s.best)}"
        out.update({"to": to, "limit_claim": claim})
    out.update(_chord_values(s))
    return out


def _paren(e: sp.Expr) -> str:
    """A factor as printed in a product: a sum gets brackets."""
    return rf"\left({tex(e)}\right)" if isinstance(e, sp.Add) else tex(e)


def _chord_values(s: Always) -> Values:
    """The picture for a linear B = -m(x - x0): a·m·(x - x0) is the line through P(x0, 0) with slope a·m, g(x) the
    slope of P to (x, A(x)); the extreme line is the tangent from P, its point the one critical point of g."""
    x, a = s.x, s.a
    A2 = sp.simplify(sp.diff(s.A, x, 2))
    above = s.op in ("≤", "<")  # A ≤ line: the line stays above the curve, which must then be concave
    if not (s.B.is_polynomial(x) and sp.degree(s.B, x) == 1 and len(s.at) == 1 and s.at[0] not in (s.D.inf, s.D.sup)):
        return {"chord": False}
    crit = sp.solveset(sp.numer(sp.together(s.gp)), x, s.D)
    if crit != sp.FiniteSet(s.at[0]) or sp.solveset(A2 > 0 if above else A2 < 0, x, s.D) != sp.S.EmptySet:
        return {"chord": False}
    t, c = sp.Symbol("t"), s.at[0]
    x0 = sp.solve(s.B, x)[0]
    Ap = sp.diff(s.A, x)
    line = sp.expand(-a * s.B)
    touch = sp.simplify(Ap.subs(x, t) * (x0 - t) + s.A.subs(x, t))
    return {
        "chord": True, "curve": tex(s.A), "line": tex(line), "x0": tex(x0),
        "curve_given": f"g({x}) = {plain(s.A)}", "split_claim": f"{plain(s.F)} = ({plain(s.A)}) - ({plain(line)})",
        "side": "下方" if above else "上方", "side_en": "below" if above else "above",
        "touch_eq": rf"{_paren(Ap.subs(x, t))}\left({tex(x0)}-t\right)=0-{_paren(s.A.subs(x, t))}",
        "touch_claim": rf"{plain(touch)} = 0 \Rightarrow t = {plain(c)}", "c": tex(c),
        "k": tex(sp.simplify(Ap.subs(x, c))), "k_claim": f"g'({plain(c)}) = {plain(sp.simplify(Ap.subs(x, c)))}",
        "slope": tex(sp.expand(-a * sp.diff(s.B, x))), "A2": tex(A2), "A2_claim": f"g''({x}) = {plain(A2)}",
        "bend": "上凸" if above else "下凸", "bend_en": "concave" if above else "convex",
    }


def _pinned_values(s: Always) -> Values:
    x, a, z, op = s.x, s.a, s.z, s.op
    out: Values = {
        "z": tex(z), "z_plain": plain(z), "op": _TEX[op], "rhs": tex(s.rhs), "rhs_plain": plain(s.rhs),
        "kind": "最小值点" if op == "≥" else "最大值点", "kind_en": "a minimum point" if op == "≥" else "a maximum point",
        "fz": tex(s.fz), "fz_plain": plain(s.fz), "a0": tex(s.a0), "a0_plain": plain(s.a0), "fp0": tex(s.fp0),
        "solve_claim": f"{plain(s.fz)} = 0 \\Rightarrow {a} = {plain(s.a0)}",
        "up": relation_text(s.up, x.name, latex=True), "up_en": relation_text(s.up, x.name, "en", latex=True),
        "up_claim": f"{plain(s.fp0)} > 0 \\Leftrightarrow {relation_text(s.up, x.name)}",
        "mono": "先减后增" if op == "≥" else "先增后减",
        "mono_en": "decreases, then increases" if op == "≥" else "increases, then decreases",
    }
    # the picture: the line y = -a·B(x) through (z, 0) on one side of the curve y = A(x) is its tangent at z
    slope_b = sp.diff(s.B, x)
    A2 = sp.simplify(sp.diff(s.A, x, 2))
    wrong = sp.solveset(A2 < 0 if op == "≥" else A2 > 0, x, s.D)
    out["tangent"] = bool(s.B.is_polynomial(x) and sp.degree(s.B, x) == 1 and wrong == sp.S.EmptySet)
    if out["tangent"]:
        k = sp.simplify(sp.diff(s.A, x).subs(x, z))
        line = sp.expand(-a * s.B)
        out.update({
            "curve": tex(s.A), "line": tex(line), "curve_given": f"g({x}) = {plain(s.A)}",
            "Ap": tex(sp.simplify(sp.diff(s.A, x))), "k": tex(k), "k_claim": f"g'({plain(z)}) = {plain(k)}",
            "curve_at_z": f"g({plain(z)}) = 0", "slope": tex(-a * slope_b),
            "slope_claim": f"{plain(-a * slope_b)} = {plain(k)} \\Rightarrow {a} = {plain(s.a0)}",
            "A2": tex(A2), "A2_claim": f"g''({x}) = {plain(A2)}",
            "above": "上方" if op == "≥" else "下方", "above_en": "above" if op == "≥" else "below",
            "below": "下方" if op == "≥" else "上方", "below_en": "below" if op == "≥" else "above",
            "bend": "下凸" if op == "≥" else "上凸", "bend_en": "convex" if op == "≥" else "concave",
            "A2_sign": r"\ge" if op == "≥" else r"\le",
        })
    return out


def values(s: Always) -> Values:
    """The separation (g, g', its extreme) or the necessary condition at z (f'(z), a, the check), and the answer."""
    x = s.x
    out: Values = {"x": x.name, "a": s.a.name, "separate": s.case == "separate", "pinned": s.case == "pinned",
                   "fdef": f"f({x}) = {plain(s.body)}", "given_op": f"f({x}) {s.op} {plain(s.rhs)}",
                   "conds": "\n".join(s.conds), **_final(s)}
    out.update(_separate_values(s) if s.case == "separate" else _pinned_values(s))
    return out


def reference(s: Always) -> tuple[str, str]:
    """Independent: separated, SymPy's own range of g on D (function_range); pinned, separating a on both sides of z
    squeezes it to the limit of -A/B at z (a ≤ g on one side, a ≥ g on the other, g continuous through z)."""
    a = s.a.name
    if s.case == "pinned":
        squeezed = sp.FiniteSet(sp.limit(-s.A / s.B, s.x, s.z))
        return relation_text(squeezed, a, "zh"), relation_text(squeezed, a, "en")
    try:
        rng = function_range(s.g, s.x, s.D)
    except (NotImplementedError, ValueError):
        return ("", "")  # no independent reference: the answer is then never graded correct
    if s.sop in ("≥", ">"):
        found = sp.Interval(rng.sup, sp.oo, s.sop == ">" and not rng.right_open)
    else:
        found = sp.Interval(-sp.oo, rng.inf, True, s.sop == "<" and not rng.left_open)
    return relation_text(found, a, "zh"), relation_text(found, a, "en")


TYPE: ProblemType[Always] = ProblemType(
    type_id="function.always_parameter", module="derivatives", name="always_parameter", detect=detect,
    values=values, reference=reference,
    givens=lambda s: [f"f({s.x}) = {plain(s.body)}", f"f({s.x}) {s.op} {plain(s.rhs)}"],
    goal=lambda s: f"range of {s.a}", answers=frozenset({"range", "unknown"}),
)

"""指数方程 / Exponential equations: same base, taking logarithms, substitution t = a^x, factorising in a^x."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, roots_text, tex
from tutor_graph.specialist.types.exp_log.equation_reading import ExpLogEquation, read_equation
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> ExpLogEquation | None:
    """`解方程 2^{x+1}=8` or `4^x-3·2^x+2=0`: the unknown only in exponents, every base a power of one base."""
    found = read_equation(p)
    return found if found is not None and found.kind == "exp" else None


def _as_power(v: sp.Expr, a: sp.Expr) -> sp.Expr | None:
    """k with v = a^k when k is rational, else None."""
    if not (v.is_number and v.is_positive):
        return None
    k = sp.nsimplify(sp.simplify(sp.log(v, a)))
    return k if k.is_Rational else None


def _single_power(e: ExpLogEquation) -> tuple[sp.Expr, sp.Expr] | None:
    """(base, exponent) when the equation is `b^f(x) = number`, else None."""
    lhs, rhs, x = e.lhs, e.rhs, e.x
    if isinstance(lhs, sp.Pow) and lhs.exp.has(x) and not lhs.base.has(x) and rhs.is_number and rhs.is_positive:
        return lhs.base, lhs.exp
    if isinstance(lhs, sp.exp) and rhs.is_number and rhs.is_positive:
        return sp.E, lhs.args[0]
    return None


def _in_t(e: ExpLogEquation, t: sp.Symbol) -> sp.Poly | None:
    """The equation as a quadratic polynomial in t = a^x (a the common base), or None."""
    x, a = e.x, e.base
    ex = sp.expand(e.lhs - e.rhs)
    repl = {}
    for pw in [q for q in sp.preorder_traversal(ex) if isinstance(q, sp.Pow) and q.exp.has(x)]:
        k = _as_power(pw.base, a)
        if k is None:
            return None
        repl[pw] = a ** sp.expand(k * pw.exp)
    ex = sp.expand(sp.expand_power_exp(ex.xreplace(repl))).subs(a**x, t)
    if ex.has(x) or not ex.is_polynomial(t):
        return None
    poly = sp.Poly(ex, t)
    return poly if poly.degree() == 2 else None


def _roots(values: Values, name: str, x: str, roots: list[sp.Expr]) -> None:
    """`name_zh` / `name_en` ($x=0$ 或 $x=1$) and `name_plain` (x=0 或 x=1, for claims)."""
    values[f"{name}_zh"] = roots_math(x, roots, "zh")
    values[f"{name}_en"] = roots_math(x, roots, "en")
    values[f"{name}_plain"] = roots_text(x, roots, "zh")


def _same_base(out: Values, e: ExpLogEquation, base: sp.Expr, expo: sp.Expr) -> None:
    """Both sides as powers of the common base a: a^{inner} = a^{k}."""
    a = e.base
    k = _as_power(e.rhs, a)
    if k is None:
        return
    out["same_base"] = True
    inner = sp.expand(expo * sp.nsimplify(sp.log(base, a)))
    for name, v in (("a", a), ("inner", inner), ("k", k)):
        both(out, name, v)
    _roots(out, "same_sols", e.x.name, sp.solve(sp.Eq(inner, k), e.x))
    if inner != e.x:  # "x=4" once, not "x=4, x=4"
        for lang in ("zh", "en"):
            out[f"same_sols_{lang}"] = f"${tex(inner)}={tex(k)}${'，' if lang == 'zh' else ', '}{out[f'same_sols_{lang}']}"


def _take_logs(out: Values, e: ExpLogEquation, base: sp.Expr, expo: sp.Expr) -> None:
    """log_b of both sides: the exponent equals log_b(rhs)."""
    value = sp.nsimplify(sp.simplify(sp.log(e.rhs, base)))
    for name, v in (("b", base), ("expo", expo), ("value", value)):
        both(out, name, v)
    out["expo_not_x"] = expo != e.x  # 2^x = 16 gives x itself: nothing left to solve
    _roots(out, "log_sols", e.x.name, sp.solve(sp.Eq(expo, value), e.x))


def _substitution(out: Values, e: ExpLogEquation, poly: sp.Poly) -> None:
    """t = a^x: the quadratic in t, its roots (t > 0 kept), x from each kept root, and its factors in a^x."""
    a, x, t = e.base, e.x, poly.gen
    ax = sp.Symbol(f"({plain(a)}^{x})")  # a^x as one quantity, for the claims
    ax_tex = sp.Symbol(f"{tex(a)}^{{{x}}}")  # and for reading
    out.update({"subst": True, "a": tex(a), "a_plain": plain(a), "t_poly": tex(poly.as_expr()),
                "t_poly_plain": plain(poly.as_expr()), "t_claim": f"{plain(e.lhs - e.rhs)} = {plain(poly.as_expr().subs(t, ax))}"})
    t_roots = sorted(sp.roots(poly), key=float)
    out["t_roots_zh"] = ", ".join(f"$t={tex(r)}$" + ("（舍去）" if not r.is_positive else "") for r in t_roots)
    out["t_roots_en"] = ", ".join(f"$t={tex(r)}$" + (" (rejected)" if not r.is_positive else "") for r in t_roots)
    out["t_roots_plain"] = roots_text("t", t_roots, "zh")
    kept = [r for r in t_roots if r.is_positive]
    _roots(out, "sub_sols", x.name, sorted({sp.nsimplify(sp.log(r, a)) for r in kept}, key=float))
    if not all(r.is_Rational for r in t_roots):
        return
    # 十字相乘: the factors of the quadratic in a^x, and each factor's equation a^x = r
    out["factors"] = True
    factored = sp.factor(poly.as_expr())
    out["factored"] = tex(factored.subs(t, ax_tex))
    out["factor_claim"] = f"{plain(e.lhs - e.rhs)} = {plain(factored.subs(t, ax))}"
    zh, en = [], []
    for r in t_roots:
        if r.is_positive:
            v = sp.nsimplify(sp.log(r, a))
            zh.append(f"${tex(a)}^{{{x}}}={tex(r)}$，${x}={tex(v)}$")
            en.append(f"${tex(a)}^{{{x}}}={tex(r)}$ gives ${x}={tex(v)}$")
        else:
            zh.append(f"${tex(a)}^{{{x}}}={tex(r)}$ 无解")
            en.append(f"${tex(a)}^{{{x}}}={tex(r)}$ has no solution")
    out["factor_zh"], out["factor_en"] = "；".join(zh), "; ".join(en)


def values(e: ExpLogEquation) -> Values:
    """The flags that pick the methods, and each method's rewritten equation and roots."""
    out: Values = {"x": e.x.name, "same_base": False, "single": False, "subst": False, "factors": False, "expo_not_x": False,
                   "lhs": tex(e.lhs), "rhs": tex(e.rhs), "eq_plain": f"{plain(e.lhs)} = {plain(e.rhs)}"}
    _roots(out, "sols", e.x.name, list(e.solutions))
    single = _single_power(e)
    if single is not None:
        out["single"] = True
        both(out, "rhs", e.rhs)
        _same_base(out, e, *single)
        _take_logs(out, e, *single)
        return out
    poly = _in_t(e, sp.Symbol("t", positive=True))
    if poly is not None:
        _substitution(out, e, poly)
    return out


def reference(e: ExpLogEquation) -> tuple[str, str]:
    """Independent: SymPy's solveset of the equation as written, over the reals."""
    found = sp.solveset(sp.Eq(e.lhs, e.rhs), e.x, sp.S.Reals)
    if not isinstance(found, sp.FiniteSet):
        return "?", "?"
    return roots_text(e.x.name, found, "zh"), roots_text(e.x.name, found, "en")


TYPE: ProblemType[ExpLogEquation] = ProblemType(
    type_id="explog.equation", module="exp_log", name="exp_equation", detect=detect, values=values,
    reference=reference, givens=lambda e: [f"{plain(e.lhs)} = {plain(e.rhs)}"],
    goal=lambda e: f"solve for {e.x}", answers=frozenset({"solve"}),
)

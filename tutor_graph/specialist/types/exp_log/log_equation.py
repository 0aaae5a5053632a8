"""对数方程 / Logarithmic equations: the domain first, then the definition (and laws) of the logarithm."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, relation_math, relation_text, roots_math, roots_text, tex
from tutor_graph.specialist.types.exp_log.equation_reading import ExpLogEquation, log_solutions, read_equation
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def _log_poly(e: ExpLogEquation) -> sp.Expr | None:
    """`Σ c·log_b(u) = k` rewritten as the polynomial equation `Π u^c = b^k` (numerator form)."""
    x = e.x
    ex = sp.expand(sp.expand_log(e.lhs - e.rhs, force=True))
    bases = {f.base.args[0] for t in sp.Add.make_args(ex) for f in sp.Mul.make_args(t)
             if isinstance(f, sp.Pow) and f.exp == -1 and isinstance(f.base, sp.log)}
    b = bases.pop() if len(bases) == 1 else (sp.E if not bases else None)
    if b is None:
        return None
    scaled = sp.expand(ex * sp.log(b))
    prod, const = sp.Integer(1), sp.Integer(0)
    for t in sp.Add.make_args(scaled):
        if t.has(x):
            c, rest = t.as_coeff_Mul()
            if not isinstance(rest, sp.log) or not c.is_Rational:
                return None
            prod *= rest.args[0] ** c
        else:
            const += t
    target = sp.nsimplify(sp.simplify(sp.exp(-const)))
    if not target.is_Rational:
        return None
    num, _ = sp.fraction(sp.together(prod - target))
    num = sp.expand(num)
    return num if num.is_polynomial(x) and sp.degree(num, x) <= 2 else None


def detect(p: Problem) -> ExpLogEquation | None:
    """`解方程 lg x + lg(x-3) = 1`: the unknown only inside logarithms, reducible to a polynomial of degree ≤ 2."""
    found = read_equation(p)
    return found if found is not None and found.kind == "log" and _log_poly(found) is not None else None


def values(e: ExpLogEquation) -> Values:
    """The domain, the polynomial equation, its real roots and the roots the domain keeps."""
    x = e.x
    poly_eq = _log_poly(e)
    assert poly_eq is not None  # detect only accepts equations with one
    args = sorted({a.args[0] for a in sp.preorder_traversal(e.lhs - e.rhs) if isinstance(a, sp.log) and a.has(x)}, key=str)
    domain = sp.S.Reals
    for u in args:
        domain = domain.intersect(sp.solveset(u > 0, x, sp.S.Reals))
    cands = sorted({r for r in sp.roots(sp.Poly(poly_eq, x)) if r.is_real}, key=float)
    good = [c for c in cands if domain.contains(c) == sp.true]
    dropped = [c for c in cands if c not in good]
    out: Values = {
        "x": x.name, "dropped": bool(dropped), "kept_all": not dropped,
        "args_tex": "，".join(f"${tex(u)}>0$" for u in args), "args_tex_en": ", ".join(f"${tex(u)}>0$" for u in args),
        "dom_zh": relation_math(domain, x.name, "zh"), "dom_en": relation_math(domain, x.name, "en"),
        "dom_claim": " 且 ".join(f"{plain(u)} > 0" for u in args) + f" \\Leftrightarrow {relation_text(domain, x.name)}",
        "poly": tex(poly_eq), "poly_plain": plain(poly_eq),
        "cands": ", ".join(f"${x}={tex(c)}$" for c in cands), "cands_plain": roots_text(x.name, cands, "zh"),
        "good_zh": roots_math(x.name, good, "zh"), "good_en": roots_math(x.name, good, "en"),
        "good_plain": roots_text(x.name, good, "zh"), "eq_plain": f"{plain(e.lhs)} = {plain(e.rhs)}",
        "dropped_zh": "，".join(f"${x}={tex(c)}$" for c in dropped),
        "dropped_en": ", ".join(f"${x}={tex(c)}$" for c in dropped),
    }
    return out


def reference(e: ExpLogEquation) -> tuple[str, str]:
    """Independent: SymPy's solve of the expanded logarithms, each root kept where every argument is positive."""
    found = log_solutions(e.lhs, e.rhs, e.x)
    return roots_text(e.x.name, found, "zh"), roots_text(e.x.name, found, "en")


TYPE: ProblemType[ExpLogEquation] = ProblemType(
    type_id="explog.log_equation", module="exp_log", name="log_equation", detect=detect, values=values,
    reference=reference, givens=lambda e: [f"{plain(e.lhs)} = {plain(e.rhs)}"],
    goal=lambda e: f"solve for {e.x}", answers=frozenset({"solve"}),
)

"""由一元二次方程根的情况求参数 / A parameter from the kind of roots of a quadratic equation (判别式)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, interval_math, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.algebra.values import both, in_x
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

PARAMS = ("m", "a", "k", "b", "t", "p")  # the letters a school problem uses for a parameter
_KINDS = {"two": ("两个不相等的实数根", "两个不等实根", "two distinct real roots", "two different real roots"),
          "equal": ("两个相等的实数根", "两个相等实根", "相等的实数根", "a repeated root", "two equal real roots", "equal roots"),
          "none": ("没有实数根", "无实数根", "无实根", "no real roots", "no real root"),
          "some": ("有实数根", "有实根", "has real roots", "has a real root")}
_DISC_OP = {"two": ">", "equal": "=", "none": "<", "some": "≥"}  # the condition on Δ
_WORDS = {"two": ("两个不相等的实数根", "two distinct real roots"), "equal": ("两个相等的实数根", "a repeated root"),
          "none": ("没有实数根", "no real roots"), "some": ("有实数根", "real roots")}
_CROSSINGS = {"two": ("两个", "twice"), "equal": ("一个", "once (touching it)"), "none": ("零个", "never"),
              "some": ("至少一个", "at least once")}


@dataclass(frozen=True)
class RootCondition:
    """e(x) = 0, quadratic in x with one parameter, and the kind of real roots it is said to have."""

    e: sp.Expr
    par: sp.Symbol
    kind: str


def param_quadratic(p: Problem, ops: tuple[str, ...] = ("=",)) -> tuple[sp.Expr, str, sp.Symbol] | None:
    """The one relation the Reading states `quadratic in x with one parameter OP 0`: (lhs - rhs, op, parameter)."""
    found = []
    for lhs, op, rhs in p.read_relations:
        if op not in ops:
            continue
        e = sp.expand(lhs - rhs)
        params = e.free_symbols - {X}
        if X in e.free_symbols and len(params) == 1 and next(iter(params)).name in PARAMS and e.is_polynomial(X):
            par = next(iter(params))
            if sp.degree(e, X) == 2 and e.is_polynomial(par) and sp.degree(e, par) <= 2:
                found.append((e, op, par))
    return found[0] if len(found) == 1 else None


def detect(p: Problem) -> RootCondition | None:
    """`方程 x^2-2mx+m+2=0 有两个不相等的实数根，求 m 的取值范围`."""
    if not p.has("方程", "equation", "root"):
        return None
    kind = next((k for k, words in _KINDS.items() if p.has(*words)), None)
    if kind is None or not p.has("取值范围", "范围", "求实数", "range", "find", "求"):
        return None
    if kind == "some" and p.has(*_KINDS["none"]):
        return None
    found = param_quadratic(p)
    if found is None:
        return None
    e, _, par = found
    if sp.Poly(e, X).LC().free_symbols and kind == "none":
        return None  # a = 0 changes the degree: the case split is not handled here
    return RootCondition(e, par, kind)


def _answer(s: sp.Set) -> tuple[str, str]:
    if isinstance(s, sp.FiniteSet):
        text = " 或 ".join(dollar(v) for v in sorted(s, key=float))
        return text, text.replace(" 或 ", " or ")
    return interval_math(s), interval_math(s)


def _solve(expr: sp.Expr, op: str, par: sp.Symbol) -> sp.Set:
    rel = {">": expr > 0, "=": sp.Eq(expr, 0), "<": expr < 0, "≥": expr >= 0, "≤": expr <= 0}[op]
    return sp.solveset(rel, par, sp.S.Reals)


def _claim_rhs(s: sp.Set, par: sp.Symbol) -> str:
    return relation_text(s, par.name) if not isinstance(s, sp.FiniteSet) else " 或 ".join(
        f"{par} = {plain(v)}" for v in sorted(s, key=float))


def values(r: RootCondition) -> Values:
    """The discriminant and its condition, the excluded values of a leading parameter, and the vertex form."""
    a, b, c = sp.Poly(r.e, X).all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    op = _DISC_OP[r.kind]
    s = _solve(disc, op, r.par)
    lead_has_par = bool(a.free_symbols)
    bad = sp.solveset(sp.Eq(a, 0), r.par, sp.S.Reals) if lead_has_par else sp.S.EmptySet
    final = s - bad
    out: Values = {"par": r.par.name, "kind_zh": _WORDS[r.kind][0], "kind_en": _WORDS[r.kind][1],
                   "op": {">": ">", "=": "=", "<": "<", "≥": r"\ge"}[op], "equation_word": "方程" if op == "=" else "不等式",
                   "equation_word_en": "equation" if op == "=" else "inequality",
                   "lead_has_par": lead_has_par, "upward": bool(a.is_number and a > 0),
                   "crossings_zh": _CROSSINGS[r.kind][0], "crossings_en": _CROSSINGS[r.kind][1],
                   "s_zh": relation_math(s, r.par.name, "zh"), "s_en": relation_math(s, r.par.name, "en"),
                   "bad": ", ".join(tex(v) for v in bad) if lead_has_par else ""}
    out["answer"], out["answer_en"] = _answer(final)
    for name, e in (("e", r.e), ("a", a), ("b", b), ("c", c), ("disc", disc)):
        both(out, name, e)
    out["e"], out["disc"] = in_x(r.e, X), in_x(disc, r.par)  # x^2 - 2mx + …, not SymPy's alphabetical order
    out["disc_claim"] = f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}"
    out["solve_claim"] = (f"{plain(disc)} {op} 0 \\Leftrightarrow {_claim_rhs(s, r.par)}" if op != "="
                          else f"{plain(disc)} = 0 \\Rightarrow {_claim_rhs(s, r.par)}")
    if out["upward"]:  # the vertex form a(x − h)² + k, k the least value of the quadratic
        h, k = sp.expand(-b / (2 * a)), sp.expand(c - b**2 / (4 * a))
        vop = {"two": "<", "equal": "=", "none": ">", "some": "≤"}[r.kind]  # where the least value must lie
        both(out, "h", h)
        both(out, "k", k)
        out["k"] = in_x(k, r.par)
        shift = sp.Add(X, -h, evaluate=False)
        k_tex = in_x(k, r.par)
        out["vertex_form"] = (f"{'' if a == 1 else tex(a)}\\left({in_x(X - h, X)}\\right)^2"
                              f"{' ' if k_tex.startswith('-') else ' + '}{k_tex}")
        out["vertex_claim"] = f"{plain(r.e)} = {'' if a == 1 else plain(a) + '*'}({plain(shift)})^2 + ({plain(k)})"
        out["vop"] = {"<": "<", "=": "=", ">": ">", "≤": r"\le"}[vop]
        out["vertex_solve_claim"] = (f"{plain(k)} {vop} 0 \\Leftrightarrow {_claim_rhs(s, r.par)}" if vop != "="
                                     else f"{plain(k)} = 0 \\Rightarrow {_claim_rhs(s, r.par)}")
    return out


def reference(r: RootCondition) -> tuple[str, str]:
    """Independent: SymPy's solveset of the discriminant condition, a = 0 removed."""
    a, b, c = sp.Poly(r.e, X).all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    rel = {"two": disc > 0, "equal": sp.Eq(disc, 0), "none": disc < 0, "some": disc >= 0}[r.kind]
    s = sp.solveset(rel, r.par, sp.S.Reals)
    if a.free_symbols:
        s = s - sp.solveset(sp.Eq(a, 0), r.par, sp.S.Reals)
    return _answer(s)


TYPE: ProblemType[RootCondition] = ProblemType(
    type_id="quadratic.root_condition", module="algebra", name="root_condition", detect=detect, values=values,
    reference=reference, givens=lambda r: [f"{plain(r.e)} = 0"], goal=lambda r: f"range of {r.par}",
    answers=frozenset({"range", "unknown"}), topic="quadratics",
)

"""求导函数 / The derivative of a function: by the rules (sum, product, quotient, chain), or, for a polynomial
written as a power or a product, by expanding first and differentiating term by term."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.functions.function_reading import fdef, function_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

MAX_TERMS = 6  # the template has a step for each of the terms 1..6 of a sum
MAX_EXPANDED_DEGREE = 6  # beyond this, expanding is no longer the easier way
_U = sp.Symbol("u", real=True)
_ASKS = ("导数", "导函数", "求导", "derivative", "differentiate", "f'(x)")  # type words
_OTHER_GOALS = ("切线", "tangent", "单调", "monoton", "increasing", "极", "extrem", "最大", "最小", "max", "min", "值域")
_BASIC = (sp.exp, sp.log, sp.sin, sp.cos)

# The rule each kind of term needs, as the textbook prints it (the hint's second rung; never the step's answer).
_RULE = {
    "power": ("幂函数 $(x^{\\alpha})'=\\alpha x^{\\alpha-1}$，常数因子可以提到导数符号外面：$(cu)'=cu'$。",
              "Power rule $(x^{\\alpha})'=\\alpha x^{\\alpha-1}$; a constant factor comes out: $(cu)'=cu'$."),
    "basic": ("$(e^x)'=e^x$，$(\\ln x)'=\\frac{1}{x}$，$(\\sin x)'=\\cos x$，$(\\cos x)'=-\\sin x$。",
              "$(e^x)'=e^x$, $(\\ln x)'=\\frac{1}{x}$, $(\\sin x)'=\\cos x$, $(\\cos x)'=-\\sin x$."),
    "product": ("积的求导法则：$(uv)'=u'v+uv'$。", "The product rule: $(uv)'=u'v+uv'$."),
    "quotient": ("商的求导法则：$\\left(\\frac{u}{v}\\right)'=\\frac{u'v-uv'}{v^2}$。",
                 "The quotient rule: $\\left(\\frac{u}{v}\\right)'=\\frac{u'v-uv'}{v^2}$."),
    "chain": ("复合函数 $y=f(u)$，$u=g(x)$ 的导数：$y'_x=y'_u\\cdot u'_x$。",
              "For $y=f(u)$ with $u=g(x)$: $y'_x=y'_u\\cdot u'_x$."),
}
_KIND = {"power": ("幂函数（或它的常数倍）", "a power of x (or a multiple of one)"),
         "basic": ("基本初等函数（或它的常数倍）", "a basic elementary function (or a multiple of one)"),
         "product": ("两个函数的积", "a product of two functions"), "quotient": ("两个函数的商", "a quotient of two functions"),
         "chain": ("复合函数", "a composite function")}


@dataclass(frozen=True)
class Derivative:
    """The function whose derivative f'(x) is asked."""

    name: str
    var: sp.Symbol
    body: sp.Expr


def detect(p: Problem) -> Derivative | None:
    """`求函数 y=(2x+1)^5 的导数`: no tangent, monotonicity, extremum, max / min or range asked."""
    if not p.has(*_ASKS) or p.has(*_OTHER_GOALS):
        return None
    found = function_of(p, trig=True)
    if found is None:
        return None
    name, var, body = found
    if body.is_Add and len([t for t in sp.Add.make_args(body) if t.has(var)]) > MAX_TERMS:
        return None
    return Derivative(name, var, body)


def _split(term: sp.Expr, x: sp.Symbol) -> tuple[str, sp.Expr, sp.Expr, sp.Expr]:
    """(kind, constant factor, u, v) of one term: u, v are the factors (product, quotient) or the outer function
    of u and the inner function (chain); for a power or basic function u is the term itself."""
    c, rest = term.as_independent(x, as_Add=False)
    if rest.is_Mul:
        top, bottom = sp.fraction(rest)
        if bottom.has(x):
            return "quotient", c, top, bottom
        first, *others = sp.Mul.make_args(rest)
        return "product", c, first, sp.Mul(*others)
    if rest == x or (rest.is_Pow and rest.base == x and not rest.exp.has(x)):
        return "power", c, rest, sp.S.One
    if rest.is_Pow and not rest.exp.has(x):
        return "chain", c, _U**rest.exp, rest.base
    if rest.is_Pow and rest.exp.has(x) and not rest.base.has(x):  # a^{g(x)}
        return ("basic", c, rest, sp.S.One) if rest.exp == x else ("chain", c, rest.base**_U, rest.exp)
    if isinstance(rest, _BASIC):
        inner = rest.args[0]
        return ("basic", c, rest, sp.S.One) if inner == x else ("chain", c, rest.func(_U), inner)
    return "basic", c, rest, sp.S.One


def paren_tex(e: sp.Expr) -> str:
    """A factor as printed after a dot: bracketed when it is a sum or negative."""
    return f"\\left({tex(e)}\\right)" if e.is_Add or e.could_extract_minus_sign() else tex(e)


def values(d: Derivative) -> Values:
    """The structure of f, each term's derivative (sum), u' and v' (product, quotient, chain), f'; the expansion."""
    x, body = d.var, d.body
    f = "f" if d.name == "y" else d.name
    fp = sp.simplify(sp.diff(body, x))
    top, bottom = sp.fraction(sp.together(fp))
    if bottom.has(x):  # a quotient as the textbook leaves it: the numerator collected, the denominator v²
        fp = sp.expand(top) / sp.factor(bottom)
    out: Values = {"f": f, "x": x.name, "fdef": fdef(d.name, x, body), "body": tex(body),
                   "fp": tex(fp), "fp_plain": plain(fp), "lhs": f"{f}'({x.name})"}
    terms = [t for t in sp.Add.make_args(body) if t.has(x)] if body.is_Add else [body]
    several = len(terms) > 1
    out["several"] = several
    if several:
        listed = (" 与 " if len(terms) == 2 else "、").join(f"${tex(t)}$" for t in terms)
        rule = "".join((f"-({tex(-t)})'" if t.could_extract_minus_sign() else f"+({tex(t)})'") for t in terms).lstrip("+")
        out["structure"] = (f"$@f(@x)$ 是 {listed} 的和（差），和（差）的导数等于各项导数的和（差）："
                            f"$@f'(@x)={rule}$").replace("@f", f).replace("@x", x.name)
        out["structure_en"] = (f"a sum of {len(terms)} terms; the derivative of a sum is the sum of the derivatives: "
                               f"${f}'({x.name})={rule}$")
        out["combine_zh"], out["combine_en"] = "把各项的导数相加（减），再合并同类项。", "Add up the derivatives of the terms and collect."
        for i, t in enumerate(terms, start=1):
            kind = _split(t, x)[0]
            dt = sp.simplify(sp.diff(t, x))
            out.update({f"has{i}": True, f"t{i}": tex(t), f"dt{i}": tex(dt), f"claim{i}": f"({plain(t)})' = {plain(dt)}",
                        f"kind{i}": _KIND[kind][0], f"kind{i}_en": _KIND[kind][1],
                        f"rule{i}": _RULE[kind][0], f"rule{i}_en": _RULE[kind][1]})
    else:
        kind, c, u, v = _split(body, x)
        out[kind] = True
        out["combine_zh"], out["combine_en"] = _RULE[kind]
        times = ("", "") if c == 1 else (f"（再乘常数 ${tex(c)}$）", f", times ${tex(c)}$")
        if kind == "chain":
            outer = c * u
            out.update({"outer": tex(outer), "inner": tex(v), "douter": tex(sp.diff(outer, _U)),
                        "dinner": tex(sp.diff(v, x)),
                        "outer_claim": f"({plain(outer)})' = {plain(sp.diff(outer, _U))}",
                        "inner_claim": f"({plain(v)})' = {plain(sp.diff(v, x))}",
                        "back": f"{tex(sp.diff(outer, _U).subs(_U, v))}\\cdot {paren_tex(sp.diff(v, x))}",
                        "whole_claim": f"({plain(body)})' = {plain(fp)}"})
            out["structure"] = f"复合函数：由 $y={tex(outer)}$ 与 $u={tex(v)}$ 复合而成，用复合函数的求导法则"
            out["structure_en"] = f"a composite function, $y={tex(outer)}$ with $u={tex(v)}$: the chain rule"
        elif kind in ("product", "quotient"):
            out.update({"u": tex(u), "v": tex(v), "du": tex(sp.diff(u, x)), "dv": tex(sp.diff(v, x)),
                        "u_claim": f"({plain(u)})' = {plain(sp.diff(u, x))}", "v_claim": f"({plain(v)})' = {plain(sp.diff(v, x))}"})
            what = "积" if kind == "product" else "商"
            out["structure"] = f"$u={tex(u)}$ 与 $v={tex(v)}$ 的{what}{times[0]}，用{what}的求导法则"
            out["structure_en"] = f"the {kind} of $u={tex(u)}$ and $v={tex(v)}${times[1]}: the {kind} rule"
        else:
            out["structure"] = f"{_KIND[kind][0]}，直接用基本初等函数的导数公式"
            out["structure_en"] = f"{_KIND[kind][1]}: the table of basic derivatives applies directly"
    poly = sp.Poly(body, x) if body.is_polynomial(x) else None
    expanded = sp.expand(body)
    if poly is not None and 2 <= poly.degree() <= MAX_EXPANDED_DEGREE and expanded != body:
        dexp = sp.expand(sp.diff(expanded, x))
        out.update({"expandable": True, "expanded": tex(expanded), "expand_claim": f"{plain(body)} = {plain(expanded)}",
                    "dexpanded": tex(dexp), "dexpanded_plain": plain(dexp),
                    "refactor": dexp != fp, "refactor_claim": f"{plain(dexp)} = {plain(fp)}"})
    return out


def reference(d: Derivative) -> str:
    """Independent of the rules the chain shows: a polynomial's derivative from its expanded coefficients
    (k·a_k), anything else SymPy's `diff` left unsimplified (the grader compares it with the chain's form)."""
    x, body = d.var, d.body
    if body.is_polynomial(x):
        coeffs = sp.Poly(body, x).all_coeffs()[::-1]
        return plain(sum(k * a * x ** (k - 1) for k, a in enumerate(coeffs) if k))
    return plain(sp.diff(body, x))


TYPE: ProblemType[Derivative] = ProblemType(
    type_id="function.derivative", module="derivatives", name="derivative", detect=detect, values=values,
    reference=reference, givens=lambda d: [fdef(d.name, d.var, d.body)], goal=lambda d: f"{d.name}'({d.var})",
    answers=frozenset({"derivative"}),
)

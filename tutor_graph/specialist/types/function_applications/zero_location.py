"""单调函数的零点所在区间（选择题）/ The option interval holding the zero of a monotonic function."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.detecting import X, definition, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import paren, plain, relation_text, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.functions.function_reading import domain_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_INTERVAL = re.compile(r"\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)")
MAX_OPTIONS = 4  # the template asks about options 1..4 (A–D)


@dataclass(frozen=True)
class ZeroLocation:
    """f monotonic ("up"/"down") on its domain; the options (label, a, b); the one whose ends differ in sign."""

    f: sp.Expr
    dom: sp.Set
    mono: str
    options: tuple[tuple[str, sp.Expr, sp.Expr], ...]
    answer: str


def monotonic(f: sp.Expr, dom: sp.Set) -> str | None:
    """"up" or "down" where f' keeps one sign on the whole domain, else None."""
    fp = sp.simplify(sp.diff(f, X))
    num, den = sp.fraction(sp.together(fp))
    if not (num.is_polynomial(X) and den.is_polynomial(X)):
        # exponentials and logarithms: SymPy's sign assumptions (x positive when the domain is)
        t = sp.Symbol("t", positive=True) if dom.is_subset(sp.Interval.open(0, sp.oo)) else sp.Symbol("t", real=True)
        g = fp.subs(X, t)
        return "up" if g.is_positive else "down" if g.is_negative else None
    if dom.is_subset(solve_inequality(sp.together(fp), ">", X)):
        return "up"
    if dom.is_subset(solve_inequality(sp.together(fp), "<", X)):
        return "down"
    return None


def at(v: sp.Expr) -> sp.Expr:
    """A value to substitute in a claim: bracketed when it is negative or not a whole number."""
    return v if v.is_Integer and v >= 0 else paren(v)


def sign(v: sp.Expr) -> int:
    """The sign of a number, decided numerically to 30 digits."""
    n = sp.N(v, 30)
    return 1 if n > 0 else -1 if n < 0 else 0


def detect(p: Problem) -> ZeroLocation | None:
    """`函数 f(x)=ln x+2x-6 的零点所在的区间是 A.(1,2) B.(2,3) …`: f monotonic, exactly one option with a sign change."""
    if not p.has("零点所在", "零点位于", "zero of", "root lies", "zero lies", "零点所在的区间"):
        return None
    d = definition(p)
    if d is None or d[2].has(sp.I):
        return None
    _, var, body = d
    f = body.subs(var, X)
    dom = domain_of(f, X)
    mono = monotonic(f, dom)
    read_options = p.reading["options"]  # the choice's options as the Reading split them: letter -> interval
    if mono is None or not read_options or len(read_options) > MAX_OPTIONS:
        return None
    options = []
    for k, v in read_options.items():
        m = _INTERVAL.fullmatch(normalise(v).strip(" $.。"))
        if not m:
            return None
        a, b = sp.nsimplify(m.group(1)), sp.nsimplify(m.group(2))
        if not (dom.contains(a) is sp.true and dom.contains(b) is sp.true) or not a < b:
            return None
        options.append((k, a, b))
    right = [k for k, a, b in options if sign(f.subs(X, a)) * sign(f.subs(X, b)) < 0]
    return ZeroLocation(f, dom, mono, tuple(options), right[0]) if len(right) == 1 else None


def values(z: ZeroLocation) -> Values:
    """f, f' and its sign, and per option i (1..4) its ends, the signs there and the claim about them."""
    fp = sp.simplify(sp.diff(z.f, X))
    up = z.mono == "up"
    out: Values = {"op": ">" if up else "<", "mono_zh": "单调递增" if up else "单调递减",
                   "mono_en": "increasing" if up else "decreasing", "answer": z.answer,
                   "dom_text": relation_text(z.dom, "x") if z.dom != sp.S.Reals else ""}
    both(out, "f", z.f)
    both(out, "fp", fp)
    for i, (k, a, b) in enumerate(z.options, 1):
        sa, sb = sign(z.f.subs(X, a)), sign(z.f.subs(X, b))
        ra, rb = (">" if sa > 0 else "<"), (">" if sb > 0 else "<")
        out.update({f"has{i}": True, f"lab{i}": k, f"a{i}": tex(a), f"b{i}": tex(b), f"ra{i}": ra, f"rb{i}": rb,
                    f"same_zh{i}": "异号" if sa * sb < 0 else "同号",
                    f"same_en{i}": "opposite signs" if sa * sb < 0 else "the same sign",
                    f"claim{i}": f"{plain(z.f.subs(X, at(a)))} {ra} 0 且 {plain(z.f.subs(X, at(b)))} {rb} 0"})
    _two_graphs(z, out)
    return out


def _two_graphs(z: ZeroLocation, out: Values) -> None:
    """f = g − h with g the exponential/logarithmic terms and h the rest: the graphs of g and h meet at the zero."""
    terms = sp.Add.make_args(z.f)
    g = sp.Add(*[t for t in terms if not t.is_polynomial(X)])
    h = -sp.Add(*[t for t in terms if t.is_polynomial(X)])
    out["split"] = g != 0 and h != 0
    if not out["split"]:
        return
    _, a, b = next(o for o in z.options if o[0] == z.answer)
    rel = {}
    for end, v in (("a", a), ("b", b)):
        rel[end] = "<" if sign(g.subs(X, v) - h.subs(X, v)) < 0 else ">"
        out[f"g_{end}"], out[f"h_{end}"], out[f"rel_{end}"] = tex(g.subs(X, v)), tex(h.subs(X, v)), rel[end]
    out.update({"g": tex(g), "h": tex(h), "ans_a": tex(a), "ans_b": tex(b),
                "split_claim": f"{plain(g)} - ({plain(h)}) = {plain(z.f)}",
                "cross_claim": f"{plain(g.subs(X, at(a)))} {rel['a']} {plain(h.subs(X, at(a)))} 且 "
                               f"{plain(g.subs(X, at(b)))} {rel['b']} {plain(h.subs(X, at(b)))}"})


def reference(z: ZeroLocation) -> str:
    """Independent: the zero found numerically (bisection inside each option) names the option."""
    for k, a, b in z.options:
        try:
            root = sp.nsolve(z.f, X, (float(a), float(b)), solver="bisect")
        except (ValueError, ZeroDivisionError, TypeError):
            continue
        if a < root < b:
            return k
    return "?"


TYPE: ProblemType[ZeroLocation] = ProblemType(
    type_id="fapp.zero_location", module="function_applications", name="zero_location", detect=detect,
    values=values, reference=reference, givens=lambda z: [f"f(x) = {plain(z.f)}"], goal=lambda z: "interval of the zero",
    answers=frozenset({"zero", "interval"}), choices=True,
)

"""判断函数的奇偶性 / Is the function odd, even, or neither: by the definition (f(−x) against f(x)), or, when f is
a sum or a product of parts each odd or even, by the parity of its parts."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, paren, plain, tex
from tutor_graph.specialist.types.functions.function_reading import domain_of, fdef, function_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

MAX_PARTS = 4  # the template has a step for each of the parts 1..4
_ASKS = ("奇偶性", "奇函数还是偶函数", "parity", "odd or even", "even or odd", "odd, even", "whether f is odd")
_NAMES = {"odd": ("奇函数", "odd"), "even": ("偶函数", "even"), "neither": ("非奇非偶函数", "neither odd nor even")}
_SAMPLES = (sp.Rational(1, 2), sp.Integer(1), sp.Rational(3, 2), sp.Integer(2), sp.Integer(3))


@dataclass(frozen=True)
class Parity:
    """The function whose parity is asked."""

    name: str
    var: sp.Symbol
    body: sp.Expr


def detect(p: Problem) -> Parity | None:
    """`判断函数 f(x)=x^3+x 的奇偶性`: only "decide the parity" questions (a text stating "f is odd" uses it as a given)."""
    if not p.has(*_ASKS):
        return None
    found = function_of(p, trig=True)
    return Parity(*found) if found else None


def _kind(body: sp.Expr, x: sp.Symbol) -> tuple[str, sp.Expr]:
    neg = sp.simplify(body.subs(x, -x))
    if sp.simplify(neg - body) == 0:
        return "even", neg
    if sp.simplify(neg + body) == 0:
        return "odd", neg
    return "neither", neg


def _symmetric(dom: sp.Set, x: sp.Symbol) -> bool:
    return bool(dom == sp.Intersection(dom, sp.imageset(sp.Lambda(x, -x), dom)))


def _parts(body: sp.Expr, x: sp.Symbol) -> tuple[str, list[sp.Expr]] | None:
    """("sum" | "product", parts) when every part is odd or even and they decide f; else None."""
    if body.is_Add:
        how, parts = "sum", list(sp.Add.make_args(body))
    elif body.is_Mul:
        how, parts = "product", [a for a in sp.Mul.make_args(body) if a.has(x)]
    else:
        return None
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    kinds = [_kind(a, x)[0] if a.has(x) else "even" for a in parts]
    if "neither" in kinds or (how == "sum" and len(set(kinds)) > 1):
        return None
    return how, parts


def values(d: Parity) -> Values:
    """The domain and its symmetry, f(−x), the relation to f(x); the parts and their parities."""
    x, body = d.var, d.body
    f = "f" if d.name == "y" else d.name
    dom = domain_of(body, x)
    symmetric = _symmetric(dom, x)
    kind, neg = _kind(body, x)
    kind = kind if symmetric else "neither"
    relation = {"odd": (f"{f}(-{x}) = -{f}({x})", f"{f}(-{x})=-{f}({x})"),
                "even": (f"{f}(-{x}) = {f}({x})", f"{f}(-{x})={f}({x})")}.get(kind, ("", ""))
    out: Values = {"f": f, "x": x.name, "fdef": fdef(f, x, body), "body": tex(body), "domain": interval_text(dom),
                   "symmetric": symmetric, "sym_zh": "关于原点对称" if symmetric else "不关于原点对称",
                   "sym_en": "symmetric" if symmetric else "not symmetric", "neg": tex(neg),
                   "neg_claim": f"{f}(-{x}) = {plain(neg)}", "relation_claim": relation[0],
                   "relation": f"${relation[1]}$，" if relation[1] else "", "relation_en": f"${relation[1]}$: " if relation[1] else "",
                   "kind": _NAMES[kind][0], "kind_en": _NAMES[kind][1]}
    split = _parts(body, x) if symmetric else None
    if split is not None:
        how, parts = split
        out.update({"by_parts": True, "sum": how == "sum", "product": how == "product"})
        for i, a in enumerate(parts, start=1):
            k, _ = _kind(a, x) if a.has(x) else ("even", a)
            shown = paren(-x)
            sign = "-" if k == "odd" else ""
            out.update({f"has{i}": True, f"p{i}": tex(a), f"pk{i}": _NAMES[k][0], f"pk{i}_en": _NAMES[k][1],
                        f"pneg{i}": tex(a.subs(x, shown)).replace("\\left", "").replace("\\right", ""),
                        f"psign{i}": sign, f"pclaim{i}": f"{plain(a.subs(x, shown))} = {sign}({plain(a)})"})
    return out


def reference(d: Parity) -> tuple[str, str]:
    """Independent of simplification: f(−a) against ±f(a) at sample points of a symmetric domain, exactly."""
    x, body = d.var, d.body
    dom = domain_of(body, x)
    if not _symmetric(dom, x):
        return _NAMES["neither"]
    points = [a for a in _SAMPLES if dom.contains(a) == sp.true][:3] or [sp.Integer(0)]
    pairs = [(sp.nsimplify(body.subs(x, -a)), sp.nsimplify(body.subs(x, a))) for a in points]
    if all(sp.simplify(u - v) == 0 for u, v in pairs):
        return _NAMES["even"]
    if all(sp.simplify(u + v) == 0 for u, v in pairs):
        return _NAMES["odd"]
    return _NAMES["neither"]


TYPE: ProblemType[Parity] = ProblemType(
    type_id="function.parity", module="functions", name="parity", detect=detect, values=values, reference=reference,
    givens=lambda d: [fdef(d.name, d.var, d.body)], goal=lambda d: "parity", answers=frozenset({"parity", "proof"}), proves=True,
)

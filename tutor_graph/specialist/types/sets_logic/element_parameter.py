"""元素与集合：c ∈ {e₁(a), e₂(a), …}，求参数 a (集合元素的互异性) / A number in a set whose elements depend on a."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem, split_top
from tutor_graph.specialist.render import paren, plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Element:
    """c ∈ {elems}; the elements are polynomials of degree ≤ 2 in the one letter `a`."""

    c: sp.Integer
    elems: tuple[sp.Expr, ...]
    a: sp.Symbol
    body: str


def _real_roots(e: sp.Expr, a: sp.Symbol) -> list[sp.Expr]:
    return sorted(sp.solveset(e, a, sp.S.Reals), key=float)


CANDIDATES = 6  # the template's check steps cand1…cand6


def _candidates(el: Element) -> list[sp.Expr]:
    """The values of a for which c equals some element."""
    return sorted({v for e in el.elems if e.free_symbols for v in _real_roots(e - el.c, el.a)}, key=float)


def _kept(el: Element) -> list[sp.Expr]:
    """The values of a for which c is an element and the elements stay distinct (the answer)."""
    return [v for v in _candidates(el) if len({sp.nsimplify(e.subs(el.a, v)) for e in el.elems}) == len(el.elems)]


def detect(p: Problem) -> Element | None:
    """`已知 2∈{a, a^2-a}，求实数 a`: one membership, 2–4 listed elements of degree ≤ 2 in one letter."""
    members = [normalise(c) for c in p.given_claims if re.search(r"\\in\b|∈", c)]
    m = re.fullmatch(r"\s*(-?\d+)\s*∈\s*\{([^{}|]+)\}\s*", members[0]) if len(members) == 1 else None
    if not m or not p.goals:
        return None
    elems = [try_expr(e) for e in split_top(m.group(2), ",") if e.strip()]
    if not 2 <= len(elems) <= 4 or any(e is None for e in elems):
        return None
    exprs = tuple(e for e in elems if e is not None)
    syms = set().union(*(e.free_symbols for e in exprs))
    if len(syms) != 1:
        return None
    a = next(iter(syms))
    if any(e.free_symbols and (not e.is_polynomial(a) or sp.degree(e, a) > 2) for e in exprs):
        return None
    if any(sp.expand(x - y) == 0 for i, x in enumerate(exprs) for y in exprs[i + 1:]):
        return None  # two elements the same for every a: not a set
    el = Element(sp.Integer(m.group(1)), exprs, a, m.group(2))
    if not _kept(el):
        return None  # no value works: nothing checkable to teach towards
    if len(_candidates(el)) > CANDIDATES:
        return None  # more values to check than the template has steps for
    return el


def _sub(e: sp.Expr, a: sp.Symbol, v: sp.Expr) -> str:
    """`e` with the value written in for a, for a claim that stands alone: `(2)^2 - (2)`."""
    return plain(e.subs(a, paren(v)))


def _iff(lhs: str, rhs: str, roots: list[sp.Expr], a: sp.Symbol) -> str:
    return f"{lhs} = {rhs} \\Leftrightarrow " + (" 或 ".join(f"{a} = {plain(v)}" for v in roots) if roots else "1 = 0")


def _solved_claim(equations: list[tuple[sp.Expr, sp.Expr, list[sp.Expr]]], a: sp.Symbol) -> str:
    """One equation: `lhs = rhs ⇔ a = …` (no root missed). Several: each root written back into its equation,
    since the checker reads `A ⇔ B 且 C ⇔ D` as one chain of equivalences, not as two claims."""
    if len(equations) == 1:
        lhs, rhs, roots = equations[0]
        return _iff(plain(lhs), plain(rhs), roots, a)
    return " 且 ".join(f"{_sub(lhs, a, v)} = {_sub(rhs, a, v)}" for lhs, rhs, roots in equations for v in roots)


def _roots_text(roots: list[sp.Expr], a: sp.Symbol, lang: str) -> str:
    if not roots:
        return "无实数解" if lang == "zh" else "no real solution"
    return (" 或 " if lang == "zh" else " or ").join(f"${a}={tex(v)}$" for v in roots)


def values(el: Element) -> Values:
    """The cases e = c solved, each candidate checked for distinct elements, and the values of a to exclude."""
    a, c, elems = el.a, el.c, el.elems
    param = [e for e in elems if e.free_symbols]
    out: Values = {"a": a.name, "c": tex(c), "listing": "\\{" + ", ".join(tex(e) for e in elems) + "\\}",
                   "n_cases": str(len(param)), "several": len(param) > 1}
    out["cases"] = "，或 ".join(f"${tex(e)}={tex(c)}$" for e in param)
    out["cases_en"] = ", or ".join(f"${tex(e)}={tex(c)}$" for e in param)
    solved = [(e, _real_roots(e - c, a)) for e in param]
    for k, (e, roots) in enumerate(solved, 1):  # one step per case (slots case1…case4 in the template)
        out[f"case{k}"] = True
        out[f"case{k}_eq"] = f"{tex(e)}={tex(c)}"
        out[f"case{k}_zh"], out[f"case{k}_en"] = _roots_text(roots, a, "zh"), _roots_text(roots, a, "en")
        out[f"case{k}_claim"] = _iff(plain(e), plain(c), roots, a)
    cands = sorted({v for _, r in solved for v in r}, key=float)
    for k, v in enumerate(cands, 1):  # one check per value found (slots cand1…cand6)
        vals = [sp.nsimplify(x.subs(a, v)) for x in elems]
        shown = "\\{" + ", ".join(tex(x) for x in vals) + "\\}"
        dup = next(((i, j) for i in range(len(elems)) for j in range(i + 1, len(elems)) if vals[i] == vals[j]), None)
        out[f"cand{k}"], out[f"cand{k}_v"], out[f"cand{k}_v_plain"] = True, tex(v), plain(v)
        if dup is None:
            out[f"cand{k}_zh"] = f"集合为 ${shown}$，元素互不相同，符合"
            out[f"cand{k}_en"] = f"the set is ${shown}$: the elements are distinct, so it is kept"
            out[f"cand{k}_claim"] = " 且 ".join(f"{plain(elems[i])} \\ne {plain(elems[j])}" for i in range(len(elems))
                                               for j in range(i + 1, len(elems)))
        else:
            i, j = dup
            out[f"cand{k}_zh"] = f"两个元素都等于 ${tex(vals[i])}$，违反集合元素的互异性，舍去"
            out[f"cand{k}_en"] = f"two elements both equal ${tex(vals[i])}$: they must be distinct, so it is rejected"
            out[f"cand{k}_claim"] = f"{plain(elems[i])} = {plain(elems[j])}"
    # distinctness first: the values of a that make two elements equal
    pairs = [(x, y, _real_roots(x - y, a)) for i, x in enumerate(elems) for y in elems[i + 1:] if (x - y).free_symbols]
    banned = sorted({v for _, _, r in pairs for v in r}, key=float)
    out["pairs_claim"] = _solved_claim(pairs, a)
    out["banned"] = ",\\ ".join(f"{a}\\ne {tex(v)}" for v in banned) if banned else f"{a}\\in\\mathbf{{R}}"
    out["has_banned"] = bool(banned)
    # each factor as the student writes it, "element − c"; SymPy would merge equal factors into a power
    out["product"] = "".join(f"\\left({tex(e - c)}\\right)" for e in param) if len(param) > 1 else tex(param[0] - c)
    out["product_claim"] = _iff(" * ".join(f"({plain(e - c)})" for e in param), "0", cands, a)
    out["cands"] = _roots_text(cands, a, "zh")
    out["cands_en"] = _roots_text(cands, a, "en")
    kept = _kept(el)
    out["answer"] = " 或 ".join(f"{a}={tex(v)}" for v in kept)
    out["answer_en"] = " or ".join(f"{a}={tex(v)}" for v in kept)
    out["keep_claim"] = " 且 ".join(f"{a} = {plain(v)}" + (" \\Rightarrow " + " 且 ".join(f"{a} \\ne {plain(b)}" for b in banned)
                                                          if banned else "") for v in kept)
    return out


def reference(el: Element) -> str:
    """Independent: the real roots of the product ∏(eᵢ − c), kept when the listed elements are distinct."""
    a, c = el.a, el.c
    prod = sp.expand(sp.Mul(*[e - c for e in el.elems if e.free_symbols]))
    ok = [v for v in sp.solveset(prod, a, sp.S.Reals) if len({sp.nsimplify(e.subs(a, v)) for e in el.elems}) == len(el.elems)]
    return " 或 ".join(f"{a}={plain(v)}" for v in sorted(ok, key=float))


TYPE: ProblemType[Element] = ProblemType(
    type_id="set.element_parameter", module="sets_logic", name="element_parameter", detect=detect, values=values,
    reference=reference, topic="sets", givens=lambda el: [f"{el.c} ∈ {{{el.body}}}"], goal=lambda el: el.a.name,
    answers=frozenset({"unknown"}),
)

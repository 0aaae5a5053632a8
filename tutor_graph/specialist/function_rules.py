"""Formulas and inequalities from rules: f(x) from f(ax+b) = h(x) (substitution vs undetermined
coefficients), and f(A) < f(B) for an even function monotonic on [0, +∞) or an odd one monotonic on R
(|A| vs |B| vs squaring)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import FLIPPED, T, X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    paren,
    plain,
    relation_math,
    relation_text,
    tex,
)
from tutor_graph.specialist.types.functions.extension import parity_of as _parity


# -- f(ax + b) = h(x) ------------------------------------------------------------------------------------------------
def detect_substitution(p: Problem) -> Match | None:
    if not p.has("解析式", "f(x)", "expression", "formula"):
        return None
    for lhs, op, rhs in p.relations:
        if op != "=" or not isinstance(lhs, sp.core.function.AppliedUndef) or lhs.func.__name__ != "f" or len(lhs.args) != 1:
            continue
        inner = lhs.args[0]
        if inner == X or not inner.is_polynomial(X) or sp.degree(inner, X) != 1 or rhs.free_symbols - {X}:
            continue
        if not rhs.is_polynomial(X) or sp.degree(rhs, X) > 3:
            continue
        a, b = sp.Poly(inner, X).all_coeffs()
        body = sp.expand(rhs.subs(X, (X - b) / a))
        return Match([f"f({plain(inner)}) = {plain(rhs)}"], "f(x)", {"inner": inner, "rhs": rhs, "a": a, "b": b, "body": body}, 0.9)
    return None


def _answer(body) -> tuple[str, str]:
    return (f"$f(x)={tex(body)}$",) * 2


def _sub_reference(d: dict) -> tuple[str, str]:
    """Independent: undetermined coefficients solved by SymPy (a polynomial of the same degree)."""
    n = sp.degree(d["rhs"], X)
    cs = sp.symbols(f"c0:{n + 1}")
    guess = sum(c * X**i for i, c in enumerate(cs))
    eqs = sp.Poly(sp.expand(guess.subs(X, d["inner"]) - d["rhs"]), X).all_coeffs()
    sol = sp.solve(eqs, cs, dict=True)[0]
    return _answer(sp.expand(guess.subs(sol)))


def _by_substitution(chain: Chain, d: dict) -> None:
    inner, a, b, body = d["inner"], d["a"], d["b"], d["body"]
    back = (T - b) / a
    chain.ask((f"令 $t={tex(inner)}$，用 $t$ 表示 $x$。", f"Let $t={tex(inner)}$. Write x in terms of t."), (f"$x={tex(back)}$",) * 2,
              f"{plain(inner.subs(X, paren(back)))} = t", kps=["func.expression"], hints=[("解一次方程。", "Solve a linear equation.")])
    ft = sp.expand(body.subs(X, T))
    chain.ask(("代入右边，$f(t)$ 是多少？", "Substitute into the right side: what is f(t)?"), (f"$f(t)={tex(ft)}$",) * 2,
              f"{plain(d['rhs'].subs(X, paren(back)))} = {plain(ft)}", kps=["func.expression"],
              hints=[("展开后合并同类项。", "Expand and collect terms.")])
    chain.done(_answer(body), _sub_reference(d))


def _by_coefficients(chain: Chain, d: dict) -> None:
    n = sp.degree(d["rhs"], X)
    names = "abcd"[: n + 1]
    cs = sp.symbols(" ".join(names), real=True)
    cs = cs if isinstance(cs, tuple) else (cs,)
    guess = sum(c * X ** (n - i) for i, c in enumerate(cs))
    composed = sp.expand(guess.subs(X, d["inner"]))
    chain.ask((f"右边是 {n} 次多项式，设 $f(x)={tex(guess)}$，$f({tex(d['inner'])})$ 展开是什么？", f"The right side has degree {n}: let $f(x)={tex(guess)}$. Expand $f({tex(d['inner'])})$."),
              (f"${tex(sp.collect(composed, X))}$",) * 2, f"{plain(guess.subs(X, paren(d['inner'])))} = {plain(composed)}", kps=["func.expression"],
              hints=[("待定系数法。", "Undetermined coefficients.")])
    eqs = sp.Poly(composed - d["rhs"], X).all_coeffs()
    sol = sp.solve(eqs, cs, dict=True)[0]
    eq_text = ", ".join(f"{plain(e)} = 0" for e in eqs if e != 0)
    chain.ask(("比较两边同次项的系数，列方程组并求解。", "Match the coefficients of each power and solve."),
              (", ".join(f"${c}={tex(sol[c])}$" for c in cs),) * 2, f"{eq_text} \\Rightarrow " + ", ".join(f"{c} = {plain(sol[c])}" for c in cs),
              kps=["func.expression"], hints=[("多项式恒等，对应系数相等。", "Identical polynomials have equal coefficients.")])
    chain.done(_answer(sp.expand(guess.subs(sol))), _sub_reference(d))


register(Solver("function.substitution", "functions", detect_substitution, (
    Method(("换元法", "Substitution"), _by_substitution),
    Method(("待定系数法", "Undetermined coefficients"), _by_coefficients),
), ("func.expression",), priority=46, answers=frozenset({"equation", "function"})))


# -- f(A) < f(B) from symmetry and monotonicity ------------------------------------------------------------------------
_OP = re.compile(r"f\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*(<|>|≤|≥)\s*f\(([^()]*(?:\([^()]*\))?[^()]*)\)")


def detect_abstract(p: Problem) -> Match | None:
    kind = _parity(p)
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
    if kind == "even" and not re.search(r"\[\s*0\s*,\s*\+?\s*∞|\(\s*0\s*,\s*\+?\s*∞|\[0,\+∞|x\s*≥\s*0", p.text.replace(" ", "")):
        return None  # an even function's monotonicity is given on [0, +∞)
    if kind == "odd" and not p.has("R 上", "在 R", "on R", "上单调", "on the reals", "real line"):
        return None
    if not (A.is_polynomial(X) and B.is_polynomial(X)) or max(sp.degree(A, X), sp.degree(B, X)) > 2:
        return None
    rel = op if up else FLIPPED[op]
    trel = {"<": "<", ">": ">", "≤": "\\le", "≥": "\\ge"}[rel]
    if kind == "even":
        expr, desc, dtex = sp.Abs(A) - sp.Abs(B), f"|{plain(A)}| {rel} |{plain(B)}|", f"|{tex(A)}| {trel} |{tex(B)}|"
    else:
        expr, desc, dtex = A - B, f"{plain(A)} {rel} {plain(B)}", f"{tex(A)} {trel} {tex(B)}"
    sol = solve_inequality(expr, rel, X)
    return Match([f"{kind}, {'increasing' if up else 'decreasing'}", m.group(0)], "solve", {"kind": kind, "A": A, "B": B, "rel": rel, "desc": desc,
                                                                                               "tex": dtex, "sol": sol, "up": up}, 0.85)


def _abstract_answer(d: dict) -> tuple[str, str]:
    return (interval_math(d["sol"]),) * 2


def _abstract_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's solveset on the squared (even) or plain (odd) comparison."""
    A, B, rel = d["A"], d["B"], d["rel"]
    lhs, rhs = (A**2, B**2) if d["kind"] == "even" else (A, B)
    r = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}[rel](lhs, rhs)
    s = sp.solveset(r, X, sp.S.Reals)
    return (interval_text(s, latex=False).replace("oo", "+\\infty").replace("-+", "-"),) * 2


def _abstract(chain: Chain, d: dict) -> None:
    A, B = d["A"], d["B"]
    if d["kind"] == "even":
        chain.ask(("偶函数满足 $f(x)=f(|x|)$，不等式可以怎样改写？", "An even function has $f(x)=f(|x|)$: how can the inequality be rewritten?"),
                  (f"$f(|{tex(A)}|)$ 与 $f(|{tex(B)}|)$ 比较，且 $f$ 在 $[0,+\\infty)$ 上{'递增' if d['up'] else '递减'}，所以 ${d['tex']}$",
                   f"compare $f(|{tex(A)}|)$ and $f(|{tex(B)}|)$ on $[0,+\\infty)$ where f is {'increasing' if d['up'] else 'decreasing'}: ${d['tex']}$"),
                  "", kps=["func.parity", "func.inequality_solving"], hints=[("把自变量都化到 $[0,+\\infty)$ 上。", "Move both inputs into $[0,+\\infty)$.")])
    else:
        chain.ask(("奇函数在 $\\mathbb R$ 上单调，不等式等价于什么？", "An odd function monotonic on $\\mathbb R$: what is the inequality equivalent to?"),
                  (f"${d['tex']}$",) * 2, "", kps=["func.monotonicity", "func.inequality_solving"],
                  hints=[("单调函数：函数值的大小对应自变量的大小。", "For a monotonic function, order of values follows order of inputs.")])
    chain.ask(("解这个不等式。", "Solve it."), (relation_math(d['sol'], 'x', 'zh'), relation_math(d['sol'], 'x', 'en')),
              f"{d['desc']} \\Leftrightarrow {relation_text(d['sol'], 'x')}", kps=["func.inequality_solving"],
              hints=[("绝对值不等式可以两边平方。", "An inequality of absolute values can be squared.")])
    chain.done(_abstract_answer(d), _abstract_reference(d))


def _squares(chain: Chain, d: dict) -> None:
    A, B, rel = d["A"], d["B"], d["rel"]
    sq = sp.expand(A**2 - B**2)
    trel = {"<": "<", ">": ">", "≤": "\\le", "≥": "\\ge"}[rel]
    chain.ask(("由偶函数与单调性得到 $|A|$ 与 $|B|$ 的大小关系，两边平方后是什么不等式？", "Evenness and monotonicity compare |A| and |B|; squaring, what inequality do you get?"),
              (f"$({tex(A)})^2 {trel} ({tex(B)})^2$，即 ${tex(sq)} {trel} 0$", f"$({tex(A)})^2 {trel} ({tex(B)})^2$, i.e. ${tex(sq)} {trel} 0$"),
              f"({plain(A)})^2 - ({plain(B)})^2 = {plain(sq)}", kps=["func.parity", "func.inequality_solving"],
              hints=[("两边都非负，平方不改变大小关系。", "Both sides are non-negative, so squaring keeps the order.")])
    s = solve_inequality(sq, rel, X)
    chain.ask(("解这个二次不等式。", "Solve the quadratic inequality."), (relation_math(s, 'x', 'zh'), relation_math(s, 'x', 'en')),
              f"{plain(sq)} {rel} 0 \\Leftrightarrow {relation_text(s, 'x')}", kps=["quad.inequality"],
              hints=[("先求对应方程的根。", "Find the roots of the matching equation first.")])
    chain.done((interval_math(s),) * 2, _abstract_reference(d))


register(Solver("function.abstract_inequality", "functions", detect_abstract, (
    Method(("利用单调性去掉 f", "Drop f by monotonicity"), _abstract),
    Method(("两边平方", "Square both sides"), _squares, lambda d: d["kind"] == "even"),
), ("func.inequality_solving",), priority=47, answers=frozenset({"solve"})))

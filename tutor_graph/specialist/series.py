"""Finite sums written with an ellipsis (telescoping / shift-and-subtract / term formulas). The general term
from S_n and the middle term from an odd-length sum moved to `types/sequences/` (code + YAML templates)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

N = sp.Symbol("n", real=True)
K = sp.Symbol("k", real=True)


# -- sums written with an ellipsis ----------------------------------------------------------------------------
def detect_series(p: Problem) -> Match | None:
    if "..." not in p.text or not p.has("求和", "和", "sum", "S_n", "find", "compute", "evaluate"):
        return None
    m = re.search(r"\.\.\.\s*\+\s*(.+?)(?:\s*[,;，。]|\s*$|\s+(?:求|find|where))", p.text)
    if not m:
        return None
    last = try_expr(m.group(1).strip(" ."))
    if last is None or last.free_symbols != {N}:
        return None
    term = last.subs(N, K)
    if sp.count_ops(term) > 15:
        return None
    kind = _kind(term)
    if kind is None:
        return None
    prefix = "S_n=" if re.search(r"S_\{?n\}?\s*=", p.text) else ""  # answer in the form the question uses
    return Match([f"a_k = {plain(term)}"], "S_n", {"term": term, "kind": kind, "prefix": prefix}, 0.9)


def _kind(term: sp.Expr) -> str | None:
    parts = sp.Add.make_args(sp.apart(term, K)) if term.is_rational_function(K) else ()
    if term.is_rational_function(K) and not term.is_polynomial(K) and len(parts) == 2:
        roots = sp.roots(sp.Poly(sp.denom(sp.together(term)), K))
        if len(roots) == 2 and all(r.is_Rational for r in roots) and abs(max(roots) - min(roots)) <= 3:
            return "telescoping"  # 1/(k(k+1)), 1/((2k-1)(2k+1))-like shifts only: wide gaps make SymPy's sum crawl
        return None
    powers = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Pow) and f.exp.has(K) and not f.base.has(K)]
    if len(powers) == 1 and (term / powers[0]).is_polynomial(K) and sp.degree(term / powers[0], K) == 1:
        return "shift"
    if term.is_polynomial(K) and sp.degree(term, K) == 1:
        return "arithmetic"
    return None


def _series_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's summation."""
    s = sp.simplify(sp.summation(d["term"], (K, 1, N)))
    return (d["prefix"] + plain(sp.factor(s) if s.is_rational_function(N) else s),) * 2  # the reference: plain


def _same(a, b) -> bool:
    return sp.simplify(a - b) == 0


def _telescope(chain: Chain, d: dict) -> None:
    term = d["term"]
    split = sp.apart(term, K)
    chain.ask(("把通项 $a_k$ 裂项：写成两个分式之差。", "Split the general term into a difference of two fractions."),
              (f"${tex(term)}={tex(split)}$",) * 2, f"{plain(term)} = {plain(split)}", kps=["seq.sum.telescoping"],
              hints=[("$\\frac{1}{k(k+1)}=\\frac1k-\\frac{1}{k+1}$。", "$\\frac{1}{k(k+1)}=\\frac1k-\\frac{1}{k+1}$.")])
    total = sp.factor(sp.simplify(sp.summation(split, (K, 1, N))))
    chain.ask(("把各项相加，中间的项两两抵消，剩下什么？", "Add the terms: the middle ones cancel in pairs. What is left?"),
              (f"$S_n={tex(total)}$",) * 2, f"\\sum_{{k=1}}^{{n}} ({plain(split)}) = {plain(total)}", kps=["seq.sum.telescoping"],
              hints=[("写出前几项和最后几项，看哪些留下。", "Write the first few and the last few terms and see which survive.")])
    chain.done((f"${d['prefix']}{tex(total)}$",) * 2, _series_ref(d))


def _shift_subtract(chain: Chain, d: dict) -> None:
    """(1 − q)S_n = c(1)q + α(q² + … + qⁿ) − c(n)qⁿ⁺¹ for terms c(k)qᵏ with c(k) = αk + β."""
    term = d["term"]
    q = next(f.base for f in sp.Mul.make_args(term) if isinstance(f, sp.Pow) and f.exp.has(K))
    c = sp.expand(term / q**K)
    alpha = c.coeff(K)
    first, last = c.subs(K, 1), c.subs(K, N)
    sum_text = f"\\sum_{{k=1}}^{{n}} ({plain(term)})"
    geo_text = f"\\sum_{{k=2}}^{{n}} {plain(q)}^k"
    rhs = f"({plain(first * q)}) + ({plain(alpha)})*{geo_text} - ({plain(last)})*{plain(q)}^(n + 1)"
    chain.ask((f"写出 $S_n$ 与 ${tex(q)}S_n$，错位对齐后相减，得到什么？", f"Write $S_n$ and ${tex(q)}S_n$, align them shifted by one and subtract. What do you get?"),
              (f"$(1-{tex(q)})S_n={tex(first * q)}+{tex(alpha)}({tex(q)}^2+\\cdots+{tex(q)}^n)-({tex(last)}){tex(q)}^{{n+1}}$",) * 2,
              f"(1 - {plain(q)})*{sum_text} = {rhs}", kps=["seq.sum.shift_subtract"],
              hints=[("相减后中间是一个等比数列。", "After subtracting, the middle is a geometric sequence."),
                     ("别漏了首项和最后多出的一项。", "Keep the first term and the extra last term.")])
    k2 = sp.Symbol("j", integer=True)
    geo = sp.simplify(sp.summation(q**k2, (k2, 2, N)))
    chain.ask(("中间的等比数列求和是多少？", "What is the geometric sum in the middle?"), (f"${tex(geo)}$",) * 2,
              f"{geo_text} = {plain(geo)}", kps=["seq.geom.sum"], hints=[("首项 $q^2$，共 $n-1$ 项。", "First term q², n − 1 terms.")])
    total = sp.simplify((first * q + alpha * geo - last * q ** (N + 1)) / (1 - q))
    chain.ask(("代回并除以 $1-q$，整理得到 $S_n$。", "Substitute back, divide by 1 − q and tidy up."), (f"$S_n={tex(total)}$",) * 2,
              f"(({plain(first * q)}) + ({plain(alpha)})*({plain(geo)}) - ({plain(last)})*{plain(q)}^(n + 1))/(1 - {plain(q)}) = {plain(total)}",
              kps=["seq.sum.shift_subtract"], hints=[("注意最后一项的符号。", "Watch the sign of the last term.")])
    chain.done((f"${d['prefix']}{tex(total)}$",) * 2, _series_ref(d))


def _arith_sum(chain: Chain, d: dict) -> None:
    term = d["term"]
    a1, an = term.subs(K, 1), term.subs(K, N)
    chain.ask(("这是等差数列，首项和第 $n$ 项各是多少？", "It is arithmetic: what are the first and the n-th terms?"),
              (f"$a_1={tex(a1)}$，$a_n={tex(an)}$", f"$a_1={tex(a1)}$, $a_n={tex(an)}$"), f"{plain(term.subs(K, sp.Symbol('(1)')))} = {plain(a1)}",
              kps=["seq.arith.def"], hints=[("相邻两项的差是常数。", "Consecutive terms differ by a constant.")])
    total = sp.factor(sp.expand(N * (a1 + an) / 2))
    chain.ask(("用 $S_n=\\frac{n(a_1+a_n)}{2}$ 求和。", "Use $S_n=\\frac{n(a_1+a_n)}{2}$."), (f"$S_n={tex(total)}$",) * 2,
              f"n*(({plain(a1)}) + ({plain(an)}))/2 = {plain(total)}", kps=["seq.arith.sum"], hints=[("首尾配对。", "Pair first with last.")])
    chain.done((f"${d['prefix']}{tex(total)}$",) * 2, _series_ref(d))


def _term_formulas(chain: Chain, d: dict) -> None:
    """Split the general term into known sums (Σk, Σ1) and add them."""
    term = d["term"]
    a, b = sp.Poly(term, K).all_coeffs()
    chain.ask(("把和拆成 $\\sum k$ 与 $\\sum 1$ 的组合。", "Split the sum into multiples of $\\sum k$ and $\\sum 1$."),
              (f"$S_n={tex(a)}\\sum_{{k=1}}^n k+{tex(b)}\\cdot n$",) * 2, "", kps=["seq.arith.sum"],
              hints=[("$\\sum_{k=1}^n k=\\frac{n(n+1)}{2}$。", "$\\sum_{k=1}^n k=\\frac{n(n+1)}{2}$.")])
    total = sp.factor(sp.expand(a * N * (N + 1) / 2 + b * N))
    chain.ask(("代入公式化简。", "Substitute the formulas and simplify."), (f"$S_n={tex(total)}$",) * 2,
              f"({plain(a)})*n*(n + 1)/2 + ({plain(b)})*n = {plain(total)}", kps=["seq.arith.sum"],
              hints=[("合并同类项。", "Collect like terms.")])
    chain.done((f"${d['prefix']}{tex(total)}$",) * 2, _series_ref(d))


register(Solver("sequence.series_sum", "sequences", detect_series, (
    Method(("裂项相消", "Telescoping"), _telescope, lambda d: d["kind"] == "telescoping"),
    Method(("错位相减", "Shift and subtract"), _shift_subtract, lambda d: d["kind"] == "shift"),
    Method(("等差数列求和公式", "Arithmetic sum formula"), _arith_sum, lambda d: d["kind"] == "arithmetic"),
    Method(("分组求和", "Splitting into known sums"), _term_formulas, lambda d: d["kind"] == "arithmetic"),
), ("seq.partial_sum",), priority=71, answers=frozenset({"sum", "expr"})))

"""More complex numbers: sums of powers of i (period four vs the geometric-series formula), and the real
coefficients of a quadratic with a given complex root (real and imaginary parts vs the conjugate root
and Vieta)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex


# -- i + i² + … + iⁿ ----------------------------------------------------------------------------------------------
def detect_power_sum(p: Problem) -> Match | None:
    m = re.search(r"(?<![a-z])i\s*(?:\^\s*\{?(\d+)\}?)?\s*\+\s*i\s*\^\s*\{?(\d+)\}?\s*\+\s*(?:i\s*\^\s*\{?\d+\}?\s*\+\s*)?\.\.\.\s*\+\s*i\s*\^\s*\{?(\d+)\}?", p.text)
    if not m:
        return None
    first = int(m.group(1) or 1)
    second, last = int(m.group(2)), int(m.group(3))
    if second != first + 1 or not first <= last <= 10**6:
        return None
    return Match([f"i^{first} + … + i^{last}"], "sum", {"a": first, "b": last}, 0.9)


def _period(chain: Chain, d: dict) -> None:
    a, b = d["a"], d["b"]
    chain.ask(("$i$ 的幂有什么规律？连续四项之和是多少？", "What pattern do the powers of i follow? What do four in a row add up to?"),
              ("$i^1=i,\\ i^2=-1,\\ i^3=-i,\\ i^4=1$，连续四项和为 0", "$i^1=i,\\ i^2=-1,\\ i^3=-i,\\ i^4=1$: four in a row add up to 0"),
              "i + i^2 + i^3 + i^4 = 0", kps=["cplx.arithmetic"], hints=[("周期为 4。", "The period is 4.")])
    n = b - a + 1
    full, rest = divmod(n, 4)
    tail = [b - rest + 1 + k for k in range(rest)]
    value = sum((sp.I**k for k in tail), sp.Integer(0))
    chain.ask((f"共 {n} 项，分成 {full} 组四项后还剩哪几项？和是多少？", f"There are {n} terms: after {full} groups of four, which remain, and what is the sum?"),
              (f"剩 {', '.join(f'$i^{{{k}}}$' for k in tail) or '无'}，和为 ${tex(value)}$", f"left: {', '.join(f'$i^{{{k}}}$' for k in tail) or 'none'}; sum ${tex(value)}$"),
              f"{n} = 4*{full} + {rest} 且 " + (" + ".join(f"i^{k}" for k in tail) + f" = {plain(value)}" if tail else "0 = 0"),
              kps=["cplx.arithmetic"], hints=[("$i^{4k+r}=i^r$。", "$i^{4k+r}=i^r$.")])
    chain.done((dollar(value),) * 2, (plain(_closed(a, b)),) * 2)


def _closed(a: int, b: int) -> sp.Expr:
    """Independent: the geometric series i^a (1 − i^(b−a+1)) / (1 − i), simplified by SymPy."""
    return sp.simplify(sp.I**a * (1 - sp.I ** (b - a + 1)) / (1 - sp.I))


def _geometric(chain: Chain, d: dict) -> None:
    a, b = d["a"], d["b"]
    n = b - a + 1
    value = sp.simplify(sp.I**a * (1 - sp.I**n) / (1 - sp.I))
    chain.ask(("这是首项 $i^{" + str(a) + "}$、公比 $i$ 的等比数列，用求和公式。", f"A geometric series with first term $i^{{{a}}}$ and ratio i: use the sum formula."),
              (f"$\\frac{{i^{{{a}}}(1-i^{{{n}}})}}{{1-i}}$",) * 2, f"i^{n} = {plain(sp.I ** n)}", kps=["cplx.arithmetic", "seq.geom.sum"],
              hints=[("先化简 $i^n$。", "Simplify $i^n$ first.")])
    chain.ask(("化简得多少？", "What does it simplify to?"), (f"${tex(value)}$",) * 2, f"i^{a}*(1 - i^{n})/(1 - i) = {plain(value)}", kps=["cplx.arithmetic"],
              hints=[("分母实数化：乘 $1+i$。", "Multiply by $1+i$ to make the denominator real.")])
    chain.done((dollar(value),) * 2, (plain(_closed(a, b)),) * 2)


register(Solver("complex.power_sum", "complex_numbers", detect_power_sum, (
    Method(("周期性分组", "Group by the period"), _period),
    Method(("等比数列求和", "Geometric series"), _geometric),
), ("cplx.arithmetic",), priority=62, answers=frozenset({"expr", "sum"})))


# -- a quadratic with real coefficients and a complex root ------------------------------------------------------------------
def detect_real_root(p: Problem) -> Match | None:
    if not p.has("实系数", "real coefficients", "real p", "real numbers p"):
        return None
    m = re.search(r"([-\d+i ]+?)\s*是(?:关于\s*x\s*的)?(?:实系数)?方程|([-\d+i ]+?)\s*is a root of", p.text)
    eq = next(((lhs, rhs) for lhs, op, rhs in p.relations if op == "=" and sp.Symbol("x", real=True) in (lhs - rhs).free_symbols), None)
    if not m or eq is None:
        return None
    z0 = try_expr((m.group(1) or m.group(2)).strip())
    x = sp.Symbol("x", real=True)
    f = sp.expand(eq[0] - eq[1])
    params = sorted(f.free_symbols - {x}, key=lambda s: s.name)
    if z0 is None or sp.im(z0) == 0 or not f.is_polynomial(x) or sp.degree(f, x) != 2 or len(params) != 2:
        return None
    if sp.Poly(f, x).LC() != 1:
        return None
    return Match([f"{plain(f)} = 0", f"root {plain(z0)}"], ", ".join(s.name for s in params), {"f": f, "z0": z0, "params": params, "x": x}, 0.9)


def _ans(d, sol) -> tuple[str, str]:
    text = "，".join(f"${s.name}={tex(sol[s])}$" for s in d["params"])
    return text, text.replace("，", ", ")


def _rr_reference(d) -> tuple[str, str]:
    """Independent: SymPy solves f(z₀) = 0 for the parameters over the reals (real and imaginary parts)."""
    val = sp.expand(d["f"].subs(d["x"], d["z0"]))
    sol = sp.solve([sp.re(val), sp.im(val)], d["params"], dict=True)
    return _ans(d, sol[0]) if len(sol) == 1 else ("?", "?")


def _by_parts(chain: Chain, d: dict) -> None:
    f, z0, x = d["f"], d["z0"], d["x"]
    val = sp.expand(f.subs(x, z0))
    re_, im_ = sp.re(val), sp.im(val)
    chain.ask((f"把 $x={tex(z0)}$ 代入方程，整理成 $a+bi$ 的形式。", f"Substitute $x={tex(z0)}$ and write the result as $a+bi$."),
              (f"$({tex(re_)})+({tex(im_)})i=0$",) * 2, f"{plain(f.subs(x, sp.Symbol('(' + plain(z0) + ')')))} = ({plain(re_)}) + ({plain(im_)})*i",
              kps=["cplx.arithmetic"], hints=[("参数都是实数。", "The parameters are real.")])
    sol = sp.solve([re_, im_], d["params"], dict=True)[0]
    chain.ask(("复数为 0 等价于实部、虚部都为 0，解方程组。", "A complex number is 0 when both parts are 0: solve."),
              (", ".join(f"${s.name}={tex(sol[s])}$" for s in d["params"]),) * 2,
              f"{plain(re_)} = 0, {plain(im_)} = 0 \\Rightarrow " + ", ".join(f"{s.name} = {plain(sol[s])}" for s in d["params"]),
              kps=["cplx.concept"], hints=[("复数相等的条件。", "When complex numbers are equal.")])
    chain.done(_ans(d, sol), _rr_reference(d))


def _by_conjugate(chain: Chain, d: dict) -> None:
    f, z0, x = d["f"], d["z0"], d["x"]
    w = sp.conjugate(z0)
    chain.ask(("实系数方程的虚根成对出现，另一个根是什么？", "Non-real roots of a real equation come in conjugate pairs: what is the other root?"),
              (f"${tex(w)}$",) * 2, f"\\overline{{{plain(z0)}}} = {plain(w)}", kps=["cplx.concept"], hints=[("共轭复数。", "The conjugate.")])
    s, t = sp.expand(z0 + w), sp.expand(z0 * w)
    poly = sp.Poly(f, x)
    b, c = poly.coeff_monomial(x), poly.coeff_monomial(1)
    chain.ask(("由韦达定理，两根之和与两根之积各是多少？", "By Vieta, what are the sum and the product of the roots?"),
              (f"${tex(s)}$，${tex(t)}$", f"${tex(s)}$ and ${tex(t)}$"), f"({plain(z0)}) + ({plain(w)}) = {plain(s)} 且 ({plain(z0)})*({plain(w)}) = {plain(t)}",
              kps=["quad.vieta", "cplx.arithmetic"], hints=[("$x_1+x_2=-p$，$x_1x_2=q$。", "$x_1+x_2=-p$, $x_1x_2=q$.")])
    sol = sp.solve([sp.Eq(-b, s), sp.Eq(c, t)], d["params"], dict=True)[0]
    chain.ask(("对照系数，参数各是多少？", "Match the coefficients: what are the parameters?"), (", ".join(f"${p_.name}={tex(sol[p_])}$" for p_ in d["params"]),) * 2,
              f"-({plain(b)}) = {plain(s)}, {plain(c)} = {plain(t)} \\Rightarrow " + ", ".join(f"{p_.name} = {plain(sol[p_])}" for p_ in d["params"]),
              kps=["quad.vieta"], hints=[("一次项系数是两根和的相反数。", "The linear coefficient is minus the sum of the roots.")])
    chain.done(_ans(d, sol), _rr_reference(d))


register(Solver("complex.real_coefficients", "complex_numbers", detect_real_root, (
    Method(("代入并分实部虚部", "Substitute; real and imaginary parts"), _by_parts),
    Method(("共轭根 + 韦达定理", "Conjugate root and Vieta"), _by_conjugate),
), ("cplx.concept",), priority=75, answers=frozenset({"unknown"})))

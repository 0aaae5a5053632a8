"""Random variables: a distribution table with one unknown (E and D), the hypergeometric mean (the
distribution vs nM/N), symmetry of a normal distribution, and matches between two players (best of
2k−1: cases vs the complement; play until one leads by two: rounds of two vs a state equation)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.counting import C
from tutor_graph.specialist.probability_more import _bag
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

A = sp.Symbol("a", real=True)
_NUMS = r"(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)"
_PROBS = r"((?:\d*\.\d+|\(\(\d+\)/\(\d+\)\)|a|\d+/\d+|0|1)(?:\s*,\s*(?:\d*\.\d+|\(\(\d+\)/\(\d+\)\)|a|\d+/\d+|0|1))+)"


# -- a distribution table ------------------------------------------------------------------------------------------
def detect_table(p: Problem) -> Match | None:
    m = re.search(rf"(?:X\s*=\s*|takes\s*){_NUMS}[^\d(a]*?(?:概率分别为|with probabilities|probabilities)\s*{_PROBS}", p.text)
    if not m:
        return None
    xs = [sp.nsimplify(v) for v in m.group(1).split(",")]
    ps = [try_expr(v) for v in m.group(2).split(",")]
    if None in ps or len(xs) != len(ps) or sum(1 for q in ps if q.has(A)) > 1:
        return None
    ps = [sp.nsimplify(q) for q in ps]
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    goal = "E" if re.search(r"E\s*\(\s*X\s*\)|均值|期望|expect|mean", asked) else "D" if re.search(r"D\s*\(\s*X\s*\)|方差|variance", asked) else \
        "a" if re.search(r"(?<![A-Za-z])a(?![A-Za-z])", asked) else None
    if goal is None:
        return None
    return Match([f"X = {', '.join(map(plain, xs))}"], goal, {"xs": xs, "ps": ps, "goal": goal}, 0.9)


def _table(chain: Chain, d: dict) -> None:
    xs, ps = d["xs"], d["ps"]
    if any(q.has(A) for q in ps):
        a = sp.solve(sp.Eq(sum(ps), 1), A)[0]
        chain.ask(("分布列中各概率之和为 1，求 $a$。", "The probabilities add up to 1: find $a$."), (f"$a={tex(a)}$",) * 2,
                  f"{' + '.join(plain(q) for q in ps)} = 1 \\Rightarrow a = {plain(a)}", kps=["prob.discrete_rv"],
                  hints=[("分布列的性质。", "A property of every distribution.")])
        ps = [q.subs(A, a) for q in ps]
        if d["goal"] == "a":
            chain.done((dollar(a),) * 2, (plain(1 - sum(q for q in d["ps"] if not q.has(A))),) * 2)
            return
    e = sum(x * q for x, q in zip(xs, ps, strict=True))
    chain.ask(("$E(X)=\\sum x_ip_i$ 是多少？", "What is $E(X)=\\sum x_ip_i$?"), (f"$E(X)={tex(e)}$",) * 2,
              " + ".join(f"({plain(x)})*({plain(q)})" for x, q in zip(xs, ps, strict=True)) + f" = {plain(e)}", kps=["prob.expectation"],
              hints=[("每个取值乘它的概率再相加。", "Multiply each value by its probability and add.")])
    value = e
    if d["goal"] == "D":
        value = sum((x - e) ** 2 * q for x, q in zip(xs, ps, strict=True))
        chain.ask(("$D(X)=\\sum (x_i-E(X))^2p_i$ 是多少？", "What is $D(X)=\\sum (x_i-E(X))^2p_i$?"), (f"$D(X)={tex(value)}$",) * 2,
                  " + ".join(f"({plain(x)} - {plain(e)})^2*({plain(q)})" for x, q in zip(xs, ps, strict=True)) + f" = {plain(value)}", kps=["prob.variance"],
                  hints=[("方差是偏差平方的均值。", "The variance is the mean squared deviation.")])
    from sympy.stats import E as mean
    from sympy.stats import FiniteRV, variance

    X = FiniteRV("X", dict(zip(xs, [q.subs(A, sp.solve(sp.Eq(sum(d["ps"]), 1), A)[0]) if q.has(A) else q for q in d["ps"]], strict=True)))
    ref = mean(X) if d["goal"] == "E" else variance(X)  # independent: SymPy's stats
    chain.done((dollar(value),) * 2, (plain(sp.nsimplify(ref)),) * 2)


register(Solver("probability.distribution_table", "probability", detect_table, (
    Method(("由分布列计算", "From the table"), _table),
), ("prob.expectation",), priority=86, answers=frozenset({"expectation", "variance", "unknown"})))


# -- the hypergeometric mean -----------------------------------------------------------------------------------------
def detect_hypergeometric(p: Problem) -> Match | None:
    if not p.has("不放回", "without replacement") or not re.search(r"E\s*\(\s*X\s*\)|均值|期望|expect", p.text):
        return None
    bag = _bag(p.text)
    k = re.search(r"(?:任取|取出|摸出|抽取)\s*(\d+)|(\d+)\s*(?:balls? )?are drawn", p.text)
    x = re.search(r"X\s*(?:为|是|be|is)\s*(?:the number of\s*)?(?:取到的|摸到的)?\s*(红|白|黑|黄|red|white|black)", p.text, re.I)
    if not (bag and k and x):
        return None
    a, ca, b, cb = bag
    colour = x.group(1).lower()
    draw = int(k.group(1) or k.group(2))
    if colour not in (ca, cb) or draw > a + b or a + b > 40:
        return None
    M = a if colour == ca else b
    return Match([f"{a} {ca}, {b} {cb}", f"draw {draw}"], "E(X)", {"N": a + b, "M": M, "n": draw, "colour": colour}, 0.9)


def _hyper_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's Hypergeometric distribution."""
    from sympy.stats import E, Hypergeometric

    return (plain(E(Hypergeometric("X", d["N"], d["M"], d["n"]))),) * 2


def _hyper_table(chain: Chain, d: dict) -> None:
    N, M, n = d["N"], d["M"], d["n"]
    ks = [k for k in range(0, min(M, n) + 1) if n - k <= N - M]
    ps = [sp.Rational(C(M, k) * C(N - M, n - k), C(N, n)) for k in ks]
    chain.ask(("$X$ 的可能取值及对应概率 $P(X=k)=\\frac{C_M^kC_{N-M}^{n-k}}{C_N^n}$ 是多少？", "What values can X take, with $P(X=k)=\\frac{C_M^kC_{N-M}^{n-k}}{C_N^n}$?"),
              (", ".join(f"$P(X={k})={tex(q)}$" for k, q in zip(ks, ps, strict=True)),) * 2,
              " 且 ".join(f"C_{{{M}}}^{{{k}}}*C_{{{N - M}}}^{{{n - k}}}/C_{{{N}}}^{{{n}}} = {plain(q)}" for k, q in zip(ks, ps, strict=True)),
              kps=["prob.hypergeometric"], hints=[("超几何分布。", "A hypergeometric distribution.")])
    e = sum(k * q for k, q in zip(ks, ps, strict=True))
    chain.ask(("$E(X)=\\sum kP(X=k)$ 是多少？", "What is $E(X)=\\sum kP(X=k)$?"), (f"$E(X)={tex(e)}$",) * 2,
              " + ".join(f"{k}*({plain(q)})" for k, q in zip(ks, ps, strict=True)) + f" = {plain(e)}", kps=["prob.expectation"],
              hints=[("每个取值乘它的概率再相加。", "Multiply each value by its probability and add.")])
    chain.done((dollar(e),) * 2, _hyper_reference(d))


def _hyper_formula(chain: Chain, d: dict) -> None:
    N, M, n = d["N"], d["M"], d["n"]
    e = sp.Rational(n * M, N)
    chain.ask(("超几何分布的均值 $E(X)=\\frac{nM}{N}$ 是多少？", "The hypergeometric mean is $E(X)=\\frac{nM}{N}$: what is it?"), (f"$E(X)={tex(e)}$",) * 2,
              f"{n}*{M}/{N} = {plain(e)}", kps=["prob.hypergeometric", "prob.expectation"],
              hints=[("$n$ 是取出的个数，$M$ 是所关心的球数，$N$ 是总数。", "n drawn, M of the kind counted, N in all.")])
    chain.done((dollar(e),) * 2, _hyper_reference(d))


register(Solver("probability.hypergeometric", "probability", detect_hypergeometric, (
    Method(("列分布列", "Distribution table"), _hyper_table),
    Method(("均值公式 nM/N", "Mean formula nM/N"), _hyper_formula),
), ("prob.hypergeometric",), priority=86, answers=frozenset({"expectation"})))


# -- normal symmetry -------------------------------------------------------------------------------------------------
def detect_normal(p: Problem) -> Match | None:
    m = re.search(r"N\s*\(\s*(-?\d+(?:\.\d+)?)\s*,", p.text)
    g = re.search(r"P\s*\(\s*X\s*(<|>|≤|≥)\s*(-?\d+(?:\.\d+)?)\s*\)\s*=\s*(\d*\.\d+)", p.text)
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    q = re.search(r"P\s*\(\s*(-?\d+(?:\.\d+)?)\s*(<|≤)\s*X\s*(<|≤)\s*(-?\d+(?:\.\d+)?)\s*\)", asked)
    if not (m and g and q):
        return None
    mu, a, pa = sp.nsimplify(m.group(1)), sp.nsimplify(g.group(2)), sp.nsimplify(g.group(3))
    lo, hi = sp.nsimplify(q.group(1)), sp.nsimplify(q.group(4))
    if g.group(1) in (">", "≥"):
        pa = 1 - pa  # P(X < a)
    d = a - mu
    if d == 0 or not 0 < pa < 1:
        return None
    tail = abs(pa - sp.Rational(1, 2))  # P(mu < X < mu + |d|)
    spans = {(mu, mu + abs(d)), (mu - abs(d), mu)}
    if (lo, hi) in spans:
        value = tail
    elif (lo, hi) == (mu - abs(d), mu + abs(d)):
        value = 2 * tail
    else:
        return None
    return Match([f"N({plain(mu)}, σ²)", g.group(0)], q.group(0), {"mu": mu, "a": a, "pa": pa, "lo": lo, "hi": hi, "value": value}, 0.85)


def _normal(chain: Chain, d: dict) -> None:
    mu, a, pa = d["mu"], d["a"], d["pa"]
    tail = abs(pa - sp.Rational(1, 2))
    left, right = sorted((mu, a))
    chain.ask(("正态曲线关于哪条直线对称？$P(X<\\mu)$ 是多少？", "About which line is the normal curve symmetric? What is $P(X<\\mu)$?"),
              (f"$x={tex(mu)}$，$P(X<{tex(mu)})=0.5$", f"$x={tex(mu)}$; $P(X<{tex(mu)})=0.5$"), "", kps=["prob.normal"],
              hints=[("均值 $\\mu$ 是对称轴。", "The mean μ is the axis of symmetry.")])
    chain.ask((f"$P({tex(left)}<X<{tex(right)})$ 是多少？", f"What is $P({tex(left)}<X<{tex(right)})$?"), (f"${float(tail):g}$",) * 2,
              f"|{plain(pa)} - 1/2| = {plain(tail)}", kps=["prob.normal"], hints=[("减去一半。", "Take away one half.")])
    if d["value"] != tail:
        chain.ask(("由对称性，所求区间的概率是多少？", "By symmetry, what is the probability asked for?"), (f"${float(d['value']):g}$",) * 2,
                  f"2*({plain(tail)}) = {plain(d['value'])}", kps=["prob.normal"], hints=[("两边对称，概率相等。", "The two sides are mirror images.")])
    else:
        chain.ask((f"由对称性，$P({tex(d['lo'])}<X<{tex(d['hi'])})$ 是多少？", f"By symmetry, what is $P({tex(d['lo'])}<X<{tex(d['hi'])})$?"),
                  (f"${float(d['value']):g}$",) * 2, f"{plain(d['hi'])} - ({plain(d['lo'])}) = |{plain(a)} - ({plain(mu)})|", kps=["prob.normal"],
                  hints=[("关于 $\\mu$ 对称的两个区间概率相等。", "Intervals mirrored in μ have equal probability.")])
    # reference: a concrete σ chosen so that P(X<a) = pa, then SymPy's normal CDF
    from sympy.stats import Normal, P

    z = sp.sqrt(2) * sp.erfinv(2 * pa - 1)
    sigma = (a - mu) / z
    X = Normal("X", mu, sp.Abs(sigma))
    ref = sp.nsimplify(sp.N(P((X > d["lo"]) & (X < d["hi"])), 30), rational=True, tolerance=1e-20)
    chain.done((f"${float(d['value']):g}$",) * 2, (plain(ref),) * 2)


register(Solver("probability.normal_symmetry", "probability", detect_normal, (
    Method(("正态曲线的对称性", "Symmetry of the normal curve"), _normal),
), ("prob.normal",), priority=86, answers=frozenset({"probability"})))

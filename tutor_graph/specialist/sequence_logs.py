"""The sum of logarithms log_b a_1 + … + log_b a_n of a positive geometric sequence given a product of
terms (a_3 a_7 = 16, or a_5 a_6 + a_4 a_7 = 18): by pairing terms whose indices add up to n + 1
(the product of all terms), or by noting that the logarithms form an arithmetic sequence."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_POSITIVE = ("各项均为正", "各项都为正", "各项为正", "各项均是正", "正项", "positive terms", "all terms positive",
             "terms are positive", "terms are all positive", "positive geometric")
# one term of the asked sum: log_2 a_1, log_2(a_1), lg a_1, log_{3} a_{10}
_TERM = r"(?:log_\{?(\d+)\}?|(lg))\s*\(?\s*a_\{?(\d+)\}?\s*\)?"
_SUM = re.compile(rf"{_TERM}(?:\s*\+\s*{_TERM})+\s*\+\s*\.\.\.\s*\+\s*{_TERM}")
MAX_N = 60


def _asked_sum(text: str) -> tuple[int, int] | None:
    """(base, n) of `log_b a_1 + log_b a_2 + … + log_b a_n` written in the text, else None."""
    found = list(_SUM.finditer(text))
    if len(found) != 1:
        return None
    terms = re.findall(_TERM, found[0].group(0))
    bases = {10 if lg else int(b) for b, lg, _ in terms}
    idx = [int(k) for _, _, k in terms]
    if len(bases) != 1 or idx[:-1] != list(range(1, len(idx))) or not len(idx) - 1 < idx[-1] <= MAX_N:
        return None
    base = bases.pop()
    return (base, idx[-1]) if base >= 2 else None


def _products(lhs: sp.Expr) -> list[tuple[int, int]] | None:
    """The index pairs of a sum of products of two terms `a_i a_j + …`, else None."""
    pairs = []
    for term in sp.Add.make_args(lhs):
        factors = sp.Mul.make_args(term)
        names = [f.name for f in factors if isinstance(f, sp.Symbol)]
        if len(names) != 2 or len(factors) != 2 or not all(re.fullmatch(r"a_\d+", n) for n in names):
            return None
        i, j = sorted(int(n[2:]) for n in names)
        if i == j:
            return None
        pairs.append((i, j))
    return pairs


def detect_log_sum(p: Problem) -> Match | None:
    if not p.has("等比", "geometric") or p.has("等差", "arithmetic") or not p.has(*_POSITIVE):
        return None
    asked = _asked_sum(p.text)
    if asked is None or len(p.relations) != 1:
        return None  # any other given would be a condition this solver ignores
    base, n = asked
    lhs, op, rhs = p.relations[0]
    pairs = _products(lhs) if op == "=" else None
    if not pairs or rhs.free_symbols or not (rhs.is_Rational and rhs > 0):
        return None
    if any(i + j != n + 1 or j > n for i, j in pairs):
        return None  # the product of all n terms is fixed only when every pair adds up to n + 1
    P = rhs / len(pairs)
    value = sp.nsimplify(sp.Rational(n, 2) * sp.log(P, base))
    if not value.is_Rational:
        return None  # textbook values are rational; others would need logarithm rendering we do not check
    given = " + ".join(f"a_{i} a_{j}" for i, j in pairs) + f" = {plain(rhs)}"
    return Match([given, "a_n > 0"], f"log_{base} a_1 + … + log_{base} a_{n}",
                 {"base": base, "n": n, "pairs": pairs, "rhs": rhs, "P": P, "value": value}, 0.9)


def _reference(d: dict) -> tuple[str, str]:
    """Independent: two concrete sequences (ratios 2 and 1/3) meeting the given, summed term by term."""
    i, j = d["pairs"][0]
    values = set()
    for q in (sp.Integer(2), sp.Rational(1, 3)):
        a1 = sp.sqrt(d["P"] / q ** (i + j - 2))
        assert sum((a1 * q ** (s - 1)) * (a1 * q ** (t - 1)) for s, t in d["pairs"]) == d["rhs"]
        total = sum((sp.log(a1 * q ** (k - 1), d["base"]) for k in range(1, d["n"] + 1)), sp.Integer(0))
        values.add(sp.nsimplify(sp.expand_log(sp.simplify(total), force=True)))
    return (plain(values.pop()),) * 2 if len(values) == 1 else ("?", "?")


def _log(base: int) -> str:
    return "\\lg" if base == 10 else f"\\log_{{{base}}}"


def _common_product(chain: Chain, d: dict) -> None:
    """With several products a_5a_6 + a_4a_7: they are all equal, so one of them is the sum / count."""
    pairs, rhs, P = d["pairs"], d["rhs"], d["P"]
    if len(pairs) == 1:
        return
    (i, j), (s, t) = pairs[0], pairs[1]
    chain.ask((f"$a_{{{s}}}a_{{{t}}}$ 与 $a_{{{i}}}a_{{{j}}}$ 有什么关系？求 $a_{{{i}}}a_{{{j}}}$。",
               f"How is $a_{{{s}}}a_{{{t}}}$ related to $a_{{{i}}}a_{{{j}}}$? Find $a_{{{i}}}a_{{{j}}}$."),
              (f"下标和相等，所以相等；${len(pairs)}a_{{{i}}}a_{{{j}}}={tex(rhs)}$，$a_{{{i}}}a_{{{j}}}={tex(P)}$",
               f"The index sums agree, so they are equal: ${len(pairs)}a_{{{i}}}a_{{{j}}}={tex(rhs)}$, $a_{{{i}}}a_{{{j}}}={tex(P)}$"),
              f"{len(pairs)}x = {plain(rhs)} \\Rightarrow x = {plain(P)}", kps=["seq.geom.props"],
              hints=[("等比数列中 $m+n=p+q \\Rightarrow a_ma_n=a_pa_q$。", "In a geometric sequence $m+n=p+q \\Rightarrow a_ma_n=a_pa_q$.")])


def _by_pairing(chain: Chain, d: dict) -> None:
    base, n, P, value = d["base"], d["n"], d["P"], d["value"]
    i, j = d["pairs"][0]
    _common_product(chain, d)
    chain.ask((f"对数之和等于积的对数。把 $a_1,a_2,\\ldots,a_{{{n}}}$ 首尾配对，每一对的积与 $a_{{{i}}}a_{{{j}}}$ 有什么关系？",
               f"A sum of logs is the log of the product. Pair $a_1,a_2,\\ldots,a_{{{n}}}$ first with last: how is each pair's product "
               f"related to $a_{{{i}}}a_{{{j}}}$?"),
              (f"每对下标和都是 ${n + 1}={i}+{j}$，所以 $a_1a_{{{n}}}=a_2a_{{{n - 1}}}=\\cdots=a_{{{i}}}a_{{{j}}}={tex(P)}$",
               f"Every pair's indices add up to ${n + 1}={i}+{j}$, so $a_1a_{{{n}}}=a_2a_{{{n - 1}}}=\\cdots=a_{{{i}}}a_{{{j}}}={tex(P)}$"),
              f"(a*q^{i - 1})*(a*q^{j - 1}) = (a*q^1)*(a*q^{n - 2})", kps=["seq.geom.props", "seq.geom.def"],
              hints=[("写成 $a_k=a_1q^{k-1}$ 比较。", "Write $a_k=a_1q^{k-1}$ and compare."),
                     ("等比数列中 $m+n=p+q \\Rightarrow a_ma_n=a_pa_q$。", "In a geometric sequence $m+n=p+q \\Rightarrow a_ma_n=a_pa_q$.")])
    # the product written as a power of the base (base^value): small numbers even for long sequences
    pw = f"{base}^{{{tex(value)}}}"
    shown = tex(P) if P.is_Integer else f"\\left({tex(P)}\\right)"
    chain.ask((f"$a_1a_2\\cdots a_{{{n}}}$ 等于多少？", f"What is $a_1a_2\\cdots a_{{{n}}}$?"),
              (f"共 ${n}$ 项，两两配对，积为 ${shown}^{{\\frac{{{n}}}{{2}}}}={pw}$",
               f"{n} terms in pairs: the product is ${shown}^{{\\frac{{{n}}}{{2}}}}={pw}$"),
              f"({plain(P)})^({n}/2) = {base}^({plain(value)})", kps=["seq.geom.props", "exp.power_rules"],
              hints=[("各项为正，积为正。", "The terms are positive, so is the product.")])
    chain.ask((f"求 ${_log(base)} {pw}$。", f"Find ${_log(base)} {pw}$."), (f"${tex(value)}$",) * 2,
              f"{_log(base)} {base}^{{{plain(value)}}} = {plain(value)}", kps=["log.rules"],
              hints=[("$\\log_a M+\\log_a N=\\log_a(MN)$。", "$\\log_a M+\\log_a N=\\log_a(MN)$.")])
    chain.done((dollar(value),) * 2, _reference(d))


def _by_arithmetic_logs(chain: Chain, d: dict) -> None:
    base, n, P, value = d["base"], d["n"], d["P"], d["value"]
    i, j = d["pairs"][0]
    lg = _log(base)
    _common_product(chain, d)
    chain.ask((f"令 $b_n={lg} a_n$，$\\{{b_n\\}}$ 是什么数列？为什么？", f"Let $b_n={lg} a_n$. What kind of sequence is $\\{{b_n\\}}$, and why?"),
              (f"$b_{{n+1}}-b_n={lg} q$ 为常数，$\\{{b_n\\}}$ 是等差数列", f"$b_{{n+1}}-b_n={lg} q$ is constant: an arithmetic sequence"),
              f"{lg}(a q^{{k}}) - {lg}(a q^{{k-1}}) = {lg} q", context=["a>0", "q>0"], kps=["seq.arith.def", "log.rules"],
              hints=[("各项为正，首项 $a>0$，公比 $q>0$。", "The terms are positive: $a>0$ and $q>0$.")])
    s = sp.nsimplify(sp.log(P, base))
    chain.ask((f"由 $a_{{{i}}}a_{{{j}}}={tex(P)}$ 求 $b_{{{i}}}+b_{{{j}}}$。", f"From $a_{{{i}}}a_{{{j}}}={tex(P)}$ find $b_{{{i}}}+b_{{{j}}}$."),
              (f"$b_{{{i}}}+b_{{{j}}}={lg} {tex(P)}={tex(s)}$",) * 2, f"{lg}({plain(P)}) = {plain(s)}", kps=["log.rules"],
              hints=[("积的对数等于对数之和。", "The log of a product is the sum of the logs.")])
    st = f"\\left({tex(s)}\\right)" if s < 0 else tex(s)
    chain.ask((f"等差数列 $\\{{b_n\\}}$ 的前 ${n}$ 项和是多少？", f"What is the sum of the first ${n}$ terms of $\\{{b_n\\}}$?"),
              (f"$b_1+b_{{{n}}}=b_{{{i}}}+b_{{{j}}}$，和为 $\\frac{{{n}(b_1+b_{{{n}}})}}{{2}}=\\frac{{{n}\\cdot {st}}}{{2}}={tex(value)}$",
               f"$b_1+b_{{{n}}}=b_{{{i}}}+b_{{{j}}}$: the sum is $\\frac{{{n}(b_1+b_{{{n}}})}}{{2}}=\\frac{{{n}\\cdot {st}}}{{2}}={tex(value)}$"),
              f"{n}*({plain(s)})/2 = {plain(value)}", kps=["seq.arith.sum", "seq.arith.props"],
              hints=[("$S_n=\\frac{n(b_1+b_n)}{2}$，且 $1+n=" + f"{i}+{j}$。", f"$S_n=\\frac{{n(b_1+b_n)}}{{2}}$ and $1+n={i}+{j}$.")])
    chain.done((dollar(value),) * 2, _reference(d))


register(Solver("sequence.geometric_log_sum", "sequences", detect_log_sum, (
    Method(("等比数列性质：配对求积", "Pair the terms: the product of all terms"), _by_pairing),
    Method(("对数构成等差数列", "The logarithms form an arithmetic sequence"), _by_arithmetic_logs),
), ("seq.geom.props", "log.rules"), priority=64, answers=frozenset({"expr", "sum"})))

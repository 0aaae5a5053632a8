"""Counting and probability: permutation/combination values, "at least one" selections (direct /
complementary), line-ups with neighbours together or apart (bundling / gaps / complement), binomial
coefficients (general term / Pascal's triangle), classical probability (counting / listing) and the
binomial distribution (formulas / the definition)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"(\d+|[一两二三四五六七八九十]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"


def num(s: str) -> int:
    """'5' or '五' -> 5."""
    return int(s) if s.isdigit() else _CN[s.lower()]


def C(n, k) -> sp.Integer:
    return sp.binomial(n, k)


# -- evaluating C and A --------------------------------------------------------------------------------
def detect_value(p: Problem) -> Match | None:
    if not re.search(r"[CA]_\{?\d+\}?\^\{?\d+\}?", p.text) or not p.has("计算", "求", "compute", "evaluate", "value", "值"):
        return None
    frags = [f for f in p.fragments if re.search(r"[CA]_", f) and "=" not in f]
    if len(frags) != 1:
        return None
    e = try_expr(frags[0])
    if e is None or e.free_symbols:
        return None
    return Match([frags[0]], "value", {"text": frags[0], "value": e}, 0.9)


def _value_formula(chain: Chain, d: dict) -> None:
    parts = re.findall(r"([CA])_\{?(\d+)\}?\^\{?(\d+)\}?", d["text"])
    for kind, n, k in parts:
        n, k = int(n), int(k)
        v = C(n, k) if kind == "C" else sp.ff(n, k)
        formula = (f"\\frac{{{n}!}}{{{k}!\\,{n - k}!}}" if kind == "C" else f"\\frac{{{n}!}}{{{n - k}!}}")
        chain.ask((f"${kind}_{{{n}}}^{{{k}}}$ 等于多少？", f"What is ${kind}_{{{n}}}^{{{k}}}$?"),
                  (f"${kind}_{{{n}}}^{{{k}}}={formula}={tex(v)}$",) * 2, f"{kind}_{n}^{k} = {plain(v)}",
                  kps=["count.combination" if kind == "C" else "count.permutation"],
                  hints=[("$A_n^k=n(n-1)\\cdots(n-k+1)$；$C_n^k=\\frac{A_n^k}{k!}$。", "$A_n^k=n(n-1)\\cdots(n-k+1)$; $C_n^k=\\frac{A_n^k}{k!}$.")])
    if len(parts) > 1:
        chain.ask(("代入原式，结果是多少？", "Put the values back: what is the result?"), (f"${tex(d['value'])}$",) * 2,
                  f"{d['text']} = {plain(d['value'])}", kps=["count.combination"], hints=[("按运算顺序计算。", "Follow the order of operations.")])
    chain.done((dollar(d["value"]),) * 2, (plain(d["value"]),) * 2)


def _value_symmetry(chain: Chain, d: dict) -> None:
    (n, k), = [(int(a), int(b)) for _, a, b in re.findall(r"(C)_\{?(\d+)\}?\^\{?(\d+)\}?", d["text"])]
    chain.ask((f"用组合数的性质 $C_n^k=C_n^{{n-k}}$ 把 $C_{{{n}}}^{{{k}}}$ 换成更好算的形式。", f"Use $C_n^k=C_n^{{n-k}}$ to rewrite $C_{{{n}}}^{{{k}}}$ in an easier form."),
              (f"$C_{{{n}}}^{{{k}}}=C_{{{n}}}^{{{n - k}}}$",) * 2, f"C_{n}^{k} = C_{n}^{n - k}", kps=["count.combination_props"],
              hints=[("选出 $k$ 个等于留下 $n-k$ 个。", "Choosing k is the same as leaving n − k.")])
    v = C(n, n - k)
    chain.ask((f"计算 $C_{{{n}}}^{{{n - k}}}$。", f"Compute $C_{{{n}}}^{{{n - k}}}$."), (f"${tex(v)}$",) * 2, f"C_{n}^{n - k} = {plain(v)}",
              kps=["count.combination"], hints=[("分子分母各 $n-k$ 个因数。", "Numerator and denominator each have n − k factors.")])
    chain.done((dollar(v),) * 2, (plain(d["value"]),) * 2)


register(Solver("counting.value", "counting", detect_value, (
    Method(("公式计算", "Formulas"), _value_formula),
    Method(("组合数性质", "Symmetry of C"), _value_symmetry,
           lambda d: re.fullmatch(r"\s*C_\{?(\d+)\}?\^\{?(\d+)\}?\s*", d["text"]) is not None
           and 2 * int(re.findall(r"\^\{?(\d+)", d["text"])[0]) > int(re.findall(r"_\{?(\d+)", d["text"])[0])),
), ("count.combination",), priority=80, answers=frozenset({"expr"})))



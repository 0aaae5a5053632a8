"""More counting: one person kept off (or on) the ends of a row (the person first vs the ends first vs
the complement), distinct balls into distinct boxes with none empty (group then arrange vs inclusion–
exclusion), numbers from digits with 0 among them (the first place first vs the complement; even
numbers by the last digit), the largest binomial coefficient from the coefficient sum 2ⁿ, and
distinct books shared out in equal numbers (step by step vs group then assign). References enumerate."""

from __future__ import annotations

import itertools
import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.counting import NUMBER, C, num
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.counting.digits import LENGTH as _LEN

F = sp.factorial
A = sp.ff


# -- the largest binomial coefficient from 2ⁿ ------------------------------------------------------------------------
def detect_coefficient_sum(p: Problem) -> Match | None:
    m = re.search(r"二项式系数之和\s*(?:为|是|等于)\s*(\d+)|binomial coefficients[^.]*?add up to\s*(\d+)|sum of the binomial coefficients is\s*(\d+)", p.text)
    if not m or not re.search(r"二项式系数最大|largest binomial coefficient|greatest binomial coefficient", p.text):
        return None
    total = int(next(g for g in m.groups() if g))
    n = total.bit_length() - 1
    if total != 2**n or not 1 <= n <= 30:
        return None
    return Match([f"2^n = {total}"], "largest binomial coefficient", {"total": total, "n": n}, 0.9)


def _coefficient_sum(chain: Chain, d: dict) -> None:
    n, total = d["n"], d["total"]
    chain.ask(("各项二项式系数之和等于多少？由此求 $n$。", "The binomial coefficients add up to what? Find n."), (f"$2^n={total}$，$n={n}$",) * 2,
              f"2^n = {total} \\Rightarrow n = {n}", kps=["count.binomial_coeff"], hints=[("$C_n^0+C_n^1+\\cdots+C_n^n=2^n$。", "$C_n^0+\\cdots+C_n^n=2^n$.")])
    mid = n // 2
    best = C(n, mid)
    which = f"第 {mid + 1} 项" if n % 2 == 0 else f"第 {mid + 1}、{mid + 2} 项"
    chain.ask(("二项式系数最大的是哪一项？是多少？", "Which term has the largest binomial coefficient, and what is it?"),
              (f"{which}，$C_{{{n}}}^{{{mid}}}={tex(best)}$", f"the middle term{'s' if n % 2 else ''}: $C_{{{n}}}^{{{mid}}}={tex(best)}$"),
              f"C_{{{n}}}^{{{mid}}} = {plain(best)}", kps=["count.binomial_coeff"], hints=[("中间项的二项式系数最大。", "The middle coefficient is the largest.")])
    chain.done((dollar(best),) * 2, (plain(max(C(n, k) for k in range(n + 1))),) * 2)


register(Solver("counting.coefficient_sum", "counting", detect_coefficient_sum, (
    Method(("二项式系数的性质", "Properties of binomial coefficients"), _coefficient_sum),
), ("count.binomial_coeff",), priority=81, answers=frozenset({"coefficient", "max"})))


# -- distinct books shared out equally -----------------------------------------------------------------------------------
def detect_books(p: Problem) -> Match | None:
    m = re.search(NUMBER + r"\s*本\s*不同的书分给.*?(两|二|三|四|2|3|4)\s*(?:个)?人\s*,?\s*每人\s*" + NUMBER + r"\s*本", p.text) or \
        re.search(NUMBER + r"\s*(?:different|distinct) books are (?:given|shared|distributed) (?:to|among)\s*.*?,\s*(two|three|four|\d+) each", p.text, re.I)
    if not m:
        return None
    if m.re.pattern.startswith(NUMBER + r"\s*本"):
        n, people, each = num(m.group(1)), _LEN.get(m.group(2), None) or num(m.group(2)), num(m.group(3))
    else:
        n, each = num(m.group(1)), num(m.group(2))
        people = n // each if each else 0
    if people * each != n or not 2 <= people <= 4 or n > 9:
        return None
    return Match([f"{n} books, {people} people, {each} each"], "count", {"n": n, "people": people, "each": each}, 0.9)


def _books_reference(d) -> tuple[str, str]:
    n, k, e = d["n"], d["people"], d["each"]
    return (str(sum(1 for f in itertools.product(range(k), repeat=n) if all(f.count(i) == e for i in range(k)))),) * 2


def _books_steps(chain: Chain, d: dict) -> None:
    n, k, e = d["n"], d["people"], d["each"]
    factors = [C(n - i * e, e) for i in range(k)]
    total = sp.Mul(*factors)
    chain.ask(("让每人依次挑书：第一人、第二人……各有多少种选法？", "Let each person choose in turn: how many choices at each step?"),
              (", ".join(f"$C_{{{n - i * e}}}^{{{e}}}={tex(f)}$" for i, f in enumerate(factors)),) * 2,
              " 且 ".join(f"C_{{{n - i * e}}}^{{{e}}} = {plain(f)}" for i, f in enumerate(factors)), kps=["count.combination"],
              hints=[("每一步从剩下的书中选。", "Each step chooses from what is left.")])
    chain.ask(("分步相乘，共有多少种分法？", "Multiply the steps: how many ways?"), (f"${tex(total)}$",) * 2,
              " * ".join(plain(f) for f in factors) + f" = {plain(total)}", kps=["count.principles"], hints=[("分步乘法原理。", "The multiplication principle.")])
    chain.done((dollar(total),) * 2, _books_reference(d))


def _books_groups(chain: Chain, d: dict) -> None:
    n, k, e = d["n"], d["people"], d["each"]
    groups = sp.Mul(*[C(n - i * e, e) for i in range(k)]) / F(k)
    chain.ask((f"先把书平均分成 {k} 组（不计组的顺序），有多少种？", f"First split the books into {k} equal groups (unordered): how many ways?"),
              (f"$\\frac{{{'·'.join(f'C_{{{n - i * e}}}^{{{e}}}' for i in range(k))}}}{{A_{{{k}}}^{{{k}}}}}={tex(groups)}$",) * 2,
              "(" + " * ".join(f"C_{{{n - i * e}}}^{{{e}}}" for i in range(k)) + f")/A_{k}^{k} = {plain(groups)}", kps=["count.combination"],
              hints=[("平均分组要除以组数的全排列。", "Equal groups: divide by the orders of the groups.")])
    total = groups * F(k)
    chain.ask((f"再把 {k} 组分给 {k} 个人，共有多少种？", f"Then give the {k} groups to the {k} people: how many in all?"),
              (f"${tex(groups)}\\times A_{{{k}}}^{{{k}}}={tex(total)}$",) * 2, f"{plain(groups)}*A_{k}^{k} = {plain(total)}", kps=["count.permutation"],
              hints=[("分组后再排列。", "Group, then arrange.")])
    chain.done((dollar(total),) * 2, _books_reference(d))


register(Solver("counting.books", "counting", detect_books, (
    Method(("分步挑选", "Choose in turn"), _books_steps),
    Method(("先分组再分配", "Group, then assign"), _books_groups),
), ("count.combination",), priority=81, answers=frozenset({"count"})))

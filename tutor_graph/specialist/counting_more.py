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
from tutor_graph.specialist.render import dollar, plain, signed_sum, tex

F = sp.factorial
A = sp.ff


# -- distinct balls into distinct boxes, none empty --------------------------------------------------------------------
def detect_boxes(p: Problem) -> Match | None:
    m = re.search(NUMBER + r"\s*(?:个|本|名)?\s*(?:不同的)?(?:小球|球|different balls|distinct balls|本书)[^\d]{0,12}?" + NUMBER + r"\s*(?:个)?\s*(?:不同的)?\s*(?:盒子|boxes|different boxes)", p.text, re.I)
    if not m or not re.search(r"至少(?:放)?\s*(?:1|一)\s*个|不空|no box (?:is )?empty|none empty|at least one", p.text) or p.has("概率", "probability"):
        return None
    n, k = num(m.group(1)), num(m.group(2))
    if not 2 <= k <= n <= 6:
        return None  # the reference lists every placement: 6⁶ = 46 656 at most
    return Match([f"{n} balls, {k} boxes"], "count", {"n": n, "k": k}, 0.9)


def _boxes_reference(d) -> tuple[str, str]:
    n, k = d["n"], d["k"]
    return (str(sum(1 for f in itertools.product(range(k), repeat=n) if len(set(f)) == k)),) * 2


def _group_then_arrange(chain: Chain, d: dict) -> None:
    n, k = d["n"], d["k"]
    if n != k + 1:
        raise ValueError("written for one box with two balls")
    chain.ask(("每盒至少一个，盒子里的球数只能怎样分配？", "With no box empty, how can the numbers of balls be split?"),
              ("一个盒子放 2 个，其余各放 1 个", "one box gets 2, the others 1 each"), f"2 + {k - 1} = {n}", kps=["count.principles"],
              hints=[("先分组再分配。", "Group first, then assign.")])
    groups = C(n, 2)
    chain.ask(("先选出放在一起的 2 个球，有多少种？", "Choose the 2 balls that share a box: how many ways?"), (f"$C_{{{n}}}^2={tex(groups)}$",) * 2,
              f"C_{n}^2 = {plain(groups)}", kps=["count.combination"], hints=[("组合数。", "A combination.")])
    total = groups * F(k)
    chain.ask((f"把 {k} 组分给 {k} 个不同的盒子，共有多少种？", f"Give the {k} groups to {k} different boxes: how many in all?"),
              (f"${tex(groups)}\\times A_{{{k}}}^{{{k}}}={tex(total)}$",) * 2, f"{plain(groups)}*A_{k}^{k} = {plain(total)}", kps=["count.permutation"],
              hints=[("全排列。", "All orders.")])
    chain.done((dollar(total),) * 2, _boxes_reference(d))


def _inclusion_exclusion(chain: Chain, d: dict) -> None:
    n, k = d["n"], d["k"]
    chain.ask(("不加限制，每个球有几种放法？共有多少种？", "Without the rule, how many choices per ball, and in all?"), (f"${k}^{{{n}}}={k ** n}$",) * 2,
              f"{k}^{n} = {k ** n}", kps=["count.principles"], hints=[("分步乘法。", "The multiplication principle.")])
    terms = [(-1) ** i * C(k, i) * (k - i) ** n for i in range(k + 1)]
    total = sum(terms)
    chain.ask(("减去有空盒的情况（容斥原理），结果是多少？", "Remove the ways with an empty box (inclusion–exclusion): what is left?"),
              (f"${signed_sum(terms)}={tex(total)}$",) * 2,
              " + ".join(f"(-1)^{i}*C_{k}^{i}*{k - i}^{n}" for i in range(k + 1)) + f" = {plain(total)}", kps=["count.combination"],
              hints=[("先减去至少一个空盒的，再加回重复减去的。", "Subtract the ways with an empty box, then add back what was removed twice.")])
    chain.done((dollar(total),) * 2, _boxes_reference(d))


register(Solver("counting.boxes", "counting", detect_boxes, (
    Method(("先分组后分配", "Group, then assign"), _group_then_arrange, lambda d: d["n"] == d["k"] + 1),
    Method(("容斥原理", "Inclusion–exclusion"), _inclusion_exclusion),
), ("count.combination",), priority=81, answers=frozenset({"count"})))


# -- numbers from digits ---------------------------------------------------------------------------------------------
_LEN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5, "two": 2, "three": 3, "four": 4, "five": 5}


def detect_digits(p: Problem) -> Match | None:
    m = re.search(r"(?:用|from|using)\s*(?:数字)?\s*((?:\d\s*,\s*)+\d)", p.text)
    k = re.search(r"(两|二|三|四|五|[2-5])\s*位(偶数|奇数|数)|(two|three|four|five)\s*-?\s*digit\s*(even |odd )?numbers?", p.text, re.I)
    if not m or not k or not p.has("没有重复", "不重复", "distinct", "no repeated", "without repetition"):
        return None
    digits = [int(x) for x in re.findall(r"\d", m.group(1))]
    length = _LEN[(k.group(1) or k.group(3)).lower()]
    kind = "even" if re.search(r"偶数|\beven\b", p.text) else "odd" if re.search(r"奇数|\bodd\b", p.text) else "any"
    if len(set(digits)) != len(digits) or length > len(digits) or 0 not in digits:
        return None
    return Match([f"digits {digits}", f"{length}-digit {kind}"], "count", {"digits": digits, "len": length, "kind": kind}, 0.9)


def _digits_reference(d) -> tuple[str, str]:
    ok = 0
    for perm in itertools.permutations(d["digits"], d["len"]):
        if perm[0] == 0 or (d["kind"] == "even" and perm[-1] % 2) or (d["kind"] == "odd" and perm[-1] % 2 == 0):
            continue
        ok += 1
    return (str(ok),) * 2


def _first_place(chain: Chain, d: dict) -> None:
    n, k = len(d["digits"]), d["len"]
    if d["kind"] == "any":
        chain.ask(("首位不能是 0，首位有几种选法？", "The first digit cannot be 0: how many choices?"), (f"{n - 1}",) * 2, f"{n} - 1 = {n - 1}",
                  kps=["count.principles"], hints=[("特殊位置优先。", "The special place first.")])
        rest = A(n - 1, k - 1)
        total = (n - 1) * rest
        chain.ask(("其余各位从剩下的数字中排列，共有多少个？", "Arrange the rest from the remaining digits: how many numbers?"),
                  (f"${n - 1}\\times A_{{{n - 1}}}^{{{k - 1}}}={tex(total)}$",) * 2, f"{n - 1}*A_{n - 1}^{k - 1} = {plain(total)}",
                  kps=["count.permutation"], hints=[("分步乘法。", "Multiply the steps.")])
        chain.done((dollar(total),) * 2, _digits_reference(d))
        return
    want = 0 if d["kind"] == "even" else 1
    ends = [x for x in d["digits"] if x % 2 == want]
    zero_end = 0 in ends
    with_zero = A(n - 1, k - 1) if zero_end else 0
    others = [x for x in ends if x != 0]
    without = len(others) * (n - 2) * A(n - 2, k - 2)
    chain.ask(("末位决定奇偶。按末位是不是 0 分类：末位是 0 时有多少个？", "The last digit decides parity. Split by whether it is 0: how many end in 0?"),
              (f"$A_{{{n - 1}}}^{{{k - 1}}}={tex(with_zero)}$" if zero_end else "末位不能是 0", f"$A_{{{n - 1}}}^{{{k - 1}}}={tex(with_zero)}$" if zero_end else "it cannot be 0"),
              f"A_{n - 1}^{k - 1} = {plain(with_zero)}" if zero_end else f"{len(ends)} = {len(ends)}", kps=["count.principles", "case_analysis"],
              hints=[("0 在末位时首位没有限制。", "With 0 last, the first place is free.")])
    chain.ask((f"末位是 {'、'.join(map(str, others))} 时（首位不能是 0），有多少个？", f"Ending in {', '.join(map(str, others))} (first digit not 0): how many?"),
              (f"${len(others)}\\times{n - 2}\\times A_{{{n - 2}}}^{{{k - 2}}}={tex(without)}$",) * 2,
              f"{len(others)}*{n - 2}*A_{n - 2}^{k - 2} = {plain(without)}", kps=["count.permutation"],
              hints=[("先末位，再首位，再中间。", "Last place, then first, then the middle.")])
    total = with_zero + without
    chain.ask(("两类相加，共有多少个？", "Add the two cases: how many?"), (f"${tex(with_zero)}+{tex(without)}={tex(total)}$",) * 2,
              f"{plain(with_zero)} + {plain(without)} = {plain(total)}", kps=["count.principles"], hints=[("分类加法。", "The addition principle.")])
    chain.done((dollar(total),) * 2, _digits_reference(d))


def _digits_complement(chain: Chain, d: dict) -> None:
    n, k = len(d["digits"]), d["len"]
    allp, bad = A(n, k), A(n - 1, k - 1)
    chain.ask((f"从 {n} 个数字中取 {k} 个排成一列，共有多少种？其中首位是 0 的有多少种？", f"How many ordered choices of {k} of the {n} digits, and how many start with 0?"),
              (f"$A_{{{n}}}^{{{k}}}={tex(allp)}$，首位为 0 的 $A_{{{n - 1}}}^{{{k - 1}}}={tex(bad)}$", f"$A_{{{n}}}^{{{k}}}={tex(allp)}$; starting with 0: $A_{{{n - 1}}}^{{{k - 1}}}={tex(bad)}$"),
              f"A_{n}^{k} = {plain(allp)} 且 A_{n - 1}^{k - 1} = {plain(bad)}", kps=["count.permutation"], hints=[("0 不能在首位。", "0 cannot lead.")])
    chain.ask(("相减得多少个？", "Subtract: how many?"), (f"${tex(allp)}-{tex(bad)}={tex(allp - bad)}$",) * 2, f"{plain(allp)} - {plain(bad)} = {plain(allp - bad)}",
              kps=["count.permutation"], hints=[("间接法。", "Complementary counting.")])
    chain.done((dollar(allp - bad),) * 2, _digits_reference(d))


register(Solver("counting.digits", "counting", detect_digits, (
    Method(("特殊位置优先", "The special places first"), _first_place),
    Method(("间接法", "Complementary counting"), _digits_complement, lambda d: d["kind"] == "any"),
), ("count.permutation",), priority=81, answers=frozenset({"count"})))


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

"""Second methods for counting and probability word problems (一题多解, worker side): the other classic idea.

A word problem read by a family of `word_formulas` is answered first by computing the family's formula. Here
the same count or probability is found by the other idea a teacher would show: directly by cases where the
formula subtracts (and by the complement where it adds cases up), grouping before assigning instead of
inclusion–exclusion, one person after the other instead of counting combinations. Each writes its own
expression with the problem's numbers, whose value the checker verifies.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, value_text
from tutor_graph.reading.word_formulas import SURJECTIONS
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

Text = tuple[str, str]
# formula of the family -> (method name, idea question, idea answer, computing question, builder of the expression)
Builder = Callable[[dict[str, sp.Expr]], str | None]


def _int(v: dict[str, sp.Expr], name: str) -> int | None:
    value = v.get(name)
    return int(value) if value is not None and value.is_Integer and 0 <= value <= 30 else None


def _at_least_one_directly(v: dict[str, sp.Expr]) -> str | None:
    a, b, r = _int(v, "a"), _int(v, "b"), _int(v, "r")
    if a is None or b is None or r is None:
        return None
    terms = [f"\\binom{{{a}}}{{{j}}}\\binom{{{b}}}{{{r - j}}}" for j in range(1, min(a, r) + 1) if r - j <= b]
    return " + ".join(terms) or None


def _pass_by_complement(v: dict[str, sp.Expr]) -> str | None:
    n, s, p = _int(v, "n"), _int(v, "s"), v.get("p")
    if n is None or s is None or p is None or not 0 < s <= n:
        return None
    q = value_text(sp.nsimplify(1 - p)) if not p.is_Float else f"{float(1 - p):g}"
    shown_p = value_text(p) if not p.is_Float else f"{float(p):g}"
    terms = [f"\\binom{{{n}}}{{{j}}} \\cdot {shown_p}^{{{j}}} \\cdot {q}^{{{n - j}}}" for j in range(s)]
    return f"1-\\left({' + '.join(terms)}\\right)"


def _group_then_assign(v: dict[str, sp.Expr]) -> str | None:
    n, m = _int(v, "n"), _int(v, "m")
    if n is None or m is None or n != m + 1:
        return None  # one place gets two, the others one each: only then is it one grouping
    return f"\\binom{{{n}}}{{2}} \\cdot A_{{{m}}}^{{{m}}}"


def _every_day_by_complement(v: dict[str, sp.Expr]) -> str | None:
    n, m = _int(v, "n"), _int(v, "m")
    if n is None or m != 2:
        return None  # with two days the complement is "all on the same day"
    return f"1-\\frac{{2}}{{2^{{{n}}}}}"


def _one_after_the_other(v: dict[str, sp.Expr]) -> str | None:
    n, r = _int(v, "n"), _int(v, "r")
    if n is None or r is None or not 2 <= r <= n:
        return None
    return f"\\frac{{{r}}}{{{n}}} \\cdot \\frac{{{r - 1}}}{{{n - 1}}}"


def _fix_the_first(v: dict[str, sp.Expr]) -> str | None:
    m = _int(v, "m")
    return f"\\frac{{1}}{{{m}}}" if m else None


ALTERNATIVES: dict[str, tuple[Text, Text, Text, Text, Builder]] = {
    r"\binom{a+b}{r}-\binom{b}{r}": (
        ("直接法：按入选人数分类", "Directly, case by case"),
        ("不用间接法，能否按第一组入选的人数分类，直接计数？", "Instead of subtracting, can we count directly by how many of the first group are chosen?"),
        ("可以：第一组入选 1 人、2 人……各是一类，每类用分步乘法计数，再把各类相加。",
         "Yes: one case for each number chosen from the first group; multiply within a case and add the cases."),
        ("按第一组入选的人数分类，各类的选法数之和怎样列式？", "Case by case, how is the total written?"), _at_least_one_directly),
    r"\sum_{j=s}^{n} \binom{n}{j} p^{j} (1-p)^{n-j}": (
        ("对立事件", "The complementary event"),
        ("“通过”的对立事件是什么？用它能更快算出概率吗？", "What is the complement of passing, and does it give the probability faster?"),
        ("对立事件是成功次数少于要求的次数；用 1 减去它的概率即可。",
         "The complement is fewer successes than needed; subtract its probability from 1."),
        ("用 1 减去对立事件的概率，怎样列式？", "How is 1 minus the complement's probability written?"), _pass_by_complement),
    SURJECTIONS: (
        ("先分组，再分配", "Group first, then assign"),
        ("能否先把人分成组，再把各组分到不同的地方？", "Can we first split them into groups, then send the groups to different places?"),
        ("可以：有一处要去两个人，先选出这两人成一组，其余每人一组，再把各组全排列到各处。",
         "Yes: one place gets two, so choose that pair as a group, everyone else alone, then arrange the groups over the places."),
        ("先分组再全排列，安排方法数怎样列式？", "Grouping, then arranging: how is the count written?"), _group_then_assign),
    rf"\frac{{{SURJECTIONS}}}{{m^{{n}}}}": (
        ("对立事件", "The complementary event"),
        ("“两天都有人参加”的对立事件是什么？", "What is the complement of both days having someone?"),
        ("对立事件是所有人选了同一天：全选第一天或全选第二天。", "Everyone picks the same day: all the first, or all the second."),
        ("用 1 减去对立事件的概率，怎样列式？", "How is 1 minus the complement's probability written?"), _every_day_by_complement),
    r"\frac{\binom{n-2}{r-2}}{\binom{n}{r}}": (
        ("乘法公式：一人接一人", "One after the other (multiplication rule)"),
        ("能否先看甲入选的概率，再看甲入选后乙也入选的概率？", "Can we take the chance that 甲 is chosen, then that 乙 is too, given 甲 is?"),
        ("可以：两个概率相乘就是两人都入选的概率。", "Yes: the product of the two is the chance both are chosen."),
        ("甲入选的概率乘以此时乙也入选的概率，怎样列式？", "How is the chance for 甲 times the chance for 乙 given 甲 written?"),
        _one_after_the_other),
    r"\frac{m}{m^{2}}": (
        ("固定甲，再看乙", "Fix the first, then the second"),
        ("甲选好小组后，乙和甲同组的概率是多少？", "Once 甲 has picked a group, what is the chance that 乙 picks the same one?"),
        ("甲选哪一组都一样，乙恰好选中这一组的概率就是答案。", "Whatever 甲 picks, the answer is the chance that 乙 picks that same group."),
        ("乙选中甲所在小组的概率怎样列式？", "How is the chance that 乙 picks 甲's group written?"), _fix_the_first),
}


def by_other_idea(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The family's other classic method, written with the problem's numbers."""
    entry = ALTERNATIVES.get(expression.strip())
    if entry is None:
        return None
    name, idea_q, idea_a, ask, build = entry
    values: dict[str, sp.Expr] = {}
    for g in reading["givens"]:
        left, _, right = g["claim"].partition("=")
        value = parse(right) if g["kind"] == "definition" and right else None
        if value is not None and not value.free_symbols:
            values[left.strip()] = sp.nsimplify(value) if not value.is_Float else value
    formula = build(values)
    parsed = parse(formula) if formula else None
    if parsed is None or parsed.free_symbols:
        return None
    value = sp.nsimplify(sp.simplify(parsed.doit()))
    kps = ("prob.multiplication", "complement") if "frac" in expression or "sum" in expression else ("count.principles", "case_analysis")
    chain = Chain(method=name, knowledge_points=kps)
    chain.idea(idea_q, idea_a, kps=(), hints=[("想想还有哪种常用的思路。", "Think of another usual way in."),
                                              ("正难则反，或者分类、分步。", "Try the complement, or split into cases and steps.")])
    reading_step(chain, reading)
    shown = value_text(value)
    chain.ask(ask, (f"${formula}={shown}$",) * 2, f"{formula} = {as_latex(value)}", kps=kps,
              hints=[("先写出每一类（或每一步）的式子。", "Write each case (or step) first."),
                     ("再相加（或相乘）算出结果。", "Then add (or multiply) them.")])
    return chain, shown

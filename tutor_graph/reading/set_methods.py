"""Second methods for sets (一题多解, worker side): test the elements of a listed set, or rule options out by test numbers.

The first method (`set_algebra.set_answer`) solves each condition to an interval and then intersects. When one
of the two sets is listed ({-1, 0, 1, 2, 3}), its few elements can instead be put into the other set's
condition one at a time (列举检验): each membership (e ∈ B or e ∉ B) is a claim the checker decides, and the
elements that belong make up A ∩ B. No inequality is solved. For intervals, `by_test_points` (特值排除) takes,
for each wrong option, one number on which it differs from A ∩ B and shows by one membership claim which set
rejects it; the option left is then checked against the givens.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.set_algebra import _equal, _evaluate, _named, parse_set
from tutor_graph.reading.strategy_parts import value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("set.operations",)
MAX_ELEMENTS = 8
_DEFINED = re.compile(r"\s*([A-Z])\s*=\s*(\\?\{.*\\?\})\s*", re.S)


def _texts(reading: Reading) -> dict[str, str]:
    """Each named set's own text as the problem writes it (`N` → `\\{-1,0,1,2,3\\}`)."""
    return {m.group(1): m.group(2) for g in reading["givens"] if (m := _DEFINED.fullmatch(g["claim"]))}


def _asked_set(reading: Reading, expression: str) -> tuple[dict, str] | None:
    """The named sets of a choice item whose givens all define sets, and the asked set expression (the goal's,
    or for "则（ ）" the one the stem asks); None otherwise."""
    asked: list[str] = []
    named = _named(reading, asked) if reading["options"] else None
    if not named:
        return None
    if reading["goals"][0]["kind"] == "choice":
        if not asked:
            return None
        expression = asked[0]
    return named, expression


def _intersection_asked(reading: Reading,
                        expression: str) -> tuple[dict, dict[str, str], tuple[str, str], str] | None:
    """`X ∩ Y` asked (the expression, or a choice item's asked expression) with both sets named in the givens:
    the named sets, their texts, (X, Y) and the asked expression; None otherwise."""
    found = _asked_set(reading, expression)
    if found is None:
        return None
    named, expression = found
    m = re.fullmatch(r"\s*([A-Z])\s*(?:\\cap|∩)\s*([A-Z])\s*", expression)
    if not m or m.group(1) not in named or m.group(2) not in named:
        return None
    return named, _texts(reading), (m.group(1), m.group(2)), expression


def by_elements(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """A ∩ B where one set is listed: each of its elements tested in the other's condition."""
    options = reading["options"]
    found = _intersection_asked(reading, expression)
    if found is None:
        return None
    named, texts, (first, second), expression = found
    pair = [(first, second), (second, first)]
    listed = next(((f, o) for f, o in pair if isinstance(named[f], sp.FiniteSet) and f in texts and o in texts
                   and not isinstance(named[o], sp.FiniteSet) and "mid" in texts[o] + "|"), None)
    if listed is None:
        return None
    finite_name, other_name = listed
    elements = sorted(named[finite_name].args, key=sp.default_sort_key)
    if not 0 < len(elements) <= MAX_ELEMENTS:
        return None
    inside = [e for e in elements if named[other_name].contains(e) is sp.true]
    if len(inside) + sum(named[other_name].contains(e) is sp.false for e in elements) != len(elements):
        return None  # an element undecided: not this method
    value = sp.FiniteSet(*inside)
    letters = [k for k, t in options.items() if (s := parse_set(t, named)) is not None and _equal(value, s)]
    if len(letters) != 1:
        return None
    letter = letters[0]
    chain = Chain(method=("逐个检验元素", "Test the elements one by one"), knowledge_points=KPS)
    chain.idea((f"${finite_name}$ 只有几个元素，能否不解不等式，逐个检验它们是否属于 ${other_name}$？",
                f"${finite_name}$ has only a few elements: can we test each for membership of ${other_name}$ "
                "without solving the inequality?"),
               (f"可以：把 ${finite_name}$ 的每个元素代入 ${other_name}$ 的条件，成立的留下，它们组成交集。",
                f"Yes: put each element of ${finite_name}$ into the condition of ${other_name}$; those that satisfy it "
                "make up the intersection."), kps=KPS,
               hints=[("交集里的元素要同时属于两个集合。", "An element of the intersection belongs to both sets."),
                      ("有限集合可以一个一个地看。", "A finite set can be checked element by element.")])
    reading_step(chain, reading)
    for e in elements:
        holds = e in inside
        shown = value_text(e)
        belongs = "\\in" if holds else "\\notin"
        chain.ask((f"${shown}$ 满足 ${other_name}$ 的条件吗？", f"Does ${shown}$ satisfy the condition of ${other_name}$?"),
                  ((f"满足，${shown} \\in {other_name}$", f"yes, ${shown} \\in {other_name}$") if holds else
                   (f"不满足，${shown} \\notin {other_name}$", f"no, ${shown} \\notin {other_name}$")),
                  f"{shown} {belongs} {texts[other_name]}", kps=KPS,
                  hints=[("把这个数代入条件中的 x。", "Put the number in for x in the condition."),
                         ("看不等式（或等式）是否成立。", "See whether the inequality (or equation) holds.")])
    chain.ask((f"所以 ${expression}$ 是什么？应选哪一项？", f"So what is ${expression}$, and which option is it?"),
              (f"${expression}={value_text(value)}$，选 {letter}", f"${expression}={value_text(value)}$: option {letter}"),
              f"{expression} = {options[letter]}", kps=KPS, context=tuple(g["claim"] for g in reading["givens"] if g["claim"]
                                                                           and _DEFINED.fullmatch(g["claim"])),
              hints=[("留下满足条件的元素。", "Keep the elements that satisfy the condition."),
                     ("与各选项比较。", "Compare with the options.")])
    return chain, letter


def _witness(region: sp.Set) -> sp.Expr | None:
    """A simple number inside `region` (an integer where one lies inside, else a midpoint); None if empty."""
    for piece in (region.args if isinstance(region, sp.Union) else (region,)):
        if isinstance(piece, sp.FiniteSet) and piece.args:
            return sorted(piece.args, key=sp.default_sort_key)[0]
        if isinstance(piece, sp.Interval) and piece.measure > 0:
            lo = piece.start if piece.start.is_finite else piece.end - 2
            hi = piece.end if piece.end.is_finite else lo + 2
            whole = [k for k in range(int(sp.floor(lo)), int(sp.ceiling(hi)) + 1) if piece.contains(k) is sp.true]
            return sp.Integer(min(whole, key=lambda k: abs(k))) if whole else (lo + hi) / 2
    return None


def by_test_points(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """特值排除: A ∩ B chosen among options by testing one number against each wrong option."""
    options = reading["options"]
    found = _intersection_asked(reading, expression)
    if found is None:
        return _by_membership(reading, expression, reading_step)
    named, texts, names, expression = found
    if not set(names) <= set(texts):
        return None
    value = sp.Intersection(named[names[0]], named[names[1]])
    parsed = {k: parse_set(t, named) for k, t in options.items()}
    if any(s is None for s in parsed.values()):
        return None
    right = [k for k, s in parsed.items() if s is not None and _equal(value, s)]
    if len(right) != 1:
        return None
    letter = right[0]
    steps = []
    for k, s in parsed.items():
        if k == letter or s is None:
            continue
        extra = _witness(sp.Complement(s, value))  # in the option, not in A ∩ B: it fails one of the sets
        if extra is not None:
            out = next((n for n in names if named[n].contains(extra) is sp.false), None)
            if out is None:
                return None
            steps.append((k, extra, out, False))
            continue
        missing = _witness(sp.Complement(value, s))  # in A ∩ B, not in the option
        if missing is None or parsed[k] is None:
            return None
        steps.append((k, missing, names[0], True))
    chain = Chain(method=("特值检验，排除选项", "Test a number, rule options out"), knowledge_points=KPS)
    chain.idea(("不必把交集完整求出，能否代入几个特殊的数，把错误的选项排除？",
                "Without working out the whole intersection, can a few chosen numbers rule the wrong options out?"),
               ("可以：选一个只在某个选项里的数，检验它是否同时属于两个集合；不属于就排除那个选项。",
                "Yes: take a number in one option only and test whether it lies in both sets; if not, that option goes."),
               kps=KPS, hints=[("交集里的数要同时满足两个条件。", "A number in the intersection satisfies both conditions."),
                               ("选一个让选项不同的数。", "Pick a number on which the options differ.")])
    reading_step(chain, reading)
    for k, number, name, inside in steps:
        shown = value_text(number)
        belongs = "\\in" if inside else "\\notin"
        if inside:
            other = names[1]
            chain.ask((f"取 $x={shown}$，它属于 ${expression}$ 吗？能排除选项 {k} 吗？",
                       f"Take $x={shown}$: is it in ${expression}$, and does that rule out option {k}?"),
                      (f"属于（${shown} \\in {name}$ 且 ${shown} \\in {other}$），但不在选项 {k} 中，排除 {k}",
                       f"Yes ($x$ lies in ${name}$ and in ${other}$), but not in option {k}: rule {k} out"),
                      f"{shown} \\in {texts[name]}", kps=KPS, context=(f"{shown} \\in {texts[other]}",),
                      hints=[("把这个数代入两个集合的条件。", "Put the number into both conditions."),
                             ("再看它在不在这个选项里。", "Then see whether it is in this option.")])
        else:
            chain.ask((f"取 $x={shown}$（它在选项 {k} 中），它属于 ${name}$ 吗？能排除选项 {k} 吗？",
                       f"Take $x={shown}$ (in option {k}): is it in ${name}$, and does that rule out option {k}?"),
                      (f"${shown} {belongs} {name}$，所以不在交集中，排除 {k}", f"${shown} {belongs} {name}$, so it is not in "
                       f"the intersection: rule {k} out"), f"{shown} {belongs} {texts[name]}", kps=KPS,
                      hints=[("把这个数代入集合的条件。", "Put the number into the set's condition."),
                             ("不满足条件就不在交集里。", "Failing the condition means not in the intersection.")])
    chain.ask(("排除后剩下哪一项？它确实等于所求的集合吗？", "Which option is left, and is it indeed the asked set?"),
              (f"{letter}：${expression}={options[letter]}$", f"{letter}: ${expression}={options[letter]}$"),
              f"{expression} = {options[letter]}", kps=KPS,
              context=tuple(g["claim"] for g in reading["givens"] if g["claim"] and _DEFINED.fullmatch(g["claim"])),
              hints=[("只剩一个选项时，再核对一下端点。", "With one option left, check its endpoints."),
                     ("端点是否属于集合要看不等号。", "Whether an endpoint belongs depends on the inequality sign.")])
    return chain, letter


def _by_membership(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """特值排除 for a union or a complement (∁_U(A ∪ B), A ∪ B): for each wrong option one number whose
    membership of the asked set (decided by the checker from the sets' definitions) rules the option out."""
    found = _asked_set(reading, expression)
    if found is None:
        return None
    named, expression = found
    if not re.search(r"\\cup|∪|\\complement", expression):
        return None
    value = _evaluate(expression, named)
    options = reading["options"]
    parsed = {k: parse_set(t, named) for k, t in options.items()}
    if value is None or any(v is None for v in parsed.values()):
        return None
    right = [k for k, v in parsed.items() if v is not None and _equal(value, v)]
    if len(right) != 1:
        return None
    letter = right[0]
    tests: list[tuple[str, sp.Expr, bool]] = []  # (option, number, whether it lies in the asked set)
    for k, v in parsed.items():
        if k == letter or v is None:
            continue
        extra = _witness(sp.Complement(v, value))
        if extra is not None:
            tests.append((k, extra, False))
            continue
        missing = _witness(sp.Complement(value, v))
        if missing is None:
            return None
        tests.append((k, missing, True))
    definitions = tuple(g["claim"] for g in reading["givens"] if g["claim"] and _DEFINED.fullmatch(g["claim"]))
    chain = Chain(method=("特值检验，排除选项", "Test a number, rule options out"), knowledge_points=KPS)
    chain.idea((f"不必把 ${expression}$ 完整求出，能否代入几个特殊的数，把错误的选项排除？",
                f"Without working out ${expression}$ in full, can a few chosen numbers rule the wrong options out?"),
               ("可以：选一个让选项与所求集合不同的数，看它属于哪些集合，再由并集、补集的意义判断。",
                "Yes: take a number on which an option and the asked set differ, see which sets it lies in, and decide "
                "by what a union or a complement means."), kps=KPS,
               hints=[("并集里的数至少属于一个集合；补集里的数不属于原集合。",
                       "A number in a union lies in at least one of the sets; one in a complement is not in the set."),
                      ("选一个只在某个选项里（或只不在它里面）的数。", "Pick a number in one option only, or missing from it only.")])
    reading_step(chain, reading)
    for k, number, inside in tests:
        shown = value_text(number)
        belongs = "\\in" if inside else "\\notin"
        where = ("它不在选项 {k} 中" if inside else "它在选项 {k} 中").format(k=k)
        chain.ask((f"取 $x={shown}$（{where}），它属于 ${expression}$ 吗？能排除选项 {k} 吗？",
                   f"Take $x={shown}$ ({'not ' if inside else ''}in option {k}): is it in ${expression}$, and does that "
                   f"rule out option {k}?"),
                  (f"${shown} {belongs} {expression}$，与选项 {k} 不符，排除 {k}",
                   f"${shown} {belongs} {expression}$, which option {k} contradicts: rule {k} out"),
                  f"{shown} {belongs} {expression}", kps=KPS, context=definitions,
                  hints=[("把这个数代入各集合的条件，它属于哪些集合？", "Put the number into each set's condition: which sets is it in?"),
                         ("再按并集、补集的意义判断它是否属于所求的集合。",
                          "Then decide by the meaning of union and complement whether it is in the asked set.")])
    chain.ask(("排除后剩下哪一项？它确实等于所求的集合吗？", "Which option is left, and is it indeed the asked set?"),
              (f"{letter}：${expression}={options[letter]}$", f"{letter}: ${expression}={options[letter]}$"),
              f"{expression} = {options[letter]}", kps=KPS, context=definitions,
              hints=[("只剩一个选项时，再核对一下端点。", "With one option left, check its endpoints."),
                     ("端点是否属于集合要看不等号。", "Whether an endpoint belongs depends on the inequality sign.")])
    return chain, letter

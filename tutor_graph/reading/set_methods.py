"""A second method for sets (一题多解, worker side): test the elements of a listed set one by one.

The first method (`set_algebra.set_answer`) solves each condition to an interval and then intersects. When one
of the two sets is listed ({-1, 0, 1, 2, 3}), its few elements can instead be put into the other set's
condition one at a time (列举检验): each membership (e ∈ B or e ∉ B) is a claim the checker decides, and the
elements that belong make up A ∩ B. No inequality is solved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.set_algebra import _equal, _named, parse_set
from tutor_graph.reading.strategy_parts import value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("set.operations",)
MAX_ELEMENTS = 8
_DEFINED = re.compile(r"\s*([A-Z])\s*=\s*(\\?\{.*\\?\})\s*", re.S)


def _texts(reading: Reading) -> dict[str, str]:
    """Each named set's own text as the problem writes it (`N` → `\\{-1,0,1,2,3\\}`)."""
    return {m.group(1): m.group(2) for g in reading["givens"] if (m := _DEFINED.fullmatch(g["claim"]))}


def by_elements(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """A ∩ B where one set is listed: each of its elements tested in the other's condition."""
    options = reading["options"]
    asked: list[str] = []
    named = _named(reading, asked) if options else None
    if not named:
        return None
    if reading["goals"][0]["kind"] == "choice":
        if not asked:
            return None
        expression = asked[0]
    m = re.fullmatch(r"\s*([A-Z])\s*(?:\\cap|∩)\s*([A-Z])\s*", expression)
    texts = _texts(reading)
    if not m or m.group(1) not in named or m.group(2) not in named:
        return None
    pair = [(m.group(1), m.group(2)), (m.group(2), m.group(1))]
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

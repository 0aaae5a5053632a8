"""Which chain a student is tutored through: a verified solution, or, for a bank problem whose reading is
partial (so no solution carries the verified badge), one whose every claim SymPy verified and whose answer
grades equal to the bank's own answer. Never an unchecked one."""

from __future__ import annotations

from content.bank import get_problem
from tutor_graph.context import Settings
from tutor_graph.solve import solve
from tutor_graph.tutoring.nodes import build_chain

HYPERBOLA = get_problem("conics-002")  # 焦点到渐近线的距离: conics are not formalised by the reading yet


def _solutions(text: str) -> list[tuple[str, bool]]:
    result = solve(text, Settings().with_(model_use="never", nodes=frozenset(), lang="zh"))
    return [(s["final_answer"], s["verified"]) for s in result["solutions"]]


def test_a_bank_problem_with_a_partial_reading_is_tutored_on_its_checked_chain():
    assert _solutions(HYPERBOLA.question_zh) and not any(v for _, v in _solutions(HYPERBOLA.question_zh))
    chain = build_chain(HYPERBOLA.question_zh)
    assert chain is not None and chain["steps"]
    assert chain["final_answer"].strip("$ ") == HYPERBOLA.final_answer.strip("$ ")
    # every step SymPy can check carries its claim; only the opening idea question (how to start) has none
    idea, *worked = chain["steps"]
    assert worked and all(step["claim"] for step in worked) and not idea["claim"]


def test_the_same_problem_outside_the_bank_is_not_tutored_unverified():
    changed = HYPERBOLA.question_zh.replace("16", "7")  # answer √7: nothing independent confirms it
    assert changed != HYPERBOLA.question_zh and _solutions(changed)
    assert build_chain(changed) is None

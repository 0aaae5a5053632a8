"""Choice options that carry a unit word are matched by their number, and only then."""

from __future__ import annotations

import doctest

from tutor_graph.reading import choosing
from tutor_graph.specialist.chain import Chain


def _found(value: str) -> tuple[Chain, str]:
    return Chain(method=("计算", "Compute"), knowledge_points=(), context=()), value


def test_the_docstring_examples_run():
    result = doctest.testmod(choosing)
    assert result.attempted > 0 and result.failed == 0


def test_an_option_with_a_unit_is_matched_by_its_number():
    chain, letter = choosing.match_option(_found("3"), {"A": "1 盏", "B": "3 盏", "C": "5 盏", "D": "9 盏"})
    assert letter == "B"
    assert chain.steps[-1].claim == "3 = 3"  # the number is what gets checked, not the unit word


def test_a_bare_option_is_preferred_and_words_are_not_stripped():
    assert choosing.match_option(_found("3"), {"A": "3", "B": "3 盏", "C": "5", "D": "9"})[1] == "A"
    assert choosing.match_option(_found("3"), {"A": "不存在", "B": "以上都不对", "C": "5 盏", "D": "9 盏"}) is None

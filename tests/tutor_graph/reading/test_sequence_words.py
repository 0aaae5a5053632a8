"""Sequence words the sequence types read from the Reading: English steps and first terms, asked sums and terms."""

import pytest

from tutor_graph.reading import read


def _claims(text: str) -> set[str]:
    return {g["claim"].replace(" ", "") for g in read(text)["givens"]}


def _asked(text: str) -> list[tuple[str, str]]:
    return [(g["kind"], g["expression"]) for g in read(text)["goals"]]


@pytest.mark.parametrize(("text", "claims"), [
    ("In an arithmetic sequence, a_1 = 3 and the common difference is 4. Find a_5.", {"a_1=3", "d=4"}),
    ("An arithmetic sequence has a_1 = -20 and common difference d = 3. Find a_4.", {"a_1=-20", "d=3"}),
    ("A geometric sequence has first term 3 and common ratio 1/2. Find the 5th term.", {"a_1=3", "q=1/2"}),
])
def test_english_steps_and_first_terms_are_claims(text, claims):
    assert _claims(text) == claims
    assert not read(text)["unread"]


@pytest.mark.parametrize(("text", "asked"), [
    ("In an arithmetic sequence, a_1 = 3 and the common difference is 4. Find the sum of the first 10 terms.",
     [("value", "S_{10}")]),
    ("A geometric sequence has first term 3 and common ratio 2. Find the 5th term.", [("value", "a_{5}")]),
    ("The partial sums of a sequence are S_n = 3n^2 - n. Find the general term a_n.", [("expression", "a_n")]),
    ("An arithmetic sequence has a_1 = -20 and common difference d = 3. Find the minimum value of the sum of the first n "
     "terms S_n.", [("extremum", "S_n")]),
    ("已知等差数列{a_n}中，a_2=3, a_6=11，求通项公式。", [("expression", "a_n")]),
    ("An arithmetic sequence has $a_1=25$ and $d=-3$. Find the largest value of $S_n$.", [("extremum", "S_n")]),
    ("Find the sum 1 + 3 + 5 + ... + (2n - 1).", [("value", "1 + 3 + 5 +... + (2n - 1)")]),
])
def test_asked_sums_and_terms_are_named(text, asked):
    assert _asked(text) == asked


def test_an_ellipsis_does_not_end_the_sentence():
    reading = read("In a geometric sequence with positive terms, a_2 a_8 = 100. Find lg a_1 + lg a_2 + ... + lg a_9.")
    assert reading["goals"][0]["expression"].endswith("lg a_9")

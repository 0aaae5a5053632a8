"""The detection figure: which view of the problem a detector reads is recorded as it runs."""

from __future__ import annotations

from tutor_graph.specialist.detection_sources import WatchedProblem, source_of


def test_reading_views_are_recorded_and_keyword_tests_are_not_text():
    p = WatchedProblem("已知等差数列{a_n}中，a_3=5，a_7=13，求a_10。")
    assert p.has("等差") and p.used == set()  # a keyword test reads the text inside, but is vocabulary
    assert p.objects("sequence")[0]["value"] == "arithmetic"
    assert [str(r[0]) for r in p.given_relations] == ["a_3", "a_7"]
    assert p.goals[0]["expression"] == "a_10"
    assert p.used == {"objects", "given_relations", "goals"}
    assert source_of(p.used) == "reading"


def test_text_views_are_recorded():
    p = WatchedProblem("解方程 x^2-5x+6=0。")
    assert p.relations and "relations" in p.used and "fragments" not in p.used  # what it uses inside is not the caller's
    assert source_of(p.used) == "text"
    assert source_of({"text", "goals"}) == "mixed"

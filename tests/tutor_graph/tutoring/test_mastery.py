"""BKT through pyBKT at fixed parameters, checked against the standard update; recommendation order on a small class."""

from __future__ import annotations

import pytest

from content.knowledge import load_graph
from tutor_graph.tutoring.mastery import MASTERED, bkt_update, is_mastered, mastery, p_mastered
from tutor_graph.tutoring.recommending import recommend


@pytest.mark.parametrize("observed", [[], [True], [False], [True, True, False, True], [False] * 4 + [True] * 6])
def test_pybkt_forward_pass_equals_the_standard_update(observed):
    p = 0.1
    for correct in observed:
        p = bkt_update(p, correct)
    assert p_mastered(observed) == pytest.approx(p, abs=1e-9)


def test_mastery_rises_with_right_answers_and_falls_with_wrong_ones():
    assert p_mastered([True]) > 0.1 > p_mastered([False]) or p_mastered([False]) < p_mastered([True])
    assert not is_mastered(p_mastered([True, True]))
    assert is_mastered(p_mastered([True] * 4)) and MASTERED == 0.95
    assert p_mastered([True, True, True, False]) < p_mastered([True, True, True, True])


def test_recommendation_order_on_a_small_class():
    graph = load_graph()
    # a point with prerequisites, and its prerequisites
    point = next(p for p in graph.points.values() if len(p.prerequisites) == 1 and not graph[p.prerequisites[0]].prerequisites)
    pre = point.prerequisites[0]
    class_ = {
        # knows nothing: the prerequisite-free point with the lowest mastery comes first, never `point`
        "new": {},
        # mastered the prerequisite, weak at the point itself: the point becomes eligible
        "ready": {pre: p_mastered([True] * 5), point.id: p_mastered([False, True])},
        # prerequisite not mastered: the point is never recommended, however low it is
        "blocked": {pre: p_mastered([True]), point.id: p_mastered([False, False])},
    }
    scope = [pre, point.id]
    new = recommend(class_["new"], graph=graph, scope=scope)
    ready = recommend(class_["ready"], graph=graph, scope=scope)
    blocked = recommend(class_["blocked"], graph=graph, scope=scope)
    assert new is not None and new.knowledge_point == pre
    assert ready is not None and ready.knowledge_point == point.id and "先修" in ready.reason_zh
    assert blocked is not None and blocked.knowledge_point == pre
    assert ready.problem_id and ready.problem


def test_the_lowest_unmastered_point_with_mastered_prerequisites_comes_first():
    # set.concept → set.relation → set.operations (prerequisite chain in the knowledge graph)
    levels = mastery({"set.concept": [True] * 4, "set.relation": [True], "set.operations": [False, False]})
    assert levels["set.operations"] < levels["set.relation"] < MASTERED <= levels["set.concept"]
    pick = recommend(levels, scope=["set.concept", "set.relation", "set.operations"])
    assert pick is not None and pick.knowledge_point == "set.relation"  # operations is lower but blocked
    levels["set.relation"] = p_mastered([True] * 5)
    pick = recommend(levels, scope=["set.concept", "set.relation", "set.operations"])
    assert pick is not None and pick.knowledge_point == "set.operations"


def test_everything_mastered_recommends_nothing():
    assert recommend({"set.concept": 0.99}, scope=["set.concept"]) is None

"""A tutoring session's turns recorded in the real database (commit per answer) with mastery updated by BKT."""

from __future__ import annotations

from content.db import upgrade
from content.learners import attempts, mastery
from tutor_graph.tutoring.mastery import p_mastered
from tutor_graph.tutoring.records import record_turn


def test_turns_are_recorded_and_mastery_follows_first_answers(tutor, tmp_path):
    url = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    upgrade(url)
    session = tutor("quadratic")
    for said in ["(x+2)(x+3)", "提示", "(x-2)(x-3)", "x=2 或 x=3"]:
        before = session.state
        reply = session.say(said)
        record_turn("amy", "t", before, session.state, said, reply, 4.0, url)
    rows = attempts("amy", url)
    assert [r.verdict for r in rows] == ["wrong", None, "correct", "correct"]
    assert [r.first for r in rows] == [True, False, False, True]  # one observation per step: its first answer
    assert rows[0].seconds == 4.0
    points = set(rows[0].knowledge_points) | set(rows[-1].knowledge_points)
    stored = mastery("amy", url)
    assert set(stored) == points
    # quad.equation saw step 1 wrong then step 2 right: exactly BKT's value for [False, True]
    assert stored["quad.equation"] == p_mastered([False, True])

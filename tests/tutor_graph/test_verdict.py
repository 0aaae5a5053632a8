"""The Verdict and Grade contracts serialise to plain JSON-able dicts."""

import json

from tutor_graph.checks import Grade, Verdict


def test_verdict_round_trips_through_json():
    v = Verdict("refuted", "sides differ", "at x = 1: left 4, right 2")
    assert not v.verified
    assert json.loads(json.dumps(v.to_dict())) == {
        "status": "refuted",
        "reason": "sides differ",
        "counterexample": "at x = 1: left 4, right 2",
    }


def test_grade_serialises():
    assert Grade(True, "equal").to_dict() == {"correct": True, "reason": "equal"}

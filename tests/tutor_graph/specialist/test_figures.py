"""The issue-#11 figures: sizes add up, and methods are counted from a snapshot as documented."""

from __future__ import annotations

from tutor_graph.specialist.figures import methods, size


def _method(verified: bool) -> dict:
    return {"method": "m", "steps": [], "final_answer": "1", "verified": verified}


def test_methods_counts_answered_problems_with_two_verified_methods():
    snap = {"items": {
        "a-001@zh": {"type": "t", "methods": [_method(True), _method(True)]},
        "a-002@zh": {"type": "t", "methods": [_method(True), _method(False)]},
        "a-003@zh": {"type": None, "methods": []},  # not answered: not in the denominator
        "a-004@zh": {"type": "t", "methods": [_method(True), _method(True), _method(True)]},
    }}
    out = methods(snap)
    assert out["answered"] == 3
    assert out["with_two_verified_methods"] == 2
    assert out["share"] == round(2 / 3, 3)
    assert out["verified_methods_per_answered"] == round(6 / 3, 2)


def test_size_adds_up():
    out = size()
    assert out["template_types"] + out["python_types"] == out["types_registered"]
    assert out["template_types"] >= 8 and out["types_yaml_lines"] > 0
    assert out["python_lines_outside_types"] > 0

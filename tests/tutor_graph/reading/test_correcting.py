"""A teacher's corrected reading: claims validated (1-based messages), then solved on the corrected givens."""

from __future__ import annotations

import json

import pytest

from tutor_graph.checks import check_step, grade
from tutor_graph.context import Settings
from tutor_graph.reading import correct, describe, read
from tutor_graph.result import Reading
from tutor_graph.solve import solve

VECTORS = "已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m="
QUICK = frozenset()  # no optional nodes: the main chain only


def _rows(reading: Reading) -> list[tuple[str, str]]:
    return [(g["text"], g["claim"]) for g in reading["givens"]]


def _as_perpendicular(reading: Reading, claim: str = "a ⊥ b") -> list[tuple[str, str]]:
    # as in the form: the row keeps the original text, the teacher rewrites only the formula
    return [row if "垂直" not in row[0] else (row[0], claim) for row in _rows(reading)]


def test_a_relation_phrase_is_formalised_over_the_problems_vectors():
    reading = read(VECTORS)
    fixed = correct(reading, _as_perpendicular(reading), ["m"])
    assert fixed.errors == [] and fixed.reading is not None
    new = fixed.reading
    assert new["corrected"] and new["complete"]
    claims = [g["claim"] for g in new["givens"] if g["claim"]]
    old = [g["claim"] for g in reading["givens"] if g["claim"]]
    assert claims != old and len(claims) == 1 and "m" in claims[0]
    assert check_step(f"{claims[0]} ⇒ m=2").status == "verified"  # the formula of a ⊥ b, not of (a+b) ⊥ a
    assert [g["text"] for g in new["givens"]][-1] == "a ⊥ b"  # the given now says what the teacher wrote
    assert "教师更正" in describe(new, "zh") and "corrected by the teacher" in describe(new, "en")
    assert json.loads(json.dumps(new)) == new


def test_a_claim_that_does_not_parse_is_named_by_its_1_based_number():
    reading = read(VECTORS)
    rows = _rows(reading)
    bad = correct(reading, [*rows[:2], ("a ⊥ b", "m+=")], ["m"])
    assert bad.reading is None and len(bad.errors) == 1
    assert "已知 3" in bad.errors[0] and "Given 3" in bad.errors[0] and "m+=" in bad.errors[0]


def test_rows_left_empty_are_removed_and_new_rows_added():
    reading = read(VECTORS)
    rows = _rows(reading)
    fixed = correct(reading, [rows[0], ("", ""), rows[1], ("m>0", "m>0")], ["m"])
    assert fixed.reading is not None
    assert [g["text"] for g in fixed.reading["givens"]] == [rows[0][0], rows[1][0], "m>0"]
    assert fixed.reading["givens"][-1]["kind"] == "condition"


def test_a_partial_reading_stays_partial_unless_the_teacher_says_the_unread_is_covered():
    reading = read("已知矩形 ABCD 的顶点都在半径为 4 的球 O 的球面上, 且 AB=6, BC=2√3, 则棱锥 O-ABCD 的体积为")
    assert reading["unread"]
    kept = correct(reading, _rows(reading), [g["expression"] for g in reading["goals"]])
    assert kept.reading is not None and not kept.reading["complete"] and kept.reading["unread"] == reading["unread"]


@pytest.mark.parametrize("relation, expected", [("a ⊥ b", "2"), ("a 与 b 垂直", "2")])
def test_solve_again_on_the_corrected_reading_answers_the_corrected_problem(relation, expected):
    settings = Settings(model_use="never", nodes=QUICK)
    first = solve(VECTORS, settings)
    assert grade("7", first["final_answer"]).correct and first["solutions"][0]["verified"]
    fixed = correct(first["reading"], _as_perpendicular(first["reading"], relation), ["m"])
    assert fixed.reading is not None
    again = solve(VECTORS, settings, reading=fixed.reading)
    assert not grade("7", again["final_answer"]).correct
    assert grade(expected, again["final_answer"]).correct
    assert again["solutions"][0]["verified"]  # back-substituted into the corrected givens
    assert again["reading"]["corrected"] and again["reading"]["givens"] == fixed.reading["givens"]


def test_a_planted_wrong_corrected_reading_does_not_verify_the_old_answer():
    # the teacher's givens say m>10 as well: m=2 breaks it, so nothing is verified
    settings = Settings(model_use="never", nodes=QUICK)
    reading = read(VECTORS)
    fixed = correct(reading, [*_as_perpendicular(reading), ("m>10", "m>10")], ["m"])
    assert fixed.reading is not None
    again = solve(VECTORS, settings, reading=fixed.reading)
    assert not any(s["verified"] for s in again["solutions"])

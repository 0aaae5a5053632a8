"""The shared check of the paraphrase tables: a phrasing is read completely, answered, verified and correct."""

from __future__ import annotations

from tutor_graph.checks import grade, run_bounded
from tutor_graph.reading import back_substitute, read


def assert_answered(text: str, expected: str) -> dict:
    """Read, answer with the general strategies (checker worker), and check the first solution; return it."""
    reading = read(text)
    assert reading["complete"], reading["unread"]
    solutions = run_bounded("reading.answer", reading, "zh", timeout_s=120)
    assert solutions, f"no strategy answered {text!r}"
    first = solutions[0]
    assert grade(expected, first["final_answer"]).correct, first["final_answer"]
    assert first["verified"]
    claimed = [s for s in first["steps"] if s["claim"]]
    assert claimed and all(s["verdict"]["status"] == "verified" for s in claimed)
    assert all(s["question"].endswith(("？", "?")) for s in first["steps"])
    if not reading["options"]:
        assert back_substitute(reading, first["final_answer"]).status != "refuted"
    return first

"""Shared checks for the exam-kind tests: read, answer in a checker worker, grade, and the chain's claims checked."""

from tutor_graph.checks import grade, run_bounded
from tutor_graph.reading import back_substitute, read


def answered(text: str) -> tuple[dict, dict | None]:
    """The Reading of `text` and the first solution the general strategies give (None when none)."""
    reading = read(text)
    solutions = run_bounded("reading.answer", reading, "zh", timeout_s=120) if reading["complete"] else []
    return reading, (solutions[0] if solutions else None)


def assert_answers(text: str, expected: str) -> dict:
    """The problem is read completely and answered `expected`; every claimed step verified; no given broken."""
    reading, first = answered(text)
    assert reading["complete"], reading["unread"]
    assert first is not None, f"no strategy answered {text!r}"
    assert grade(expected, first["final_answer"]).correct, first["final_answer"]
    # the option-matching step compares two written forms ("y=±2x" = "y= \\pm 2 x"): undecided there is honest
    claimed = [s for s in first["steps"] if s["claim"] and not s["question"].startswith("哪个选项")]
    assert not any(s["verdict"]["status"] == "refuted" for s in first["steps"])
    assert all(s["verdict"]["status"] == "verified" for s in claimed), [(s["claim"], s["verdict"]) for s in claimed]
    assert all(s["question"].endswith(("？", "?")) for s in first["steps"])
    assert back_substitute(reading, first["final_answer"]).status != "refuted"
    return first

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


def assert_solved(text: str, expected: str, verified: bool) -> dict:
    """Solve as the graph does without a model (specialist, 代入检验, general strategies); answered and correct.

    `verified`: the answer must also be verified (complete reading, every claim, back-substitution); a
    phrasing whose reading is partial is answered but never verified.
    """
    from tutor_graph.reading.bench import answer_text

    out = answer_text(text)
    assert out["answer"], f"not answered: {text!r}"
    assert grade(expected, out["answer"]).correct, (expected, out["answer"])
    if verified:
        assert out["verified"], out
    if not read(text)["complete"]:
        assert not out["verified"]  # a partial reading is never the basis of a verified answer
    elif out.get("back"):
        assert out["back"] != "refuted"
    return out


def table_cases(table: dict[str, list[tuple[str, str, bool]]]) -> list[tuple[str, str, str, bool]]:
    """(type, text, expected, verified) rows of a paraphrase table; every type has at least three phrasings."""
    assert all(len(rows) >= 3 for rows in table.values()), "each type needs three phrasings"
    return [(kind, text, expected, v) for kind, rows in table.items() for text, expected, v in rows]

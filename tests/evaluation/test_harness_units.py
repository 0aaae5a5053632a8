"""Unit tests of the harness pieces: answer extraction, suites, metrics, McNemar, the CLI's clean skip."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evaluation.answers import chain_questions, final_answer
from evaluation.metrics import aggregate, mcnemar, paired, wilson
from evaluation.suites import SuiteUnavailable, gaokao_items, jsonl_items, load_suite, question_text
from tests.evaluation.conftest import ROOT


@pytest.mark.parametrize(("text", "choice", "expected"), [
    ("思路：因式分解\n最终答案：$x=2$ 或 $x=3$", False, "x=2$ 或 $x=3"),
    ("so the value is \\boxed{\\frac{1}{2}} indeed", False, "\\frac{1}{2}"),
    ("Final answer: 7.", False, "7"),
    ("选 B。\n最终答案：B", True, "B"),
    ("最终答案：A、C", True, "AC"),
    ("答案是第一象限", True, ""),
    ("A. $(0,2)$\nB. $[0,2]$\nC. $\\{0,2\\}$\nD. $\\{0,1,2\\}$", True, ""),  # options echoed: no choice
    ("A. 1\nB. 2\n所以选 B", True, "B"),
    ("", False, ""),
])
def test_final_answer(text: str, choice: bool, expected: str) -> None:
    assert final_answer(text, choice=choice) == expected


def test_chain_questions_counts_numbered_questions_only() -> None:
    text = "问题1：判别式？\n回答1：1\n问题2：两根？\n回答2：2 和 3\n最终答案：x=2或x=3"
    assert chain_questions(text) == 2
    assert chain_questions("no chain here") == 0


def test_wilson_interval_brackets_the_rate() -> None:
    low, high = wilson(30, 40)
    assert low < 0.75 < high and 0 <= low and high <= 1
    assert wilson(0, 0) is None


def test_mcnemar_exact() -> None:
    assert mcnemar(0, 0) == 1.0
    assert mcnemar(3, 3) == 1.0
    assert mcnemar(12, 1) < 0.01  # 12 vs 1 discordant pairs: a real difference
    assert mcnemar(1, 12) == mcnemar(12, 1)


def test_paired_counts_and_changed_items() -> None:
    a = [{"id": "1", "correct": True}, {"id": "2", "correct": False}, {"id": "3", "correct": True},
         {"id": "4", "correct": None}]
    b = [{"id": "1", "correct": True}, {"id": "2", "correct": True}, {"id": "3", "correct": False},
         {"id": "5", "correct": True}]
    p = paired(a, b)
    assert (p["paired_items"], p["both"], p["only_a"], p["only_b"], p["neither"]) == (3, 1, 1, 1, 0)
    assert {c["id"] for c in p["changed"]} == {"2", "3"}


def test_aggregate_groups_and_wrong_verified() -> None:
    items = [
        {"id": "a", "topic": "t1", "difficulty": "1", "correct": True, "verified": True, "steps": 2, "steps_verified": 2},
        {"id": "b", "topic": "t1", "difficulty": "2", "correct": False, "verified": True, "steps": 2, "steps_verified": 1,
         "steps_timed_out": 1},
        {"id": "c", "topic": "t2", "difficulty": "2", "correct": None, "graded": False, "verified": False},
    ]
    s = aggregate(items)
    assert (s["graded"], s["correct"], s["accuracy"]) == (2, 1, 0.5)
    assert s["wrong_verified"] == 1 and s["verified_correct"] == 1
    assert s["steps_verified"] == 0.75 and s["steps_timed_out"] == 1
    assert s["by_topic"]["t1"]["accuracy"] == 0.5 and s["by_topic"]["t2"]["graded"] == 0


def test_run_graph_counts_checks_that_ran_out_of_time(monkeypatch) -> None:
    import tutor_graph.solve
    from evaluation.solvers import run_graph

    steps = [{"verdict": {"status": "verified", "reason": "ok"}, "source": "symbolic"},
             {"verdict": {"status": "unknown", "reason": "过大或计算超时 / too large / timed out (over 2.5 s)"}},
             {"verdict": {"status": "unknown", "reason": "no checkable claim"}}]
    result = {"final_answer": "2", "solutions": [{"verified": False, "steps": steps}], "trace": []}
    monkeypatch.setattr(tutor_graph.solve, "stream_solve",
                        lambda *a, **k: iter([{"type": "result", "result": result, "t": 0.1}]))
    run = run_graph("x", None)
    assert (run["steps"], run["steps_verified"], run["steps_timed_out"]) == (3, 1, 1)


def test_jsonl_suite_reads_fields_and_rejects_bad_lines(tmp_path, suite_file) -> None:
    items = jsonl_items(suite_file)
    assert [i.id for i in items] == ["eq", "word", "pick"]
    assert items[2].choices == {"A": "4", "B": "5", "C": "6", "D": "7"}
    assert "B. 5" in question_text(items[2]) and "B. 5" not in items[2].question
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "question": "1+1"}\n', "utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        jsonl_items(bad)


def test_bank_suite_has_topics_difficulties_and_choice_options() -> None:
    items = load_suite("bank")
    assert len(items) > 150
    assert {i.topic for i in items} >= {"sequences", "conics"}
    choice = [i for i in items if i.choices]
    assert choice and all(set(i.choices) >= {"A", "B"} for i in choice)


def test_gaokao_absent_is_a_clean_skip(tmp_path) -> None:
    with pytest.raises(SuiteUnavailable, match="gaokao-bench"):
        gaokao_items(tmp_path)
    out = subprocess.run([sys.executable, "-m", "evaluation", "run", "--suite", "gaokao", "--mode", "symbolic",
                          "--data-dir", str(tmp_path), "--out", str(tmp_path / "run")],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert last["suite"] == "gaokao" and "gaokao-bench" in last["skipped"]


def test_gaokao_items_when_present() -> None:
    from evaluation.suites import gaokao_dir

    if not gaokao_dir("/work/shared/datasets").is_dir() and not gaokao_dir().is_dir():
        pytest.skip("GAOKAO-Bench is not on this machine")
    folder = "/work/shared/datasets" if gaokao_dir("/work/shared/datasets").is_dir() else None
    items = gaokao_items(folder)
    kinds = {i.id.split("-")[1] for i in items}
    assert kinds == {"choice", "fill", "open"}
    choice = next(i for i in items if i.id.startswith("gaokao-choice"))
    assert set(choice.answer) <= set("ABCD") and choice.choices and choice.graded
    assert not next(i for i in items if i.id.startswith("gaokao-open")).graded


@pytest.mark.parametrize(("prediction", "expected"), [
    ("B", "B"), ("选 B", "B"), ("5", "B"), ("$\\frac{10}{2}$", "B"), ("8", ""), ("", ""),
])
def test_choice_predictions_become_letters(prediction: str, expected: str) -> None:
    from evaluation.scoring import as_letters

    assert as_letters(prediction, {"A": "4", "B": "5", "C": "6", "D": "7"}) == expected


def test_grade_item_uses_the_grader_and_alternatives() -> None:
    from evaluation.scoring import grade_item
    from evaluation.suites import Item

    item = Item(id="q", question="解方程 x^2-5x+6=0", answer="x=2或x=3", alternatives=("{2,3}",))
    assert "x=3" != item.answer
    assert grade_item(item, {"prediction": "x=3, x=2"})["correct"] is True
    assert grade_item(item, {"prediction": "x=2"})["correct"] is False
    missing = grade_item(item, {"error": "the graph did not finish in time"})
    assert missing["correct"] is False and missing["grade_reason"] == "the graph did not finish in time"
    open_item = Item(id="o", question="证明…", answer="", graded=False)
    assert grade_item(open_item, {"prediction": "x"})["correct"] is None

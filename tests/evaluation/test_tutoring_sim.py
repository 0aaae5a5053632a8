"""`python -m evaluation tutor`: simulated students on real chains, the metrics' shape, and the MathDial check."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from langgraph.checkpoint.memory import InMemorySaver

from evaluation.mathdial_check import locate, locate_all
from evaluation.tutoring_sim import DEMANDS, aggregate, simulate
from tests.conftest import ROOT
from tutor_graph.tutoring.graph import builder
from tutor_graph.tutoring.nodes import build_chain


def test_five_students_on_a_quadratic():
    problem = "解方程 $x^2-5x+6=0$。"
    item = simulate("q", problem, build_chain(problem), builder.compile(checkpointer=InMemorySaver()))
    assert item["leaks"] == []
    assert item["wrong_given"] >= 3 and item["wrong_flagged"] == item["wrong_given"]  # every planted mistake caught
    assert item["equivalent_given"] >= 2 and item["false_reject"] == 0
    assert item["misconception_named"] >= 1  # e.g. the lost root
    assert item["reached"] == 1 and item["final_accepted"] == 1 and item["explained_done"] == 1
    assert len(DEMANDS) >= 10


def test_aggregate_reports_the_issue_figures():
    item = {"steps": 2, "checkable": 2, "equivalent_given": 4, "false_reject": 0, "wrong_given": 5, "wrong_flagged": 5,
            "misconception_named": 2, "jumped_on_wrong": 0, "hints": 2, "reached": 1, "misconception_students": 1,
            "final_accepted": 1, "explained_done": 1, "turns": 6.0, "leaks": []}
    metrics = aggregate([item, {**item, "wrong_flagged": 4, "false_reject": 1}], skipped=1, seconds=1.0)
    assert metrics["leaks"] == 0 and metrics["mistake_identification"] == 0.9 and metrics["false_reject"] == 0.125
    assert metrics["mean_hints"] == 2 and metrics["turns_per_problem"] == 6.0 and metrics["skipped_no_chain"] == 1


def test_mathdial_locates_an_arithmetic_slip_and_a_step_off_the_reference_path(tmp_path):
    record = {"ground_truth": "12+3=15 spoons.\n15-5=10\n 10",
              "student_incorrect_solution": "Julia had 12 - 3 = 8 spoons.\nSo 8 - 5 = 3\n 3"}
    assert locate(record) == {"line": 0, "how": "arithmetic", "final_wrong": True}
    off = {**record, "student_incorrect_solution": "Julia had 12 - 3 = 9 spoons.\nSo 9 - 5 = 4\n 4"}
    assert locate(off)["how"] == "off_path" and locate(off)["line"] == 0
    path = tmp_path / "test.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(off) + "\n", encoding="utf-8")
    figures = locate_all(path)
    assert figures["solutions"] == 2 and figures["incorrect_step_located"] == 1.0
    assert "skipped" in locate_all(tmp_path / "absent.jsonl")


def test_the_tutor_alias_runs_the_tutoring_suite_and_prints_its_summary_last(tmp_path):
    env = {**os.environ, "TUTOR_MATHDIAL": str(tmp_path / "absent.jsonl")}
    done = subprocess.run([sys.executable, "-m", "evaluation", "tutor", "--limit", "1", "--out", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"leaks", "mistake_identification", "false_reject", "mean_hints", "turns_per_problem"} <= set(metrics)
    assert (metrics["suite"], metrics["mode"]) == ("tutoring", "symbolic")
    assert metrics["problems"] == 1 and metrics["leaks"] == 0 and "skipped" in metrics["mathdial"]
    assert (tmp_path / "summary.json").exists() and (tmp_path / "items.jsonl").exists()
    assert "Tutoring simulation" in (tmp_path / "report.html").read_text("utf-8")

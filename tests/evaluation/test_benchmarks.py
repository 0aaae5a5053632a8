"""`python -m evaluation bench NAME`: the other packages' measurements behind one door, same output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evaluation.benchmarks import BENCHMARKS, run_benchmark
from tests.evaluation.conftest import ROOT


def _last_json(argv: list[str]) -> dict:
    out = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_retrieval_bench_prints_recall_and_the_old_command_says_where_it_went() -> None:
    figures = _last_json(["-m", "evaluation", "bench", "retrieval", "--split", "fixed"])
    assert figures["split"] == "fixed" and figures["problems"] > 0 and 0 < figures["recall_at_5"] <= 1
    for argv in (["content", "eval-retrieval"], ["model", "bench"], ["tutor_graph", "bench"],
                 ["tutor_graph.specialist", "coverage"], ["tutor_graph.specialist", "heldout"]):
        old = subprocess.run([sys.executable, "-m", *argv], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert old.returncode == 2 and "python -m evaluation bench" in old.stderr, (argv, old.stderr)


def test_coverage_and_graph_benches_run_on_a_few_problems(tmp_path) -> None:
    coverage = _last_json(["-m", "evaluation", "bench", "coverage", "--module", "complex_numbers", "--quiet"])
    assert coverage["problems"] >= 3 and coverage["correct"] >= 1
    graph = _last_json(["-m", "evaluation", "bench", "graph", "--limit", "2", "--model-use", "never",
                        "--out", str(tmp_path)])
    assert graph["problems"] == 2 and graph["model_use"] == "never" and (tmp_path / "metrics.json").is_file()
    heldout = subprocess.run([sys.executable, "-m", "evaluation", "bench", "heldout", "--data-dir", str(tmp_path)],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert heldout.returncode == 0 and "skipped" in heldout.stdout  # no GAOKAO-Bench there: a clean skip


def test_checks_alias_runs_the_checker_benchmark(tmp_path) -> None:
    out = subprocess.run([sys.executable, "-m", "evaluation", "bench", "checks", "--limit", "40", "--out", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "wrong_accept" in out.stdout
    assert json.loads((tmp_path / "metrics.json").read_text("utf-8"))


def test_every_alias_names_a_real_command_and_unknown_names_are_refused() -> None:
    import importlib

    for module, _ in BENCHMARKS.values():
        loaded = importlib.import_module(module)
        assert callable(loaded.configure) and callable(loaded.command)
    with pytest.raises(ValueError, match="unknown benchmark"):
        run_benchmark("nope", [])

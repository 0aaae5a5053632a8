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


def test_retrieval_alias_prints_what_the_content_command_prints() -> None:
    direct = _last_json(["-m", "content", "eval-retrieval", "--split", "fixed"])
    alias = _last_json(["-m", "evaluation", "bench", "retrieval", "--split", "fixed"])
    assert alias == direct and alias["problems"] > 0


def test_checks_alias_runs_the_checker_benchmark(tmp_path) -> None:
    out = subprocess.run([sys.executable, "-m", "evaluation", "bench", "checks", "--limit", "40", "--out", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "wrong_accept" in out.stdout
    assert json.loads((tmp_path / "metrics.json").read_text("utf-8"))


def test_every_alias_names_a_real_command_and_unknown_names_are_refused() -> None:
    import importlib

    for module, _, _ in BENCHMARKS.values():
        assert callable(importlib.import_module(module).main)
    with pytest.raises(ValueError, match="unknown benchmark"):
        run_benchmark("nope", [])

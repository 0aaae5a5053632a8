"""`python -m tutor_graph solve`, run as a real subprocess: the JSON contract and the readable chain."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tutor_graph.__main__ import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TUTOR_MODEL": "embedded"}
    return subprocess.run([sys.executable, "-m", "tutor_graph", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def test_solve_json_prints_the_result_contract():
    done = run_cli("solve", "解方程 x^2-5x+6=0", "--json", "--methods", "2")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"final_answer", "solutions", "problem", "variants", "trace", "warnings", "model"} <= set(result)
    assert result["problem"] == "解方程 x^2-5x+6=0" and result["model"] == "embedded"
    assert len(result["solutions"]) == 2
    for solution in result["solutions"]:
        assert {"method", "steps", "verified", "final_answer", "knowledge_points"} <= set(solution)
        assert solution["verified"] is True
        for step in solution["steps"]:
            assert {"question", "answer", "verdict", "source", "knowledge_points"} <= set(step)
            assert step["source"] == "symbolic"
            assert step["verdict"]["status"] in {"verified", "unknown"}
    assert any("symbolic specialist" in w for w in result["warnings"])  # the honest note about the demo model


def test_solve_prints_a_readable_chain_in_english():
    done = run_cli("solve", "Solve x^2-5x+6=0", "--lang", "en", "--skip", "variants", "--methods", "1")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("题目 Problem: Solve x^2-5x+6=0")
    assert "✔ 已验证 verified" in out and "符号求解 symbolic" in out
    assert "1. 问 Q:" in out and "── 解法 2" not in out
    assert "变式 Variants" not in out


def test_bad_arguments_are_usage_errors(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["solve", "x=1", "--methods", "0"])
    assert exit_.value.code == 2
    assert "methods must be" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["solve", "x=1", "--lang", "fr"])

"""`python -m tutor_graph solve`, run as a real subprocess: the JSON contract and the readable chain."""

from __future__ import annotations

import json
import os
import re
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


CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def test_solve_prints_a_readable_chain_in_english():
    done = run_cli("solve", "Solve x^2-5x+6=0", "--lang", "en", "--skip", "variants", "--methods", "1")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Problem: Solve x^2-5x+6=0")
    assert "✔ verified" in out and "symbolic specialist" in out
    assert "1. Q:" in out and "── Method 2" not in out
    assert "Variants" not in out
    assert not CJK.search(out), CJK.findall(out)  # one language at a time (issue 16)


def test_english_output_has_no_chinese_beyond_the_problem_text():
    problem = "已知 Solve x^2-5x+6=0"  # the problem's own Chinese is the only Chinese allowed
    done = run_cli("solve", problem, "--lang", "en", "--methods", "2")
    assert done.returncode == 0, done.stderr
    rest = done.stdout.replace(problem, "").replace("已知 ", "")  # variants quote the problem's words too
    assert CJK.search(done.stdout) and not CJK.search(rest), CJK.findall(rest)
    assert "Variants" in rest and "changed" in rest  # variant notes are English too
    assert "model_use" not in rest


def test_chinese_output_keeps_to_chinese_labels():
    done = run_cli("solve", "解方程 x^2-5x+6=0", "--methods", "1", "--skip", "variants")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("题目：解方程")
    assert "因式分解法" in done.stdout and "Factoring" not in done.stdout
    assert "identity: both sides" not in done.stdout and "恒等式" in done.stdout


def test_bad_arguments_are_usage_errors(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["solve", "x=1", "--methods", "0"])
    assert exit_.value.code == 2
    assert "methods must be" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["solve", "x=1", "--lang", "fr"])

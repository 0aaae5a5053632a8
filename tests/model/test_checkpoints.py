"""The dequantized-checkpoint cache: where it lives, its keys, and atomic writes."""

import os
from pathlib import Path

import pytest

from model import checkpoints


class _Saver:
    """Stands in for a model or tokenizer: save_pretrained writes one file."""

    def __init__(self, name: str):
        self.name = name

    def save_pretrained(self, folder):
        (Path(folder) / self.name).write_text("weights")


def test_cache_root_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_MODEL_CACHE", str(tmp_path))
    assert checkpoints.cache_root() == tmp_path
    monkeypatch.setenv("TUTOR_MODEL_CACHE", "off")
    assert checkpoints.cache_root() is None and checkpoints.cached_folder(Path(__file__)) is None
    monkeypatch.delenv("TUTOR_MODEL_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert checkpoints.cache_root() == tmp_path / "xdg" / "question-chain-tutor" / "dequantized"


def test_a_changed_file_gets_a_new_cache_entry(monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_MODEL_CACHE", str(tmp_path / "cache"))
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"v1")
    first = checkpoints.cached_folder(gguf)
    assert first == checkpoints.cached_folder(gguf) and first.name.startswith("m-")
    gguf.write_bytes(b"v2 longer")
    assert checkpoints.cached_folder(gguf) != first


def test_save_is_atomic_and_a_second_writer_steps_aside(tmp_path):
    target = tmp_path / "cache" / "m-abc"
    assert checkpoints.save_checkpoint(_Saver("model.safetensors"), _Saver("tokenizer.json"), target)
    assert sorted(p.name for p in target.iterdir()) == ["model.safetensors", "tokenizer.json"]
    assert oct(target.stat().st_mode & 0o777) == "0o755"
    # Another process finishing second: its copy is discarded quietly, the first one stays.
    assert not checkpoints.save_checkpoint(_Saver("other.bin"), _Saver("tokenizer.json"), target)
    assert sorted(p.name for p in target.iterdir()) == ["model.safetensors", "tokenizer.json"]
    assert os.listdir(target.parent) == ["m-abc"]  # no staging folders left behind


def test_unwritable_cache_warns_and_carries_on(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.warns(UserWarning, match="could not cache"):
        assert not checkpoints.save_checkpoint(_Saver("a"), _Saver("b"), blocker / "m-abc")

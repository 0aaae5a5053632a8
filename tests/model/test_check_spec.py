"""Settings check a spec when it is applied: files exist, the server answers and serves the model (issue 16.7)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from model.registry import check_spec
from model.server import create_app

from .fake_models import SlowEcho
from .test_server_guard import _serve


@pytest.fixture
def served() -> Iterator[str]:
    yield from _serve(create_app(SlowEcho(), model_id="tiny", token="s3cret"))


def test_an_unreachable_server_is_refused_readably():
    why = check_spec("openai:http://127.0.0.1:9/v1?model=x", timeout=10)
    assert why is not None and "cannot reach http://127.0.0.1:9/v1" in why


def test_a_served_model_passes_and_a_wrong_name_lists_the_right_ones(served, monkeypatch):
    monkeypatch.setenv("TUTOR_API_KEY", "s3cret")
    monkeypatch.setenv("TUTOR_API_ENDPOINTS", f"{served}/v1")
    assert check_spec(f"openai:{served}/v1?model=tiny", timeout=30) is None
    why = check_spec(f"openai:{served}/v1?model=gpt-5", timeout=30)
    assert "does not serve 'gpt-5'" in why and "tiny" in why


def test_a_key_that_is_needed_is_named(served, monkeypatch):
    monkeypatch.delenv("TUTOR_API_ENDPOINTS", raising=False)
    monkeypatch.setenv("TUTOR_API_KEY", "s3cret")  # not sent: the typed URL is not a configured endpoint
    assert "HTTP 401" in check_spec(f"openai:{served}/v1?model=tiny", timeout=30)


def test_not_a_server_of_models(tmp_path):
    assert "not a model folder" in check_spec(f"hf:{tmp_path}")
    assert "not a .gguf file" in check_spec(f"gguf:{tmp_path}/x.gguf")
    assert "unknown model spec" in check_spec("nonsense")
    assert check_spec("embedded") is None

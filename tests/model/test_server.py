"""`python -m model serve` as a real subprocess on loopback, driven by the OpenAI backend and httpx."""

import json
import subprocess
import sys

import httpx
import pytest

from model import load_model
from model.base import GenerationConfig
from model.errors import ModelResponseError
from model.openai_client import OpenAIChatModel

from .conftest import ROOT

pytestmark = pytest.mark.slow

ADD = [{"role": "user", "content": "What is 2+3?"}]
COLOURS = [
    {"role": "system", "content": "Answer briefly."},
    {"role": "user", "content": "Name three colours."},
]
SHORT = GenerationConfig(max_new_tokens=40)


@pytest.fixture(scope="module")
def remote(server_url) -> OpenAIChatModel:
    # No model id in the spec: the client asks /v1/models, as it would of a vLLM server.
    return load_model(f"openai:{server_url}/v1")


def test_health_and_models(server_url):
    assert httpx.get(f"{server_url}/health").json() == {"status": "ok", "model": "embedded"}
    listed = httpx.get(f"{server_url}/v1/models").json()
    assert listed["object"] == "list" and [m["id"] for m in listed["data"]] == ["embedded"]


def test_remote_chat_equals_local_chat(remote, embedded):
    there, here = remote.chat(ADD, SHORT), embedded.chat(ADD, SHORT)
    assert there.text == here.text and "5" in there.text
    assert (there.prompt_tokens, there.completion_tokens) == (here.prompt_tokens, here.completion_tokens)
    assert remote.describe()["served_model"] == "embedded"


def test_remote_stream_equals_local_stream(remote, embedded):
    pieces = list(remote.stream(COLOURS, SHORT))
    assert len(pieces) > 3
    assert "".join(pieces) == "".join(embedded.stream(COLOURS, SHORT))


def test_remote_batch_in_order(remote, embedded):
    conversations = [ADD, COLOURS, ADD]
    assert [c.text for c in remote.batch(conversations, SHORT)] == [
        embedded.chat(c, SHORT).text for c in conversations
    ]


def test_raw_openai_wire_format(server_url):
    body = {"model": "embedded", "messages": ADD, "max_tokens": 3}
    reply = httpx.post(f"{server_url}/v1/chat/completions", json=body, timeout=300).json()
    assert reply["object"] == "chat.completion"
    assert reply["choices"][0]["finish_reason"] == "length"
    assert reply["usage"]["completion_tokens"] == 3
    with httpx.stream(
        "POST", f"{server_url}/v1/chat/completions", json={**body, "stream": True}, timeout=300
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"


def test_bad_requests_get_clear_answers(server_url):
    empty = httpx.post(f"{server_url}/v1/chat/completions", json={"messages": []}, timeout=60)
    assert empty.status_code == 422
    with pytest.raises(ModelResponseError, match="HTTP 404.*not served here"):
        OpenAIChatModel(f"{server_url}/v1", model="gpt-5", retries=0).chat(ADD, SHORT)


def test_bench_cli_against_the_server(server_url):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "evaluation",
            "bench",
            "model",
            "--model",
            f"openai:{server_url}/v1",
            "--repeats",
            "1",
            "--max-new-tokens",
            "12",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    for key in (
        "model",
        "device",
        "dtype",
        "load_s",
        "ttft_s",
        "decode_tokens_per_s",
        "peak_rss_mb",
        "load_avg_1m",
    ):
        assert key in result
    assert result["ttft_s"] > 0 and result["warmup_answer"]


def test_served_name_is_what_clients_ask_for(embedded):
    from fastapi.testclient import TestClient

    from model.server import create_app

    with TestClient(create_app(embedded, model_id="tutor-demo", max_tokens_limit=4)) as app:
        assert [m["id"] for m in app.get("/v1/models").json()["data"]] == ["tutor-demo"]
        body = {"model": "tutor-demo", "messages": ADD, "max_tokens": 100}
        reply = app.post("/v1/chat/completions", json=body).json()
        assert reply["model"] == "tutor-demo"
        assert reply["usage"]["completion_tokens"] <= 4  # the server caps what one request may take
        assert app.post("/v1/chat/completions", json={**body, "model": "embedded"}).status_code == 404

"""The server's API key goes only to endpoints the operator configured, never to a typed URL (issue 14)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from model.openai_client import OpenAIChatModel, server_key_for

HELLO = [{"role": "user", "content": "hi"}]


class _Recorder(BaseHTTPRequestHandler):
    """Answers every chat request and remembers the Authorization header it was sent."""

    seen: list[str | None] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append(self.headers.get("Authorization"))
        body = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                                        "finish_reason": "stop"}], "usage": {}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def stranger() -> Iterator[str]:
    """A real loopback HTTP server standing for 'a URL of one's own' typed into the settings form."""
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_a_typed_url_gets_no_server_key(stranger, monkeypatch):
    monkeypatch.setenv("TUTOR_API_KEY", "sk-secret-of-the-school")
    monkeypatch.setenv("TUTOR_MODEL", "openai:http://127.0.0.1:9/v1?model=real")
    monkeypatch.delenv("TUTOR_API_ENDPOINTS", raising=False)
    assert OpenAIChatModel(stranger, model="m", retries=0).chat(HELLO).text == "ok"
    assert _Recorder.seen == [None]


def test_a_configured_endpoint_gets_the_key(stranger, monkeypatch):
    monkeypatch.setenv("TUTOR_API_KEY", "sk-secret-of-the-school")
    monkeypatch.setenv("TUTOR_API_ENDPOINTS", f"http://other.example/v1, {stranger}/")
    OpenAIChatModel(stranger, model="m", retries=0).chat(HELLO)
    assert _Recorder.seen == ["Bearer sk-secret-of-the-school"]


def test_the_key_follows_tutor_model_and_an_explicit_key_is_the_users_own(stranger, monkeypatch):
    monkeypatch.setenv("TUTOR_API_KEY", "sk-secret")
    monkeypatch.delenv("TUTOR_API_ENDPOINTS", raising=False)
    monkeypatch.setenv("TUTOR_MODEL", f"openai:{stranger}?model=m")
    assert server_key_for(stranger) == "sk-secret"
    assert server_key_for(stranger.replace("127.0.0.1", "127.0.0.2")) is None
    assert server_key_for(stranger + "/other") is None
    OpenAIChatModel(stranger, model="m", retries=0, api_key="mine").chat(HELLO)
    assert _Recorder.seen == ["Bearer mine"]

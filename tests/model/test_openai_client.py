"""The OpenAI-compatible client against real loopback HTTP servers that misbehave on purpose."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from model.base import GenerationConfig
from model.errors import ModelResponseError, ModelUnavailableError
from model.openai_client import OpenAIChatModel

from .conftest import free_port

HELLO = [{"role": "user", "content": "hi"}]


def _completion(content: str, **message) -> dict:
    return {
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, **message},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 4},
    }


def _sse(*deltas: dict) -> str:
    chunks = [{"choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
    return "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"


# path prefix -> (status, content type, body); each test server route misbehaves one way.
ROUTES = {
    "/malformed": (200, "application/json", "{this is not json"),
    "/shape": (200, "application/json", json.dumps({"id": "x", "object": "chat.completion"})),
    "/html": (200, "text/html", "<html><body>502 Bad Gateway</body></html>"),
    "/flaky": (503, "application/json", '{"error": "warming up"}'),
    "/denied": (401, "application/json", '{"error": {"message": "bad api key"}}'),
    "/thinking": (
        200,
        "application/json",
        json.dumps(_completion("x = 2", reasoning_content="2x = 4, so x = 2")),
    ),
    "/inline": (200, "application/json", json.dumps(_completion("<think>add</think>\n5"))),
    "/sse": (
        200,
        "text/event-stream",
        _sse(
            {"role": "assistant"},
            {"reasoning_content": "think "},
            {"reasoning_content": "more"},
            {"content": "ans"},
            {"content": "wer"},
        ),
    ),
    "/sse-garbage": (
        200,
        "text/event-stream",
        'data: {"choices": [{"delta": {"content": "ok"}}]}\n\ndata: {oops\n\n',
    ),
    "/sse-error": (200, "text/event-stream", 'data: {"error": {"message": "model crashed"}}\n\n'),
}


class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    bodies: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length", 0))
        type(self).bodies.append(json.loads(self.rfile.read(length) or b"{}"))
        prefix = "/" + self.path.split("/")[1]
        type(self).hits[prefix] = type(self).hits.get(prefix, 0) + 1
        status, kind, body = ROUTES[prefix]
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module")
def fake():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def client(base: str, route: str, **options) -> OpenAIChatModel:
    return OpenAIChatModel(f"{base}{route}/v1", model="m", backoff=0.01, **options)


def test_server_down_fails_fast_and_clearly():
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    started = time.monotonic()
    with pytest.raises(ModelUnavailableError, match=r"unavailable after 3 attempt\(s\)") as failure:
        OpenAIChatModel(url, model="m", backoff=0.05).chat(HELLO)
    assert time.monotonic() - started < 30  # no hang on retries (connection refused answers at once)
    assert url in str(failure.value)
    with pytest.raises(ModelUnavailableError):
        list(OpenAIChatModel(url, model="m", backoff=0.01).stream(HELLO))


def test_malformed_json_is_a_clear_error(fake):
    with pytest.raises(ModelResponseError, match="malformed JSON.*this is not json"):
        client(fake, "/malformed").chat(HELLO)
    with pytest.raises(ModelResponseError, match="malformed JSON.*Bad Gateway"):
        client(fake, "/html").chat(HELLO)


def test_json_that_is_not_a_completion_is_a_clear_error(fake):
    with pytest.raises(ModelResponseError, match="not a chat completion"):
        client(fake, "/shape").chat(HELLO)


def test_overloaded_server_is_retried_a_bounded_number_of_times(fake):
    _Handler.hits.pop("/flaky", None)
    with pytest.raises(ModelUnavailableError, match="HTTP 503"):
        client(fake, "/flaky", retries=2).chat(HELLO)
    assert _Handler.hits["/flaky"] == 3


def test_client_errors_are_not_retried(fake):
    _Handler.hits.pop("/denied", None)
    with pytest.raises(ModelResponseError, match="HTTP 401.*bad api key"):
        client(fake, "/denied", retries=2).chat(HELLO)
    assert _Handler.hits["/denied"] == 1


def test_reasoning_is_separated_whether_a_field_or_inline(fake):
    separate = client(fake, "/thinking").chat(HELLO)
    assert (separate.text, separate.reasoning) == ("x = 2", "2x = 4, so x = 2")
    inline = client(fake, "/inline").chat(HELLO)
    assert (inline.text, inline.reasoning) == ("5", "add")
    assert (inline.prompt_tokens, inline.completion_tokens) == (3, 4)


def test_request_body_carries_the_generation_config(fake):
    _Handler.bodies.clear()
    config = GenerationConfig(max_new_tokens=7, stop=("END",), enable_thinking=False)
    client(fake, "/inline").chat([{"role": "system", "content": "s"}, *HELLO], config)
    body = _Handler.bodies[-1]
    assert body["model"] == "m" and body["max_tokens"] == 7 and body["stop"] == ["END"]
    assert body["temperature"] == 0.0 and body["stream"] is False
    assert body["chat_template_kwargs"] == {"enable_thinking": False}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_stream_wraps_separate_reasoning_in_think_tags(fake):
    pieces = list(client(fake, "/sse").stream(HELLO))
    assert "".join(pieces) == "<think>think more</think>answer"
    assert len(pieces) == 4


def test_stream_with_a_broken_chunk_is_a_clear_error(fake):
    received = []
    with pytest.raises(ModelResponseError, match="malformed JSON"):
        for piece in client(fake, "/sse-garbage").stream(HELLO):
            received.append(piece)
    assert received == ["ok"]
    with pytest.raises(ModelResponseError, match="model crashed"):
        list(client(fake, "/sse-error").stream(HELLO))


def test_batch_keeps_order_under_concurrency(fake):
    results = client(fake, "/inline", concurrency=3).batch([HELLO] * 5)
    assert [r.text for r in results] == ["5"] * 5
    assert client(fake, "/inline").batch([]) == []

"""`model serve` hardening on a real loopback server: token, docs, size limit, context bound, number
ranges, cancellation on disconnect, prompt SIGTERM (issue 14). The model is a stand-in (plumbing only);
test_server.py runs the real embedded model behind the same app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from model.server import create_app

from .conftest import ROOT, free_port
from .fake_models import SlowEcho

HELLO = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 3}


def _serve(app) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture
def fake() -> SlowEcho:
    return SlowEcho(delay=0.01)


@pytest.fixture
def open_url(fake) -> Iterator[str]:
    yield from _serve(create_app(fake, token="", max_request_bytes=4096))


@pytest.fixture
def locked_url(fake) -> Iterator[str]:
    yield from _serve(create_app(fake, token="s3cret-token", max_request_bytes=4096))


def test_the_token_is_required_when_set(locked_url):
    url = f"{locked_url}/v1/chat/completions"
    assert httpx.post(url, json=HELLO, timeout=30).status_code == 401
    wrong = httpx.post(url, json=HELLO, headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert httpx.get(f"{locked_url}/v1/models", timeout=30).status_code == 401
    good = httpx.post(url, json=HELLO, headers={"Authorization": "Bearer s3cret-token"}, timeout=30)
    assert good.status_code == 200 and good.json()["choices"][0]["message"]["content"] == "tok tok tok "
    assert httpx.get(f"{locked_url}/health", timeout=30).status_code == 200  # for load balancers
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(f"{locked_url}{path}", headers={"Authorization": "Bearer s3cret-token"},
                         timeout=30).status_code == 404


def test_without_a_token_it_is_open_and_documented(open_url):
    assert httpx.post(f"{open_url}/v1/chat/completions", json=HELLO, timeout=30).status_code == 200
    assert httpx.get(f"{open_url}/docs", timeout=30).status_code == 200


def test_the_env_token_is_read(fake, monkeypatch):
    monkeypatch.setenv("TUTOR_SERVE_TOKEN", "from-env")
    for url in _serve(create_app(fake)):
        assert httpx.get(f"{url}/v1/models", timeout=30).status_code == 401
        assert httpx.get(f"{url}/v1/models", headers={"Authorization": "Bearer from-env"}, timeout=30).status_code == 200


def test_oversized_bodies_get_413(open_url):
    big = {"messages": [{"role": "user", "content": "x" * 10_000}]}
    assert httpx.post(f"{open_url}/v1/chat/completions", json=big, timeout=30).status_code == 413

    def chunked() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(20):
            yield b"y" * 1000
        yield b'"}]}'

    reply = httpx.post(f"{open_url}/v1/chat/completions", content=chunked(),
                       headers={"Content-Type": "application/json"}, timeout=30)
    assert reply.status_code == 413


def test_the_prompt_is_bounded_by_the_context(open_url, fake):
    long = {"messages": [{"role": "user", "content": "word " * 70}]}  # 70 'tokens' > the window of 64
    reply = httpx.post(f"{open_url}/v1/chat/completions", json=long, timeout=30)
    assert reply.status_code == 400 and "context of 64" in reply.text
    fits = {"messages": [{"role": "user", "content": "word " * 60}], "max_tokens": 500}
    assert httpx.post(f"{open_url}/v1/chat/completions", json=fits, timeout=30).status_code == 200
    assert fake.last_config.max_new_tokens == 4  # the reply gets what the context leaves


@pytest.mark.parametrize("field, value", [
    ("temperature", "NaN"), ("temperature", "Infinity"), ("top_p", "NaN"), ("seed", str(2**80)), ("seed", "-1"),
])
def test_out_of_range_numbers_get_422(open_url, field, value):
    body = '{"messages": [{"role": "user", "content": "hi"}], "' + field + '": ' + value + "}"
    reply = httpx.post(f"{open_url}/v1/chat/completions", content=body,
                       headers={"Content-Type": "application/json"}, timeout=30)
    assert reply.status_code == 422, reply.text


def test_a_client_that_goes_away_cancels_generation(fake):
    fake.delay = 0.05
    for url in _serve(create_app(fake, token="")):
        body = {**HELLO, "max_tokens": 100_000, "stream": True}
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=30) as response:
            lines = response.iter_lines()
            assert next(lines).startswith("data: ")
            next(lines)
        # The connection is closed: the model's stream must be closed soon, not after 100 000 pieces.
        assert fake.closed.wait(60), "generation kept running after the client went away"
        stopped_at = fake.pieces
        time.sleep(0.5)
        assert fake.pieces <= stopped_at + 1


SERVE_STUCK = textwrap.dedent("""
    import sys
    from tests.model.fake_models import Stuck
    from model.server import serve
    serve(Stuck(), port=int(sys.argv[1]), log_level="warning")
""")


def test_sigterm_stops_the_server_promptly_during_a_generation():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVE_STUCK, str(port)], cwd=ROOT,
                            env={**os.environ, "TUTOR_SERVE_TOKEN": ""})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        threading.Thread(target=lambda: httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions",
                                                   json=HELLO, timeout=120), daemon=True).start()
        time.sleep(1.0)  # the request is inside the never-ending chat now
        proc.send_signal(signal.SIGTERM)
        # The grace is 3 s; 60 s is generous for a loaded host, and far less than "never".
        assert proc.wait(timeout=60) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal it caught
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

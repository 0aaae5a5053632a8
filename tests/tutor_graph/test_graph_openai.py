"""The scale-out path end to end: the solve graph talks to a model over real HTTP.

The production `model serve` app (FastAPI under uvicorn on 127.0.0.1) serves a scripted model that
answers the way a capable reasoning model would, so the graph's model-sourced, repaired and
verified steps are exercised through the OpenAI-compatible client, SSE and JSON on the wire.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from model.server import create_app
from tests.tutor_graph.scripted_model import ScriptedModel
from tutor_graph.context import Settings
from tutor_graph.solve import solve, stream_solve

PLAN = json.dumps({"method": "均值不等式", "steps": [
    {"question": "x 与 1/x 的和至少是多少？", "establishes": "x+1/x>=2"},
    {"question": "x 取何值时等号成立？最小值是多少？", "establishes": "1+1/1=2"}]}, ensure_ascii=False)
PROBLEM = "已知 x>0，求 x+1/x 的最小值"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Served:
    """A uvicorn server for one app in a thread; stopped on exit."""

    def __init__(self, model: ScriptedModel):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(model, model_id="reasoner"), host="127.0.0.1",
                                                    port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        assert httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=5).status_code == 200
        return f"openai:http://127.0.0.1:{self.port}/v1?model=reasoner"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def unrecognised(monkeypatch):
    """Pretend neither the specialist nor a general strategy over the reading knows the problem, so the model's
    chain is all there is."""
    from tutor_graph.nodes import deps

    monkeypatch.setattr(deps, "recognise", lambda text, timeout_s: None)
    monkeypatch.setattr(deps, "answer_reading", lambda reading, lang, timeout_s: [])


def test_a_served_model_chain_is_verified_over_http(unrecognised):
    model = ScriptedModel([PLAN, "<think>AM-GM: x·(1/x)=1</think>ANSWER: 由均值不等式，x+1/x≥2\nCLAIM: x+1/x>=2",
                           "ANSWER: x=1 时取等号，最小值 2\nCLAIM: 1+1/1=2"])
    with _Served(model) as spec:
        result = solve(PROBLEM, Settings(model=spec, nodes=frozenset()))
    assert len(model.calls) == 3  # plan and two answers, each one HTTP request
    steps = result["solutions"][0]["steps"]
    assert [s["source"] for s in steps] == ["model", "model"]
    assert [s["verdict"]["status"] for s in steps] == ["verified", "verified"]
    assert result["solutions"][0]["verified"]
    # the thinking text travelled back through the server and is kept out of the answer
    assert "AM-GM" not in steps[0]["answer"]


def test_a_refuted_step_is_repaired_over_http_and_the_tokens_stream(unrecognised):
    model = ScriptedModel([PLAN, "ANSWER: x+1/x≥1\nCLAIM: x+1/x>=3",  # wrong: x=1 gives 2
                           "ANSWER: 由均值不等式，x+1/x≥2\nCLAIM: x+1/x>=2",
                           "ANSWER: 最小值 2\nCLAIM: 1+1/1=2"])
    with _Served(model) as spec:
        events = list(stream_solve(PROBLEM, Settings(model=spec, nodes=frozenset(), repair_budget=1)))
    pieces = "".join(e["text"] for e in events if e["type"] == "token")
    assert "CLAIM: x+1/x>=2" in pieces  # the model's text arrived piece by piece over SSE
    result = events[-1]["result"]
    steps = result["solutions"][0]["steps"]
    assert [s["source"] for s in steps] == ["repaired", "model"]
    assert all(s["verdict"]["status"] == "verified" for s in steps)
    repair_prompt = model.calls[2][-1]["content"]
    assert "x+1/x>=3" in repair_prompt and "x = 3/2" in repair_prompt  # the refuted claim and its counterexample

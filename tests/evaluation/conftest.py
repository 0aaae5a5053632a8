"""Fixtures for the harness tests: small suites, one shared symbolic run, real loopback servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from evaluation.throughput import delay_server, free_port

ROOT = Path(__file__).resolve().parents[2]
# One the specialist recognises, one it does not (so graph mode really calls the model), one choice item.
ITEMS = [
    {"id": "eq", "question": "解方程 x^2-5x+6=0", "answer": "x=2或x=3", "topic": "equations", "difficulty": 1},
    {"id": "word", "question": "小明有若干颗糖，分给同学后还剩下的糖恰好是原来的一半又多一颗，问原来最少有几颗糖？",
     "answer": "4", "topic": "words", "difficulty": 3},
    {"id": "pick", "question": "2+3 等于（ ）", "answer": "B", "choices": ["4", "5", "6", "7"], "topic": "arith",
     "difficulty": 1},
]


@pytest.fixture(scope="session")
def suite_file(tmp_path_factory) -> Path:
    """A user JSONL suite of three items."""
    path = tmp_path_factory.mktemp("suite") / "mini.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ITEMS), "utf-8")
    return path


@pytest.fixture(scope="session")
def symbolic_run(tmp_path_factory) -> Path:
    """The bank's first three items in symbolic mode (no model): the folder of a finished run."""
    from evaluation.runner import run_eval

    out = tmp_path_factory.mktemp("runs") / "bank-symbolic"
    run_eval("bank", "symbolic", out, limit=3)
    return out


@pytest.fixture(scope="session")
def delay_url() -> Iterator[str]:
    """A fixed-delay OpenAI-compatible server (always answers 最终答案：2) on a free loopback port."""
    with delay_server(0.5, 8) as url:
        yield url


@pytest.fixture(scope="session")
def serve_url(tmp_path_factory) -> Iterator[str]:
    """`python -m model serve` with the embedded model on a free loopback port, once /health answers."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TUTOR_MODEL": "embedded"}
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "model", "serve", "--port", str(port), "--log-level", "warning"],
                                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                pytest.fail(f"model serve exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"model serve did not come up:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

"""Session fixtures for the model tests: one embedded model in-process, one real `model serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def weights_cache(tmp_path_factory):
    """A fresh dequantized-checkpoint cache, so this session really loads the GGUF file."""
    path = tmp_path_factory.mktemp("weights-cache")
    before = os.environ.get("TUTOR_MODEL_CACHE")
    os.environ["TUTOR_MODEL_CACHE"] = str(path)
    yield path
    if before is None:
        os.environ.pop("TUTOR_MODEL_CACHE", None)
    else:
        os.environ["TUTOR_MODEL_CACHE"] = before


@pytest.fixture(scope="session")
def server_process(tmp_path_factory, weights_cache, embedded):
    """Start `python -m model serve` with the embedded model on a free loopback port.

    Started after the in-process load has filled the session's weights cache, so the server loads
    the cached checkpoint in seconds instead of parsing the GGUF a second time on a busy host.
    """
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    # os.environ already points TUTOR_MODEL_CACHE at the session's cache (see weights_cache).
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TUTOR_MODEL": "embedded"}
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "model", "serve", "--port", str(port), "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    yield proc, f"http://127.0.0.1:{port}", log
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def server_url(server_process) -> str:
    """Base URL (without /v1) of the running server, once /health answers."""
    proc, url, log = server_process
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"model serve exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return url
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail(f"model serve did not come up in time:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def embedded(weights_cache):
    """The embedded model, loaded once per test session (offline, from the installed package).

    Other packages' tests may already hold an instance loaded from the default weights cache; drop it
    so this one really parses the GGUF file into the session's fresh cache.
    """
    from model import load_model
    from model.registry import clear_cache

    clear_cache()
    return load_model("embedded")

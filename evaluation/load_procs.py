"""The processes of the load test: the model server and the tutoring services, on loopback, killable."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LoopbackProcess:
    """A Python module run as a server on a loopback port; SIGKILL and start again on the same port."""

    name = "process"

    def __init__(self, log: Path) -> None:
        self.port, self.log = free_port(), log
        self.proc: subprocess.Popen | None = None
        self.starts = 0

    def command(self) -> list[str]:
        """The module and its arguments (after `python -m`)."""
        raise NotImplementedError

    def start(self, timeout: float = 600.0) -> None:
        """Start the process and wait until `/health` answers."""
        env = {**os.environ, "TUTOR_SERVE_TOKEN": "", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        with self.log.open("a") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", *self.command()], cwd=ROOT, env=env,
                                         stdout=out, stderr=out)
        self.starts += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        raise TimeoutError(f"{self.name} did not start")

    def kill(self) -> None:
        """SIGKILL: no clean-up, as a crash or an OOM kill."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=60)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 30 s."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)


class ModelServer(LoopbackProcess):
    """`python -m model serve` with the embedded model."""

    name = "model server"

    @property
    def url(self) -> str:
        """The OpenAI-compatible base URL."""
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        return ["model", "serve", "--model", "embedded", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "warning"]


class ServicesProcess(LoopbackProcess):
    """`python -m evaluation.load_service`: the tutoring services the students talk to."""

    name = "tutoring services"

    def __init__(self, log: Path, database: str, threads: Path, model_url: str) -> None:
        super().__init__(log)
        self.database, self.threads, self.model_url = database, threads, model_url

    @property
    def url(self) -> str:
        """The base URL of the services."""
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return ["evaluation.load_service", "--port", str(self.port), "--database", self.database,
                "--threads", str(self.threads), "--model-url", self.model_url]

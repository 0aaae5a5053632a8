"""The throughput figure: items per minute at several concurrencies against a fixed-delay loopback server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def delay_server(delay_s: float, slots: int, startup_s: float = 60.0) -> Iterator[str]:
    """Start `evaluation.delay_server` on a free loopback port; yield its base URL (without /v1); stop it after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "evaluation.delay_server", "--port", str(port),
                             "--delay", str(delay_s), "--slots", str(slots)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"delay server exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("delay server did not come up in time")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def write_suite(path: Path, n: int) -> Path:
    """A JSONL suite of n small items whose reference the server's fixed answer matches."""
    rows = [{"id": f"t{k:03d}", "question": f"计算 {k} - {k} + 2。", "answer": "2", "topic": "throughput"}
            for k in range(n)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def measure(items: int = 32, delay_s: float = 1.5, slots: int = 8,
            concurrencies: Sequence[int] = (1, 8)) -> dict[str, Any]:
    """Run cot mode on `items` items at each concurrency against the delay server; items per minute and ratio."""
    from evaluation.runner import run_eval

    runs = []
    with tempfile.TemporaryDirectory() as tmp, delay_server(delay_s, slots) as url:
        suite = write_suite(Path(tmp) / "throughput.jsonl", items)
        spec = f"openai:{url}/v1?model=delay&concurrency={max(concurrencies)}&timeout=120"
        for k in concurrencies:
            summary = run_eval(str(suite), "cot", Path(tmp) / f"c{k}", model=spec, concurrency=k, time_limit=600)
            peak = httpx.get(f"{url}/health", timeout=5).json()["peak"]
            runs.append({"concurrency": k, "items": summary["items"], "correct": summary["correct"],
                         "wall_s": summary["wall_s"], "items_per_min": round(60 * summary["items"] / summary["wall_s"], 1),
                         "server_peak_in_flight": peak})
    base = runs[0]["items_per_min"]
    return {"delay_s": delay_s, "server_slots": slots, "items": items, "runs": runs,
            "ratio": {str(r["concurrency"]): round(r["items_per_min"] / base, 2) for r in runs}}

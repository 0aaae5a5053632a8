"""`python -m evaluation load`: a bounded load and fault test on loopback, last line one JSON object.

It starts `python -m model serve` (the embedded model) on a free loopback port, then runs at once:
- N simulated students: each answers bank problems (right and wrong answers in turn); every answer is
  graded by the math layer (`tutor_graph.checks.grade`), a short hint is asked of the model server, and the
  answer is recorded in an SQLite file (WAL, one transaction per answer);
- M concurrent solve requests through the solve graph, its model being the served one.
With `--kill-server` the model server is killed (SIGKILL) mid-run and started again: requests that met
the dead server wait and retry (bounded), so no answer is lost. Only loopback addresses are used.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
RETRY_FOR_S = 300.0  # how long a request waits for a restarted server before it counts as an error


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ModelServer:
    """`python -m model serve` on loopback, killable and restartable on the same port."""

    def __init__(self, log: Path) -> None:
        self.port, self.log = _free_port(), log
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 600.0) -> None:
        env = {**os.environ, "TUTOR_SERVE_TOKEN": "", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        with self.log.open("a") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "model", "serve", "--model", "embedded", "--host", "127.0.0.1",
                 "--port", str(self.port), "--log-level", "warning"], cwd=ROOT, env=env, stdout=out, stderr=out)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"model server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        raise TimeoutError("model server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _hint(url: str, question: str) -> str:
    """A short hint from the served model, retried until the server answers again (bounded)."""
    from model.base import GenerationConfig
    from model.openai_client import OpenAIChatModel

    client = OpenAIChatModel(url, model="embedded", retries=0, timeout=600)
    deadline = time.monotonic() + RETRY_FOR_S
    while True:
        try:
            return client.chat([{"role": "user", "content": f"给一个提示：{question[:200]}"}],
                               GenerationConfig(max_new_tokens=8)).text
        except Exception:  # noqa: BLE001 - the server is down or restarting: wait and ask again
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _record(db: Path, row: tuple) -> None:
    with closing(sqlite3.connect(db, timeout=60)) as conn, conn:
        conn.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", row)


def run_load(students: int = 30, solves: int = 30, answers_each: int = 2, kill_server: bool = False,
             out: str | None = None) -> dict[str, Any]:
    """Run the load test; return the summary (also written to OUT/load.json when `out` is given)."""
    from content.bank import load_problems
    from tutor_graph.checks import grade
    from tutor_graph.context import Settings
    from tutor_graph.solve import solve

    folder = Path(out) if out else Path(tempfile.mkdtemp(prefix="tutor-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    answers_db = folder / "answers.sqlite"
    with closing(sqlite3.connect(answers_db)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS answers (student INT, problem TEXT, answer TEXT, correct INT, hint TEXT)")
    problems = [p for p in load_problems() if p.final_answer]
    server = ModelServer(folder / "model-serve.log")
    server.start()
    latencies: dict[str, list[float]] = {"answer": [], "solve": []}
    errors: list[str] = []
    lock = threading.Lock()

    def student(n: int) -> None:
        for k in range(answers_each):
            problem = problems[(n * answers_each + k) % len(problems)]
            answer = problem.final_answer if (n + k) % 2 == 0 else "0"
            started = time.perf_counter()
            try:
                correct = grade(problem.final_answer, answer).correct
                hint = _hint(server.url, problem.question_zh)
                _record(answers_db, (n, problem.id, answer, int(correct), hint))
            except Exception as exc:  # noqa: BLE001 - counted, the run goes on
                with lock:
                    errors.append(f"student {n}: {type(exc).__name__}: {exc}"[:300])
                continue
            with lock:
                latencies["answer"].append(time.perf_counter() - started)

    def solver(n: int) -> None:
        problem = problems[(n * 7) % len(problems)]
        settings = Settings(model=f"openai:{server.url}?model=embedded&retries=8&timeout=600", methods=1,
                            nodes=frozenset())
        started = time.perf_counter()
        try:
            solve(problem.question_zh, settings)
        except Exception as exc:  # noqa: BLE001 - counted
            with lock:
                errors.append(f"solve {n}: {type(exc).__name__}: {exc}"[:300])
            return
        with lock:
            latencies["solve"].append(time.perf_counter() - started)

    started = time.perf_counter()
    killer = None
    if kill_server:
        def kill_and_restart() -> None:
            time.sleep(5)
            server.kill()
            server.start()
        killer = threading.Thread(target=kill_and_restart, daemon=True)
        killer.start()
    with ThreadPoolExecutor(max_workers=students + solves) as pool:
        jobs = [pool.submit(student, n) for n in range(students)] + [pool.submit(solver, n) for n in range(solves)]
        for job in jobs:
            job.result()
    if killer is not None:
        killer.join(timeout=RETRY_FOR_S)
    server.stop()
    with closing(sqlite3.connect(answers_db)) as conn:
        recorded = conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    summary = {
        "students": students, "answers_submitted": students * answers_each, "answers_recorded": recorded,
        "answers_lost": students * answers_each - recorded - sum(e.startswith("student") for e in errors),
        "solves": solves, "solves_done": len(latencies["solve"]), "errors": len(errors),
        "error_samples": errors[:5], "server_killed": kill_server, "answers_db_integrity": integrity,
        "p95_answer_s": _p95(latencies["answer"]), "p95_solve_s": _p95(latencies["solve"]),
        "wall_s": round(time.perf_counter() - started, 2),
    }
    (folder / "load.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def _p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3)

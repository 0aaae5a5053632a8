"""`python -m evaluation load`: a bounded load and fault test on loopback, last line one JSON object.

Processes, each on a free loopback port: `python -m model serve` (the embedded model) and the tutoring
services (`evaluation/load_service.py`, the student page's path: tutoring graph, checkpointed threads,
learner records in an SQLite database made by the project's migrations). Then at once:
- N simulated students, each answering bank problems (right and wrong answers in turn) over HTTP; each answer
  is checked by the tutoring graph and recorded with mastery; a wrong one also gets a short hint from the model
  server (one model call at a time: the embedded model on a shared 2-core machine takes seconds per hint);
- M concurrent solve requests through the solve graph. The served model is the embedded plumbing model, so
  they run as `model_use=auto` runs with it: the symbolic specialist answers and no model call is made (one
  call of that model on a solve prompt takes ~50 s on a loaded 2-core machine and the model serves one call
  at a time, which is why the earlier full-size run did not finish).
With `--kill-server` the model server, and with `--kill-app` the tutoring services, are killed (SIGKILL) mid
run and started again: requests that met a dead process wait and retry (bounded), each answer is recorded
exactly once (see load_service), and the databases are checked (integrity, duplicates) at the end.
"""

from __future__ import annotations

import json
import math
import sqlite3
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

from evaluation.load_procs import ModelServer, ServicesProcess

RETRY_FOR_S = 600.0  # how long a request waits for a restarted process before it counts as an error
BUSY_RETRIES = 5  # 503s (busy database, model server still away) asked again before it counts as an error


def _answer(service: ServicesProcess, payload: dict[str, Any]) -> dict[str, Any]:
    """POST one answer; a dead or busy service (connection refused, 503) is asked again (bounded)."""
    down_since, busy = None, 0
    while True:
        try:
            got = httpx.post(f"{service.url}/answer", json=payload, timeout=httpx.Timeout(1800, connect=10))
            down_since = None
            if got.status_code == 200:
                return got.json()
            if got.status_code != 503 or busy >= BUSY_RETRIES:
                raise RuntimeError(f"HTTP {got.status_code}: {got.text[:200]}")
            busy += 1
        except httpx.ReadTimeout:  # alive but slow (a long queue at the model): ask again, a bounded number of times
            busy += 1
            if busy > BUSY_RETRIES:
                raise
        except httpx.TransportError:  # the process is down or restarting: counted from when it went away
            down_since = down_since or time.monotonic()
            if time.monotonic() - down_since > RETRY_FOR_S:
                raise TimeoutError("the tutoring services did not come back") from None
        time.sleep(0.5)


class _Faults:
    """Kill a process once, when a given number of answers is done, and start it again."""

    def __init__(self) -> None:
        self.done, self.over = 0, False
        self.cond = threading.Condition()
        self.threads: list[threading.Thread] = []

    def answered(self) -> None:
        with self.cond:
            self.done += 1
            self.cond.notify_all()

    def finish(self) -> None:
        """The run is over: a kill still waiting for its moment does not happen (the starts say so)."""
        with self.cond:
            self.over = True
            self.cond.notify_all()

    def kill_at(self, proc: Any, after: int) -> None:
        def run() -> None:
            with self.cond:
                self.cond.wait_for(lambda: self.done >= after or self.over)
                if self.over:
                    return
            proc.kill()
            proc.start()
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.threads.append(thread)


def run_load(students: int = 30, solves: int = 30, answers_each: int = 2, kill_server: bool = False,
             out: str | None = None, kill_app: bool = False) -> dict[str, Any]:
    """Run the load test; return the summary (also written to OUT/load.json when `out` is given)."""
    from content.bank import load_problems
    from content.db import upgrade
    from tutor_graph.context import Settings
    from tutor_graph.solve import solve

    folder = Path(out) if out else Path(tempfile.mkdtemp(prefix="tutor-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    records, threads = folder / "records.sqlite", folder / "threads.sqlite"
    database = f"sqlite:///{records}"
    upgrade(database)
    problems = [p for p in load_problems() if p.final_answer]
    server = ModelServer(folder / "model-serve.log")
    server.start()
    service = ServicesProcess(folder / "services.log", database, threads, server.url)
    service.start()
    latencies: dict[str, list[float]] = {"answer": [], "solve": []}
    statuses: list[str] = []
    verified: list[bool] = []
    errors: list[str] = []
    lock = threading.Lock()
    faults = _Faults()
    total = students * answers_each

    def student(n: int) -> None:
        for k in range(answers_each):
            problem = problems[(n * answers_each + k) % len(problems)]  # one thread per (student, problem)
            text = problem.final_answer if (n + k) % 2 == 0 else "0"
            started = time.perf_counter()
            try:
                done = _answer(service, {"student": n, "problem_id": problem.id, "text": text, "right": text != "0"})
            except Exception as exc:  # noqa: BLE001 - counted, the run goes on
                with lock:
                    errors.append(f"student {n}: {type(exc).__name__}: {exc}"[:300])
                continue
            with lock:
                latencies["answer"].append(time.perf_counter() - started)
                statuses.append(done["status"])
            faults.answered()

    def solver(n: int) -> None:
        problem = problems[(n * 7) % len(problems)]
        settings = Settings(model=f"openai:{server.url}?model=embedded&retries=8&timeout=600", methods=1,
                            nodes=frozenset(), model_use="never")
        started = time.perf_counter()
        try:
            result = solve(problem.question_zh, settings)
        except Exception as exc:  # noqa: BLE001 - counted
            with lock:
                errors.append(f"solve {n}: {type(exc).__name__}: {exc}"[:300])
            return
        with lock:
            latencies["solve"].append(time.perf_counter() - started)
            verified.append(any(s.get("verified") for s in result.get("solutions") or []))

    started = time.perf_counter()
    if kill_server:
        faults.kill_at(server, max(1, math.ceil(total / 4)))
    if kill_app:
        faults.kill_at(service, max(1, math.ceil(total / 2)))
    try:
        with ThreadPoolExecutor(max_workers=students + solves) as pool:
            jobs = [pool.submit(student, n) for n in range(students)] + [pool.submit(solver, n) for n in range(solves)]
            for job in jobs:
                job.result()
        faults.finish()
        for thread in faults.threads:
            thread.join(timeout=RETRY_FOR_S)
    finally:
        service.stop()
        server.stop()
    summary = {
        "students": students, "answers_submitted": total, **_records(records, threads, students, answers_each),
        "answers_recovered": statuses.count("recovered from checkpoint"),
        "solves": solves, "solves_done": len(latencies["solve"]), "solves_verified": sum(verified),
        "solve_model_use": "never: the specialist (the served model is the embedded plumbing model)",
        "errors": len(errors), "error_samples": errors[:5],
        "server_killed": kill_server, "app_killed": kill_app,
        "server_starts": server.starts, "app_starts": service.starts,
        "p95_answer_s": _p95(latencies["answer"]), "p95_solve_s": _p95(latencies["solve"]),
        "wall_s": round(time.perf_counter() - started, 2),
    }
    (folder / "load.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def _records(records: Path, threads: Path, students: int, answers_each: int) -> dict[str, Any]:
    """What the databases hold: answers recorded, lost and duplicated, and SQLite's integrity checks."""
    with closing(sqlite3.connect(records)) as conn:
        rows = conn.execute("SELECT learner, thread FROM learner_attempts WHERE learner LIKE 'load-%'").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        foreign = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        mastered = conn.execute("SELECT COUNT(DISTINCT learner) FROM learner_mastery").fetchone()[0]
    with closing(sqlite3.connect(threads)) as conn:
        threads_integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    recorded = {thread for _, thread in rows}
    return {
        "answers_recorded": len(recorded), "answers_lost": students * answers_each - len(recorded),
        "duplicate_records": len(rows) - len(recorded), "learners_with_mastery": mastered,
        "records_db_integrity": integrity if not foreign else f"{integrity}; {foreign} foreign-key faults",
        "threads_db_integrity": threads_integrity,
    }


def _p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3)

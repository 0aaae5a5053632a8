"""Background evaluation jobs for the research page: start runs in a separate process, read progress, list runs.

A job is `python -m evaluation.jobs SPEC_JSON`: it runs each asked mode in turn into `<root>/<job>/<mode>`.
The page never runs inspect in its own threads; it only reads the run folders the job writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evaluation.runner import ITEMS_FILE, RUN_FILE, SUMMARY_FILE

ROOT = Path(__file__).resolve().parents[1]
RUNS_ENV = "TUTOR_RESEARCH_DIR"


def runs_dir() -> Path:
    """Where the research page keeps runs: `$TUTOR_RESEARCH_DIR`, else ~/.local/share/question-chain-tutor/research."""
    env = os.environ.get(RUNS_ENV)
    path = Path(env) if env else Path.home() / ".local" / "share" / "question-chain-tutor" / "research"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class JobSpec:
    """What a researcher asked for: one suite and model, one or more modes."""

    suite: str
    modes: tuple[str, ...]
    model: str = "embedded"
    limit: int | None = None
    every: int = 1
    concurrency: int = 1
    time_limit: int = 300
    lang: str = "zh"
    data_dir: str | None = None
    max_tokens: int | None = None


@dataclass
class RunProgress:
    """One run folder as the page shows it."""

    folder: str
    suite: str = ""
    mode: str = ""
    model: str = ""
    done: int = 0
    total: int | None = None
    finished: bool = False
    summary: dict[str, Any] = field(default_factory=dict)


def start_job(spec: JobSpec, root: Path | None = None) -> Path:
    """Start a job process for `spec`; return its folder (one sub-folder per mode appears as it starts)."""
    root = Path(root or runs_dir())
    job = root / time.strftime("%Y%m%d-%H%M%S")
    while job.exists():
        job = job.with_name(job.name + "x")
    job.mkdir(parents=True)
    (job / "job.json").write_text(json.dumps(asdict(spec), ensure_ascii=False), "utf-8")
    with open(job / "job.log", "w", encoding="utf-8") as log:
        subprocess.Popen([sys.executable, "-m", "evaluation.jobs", str(job)], cwd=ROOT, stdout=log,
                         stderr=subprocess.STDOUT, start_new_session=True)
    return job


def run_job(job: Path) -> None:
    """Run every mode of the job folder's spec in turn (the job process's body)."""
    from evaluation.runner import run_eval

    spec = JobSpec(**json.loads((job / "job.json").read_text("utf-8")))
    for mode in spec.modes:
        try:
            summary = run_eval(spec.suite, mode, job / mode, model=spec.model, limit=spec.limit,  # type: ignore[arg-type]
                               every=spec.every, concurrency=spec.concurrency, time_limit=spec.time_limit,
                               data_dir=spec.data_dir, lang=spec.lang, max_tokens=spec.max_tokens)
            print(json.dumps({k: v for k, v in summary.items() if k != "logs"}, ensure_ascii=False), flush=True)
        except Exception as exc:  # one mode failing (e.g. the suite absent) leaves the others to run
            (job / f"{mode}.error").write_text(f"{type(exc).__name__}: {exc}", "utf-8")
            print(f"{mode}: {type(exc).__name__}: {exc}", flush=True)


def progress(folder: Path) -> RunProgress:
    """How far one run folder is: items done of total, and its summary once finished."""
    folder = Path(folder)
    asked = json.loads((folder / RUN_FILE).read_text("utf-8")) if (folder / RUN_FILE).is_file() else {}
    items = folder / ITEMS_FILE
    done = len({json.loads(x)["id"] for x in items.read_text("utf-8").splitlines() if x.strip()}) if items.is_file() else 0
    summary = json.loads((folder / SUMMARY_FILE).read_text("utf-8")) if (folder / SUMMARY_FILE).is_file() else {}
    return RunProgress(folder=str(folder), suite=asked.get("suite", ""), mode=asked.get("mode", ""),
                       model=asked.get("model", ""), done=done, total=asked.get("selected"),
                       finished=bool(summary) and summary.get("items") == asked.get("selected"), summary=summary)


def job_status(job: Path) -> dict[str, Any]:
    """A job's runs (progress per mode), errors per mode, and whether every mode has finished."""
    job = Path(job)
    spec = json.loads((job / "job.json").read_text("utf-8"))
    runs = [progress(job / m) for m in spec["modes"] if (job / m / RUN_FILE).is_file()]
    errors = {m: (job / f"{m}.error").read_text("utf-8") for m in spec["modes"] if (job / f"{m}.error").is_file()}
    finished = all(any(r.mode == m and r.finished for r in runs) or m in errors for m in spec["modes"])
    return {"job": str(job), "spec": spec, "runs": runs, "errors": errors, "finished": finished}


def list_runs(root: Path | None = None) -> list[RunProgress]:
    """Every run folder under `root` (newest first), finished or not."""
    root = Path(root or runs_dir())
    found = [progress(p.parent) for p in root.glob("**/" + RUN_FILE)]
    return sorted(found, key=lambda r: r.folder, reverse=True)


if __name__ == "__main__":
    run_job(Path(sys.argv[1]))

"""The research page's door to `evaluation`: typed calls, readable errors (NotAvailable), no logic of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import NotAvailable, needs

_WHAT = "评测 / evaluation"
MODES = ("cot", "chain", "graph", "symbolic")
SUITES = ("bank", "gaokao", "tutoring")


@dataclass(frozen=True)
class RunView:
    """One run folder as the page lists it."""

    folder: str
    suite: str
    mode: str
    model: str
    done: int
    total: int | None
    finished: bool
    summary: dict[str, Any]

    @property
    def label(self) -> str:
        """How a run reads in a select box."""
        acc = self.summary.get("accuracy")
        tail = f"accuracy {acc}" if self.finished else f"{self.done}/{self.total or '?'}"
        return f"{Path(self.folder).parent.name}/{Path(self.folder).name} · {self.suite} · {self.mode} · {self.model} · {tail}"


def _view(progress: Any) -> RunView:
    return RunView(progress.folder, progress.suite, progress.mode, progress.model, progress.done, progress.total,
                   progress.finished, progress.summary)


def runs_dir() -> Path:
    """The folder holding the page's runs."""
    with needs(_WHAT):
        from evaluation.jobs import runs_dir as runs_dir_
    return runs_dir_()


def start(suite: str, modes: list[str], model: str, limit: int | None, concurrency: int, lang: str,
          every: int = 1) -> str:
    """Start a background job (one run per mode, in turn); return its folder."""
    with needs(_WHAT):
        from evaluation.jobs import JobSpec, start_job
    if not modes:
        raise NotAvailable(_WHAT, "no mode chosen")
    spec = JobSpec(suite=suite.strip(), modes=tuple(modes), model=model.strip() or "embedded",
                    limit=limit or None, every=max(1, every), concurrency=max(1, concurrency), lang=lang)
    return str(start_job(spec))


def job_status(job: str) -> dict[str, Any]:
    """A job's runs with progress, errors per mode, finished flag."""
    with needs(_WHAT):
        from evaluation.jobs import job_status as job_status_
    status = job_status_(Path(job))
    return {**status, "runs": [_view(r) for r in status["runs"]]}


def list_runs() -> list[RunView]:
    """Every run under the page's folder, newest first."""
    with needs(_WHAT):
        from evaluation.jobs import list_runs as list_runs_
    return [_view(r) for r in list_runs_()]


def report_html(folder: str) -> str:
    """The run's self-contained HTML report ('' until it is written)."""
    path = Path(folder) / "report.html"
    return path.read_text("utf-8") if path.is_file() else ""


def compare(a: str, b: str) -> dict[str, Any]:
    """Paired comparison of two runs (McNemar); figures plus the side-by-side HTML text under `page`."""
    try:
        with needs(_WHAT):
            from evaluation.compare import compare_runs
        figures = compare_runs(a, b, out=Path(b).parent / "compare")
    except ValueError as exc:
        raise NotAvailable(_WHAT, str(exc)) from exc
    return {**figures, "page": Path(figures["html"]).read_text("utf-8")}


def inspect_view_command(folder: str) -> str:
    """The command that opens a run's inspect logs in inspect's offline viewer."""
    return f".venv/bin/inspect view --log-dir {Path(folder) / 'logs'}"

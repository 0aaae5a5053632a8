"""Run one suite in one mode on inspect_ai: resumable, bounded concurrency, per-item time limit.

`--out DIR` holds `run.json` (what was asked), `items.jsonl` (one graded item per line, appended as each
finishes, so a rerun into the same folder skips them), `logs/` (inspect logs, `inspect view --log-dir`),
`summary.json` and `report.html`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from evaluation.metrics import aggregate
from evaluation.scoring import grade_item, tutor_scorer
from evaluation.solvers import MODES, Mode, mode_solver
from evaluation.suites import SUITES, TUTORING, Item, load_suite
from evaluation.tutoring_suite import (
    TUTORING_MODES,
    tutor_students,
    tutoring_figures,
    tutoring_record,
    tutoring_scorer,
)

ITEMS_FILE, RUN_FILE, SUMMARY_FILE, REPORT_FILE, LOG_DIR = "items.jsonl", "run.json", "summary.json", "report.html", "logs"
DEFAULT_TIME_LIMIT_S = 300
# The solve graph's optional nodes an evaluation runs by default: the other methods, which `verified methods per
# item` counts. Variants and knowledge links are scored by no metric here (ask for them with `nodes`).
SCORED_NODES = frozenset({"alternatives"})


def suite_name(suite: str) -> str:
    """A suite's name for reports: bank, gaokao, or the JSONL file's stem."""
    return suite if suite in SUITES else Path(suite).stem


def read_items(out: Path) -> list[dict[str, Any]]:
    """The item results recorded under `out` (last record per id wins; a torn last line is ignored)."""
    path = Path(out) / ITEMS_FILE
    records: dict[str, dict[str, Any]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            records[row["id"]] = row
    return list(records.values())


def _check_same_run(out: Path, asked: dict[str, Any], selected: int) -> None:
    """Refuse to mix runs: a folder holds one suite × mode × model."""
    path = out / RUN_FILE
    if path.is_file():
        before = json.loads(path.read_text(encoding="utf-8"))
        keys = ("suite", "mode", "model", "lang", "nodes")
        if any(before.get(k, asked[k]) != asked[k] for k in keys):  # a key a folder lacks predates it
            was = {k: before.get(k) for k in keys}
            raise ValueError(f"{out} holds another run ({was}); choose another --out")
    path.write_text(json.dumps({**asked, "selected": selected}, ensure_ascii=False, indent=2), "utf-8")


def select(items: list[Item], limit: int | None = None, every: int = 1) -> list[Item]:
    """Every `every`-th item, at most `limit` of them."""
    chosen = items[:: max(1, every)]
    return chosen[:limit] if limit else chosen


def default_concurrency(mode: str) -> int:
    """Items in flight by default: one per check worker where no model runs (the work is the workers'), else 1."""
    from tutor_graph.checks.pool import POOL_SIZE

    return max(1, POOL_SIZE) if mode == "symbolic" else 1


def cpu_seconds() -> dict[str, float]:
    """User + system CPU seconds so far of this process and of its children (the check workers), live or ended."""
    import psutil

    me = psutil.Process()
    own = me.cpu_times()
    children = own.children_user + own.children_system  # workers already ended (killed at a time-out, replaced)
    for child in me.children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:  # ended between listing and reading: counted once reaped
            continue
        children += times.user + times.system
    return {"main": own.user + own.system, "children": children}


def run_eval(suite: str, mode: Mode, out: str | Path, model: str = "embedded", limit: int | None = None,
             every: int = 1, concurrency: int | None = None, time_limit: int | None = DEFAULT_TIME_LIMIT_S,
             data_dir: str | Path | None = None, lang: str = "zh", max_tokens: int | None = None,
             progress: Callable[[dict[str, Any], int, int], None] | None = None, ids: list[str] | None = None,
             seed: int = 0, mathdial: Path | None = None, nodes: frozenset[str] | None = None) -> dict[str, Any]:
    """Run (or resume) one evaluation; write items, inspect log, summary.json and report.html; return the summary.

    `concurrency` defaults to `default_concurrency(mode)`; `ids` keeps only those items; `nodes` are the solve
    graph's optional nodes to run in graph and symbolic modes (default: only `alternatives`, the methods the
    metrics count; variants and knowledge links are not scored); `seed` and `mathdial` are the tutoring suite's
    (the random guesser's seed, MathDial's test.jsonl)."""
    import inspect_ai

    from evaluation import provider
    from evaluation.report import write_report
    from tutor_graph.checks import warm_up

    started, cpu_started = time.perf_counter(), cpu_seconds()
    warm_up()  # the check workers import SymPy while this process loads the suite and inspect sets up
    concurrency = concurrency or default_concurrency(mode)
    nodes = SCORED_NODES if nodes is None else frozenset(nodes)
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    tutoring = suite == TUTORING
    if tutoring and mode not in TUTORING_MODES:
        raise ValueError(f"the tutoring suite runs in {' or '.join(TUTORING_MODES)} mode, not {mode!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    items = load_suite(suite, data_dir, lang)
    if ids is not None:
        unknown = set(ids) - {i.id for i in items}
        if unknown:
            raise ValueError(f"no such items in {suite}: {', '.join(sorted(unknown))}")
        items = [i for i in items if i.id in set(ids)]
    chosen = select(items, limit, every)
    asked = {"suite": suite_name(suite), "source": str(suite), "mode": mode, "model": model, "lang": lang,
             "nodes": sorted(nodes) if mode in ("graph", "symbolic") else []}
    _check_same_run(out, asked, len(chosen))
    wanted = {i.id for i in chosen}
    done = {r["id"] for r in read_items(out)} & wanted
    todo = [i for i in chosen if i.id not in done]
    sink_path = out / ITEMS_FILE
    counter = {"n": len(done)}

    def sink(record: dict[str, Any]) -> None:
        with sink_path.open("a", encoding="utf-8") as fh:  # one line per item, flushed: a crash loses one item at most
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        counter["n"] += 1
        if progress:
            progress(record, counter["n"], len(chosen))

    logs: list[str] = []
    load_s = _preload(model) if todo and mode in ("cot", "chain") else None
    if todo:
        task = inspect_ai.Task(
            name=f"{asked['suite']}-{mode}",
            dataset=inspect_ai.dataset.MemoryDataset([
                inspect_ai.dataset.Sample(id=i.id, input=i.question, target=i.answer, metadata={"item": i.to_dict()})
                for i in todo]),
            solver=_solver(suite, mode, model, lang, concurrency, max_tokens, seed, nodes),
            scorer=tutoring_scorer(sink) if tutoring else tutor_scorer(sink),
            config=inspect_ai.model.GenerateConfig(max_tokens=max_tokens or _token_budget(model), temperature=0.0),
            metadata=asked,
        )
        # inspect runs its own event loop (asyncio.run); a caller that already has one running in this thread
        # (a notebook, Playwright's sync API in the test run) would make that fail, so it gets a thread of its own.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="inspect-eval") as pool:
            results = pool.submit(
                inspect_ai.eval,
                task, model=provider.inspect_model_name(model), model_args={"concurrency": concurrency},
                log_dir=str(out / LOG_DIR), log_format="eval", display="none", max_samples=concurrency,
                max_connections=concurrency, time_limit=time_limit, fail_on_error=False, score_display=False,
            ).result()
        logs = [r.location for r in results]
        _record_unscored(results, todo, out, sink, tutoring_record if tutoring else grade_item)
    records = [r for r in read_items(out) if r["id"] in wanted]
    cpu = {k: v - cpu_started[k] for k, v in cpu_seconds().items()}
    summary = {
        **asked, "items": len(records), "selected": len(chosen), "resumed": len(done),
        "concurrency": concurrency, "time_limit_s": time_limit, "max_tokens": max_tokens or _token_budget(model),
        "wall_s": round(time.perf_counter() - started, 2), "model_load_s": load_s,
        # user + system seconds of this run, the check workers' included: the figure a shared machine does not skew
        "cpu_s": round(cpu["main"] + cpu["children"], 2), "cpu_workers_s": round(cpu["children"], 2),
        **{k: v for k, v in aggregate(records).items() if k != "items"},
        "logs": sorted({*_previous_logs(out), *logs}),
    }
    if tutoring:
        summary.update(tutoring_figures(records, out, mathdial))
    (out / SUMMARY_FILE).write_text(json.dumps(summary, ensure_ascii=False, indent=2), "utf-8")
    write_report(out, summary, records)
    return summary


def _solver(suite: str, mode: Mode, model: str, lang: str, concurrency: int, max_tokens: int | None,
            seed: int, nodes: frozenset[str]) -> Any:
    """The inspect solver of one suite × mode: the tutoring suite's students, or the mode's solver."""
    if suite == TUTORING:
        return tutor_students(model, mode, concurrency, seed, max_tokens)
    return mode_solver(mode, model, lang, concurrency, max_tokens, nodes)


def _preload(model: str) -> float:
    """Load the model before the first item, so item times measure answering, not loading; seconds taken."""
    from model.registry import load_model

    started = time.perf_counter()
    load_model(model)
    return round(time.perf_counter() - started, 2)


def _token_budget(model: str) -> int:
    """Per-call max tokens: the solve graph's budget for this model (short for the embedded demo model)."""
    from tutor_graph.context import Settings

    return Settings(model=model).token_budget


def _previous_logs(out: Path) -> list[str]:
    return [str(p) for p in (out / LOG_DIR).glob("*.eval")] if (out / LOG_DIR).is_dir() else []


def _record_unscored(results: Any, todo: list[Item], out: Path, sink: Callable[[dict[str, Any]], None],
                     record: Callable[[Item, dict[str, Any]], dict[str, Any]]) -> None:
    """Items inspect ended without a score (time limit, error) are recorded as unanswered with the reason."""
    recorded = {r["id"] for r in read_items(out)}
    by_id = {i.id: i for i in todo}
    for log in results:
        for sample in log.samples or []:
            if sample.id in recorded or sample.id not in by_id:
                continue
            if sample.limit is not None:
                reason = f"{sample.limit.type} limit reached ({sample.limit.limit})"
            elif sample.error is not None:
                reason = sample.error.message.splitlines()[0][:300]
            else:
                reason = "no score"
            sink(record(by_id[str(sample.id)], {"error": reason, "result_s": sample.total_time}))

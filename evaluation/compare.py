"""`python -m evaluation compare RUN_A RUN_B`: paired differences on items, McNemar's test, side-by-side HTML."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from evaluation.metrics import paired
from evaluation.report import render
from evaluation.runner import SUMMARY_FILE, read_items


def load_run(folder: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A run folder's summary and item results; ValueError when it holds no run."""
    folder = Path(folder)
    path = folder / SUMMARY_FILE
    if not path.is_file():
        raise ValueError(f"{folder} holds no {SUMMARY_FILE}: run `python -m evaluation run … --out {folder}` first")
    return json.loads(path.read_text(encoding="utf-8")), read_items(folder)


def compare_runs(a: str | Path, b: str | Path, out: str | Path | None = None) -> dict[str, Any]:
    """Compare two runs item by item; write compare.html (into `out`, default B's folder); return the figures."""
    run_a, run_b = load_run(a), load_run(b)
    figures = {"a": {k: run_a[0].get(k) for k in ("suite", "mode", "model", "items", "accuracy")},
               "b": {k: run_b[0].get(k) for k in ("suite", "mode", "model", "items", "accuracy")},
               **paired(run_a[1], run_b[1])}
    changed = "".join(f"<tr><td>{html.escape(c['id'])}</td><td>{'✔' if c['a'] else '✘'}</td>"
                      f"<td>{'✔' if c['b'] else '✘'}</td></tr>" for c in figures["changed"])
    extra = (f"<h2>配对比较 · Paired comparison</h2><p>paired items {figures['paired_items']}: both right "
             f"{figures['both']}, only A {figures['only_a']}, only B {figures['only_b']}, neither {figures['neither']}; "
             f"accuracy A {figures['accuracy_a']} → B {figures['accuracy_b']} (difference {figures['difference']}); "
             f"McNemar exact p = <b id='mcnemar'>{figures['mcnemar_p']}</b></p>"
             f"<details><summary>items that changed ({len(figures['changed'])})</summary><table>"
             f"<tr><th>id</th><th>A</th><th>B</th></tr>{changed}</table></details>")
    target = Path(out) if out else Path(b)
    target.mkdir(parents=True, exist_ok=True)
    path = target / "compare.html"
    path.write_text(render([run_a, run_b], "评测对比 · Compare runs", extra), "utf-8")
    figures["html"] = str(path)
    return figures


def format_compare(figures: dict[str, Any]) -> str:
    """The readable lines `compare` prints before its JSON."""
    a, b = figures["a"], figures["b"]
    lines = [f"A: {a['suite']} / {a['mode']} / {a['model']}  accuracy {a['accuracy']}",
             f"B: {b['suite']} / {b['mode']} / {b['model']}  accuracy {b['accuracy']}",
             f"paired items {figures['paired_items']}: both {figures['both']}, only A {figures['only_a']}, "
             f"only B {figures['only_b']}, neither {figures['neither']}",
             f"difference B − A {figures['difference']}  McNemar exact p = {figures['mcnemar_p']}"]
    lines += [f"  {c['id']}: {'✔' if c['a'] else '✘'} → {'✔' if c['b'] else '✘'}" for c in figures["changed"][:30]]
    return "\n".join(lines)

"""Self-contained HTML reports: one run, or several side by side; plots are inline SVG from matplotlib."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display here; Streamlit and CLI runs alike
import matplotlib.pyplot as plt  # noqa: E402

STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1.5rem;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
.plots{display:flex;flex-wrap:wrap;gap:1rem}.plot{flex:1 1 520px}.ok{color:#186a3b}.bad{color:#a93226}
code{background:#f4f4f4;padding:0 .2rem}details{margin:.5rem 0}
"""


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.find("<svg"):]


def _label(run: dict[str, Any]) -> str:
    return f"{run.get('mode')} · {run.get('model')}"


def accuracy_plot(runs: list[dict[str, Any]], group: str, title: str) -> str:
    """Grouped bars: accuracy per topic / difficulty, one bar per run; SVG markup."""
    keys = sorted({k for r in runs for k in r.get(group, {})})
    fig, ax = plt.subplots(figsize=(max(5.0, 0.45 * len(keys) * max(1, len(runs)) + 2), 3.4))
    width = 0.8 / max(1, len(runs))
    for n, run in enumerate(runs):
        values = [(run.get(group, {}).get(k, {}).get("accuracy") or 0.0) for k in keys]
        ax.bar([x + n * width for x in range(len(keys))], values, width, label=_label(run))
    ax.set_xticks([x + width * (len(runs) - 1) / 2 for x in range(len(keys))], keys, rotation=60, ha="right",
                  fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("accuracy")
    ax.set_title(title)
    ax.legend(fontsize=7)
    return _svg(fig)


def time_plot(runs: list[tuple[dict[str, Any], list[dict[str, Any]]]], key: str = "result_s",
              what: str = "the full result") -> str:
    """Histogram of seconds to `key` (result_s | first_question_s) per item, one series per run; SVG markup."""
    fig, ax = plt.subplots(figsize=(5.5, 3.4))
    for run, items in runs:
        times = [float(i[key]) for i in items if i.get(key) is not None]
        if times:
            ax.hist(times, bins=min(30, max(5, len(times) // 3)), alpha=0.6, label=_label(run))
    ax.set_xlabel(f"seconds to {what}")
    ax.set_ylabel("items")
    ax.set_title(f"time to {what}")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7)
    return _svg(fig)


def _headline(run: dict[str, Any]) -> list[tuple[str, Any]]:
    return [
        ("suite", run.get("suite")), ("mode", run.get("mode")), ("model", run.get("model")),
        ("items", run.get("items")), ("graded", run.get("graded")), ("accuracy", run.get("accuracy")),
        ("95% CI", run.get("accuracy_ci")), ("verified correct", run.get("verified_correct")),
        ("wrong but verified", run.get("wrong_verified")), ("steps verified", run.get("steps_verified")),
        ("steps whose check timed out", run.get("steps_timed_out")),
        ("verified methods / item", run.get("verified_methods_per_item")),
        ("first question s (median / p95)", _pair(run.get("first_question_s"))),
        ("full result s (median / p95)", _pair(run.get("result_s"))),
        ("tokens (prompt / completion)", f"{run.get('prompt_tokens')} / {run.get('completion_tokens')}"),
        ("model calls", run.get("model_calls")), ("errors", run.get("errors")), ("wall s", run.get("wall_s")),
        ("CPU s (user + sys, workers included)", run.get("cpu_s")), ("concurrency", run.get("concurrency")),
    ]


TUTORING_ROWS = (  # the tutoring suite's figures (evaluation.tutoring_suite), shown where a run has them
    ("problems tutored", "problems"), ("without a verified chain", "skipped_no_chain"),
    ("clean problems (no fault)", "clean_problems"), ("answer leaks", "leaks"),
    ("mistake identification", "mistake_identification"), ("wrong answers given", "wrong_answers"),
    ("misconception named", "misconception_named"), ("false reject", "false_reject"),
    ("right answers in another form", "equivalent_answers"),
    ("misconception student reached the answer", "misconception_reached_answer"), ("mean hints", "mean_hints"),
    ("turns per problem and student", "turns_per_problem"), ("final answer accepted", "final_answer_accepted"),
)


def _tutoring(summaries: list[dict[str, Any]]) -> str:
    """The tutoring figures table (and MathDial's), or "" when no run is a tutoring run."""
    if not any("leaks" in s for s in summaries):
        return ""
    rows = [[name, *[s.get(key, "—") for s in summaries]] for name, key in TUTORING_ROWS]
    rows.append(["MathDial: incorrect step located", *[(s.get("mathdial") or {}).get(
        "incorrect_step_located", (s.get("mathdial") or {}).get("skipped", "—")) for s in summaries]])
    return ("<h2>辅导模拟 · Tutoring simulation</h2>"
            + _table(rows, ["", *[_label(s) for s in summaries]]))


def _pair(t: dict[str, Any] | None) -> str:
    return f"{t.get('median')} / {t.get('p95')}" if t else "—"


def _table(rows: list[list[Any]], head: list[str]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return "<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>" + cells + "</table>"


def render(runs: list[tuple[dict[str, Any], list[dict[str, Any]]]], title: str, extra: str = "") -> str:
    """The HTML page for one or more runs (summary, items): headline table, plots, per-item tables."""
    summaries = [s for s, _ in runs]
    head = ["", *[_label(s) for s in summaries]]
    metric_rows = [[name, *[v for _, v in (_headline(s)[k] for s in summaries)]]
                   for k, (name, _) in enumerate(_headline(summaries[0]))]
    plots = [accuracy_plot(summaries, "by_topic", "accuracy by topic"),
             accuracy_plot(summaries, "by_difficulty", "accuracy by difficulty"), time_plot(runs),
             time_plot(runs, "first_question_s", "the first guiding question")]
    details = []
    for summary, items in runs:
        rows = [[i["id"], i.get("topic"), i.get("difficulty"), i.get("reference"), i.get("prediction"),
                 {True: "✔", False: "✘", None: "—"}[i.get("correct")], "✔" if i.get("verified") else "",
                 f"{i.get('steps_verified')}/{i.get('steps')}", i.get("result_s"), i.get("error") or ""]
                for i in items]
        details.append(f"<details><summary>{html.escape(_label(summary))}: {len(items)} items</summary>"
                       + _table(rows, ["id", "topic", "difficulty", "reference", "prediction", "correct",
                                       "verified", "steps ✔", "s", "error"]) + "</details>")
    return (f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>{extra}"
            + _table(metric_rows, head) + _tutoring(summaries) + "<div class='plots'>"
            + "".join(f"<div class='plot'>{p}</div>" for p in plots) + "</div>" + "".join(details)
            + "<script type='application/json' id='summaries'>"
            + html.escape(json.dumps(summaries, ensure_ascii=False)) + "</script></body></html>")


def write_report(out: Path, summary: dict[str, Any], items: list[dict[str, Any]]) -> Path:
    """Write `report.html` for one run under `out`."""
    path = Path(out) / "report.html"
    title = f"评测报告 · Evaluation: {summary.get('suite')} / {summary.get('mode')} / {summary.get('model')}"
    path.write_text(render([(summary, items)], title), "utf-8")
    return path

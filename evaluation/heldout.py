"""Held-out precision: run the specialist on GAOKAO-Bench (data it was never developed on) and grade it.

The problem bank was the specialist's development set, so its coverage there says little about how
often it misreads a new question. Here every item of the 高考 paper I files is offered to the
specialist: fill-in answers are graded against the reference with `tutor_graph.checks.grade`, choice
answers against the reference letters; open-ended references are full worked solutions, so those are
only counted and listed for a person to read. What matters is **precision**: a recognised item graded
not equal (worse still, one marked verified) is a question answered that nobody asked.

Each item runs as a bounded task in a checker worker (`solve_bounded`), so an unseen text that makes a
detector slow costs one timeout, not the run. `python -m evaluation bench heldout` (moved here from the specialist).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from content.gaokao import bench_files, default_data_dir, load_items, reference_of
from tutor_graph.specialist.bounded import solve_bounded


def check_item(item: dict[str, Any], kind: str, index: int) -> dict[str, Any]:
    """Run the specialist on one benchmark item; grade it where the reference is an answer."""
    from tutor_graph.checks import grade

    text = str(item.get("question", ""))
    out = {"kind": kind, "index": index, "year": str(item.get("year", "")), "question": text.strip(),
           **solve_bounded(text), "correct": None}
    if out["recognised"] and kind != "open":
        out["reference"] = reference_of(item, kind)
        verdict = grade(out["reference"], out["answer"]) if out.get("answer") else None
        out["correct"] = bool(verdict and verdict.correct)
        out["grade_reason"] = verdict.reason if verdict else "no answer"
    return out


def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one file: questions, recognised, graded correct / not equal (and verified among those)."""
    rec = [i for i in items if i["recognised"]]
    wrong = [i for i in rec if i["correct"] is False]
    return {"questions": len(items), "recognised": len(rec),
            "correct": sum(i["correct"] is True for i in rec), "not_equal": len(wrong),
            "not_equal_verified": sum(i["verified"] for i in wrong), "errors": sum("error" in i for i in items)}


def heldout(files: dict[str, Path], limit: int | None = None,
            progress: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Run every item of the given files (kind -> path); per-file summaries plus the items."""
    from tutor_graph.checks import warm_up

    warm_up()
    report: dict[str, Any] = {"files": {}, "items": []}
    for kind, path in files.items():
        items = []
        for index, item in enumerate(load_items(path)[:limit]):
            items.append(check_item(item, kind, index))
            if progress:
                progress(items[-1])
        report["files"][path.name] = {"kind": kind, **summarise(items)}
        report["items"] += items
    graded = [f for f in report["files"].values() if f["kind"] != "open"]
    report["overall"] = {k: sum(f[k] for f in graded) for k in ("questions", "recognised", "correct", "not_equal",
                                                                   "not_equal_verified")}
    report["overall"]["open_recognised"] = sum(f["recognised"] for f in report["files"].values() if f["kind"] == "open")
    return report


def short(text: str, n: int = 70) -> str:
    """The start of a question on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def format_report(report: dict[str, Any]) -> Iterable[str]:
    """The readable report: per file the counts, then every not-equal item and every open-ended one recognised."""
    for name, s in report["files"].items():
        yield f"\n== {name} ({s['kind']})"
        yield (f"questions {s['questions']}  recognised {s['recognised']}" + ("" if s["kind"] == "open" else
               f"  graded correct {s['correct']}  graded not equal {s['not_equal']}"
               f" (of them marked verified {s['not_equal_verified']})") + (f"  errors {s['errors']}" if s["errors"] else ""))
        for it in report["items"]:
            if it["kind"] != s["kind"] or not it["recognised"]:
                continue
            if s["kind"] == "open":
                yield f"  [recognised, inspect by hand] {it['year']} #{it['index']} {it['type']}: {short(it['question'])}"
                yield f"      our answer: {short(str(it['answer']), 120)}"
            else:
                mark = "✓" if it["correct"] else "✗ NOT EQUAL"
                yield f"  {mark} {it['year']} #{it['index']} {it['type']}: {short(it['question'])}"
                if not it["correct"]:
                    yield f"      reference: {short(it['reference'], 120)}"
                    yield f"      ours:      {short(str(it['answer']), 120)}  (verified={it['verified']}; {it['grade_reason']})"


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench heldout`."""
    parser.add_argument("--data-dir", type=Path,
                        help="folder holding gaokao-bench/ (default: $TUTOR_DATASETS, else ../shared/datasets)")
    parser.add_argument("--kind", choices=["fill", "choice", "open"], action="append", help="only these files (repeatable)")
    parser.add_argument("--limit", type=int, help="only the first N items of each file")
    parser.add_argument("--json", action="store_true", help="print the full JSON (items included)")


def command(args: argparse.Namespace) -> int:
    """Run the held-out precision check; a clear message and exit 0 when the data is absent."""
    data_dir = args.data_dir or default_data_dir()
    files = {k: v for k, v in bench_files(data_dir).items() if not args.kind or k in args.kind}
    if not files:
        print(f"跳过：未找到 GAOKAO-Bench 数据 / skipped: no GAOKAO-Bench files under {data_dir / 'gaokao-bench'} "
              "(set --data-dir or TUTOR_DATASETS)")
        return 0
    report = heldout(files, args.limit)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for line in format_report(report):
        print(line)
    print(json.dumps({"files": dict(report["files"].items()), **report["overall"]}, ensure_ascii=False))
    return 0

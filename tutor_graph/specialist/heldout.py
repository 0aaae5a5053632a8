"""Held-out precision: run the specialist on GAOKAO-Bench (data it was never developed on) and grade it.

The problem bank was the specialist's development set, so its coverage there says little about how
often it misreads a new question. Here every item of the 高考 paper I files is offered to the
specialist: fill-in answers are graded against the reference with `tutor_graph.checks.grade`, choice
answers against the reference letters; open-ended references are full worked solutions, so those are
only counted and listed for a person to read. What matters is **precision**: a recognised item graded
not equal (worse still, one marked verified) is a question answered that nobody asked.

Each item runs as a bounded task in a checker worker (`run_bounded`), so an unseen text that makes a
detector slow costs one timeout, not the run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

DATA_ENV = "TUTOR_DATASETS"
FILES = {  # kind -> file name under gaokao-bench/
    "fill": "2010-2022_Math_I_Fill-in-the-Blank.json",
    "choice": "2010-2022_Math_I_MCQs.json",
    "open": "2010-2022_Math_I_Open-ended_Questions.json",
}
TASK_TIMEOUT_S = 30.0  # one item: recognise and build + check one chain (a few seconds at most in practice)


def default_data_dir() -> Path:
    """`$TUTOR_DATASETS`, else `../shared/datasets` beside the repository root."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


def bench_files(data_dir: Path | None = None) -> dict[str, Path]:
    """The GAOKAO-Bench files present under `data_dir` (kind -> path); {} when the folder is absent."""
    folder = Path(data_dir or default_data_dir()) / "gaokao-bench"
    return {kind: folder / name for kind, name in FILES.items() if (folder / name).is_file()}


def load_items(path: Path) -> list[dict[str, Any]]:
    """The items of one GAOKAO-Bench file (its `example` list)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return list(data["example"] if isinstance(data, dict) else data)


def reference_of(item: dict[str, Any], kind: str) -> str:
    """The reference answer as the grader reads it: choice letters `AC`, or the fill-in LaTeX (blanks joined)."""
    answer = item.get("answer")
    if kind == "choice":
        return "".join(sorted(str(a).strip() for a in answer))
    if isinstance(answer, list):
        return "，".join(str(a).strip() for a in answer)
    return str(answer or "").strip()


def _solve(text: str) -> dict[str, Any]:
    """Recognise and solve one text (first method only) in a bounded worker task."""
    from tutor_graph.checks import TaskError, run_bounded

    try:
        rec = run_bounded("specialist.recognise", text, timeout_s=TASK_TIMEOUT_S)
        if rec is None:
            return {"recognised": False}
        sols = run_bounded("specialist.solve_symbolically", text, 1, "zh", timeout_s=TASK_TIMEOUT_S)
    except TaskError as exc:
        return {"recognised": False, "error": exc.reason}
    first = sols[0] if sols else None
    return {"recognised": True, "type": rec["type_id"], "goal": rec["goal"],
            "answer": first["final_answer"] if first else None, "verified": bool(first and first["verified"])}


def check_item(item: dict[str, Any], kind: str, index: int) -> dict[str, Any]:
    """Run the specialist on one benchmark item; grade it where the reference is an answer."""
    from tutor_graph.checks import grade

    text = str(item.get("question", ""))
    out = {"kind": kind, "index": index, "year": str(item.get("year", "")), "question": text.strip(),
           **_solve(text), "correct": None}
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

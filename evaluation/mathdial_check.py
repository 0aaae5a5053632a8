"""MathDial's incorrect student solutions through the checker: how often is the incorrect step located?

Each solution line with arithmetic `E = V` is checked by the math layer (`check_step`); a line is the
located incorrect step when its arithmetic is refuted, or when it is the first line whose result is no
value of the reference solution (the student went off the reference's path there). The final answers
are graded against the reference's. Reads `../shared/datasets/mathdial/test.jsonl` (env
`TUTOR_MATHDIAL`, or `$TUTOR_DATASETS/mathdial`), and skips with a reason where it is absent.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from tutor_graph.checks import check_step, grade

_CLAIM = re.compile(r"((?:[\d.,]+|[()])(?:\s*[-+*/x×÷]\s*\(?\s*[\d.,]+\s*\)?)+)\s*=\s*\$?\s*([\d.,]+)")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def default_path() -> Path:
    """Where the MathDial test split lies (env TUTOR_MATHDIAL, else ../shared/datasets beside the project)."""
    env = os.environ.get("TUTOR_MATHDIAL")
    if env:
        return Path(env)
    datasets = os.environ.get("TUTOR_DATASETS")
    root = Path(datasets) if datasets else Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
    return root / "mathdial" / "test.jsonl"


def _plain(text: str) -> str:
    return text.replace(",", "").replace("×", "*").replace("÷", "/").replace(" x ", " * ")


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in _NUMBER.findall(text)}


def locate(record: dict[str, Any]) -> dict[str, Any]:
    """The located incorrect line of one solution: {"line", "how" (arithmetic|off_path|None), "final_wrong"}."""
    reference = _numbers(record.get("ground_truth", ""))
    lines = [line for line in record.get("student_incorrect_solution", "").splitlines() if line.strip()]
    found: dict[str, Any] = {"line": None, "how": None}
    for number, line in enumerate(lines):
        for left, right in _CLAIM.findall(line):
            claim = f"{_plain(left)} = {_plain(right)}"
            if check_step(claim).status == "refuted":
                found = {"line": number, "how": "arithmetic"}
                break
            try:
                value = float(_plain(right))
            except ValueError:
                continue
            if value not in reference:
                found = {"line": number, "how": "off_path"}
                break
        if found["how"]:
            break
    student_final = lines[-1].strip() if lines else ""
    reference_final = record.get("ground_truth", "").strip().splitlines()[-1:] or [""]
    found["final_wrong"] = not grade(reference_final[0].strip(), student_final).correct
    return found


def locate_all(path: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Figures over the MathDial file, or {"skipped": reason} when it is absent."""
    path = path or default_path()
    if not path.exists():
        return {"skipped": f"MathDial not found at {path}"}
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[:limit] if limit else records
    results = [locate(r) for r in records]
    count = len(results) or 1
    return {
        "solutions": len(results),
        "incorrect_step_located": round(sum(r["how"] is not None for r in results) / count, 4),
        "by_arithmetic": sum(r["how"] == "arithmetic" for r in results),
        "by_leaving_reference_path": sum(r["how"] == "off_path" for r in results),
        "final_answer_flagged_wrong": round(sum(r["final_wrong"] for r in results) / count, 4),
    }

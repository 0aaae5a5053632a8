"""Batch commands over JSONL files: check claims, grade answers. Bad rows get an honest result, never a crash."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from tutor_graph.checks import check_step, grade


def _rows(lines: Iterable[str | bytes]) -> Iterator[tuple[object, dict | None, str | None]]:
    """Yield (id, row, problem) per non-blank line; problem says why a row cannot be used.

    Lines may be bytes (the CLI reads the file in binary), so one undecodable line is one bad row
    instead of a UnicodeDecodeError that ends the whole run.
    """
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield number, None, "bad row: not UTF-8 text"
                continue
        else:
            line = raw
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"bad row: not JSON ({exc.msg})"
            continue
        except RecursionError:  # e.g. 100 000 '[': the decoder recurses once per level
            yield number, None, "bad row: nested too deeply"
            continue
        if not isinstance(row, dict):
            yield number, None, "bad row: not a JSON object"
            continue
        yield row.get("id", number), row, None


def check_steps(lines: Iterable[str | bytes], out: TextIO) -> int:
    """Rows {"id", "claim", "context"?} -> {"id", "verdict", "reason"} lines; returns the row count."""
    count = 0
    for row_id, row, problem in _rows(lines):
        count += 1
        claim = row.get("claim") if row else None
        context = row.get("context") if row else None
        if problem is None and not isinstance(claim, str):
            problem = "bad row: 'claim' must be a string"
        if problem is None and context is not None and not (
                isinstance(context, str) or (isinstance(context, list) and all(isinstance(c, str) for c in context))):
            problem = "bad row: 'context' must be a string or a list of strings"
        if problem:
            result = {"id": row_id, "verdict": "unknown", "reason": problem}
        else:
            verdict = check_step(str(claim), context)
            result = {"id": row_id, "verdict": verdict.status, "reason": verdict.reason}
            if verdict.counterexample:
                result["counterexample"] = verdict.counterexample
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return count


def grade_rows(lines: Iterable[str | bytes], out: TextIO) -> int:
    """Rows {"id", "answer", "prediction"} -> {"id", "correct", "reason"} lines; returns the row count."""
    count = 0
    for row_id, row, problem in _rows(lines):
        count += 1
        answer = row.get("answer") if row else None
        prediction = row.get("prediction") if row else None
        if problem is None and not (isinstance(answer, str) and isinstance(prediction, str)):
            problem = "bad row: 'answer' and 'prediction' must be strings"
        if problem:
            result = {"id": row_id, "correct": False, "reason": problem}
        else:
            g = grade(str(answer), str(prediction))
            result = {"id": row_id, "correct": g.correct, "reason": g.reason}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return count

"""`python -m tutor_graph tutor --script … --json`, run as real processes: the JSON lines, and a session that
resumes from the SQLite checkpoint after the process ends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _tutor(tmp_path: Path, turns: list[str], *extra: str) -> list[dict]:
    script = tmp_path / f"turns{len(list(tmp_path.iterdir()))}.jsonl"
    script.write_text("".join(json.dumps({"say": t}, ensure_ascii=False) + "\n" for t in turns), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tutor_graph", "tutor", "--problem", "quadratics-001", "--script", str(script), "--json",
         "--db", str(tmp_path / "threads.sqlite"), "--thread", "student-1", *extra],
        cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"}, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_script_replies_are_json_lines_and_a_session_resumes_after_a_restart(tmp_path):
    # the chain opens with a question about the idea (no claim: noted, not graded), then factors the left side
    first = _tutor(tmp_path, ["直接告诉我答案", "令每个因式等于 0", "(x+2)(x+3)", "(x-3)(x-2)"])
    assert len(first) == 5  # the opening, then one reply per turn
    for reply in first:
        assert set(reply) == {"reply", "step", "verdict", "hint_level", "done"}
    assert [r["verdict"] for r in first] == [None, None, "unclear", "wrong", "correct"]
    assert first[-1]["step"] == 2 and not first[-1]["done"]

    # a new process on the same checkpoint file and thread goes on where the first stopped
    second = _tutor(tmp_path, ["x=1", "3,2"])
    assert second[0] == first[-1]  # the pending question, repeated
    assert second[1]["verdict"] == "wrong" and "把 $x=1$ 代入" in second[1]["reply"]
    assert second[2]["verdict"] == "correct" and second[2]["done"]


def test_a_bad_script_line_is_a_clear_error(tmp_path):
    script = tmp_path / "bad.jsonl"
    script.write_text('{"said": "x"}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tutor_graph", "tutor", "--problem", "x", "--script", str(script)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "line 1" in done.stderr and "Traceback" not in done.stderr

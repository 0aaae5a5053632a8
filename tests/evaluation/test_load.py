"""`python -m evaluation load` on loopback, small: students answer and solves run while the model server is
killed and restarted; no answer is lost, the answers file is sound, the last line is JSON."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_load_survives_a_killed_model_server(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "evaluation", "load", "--students", "3", "--solves", "2", "--answers", "1",
         "--kill-server", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert done.returncode == 0, summary
    assert summary["server_killed"] and summary["errors"] == 0 and summary["answers_lost"] == 0
    assert summary["answers_recorded"] == summary["answers_submitted"] == 3
    assert summary["solves_done"] == 2 and summary["answers_db_integrity"] == "ok"
    assert summary["p95_answer_s"] is not None and (tmp_path / "load.json").is_file()

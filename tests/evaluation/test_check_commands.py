"""`python -m evaluation check-steps / grade`: one JSON line per row, bad rows answered, input never executed."""

import json
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "evaluation", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_check_steps_answers_every_row(tmp_path):
    marker = Path("/tmp") / f"pwned-{uuid.uuid4().hex}"
    rows = [
        json.dumps({"id": "ok", "claim": "x^2-5x+6=(x-2)(x-3)"}),
        json.dumps({"id": "seq", "claim": "a_5 = 17", "context": "a_1=2, d=3"}),
        "this is not json",
        json.dumps({"id": "noclaim"}),
        json.dumps({"id": "badctx", "claim": "1=1", "context": {"x": 1}}),
        "",
        json.dumps({"id": "attack", "claim": f"__import__('os').system('touch {marker}')"}),
        json.dumps({"id": "tower", "claim": "9^9^9^9"}),
        json.dumps(["a", "list"]),
    ]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _run("check-steps", str(source))
    assert [r["id"] for r in out] == ["ok", "seq", 3, "noclaim", "badctx", "attack", "tower", 9]
    by_id = {r["id"]: r for r in out}
    assert by_id["ok"]["verdict"] == "verified"
    assert by_id["seq"]["verdict"] == "refuted" and "14" in by_id["seq"]["counterexample"]
    assert all(by_id[k]["verdict"] == "unknown" for k in (3, "noclaim", "badctx", "attack", "tower", 9))
    assert "bad row" in by_id[3]["reason"] and "bad row" in by_id["badctx"]["reason"]
    assert all(set(r) >= {"id", "verdict", "reason"} for r in out)
    assert not marker.exists()


def test_grade_answers_every_row(tmp_path):
    rows = [
        json.dumps({"id": 1, "answer": "x=2 或 x=3", "prediction": r"\{2,3\}"}),
        json.dumps({"id": 2, "answer": "AC", "prediction": "A"}),
        json.dumps({"id": 3, "answer": "5"}),
        "{broken",
        json.dumps({"id": 5, "answer": 5, "prediction": "5"}),
    ]
    source = tmp_path / "pairs.jsonl"
    source.write_text("\n".join(rows), encoding="utf-8")
    out = _run("grade", str(source))
    assert [(r["id"], r["correct"]) for r in out] == [(1, True), (2, False), (3, False), (4, False), (5, False)]
    assert all("reason" in r for r in out)
    assert "bad row" in out[2]["reason"] and "bad row" in out[3]["reason"]


def test_undecodable_and_deeply_nested_lines_are_bad_rows(tmp_path):
    source = tmp_path / "hostile.jsonl"
    source.write_bytes(
        json.dumps({"id": "ok", "claim": "1+1=2"}).encode() + b"\n"
        + b'{"id": "latin", "claim": "\xff\xfe"}\n'
        + b"[" * 100_000 + b"\n"
        + json.dumps({"id": "after", "claim": "2+2=4"}).encode() + b"\n"
    )
    out = _run("check-steps", str(source))
    assert [r["id"] for r in out] == ["ok", 2, 3, "after"]
    assert out[1]["reason"] == "bad row: not UTF-8 text"
    assert out[2]["reason"] == "bad row: nested too deeply"
    assert out[0]["verdict"] == out[3]["verdict"] == "verified"
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_bytes(b"\xc3\x28\n" + b"{" * 100_000 + b"\n"
                      + json.dumps({"id": "g", "answer": "1/2", "prediction": "0.5"}).encode() + b"\n")
    graded = _run("grade", str(pairs))
    assert [r["id"] for r in graded] == [1, 2, "g"]
    assert [r["correct"] for r in graded[:2]] == [False, False] and "bad row" in graded[1]["reason"]

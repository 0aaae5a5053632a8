"""The benchmark generator is deterministic, large enough, labelled consistently; the runner reports metrics."""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from evaluation.bench import measure_claims
from evaluation.benchdata import claim_items, grade_pairs

ROOT = Path(__file__).resolve().parents[2]


def test_generator_is_seeded_and_sized():
    items, pairs = claim_items(7), grade_pairs(7)
    assert items == claim_items(7) and pairs == grade_pairs(7)
    assert claim_items(8) != items
    assert len(items) >= 1000 and len(pairs) >= 300
    labels = Counter(i.correct for i in items)
    assert labels[True] > 300 and labels[False] > 300
    assert len({i.topic for i in items}) >= 15
    assert len({i.id for i in items}) == len(items)
    planted = Counter(i.error for i in items if not i.correct)
    for kind in ("sign", "dropped-term", "power-rule", "wrong-root", "off-by-one", "degree-radian", "swapped-value"):
        assert planted[kind] > 0, kind
    assert all(i.error == "" for i in items if i.correct)


def test_measure_claims_counts_verdicts():
    items = [i for i in claim_items(3) if i.topic == "factorising"][:6]
    metrics, rows = measure_claims(items)
    assert metrics["claims"] == 6 == len(rows)
    assert metrics["false_pass"] == 0.0
    assert 0.0 <= metrics["detection"] <= 1.0 and metrics["p95_ms"] >= metrics["p50_ms"] > 0


def test_bench_command_smoke(tmp_path):
    done = subprocess.run([sys.executable, "-m", "evaluation", "bench-checks", "--limit", "12", "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for key in ("detection", "false_alarm", "coverage", "false_pass", "p50_ms", "p95_ms", "wrong_accept",
                "false_reject"):
        assert key in done.stdout
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["claims"]["claims"] == 12 and metrics["grading"]["pairs"] == 12
    assert (tmp_path / "items.jsonl").read_text().count("\n") == 24

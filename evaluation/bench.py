"""`python -m evaluation bench-checks`: measure the step checker and the grader on generated labelled sets.

Step checker: detection (refuted among wrong claims), false alarm (refuted among right claims),
coverage (verified among right claims), false pass (verified among wrong claims), p50/p95 latency of
warm calls through the public, time-bounded API. Grader: wrong-accept and false-reject rates.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from evaluation.benchdata import claim_items, grade_pairs
from tutor_graph.checks import check_step, grade

TARGETS = {"false_pass": 0.0, "false_alarm": 0.005, "detection": 0.98, "coverage": 0.90, "p95_ms": 200.0,
           "wrong_accept": 0.0, "false_reject": 0.01}


def measure_claims(items) -> tuple[dict, list[dict]]:
    """Run every claim through check_step; return (metrics, per-item rows)."""
    rows, latencies = [], []
    for item in items:
        start = time.perf_counter()
        verdict = check_step(item.claim, item.context)
        latencies.append((time.perf_counter() - start) * 1000)
        rows.append({"id": item.id, "topic": item.topic, "claim": item.claim, "context": item.context,
                     "correct": item.correct, "error": item.error, "status": verdict.status,
                     "reason": verdict.reason, "counterexample": verdict.counterexample,
                     "ms": round(latencies[-1], 1)})
    right = [r for r in rows if r["correct"]]
    wrong = [r for r in rows if not r["correct"]]

    def rate(group, status):
        return sum(r["status"] == status for r in group) / max(1, len(group))

    latencies.sort()
    metrics = {
        "claims": len(rows), "right": len(right), "wrong": len(wrong),
        "detection": rate(wrong, "refuted"), "false_alarm": rate(right, "refuted"),
        "coverage": rate(right, "verified"), "false_pass": rate(wrong, "verified"),
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0,
        "topics": len({r["topic"] for r in rows}),
    }
    return metrics, rows


def measure_grades(pairs) -> tuple[dict, list[dict]]:
    """Run every pair through grade; return (metrics, per-pair rows)."""
    rows = []
    for pair in pairs:
        g = grade(pair.answer, pair.prediction)
        rows.append({"id": pair.id, "format": pair.format, "answer": pair.answer, "prediction": pair.prediction,
                     "label": pair.correct, "graded": g.correct, "reason": g.reason})
    right = [r for r in rows if r["label"]]
    wrong = [r for r in rows if not r["label"]]
    metrics = {
        "pairs": len(rows), "right": len(right), "wrong": len(wrong),
        "wrong_accept": sum(r["graded"] for r in wrong) / max(1, len(wrong)),
        "false_reject": sum(not r["graded"] for r in right) / max(1, len(right)),
        "formats": len({r["format"] for r in rows}),
    }
    return metrics, rows


def _misjudged_claim(row) -> bool:
    return (row["correct"] and row["status"] != "verified") or (not row["correct"] and row["status"] != "refuted")


def run_bench(seed: int = 2024, limit: int | None = None, out: str | None = None, verbose: bool = False) -> int:
    """Generate, measure, print a report; write metrics.json and items.jsonl under `out` if given."""
    items, pairs = claim_items(seed), grade_pairs(seed)
    if limit:
        items, pairs = items[:limit], pairs[:limit]
    check_step("1 + 1 = 2")  # start the worker so latencies are warm
    claim_metrics, claim_rows = measure_claims(items)
    grade_metrics, grade_rows = measure_grades(pairs)
    print(f"step claims: {claim_metrics['claims']} ({claim_metrics['right']} right, {claim_metrics['wrong']} wrong) "
          f"over {claim_metrics['topics']} topics, seed {seed}")
    for key in ("detection", "false_alarm", "coverage", "false_pass"):
        target = TARGETS[key]
        ok = claim_metrics[key] >= target if key in ("detection", "coverage") else claim_metrics[key] <= target
        print(f"  {key:12s} {claim_metrics[key]:7.2%}   target {'≥' if key in ('detection', 'coverage') else '≤'} "
              f"{target:.1%}  {'ok' if ok else 'MISSED'}")
    for key in ("p50_ms", "p95_ms"):
        print(f"  {key:12s} {claim_metrics[key]:7.1f} ms" + (f"  target ≤ {TARGETS[key]:.0f} ms" if key == "p95_ms" else ""))
    by_topic = defaultdict(Counter)
    for r in claim_rows:
        by_topic[r["topic"]][("right" if r["correct"] else "wrong") + ":" + r["status"]] += 1
    for topic, counts in sorted(by_topic.items()):
        print(f"    {topic:24s} " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"grading pairs: {grade_metrics['pairs']} ({grade_metrics['right']} right, {grade_metrics['wrong']} wrong) "
          f"over {grade_metrics['formats']} formats")
    print(f"  wrong_accept {grade_metrics['wrong_accept']:7.2%}   target ≤ 0.0%")
    print(f"  false_reject {grade_metrics['false_reject']:7.2%}   target ≤ 1.0%")
    if verbose:
        for r in claim_rows:
            if _misjudged_claim(r):
                print(f"  MISS claim {r['id']} [{r['status']}] {r['claim']!r} ctx={r['context']!r}: {r['reason'][:120]}")
        for r in grade_rows:
            if r["label"] != r["graded"]:
                print(f"  MISS grade {r['id']} {r['answer']!r} vs {r['prediction']!r}: {r['reason']}")
    if out:
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "metrics.json").write_text(json.dumps({"seed": seed, "claims": claim_metrics,
                                                         "grading": grade_metrics}, indent=2), encoding="utf-8")
        with open(folder / "items.jsonl", "w", encoding="utf-8") as fh:
            for r in claim_rows + grade_rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0

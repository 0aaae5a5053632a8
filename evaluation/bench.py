"""`python -m evaluation bench-checks`: measure the step checker and the grader on generated labelled sets.

Step checker: detection (refuted among well-formed wrong claims), false alarm (refuted among right
claims), coverage (verified among right claims), false pass (verified among all wrong claims, the
malformed ones included), malformed-unknown (unknown among malformed claims: `0 = 0 ⇒`, `\frac{}{} = 0`),
p50/p95 latency of warm calls through the public, time-bounded API. Grader: wrong-accept and false-reject rates.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from evaluation.benchdata import MALFORMED, claim_items, grade_pairs
from tutor_graph.checks import check_step, grade

TARGETS = {"false_pass": 0.0, "false_alarm": 0.005, "detection": 0.98, "coverage": 0.90, "p95_ms": 200.0,
           "wrong_accept": 0.0, "false_reject": 0.01, "malformed_unknown": 1.0}


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
    # a malformed claim (`0 = 0 ⇒`) states nothing: `unknown` is its only right verdict, so it counts in
    # false pass (verified among all wrong claims) but not in detection (refuted among well-formed wrong ones)
    malformed = [r for r in wrong if r["error"] == MALFORMED]
    formed = [r for r in wrong if r["error"] != MALFORMED]

    def rate(group, status):
        return sum(r["status"] == status for r in group) / max(1, len(group))

    latencies.sort()
    metrics = {
        "claims": len(rows), "right": len(right), "wrong": len(wrong), "malformed": len(malformed),
        "detection": rate(formed, "refuted"), "false_alarm": rate(right, "refuted"),
        "coverage": rate(right, "verified"), "false_pass": rate(wrong, "verified"),
        "malformed_unknown": rate(malformed, "unknown"),
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


_LAST_INTEGER = re.compile(r"(?<![\w^_{.])(\d+)(?![\w.])")


def bank_claims() -> list[tuple[str, str, list[str] | None]]:
    """Every (problem id, claim, context) of the content problem bank: claims written by another author."""
    from content.bank import load_problems

    rows = []
    for problem in load_problems():
        for method in problem.methods:
            for step in method.steps:
                if step.claim:
                    rows.append((problem.id, step.claim, list(step.context) if step.context else None))
    return rows


def mutate(claim: str) -> str | None:
    """A planted slip: the last integer of the claim plus one (None if the claim has no integer)."""
    matches = list(_LAST_INTEGER.finditer(claim))
    if not matches:
        return None
    m = matches[-1]
    return claim[: m.start()] + str(int(m.group(1)) + 1) + claim[m.end():]


def mutate_sign(claim: str) -> str | None:
    """A planted sign slip: the last binary + becomes - or the reverse (None if there is none)."""
    matches = list(re.finditer(r"(?<=[\w)}])\s*([+-])\s*(?=[\w(\\{])", claim))
    if not matches:
        return None
    m = matches[-1]
    flipped = "-" if m.group(1) == "+" else "+"
    return claim[: m.start(1)] + flipped + claim[m.end(1):]


def measure_bank(verbose: bool = False) -> dict:
    """Bank claims should verify; their mutants are wrong unless the slip happens to keep them true, so
    `mutants_verified` is printed for inspection rather than counted as a false pass."""
    rows = bank_claims()
    statuses: Counter[str] = Counter()
    mutant_statuses: Counter[str] = Counter()
    for pid, claim, context in rows:
        verdict = check_step(claim, context)
        statuses[verdict.status] += 1
        if verbose and verdict.status != "verified":
            print(f"  BANK {pid} [{verdict.status}] {claim!r}: {verdict.reason[:100]}")
        for mutant in (mutate(claim), mutate_sign(claim)):
            if mutant is None or mutant == claim:
                continue
            mutated = check_step(mutant, context)
            mutant_statuses[mutated.status] += 1
            if verbose and mutated.status == "verified":
                print(f"  MUTANT VERIFIED {pid} {mutant!r} ctx={context!r} (check by hand: still true?)")
    total, mutants = sum(statuses.values()), sum(mutant_statuses.values())
    return {"claims": total, "verified": statuses["verified"] / max(1, total),
            "refuted": statuses["refuted"] / max(1, total), "mutants": mutants,
            "mutants_refuted": mutant_statuses["refuted"] / max(1, mutants),
            "mutants_verified": mutant_statuses["verified"], "mutants_unknown": mutant_statuses["unknown"]}


def _misjudged_claim(row) -> bool:
    if row["error"] == MALFORMED:
        return row["status"] != "unknown"
    return (row["correct"] and row["status"] != "verified") or (not row["correct"] and row["status"] != "refuted")


def run_bench(seed: int = 2024, limit: int | None = None, out: str | None = None, verbose: bool = False,
              bank: bool = False) -> int:
    """Generate, measure, print a report; write metrics.json and items.jsonl under `out` if given."""
    items, pairs = claim_items(seed), grade_pairs(seed)
    if limit:
        items, pairs = items[:limit], pairs[:limit]
    check_step("1 + 1 = 2")  # start the worker so latencies are warm
    claim_metrics, claim_rows = measure_claims(items)
    grade_metrics, grade_rows = measure_grades(pairs)
    print(f"step claims: {claim_metrics['claims']} ({claim_metrics['right']} right, {claim_metrics['wrong']} wrong, of "
          f"which {claim_metrics['malformed']} malformed) over {claim_metrics['topics']} topics, seed {seed}")
    for key in ("detection", "false_alarm", "coverage", "false_pass", "malformed_unknown"):
        target, at_least = TARGETS[key], key in ("detection", "coverage", "malformed_unknown")
        ok = claim_metrics[key] >= target if at_least else claim_metrics[key] <= target
        print(f"  {key:17s} {claim_metrics[key]:7.2%}   target {'≥' if at_least else '≤'} "
              f"{target:.1%}  {'ok' if ok else 'MISSED'}")
    for key in ("p50_ms", "p95_ms"):
        print(f"  {key:12s} {claim_metrics[key]:7.1f} ms" + (f"  target ≤ {TARGETS[key]:.0f} ms" if key == "p95_ms" else ""))
    by_topic: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for r in claim_rows:
        by_topic[r["topic"]][("right" if r["correct"] else "wrong") + ":" + r["status"]] += 1
    for topic, counts in sorted(by_topic.items()):
        print(f"    {topic:24s} " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"grading pairs: {grade_metrics['pairs']} ({grade_metrics['right']} right, {grade_metrics['wrong']} wrong) "
          f"over {grade_metrics['formats']} formats")
    print(f"  wrong_accept {grade_metrics['wrong_accept']:7.2%}   target ≤ 0.0%")
    print(f"  false_reject {grade_metrics['false_reject']:7.2%}   target ≤ 1.0%")
    bank_metrics = None
    if bank:
        bank_metrics = measure_bank(verbose)
        print(f"content bank: {bank_metrics['claims']} claims by another author, verified "
              f"{bank_metrics['verified']:.2%}, refuted {bank_metrics['refuted']:.2%}; {bank_metrics['mutants']} "
              f"mutants (last integer + 1, last sign flipped): refuted {bank_metrics['mutants_refuted']:.2%}, verified "
              f"{bank_metrics['mutants_verified']} (inspect: a slip can keep a claim true), unknown "
              f"{bank_metrics['mutants_unknown']}")
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
        (folder / "metrics.json").write_text(json.dumps({"seed": seed, "claims": claim_metrics, "grading": grade_metrics,
                                                         "bank": bank_metrics}, indent=2), encoding="utf-8")
        with open(folder / "items.jsonl", "w", encoding="utf-8") as fh:
            for r in claim_rows + grade_rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `bench-checks` (alias `bench checks`)."""
    parser.add_argument("--seed", type=int, default=2024, help="generator seed (deterministic)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N claims / pairs (smoke runs)")
    parser.add_argument("--out", default=None, help="folder for metrics.json and the per-item results")
    parser.add_argument("--verbose", action="store_true", help="print every misjudged item")
    parser.add_argument("--bank", action="store_true", help="also run the content bank's claims and planted mutants")


def command(args: argparse.Namespace) -> int:
    """Run the checker benchmark with the parsed arguments."""
    return run_bench(seed=args.seed, limit=args.limit, out=args.out, verbose=args.verbose, bank=args.bank)

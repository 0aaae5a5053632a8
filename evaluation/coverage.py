"""How much of the problem bank the specialist covers: recognised, answered correctly, verified.

Times per recognised item, each a fresh call that recognises the text again: `plan_s` builds the
unchecked chain (all that showing the first guiding question needs, see `plan_symbolically`),
`first_s` runs until the first checked solution, `total_s` until every method is checked (the
complete symbolic part of a Result). The checker's worker is started once before the loop.

An item is *answered correctly* when the final answer of the specialist's first solution grades
correct (math layer `grade`) against the bank's final answer or one of its listed alternatives;
*verified* when that solution's every claim was verified by the checker as well.
`python -m evaluation bench coverage` (moved here from the specialist).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from tutor_graph.result import Solution
from tutor_graph.specialist.recognition import recognise
from tutor_graph.specialist.solving import iter_solutions, plan_symbolically


def _graded(reference: Iterable[str], prediction: str) -> bool:
    from tutor_graph.checks import grade

    return any(grade(ref, prediction).correct for ref in reference if ref)


def check_item(problem: Any, lang: str = "zh", max_methods: int = 2) -> dict[str, Any]:
    """Run the specialist on one bank problem and grade it (the per-item result of a coverage run)."""
    text = problem.question_zh if lang == "zh" or not problem.question_en else problem.question_en
    start = time.perf_counter()
    rec = recognise(text)
    recognise_s = time.perf_counter() - start
    item: dict[str, Any] = {"id": problem.id, "module": problem.module, "recognised": rec is not None,
                            "type": rec.type_id if rec else None, "correct": False, "verified": False,
                            "methods": 0, "recognise_s": recognise_s, "plan_s": None, "first_s": None, "total_s": None,
                            "answer": None}
    if rec is None:
        return item
    plan_start = time.perf_counter()
    plan_symbolically(text, 1, lang)  # the unchecked chain: what a first guiding question needs
    item["plan_s"] = time.perf_counter() - plan_start
    start = time.perf_counter()
    solutions: list[Solution] = []
    for sol in iter_solutions(text, max_methods, lang):
        if not solutions:
            item["first_s"] = time.perf_counter() - start
        solutions.append(sol)
    item["total_s"] = time.perf_counter() - start
    item["methods"] = len(solutions)
    if solutions:
        first = solutions[0]
        item["answer"] = first["final_answer"]
        item["correct"] = _graded([problem.final_answer, *problem.answer_alternatives], first["final_answer"])
        item["verified"] = bool(first["verified"])
        item["steps"] = sum(len(s["steps"]) for s in solutions)
        item["steps_verified"] = sum(s["verdict"]["status"] == "verified" for sol in solutions for s in sol["steps"])
    return item


def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Shares per module and overall, with timing percentiles for recognised items."""
    by_module: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_module[it["module"]].append(it)

    def shares(group: list[dict]) -> dict[str, Any]:
        n = len(group)
        rec = [g for g in group if g["recognised"]]
        return {"problems": n, "recognised": len(rec), "correct": sum(g["correct"] for g in group),
                "verified": sum(g["verified"] and g["correct"] for g in group),
                "recognised_share": round(len(rec) / n, 3) if n else 0.0,
                "correct_share": round(sum(g["correct"] for g in group) / n, 3) if n else 0.0,
                "correct_of_recognised": round(sum(g["correct"] for g in rec) / len(rec), 3) if rec else 0.0}

    timed = [it for it in items if it["first_s"] is not None]

    def pct(values: list[float], q: float) -> float | None:
        if not values:
            return None
        values = sorted(values)
        return round(values[min(len(values) - 1, int(q * len(values)))], 3)

    overall = shares(items)
    overall.update({
        "multi_method": sum(it["methods"] >= 2 for it in items),
        "median_plan_s": round(statistics.median([t["plan_s"] for t in timed]), 3) if timed else None,
        "p95_plan_s": pct([t["plan_s"] for t in timed], 0.95),
        "median_first_s": round(statistics.median([t["first_s"] for t in timed]), 3) if timed else None,
        "p95_first_s": pct([t["first_s"] for t in timed], 0.95),
        "median_total_s": round(statistics.median([t["total_s"] for t in timed]), 3) if timed else None,
        "p95_total_s": pct([t["total_s"] for t in timed], 0.95),
        "p95_recognise_s": pct([it["recognise_s"] for it in items], 0.95),
    })
    return {"overall": overall, "modules": {m: shares(g) for m, g in sorted(by_module.items())}}


def coverage(problems: Iterable[Any] | None = None, lang: str = "zh", max_methods: int = 2,
             progress: bool = False) -> dict[str, Any]:
    """Run the specialist over the bank (default: `content.bank.load_problems()`) and summarise."""
    if problems is None:
        from content.bank import load_problems

        problems = load_problems()
    problems = list(problems)
    from tutor_graph.checks import check_step

    check_step("1 + 1 = 2")  # start the checker's worker first: its one-off start-up is not per-problem time
    items = []
    for i, problem in enumerate(problems, 1):
        items.append(check_item(problem, lang, max_methods))
        if progress:
            mark = "✓" if items[-1]["correct"] else ("·" if items[-1]["recognised"] else " ")
            print(f"[{i:3d}/{len(problems)}] {mark} {problem.id:24s} {items[-1]['type'] or ''}", flush=True)
    return {**summarise(items), "items": items, "lang": lang}


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench coverage`."""
    parser.add_argument("--lang", choices=["zh", "en"], default="zh", help="which problem text to use (default zh)")
    parser.add_argument("--methods", type=int, default=2, help="methods per problem (default 2)")
    parser.add_argument("--module", help="only this bank module")
    parser.add_argument("--json", action="store_true", help="print the full JSON (items included)")
    parser.add_argument("--quiet", action="store_true", help="no per-item progress lines")


def command(args: argparse.Namespace) -> int:
    """Print coverage per module, then the overall figures as the last line (one JSON object)."""
    from content.bank import load_problems

    problems = [p for p in load_problems() if not args.module or p.module == args.module]
    report = coverage(problems, args.lang, args.methods, progress=not args.quiet and not args.json)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"\n{'module':24s} {'problems':>8s} {'recognised':>10s} {'correct':>8s} {'verified':>8s}")
    for module, s in report["modules"].items():
        print(f"{module:24s} {s['problems']:8d} {s['recognised']:10d} {s['correct']:8d} {s['verified']:8d}")
    o = report["overall"]
    print(f"{'all':24s} {o['problems']:8d} {o['recognised']:10d} {o['correct']:8d} {o['verified']:8d}")
    print(json.dumps(o, ensure_ascii=False))
    return 0

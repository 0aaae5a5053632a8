"""`python -m evaluation bench graph`: the solve graph on the problem bank: correctness, verified steps, sources, latency.

One function per item (`run_item`), one that maps it over the bank, one that aggregates, as in
evaluation suites; the last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from tutor_graph.context import Settings
from tutor_graph.nodes import deps
from tutor_graph.solve import stream_solve


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))], 3)


def is_correct(references: Iterable[str], prediction: str) -> bool:
    """True when the grader accepts the prediction against any accepted form of the reference."""
    if not prediction:
        return False
    for reference in references:
        try:
            if deps.grade(reference, prediction).correct:
                return True
        except Exception:  # a grader failure is not a pass
            continue
    return False


def run_item(problem: Any, settings: Settings, lang: str) -> dict[str, Any]:
    """Solve one bank problem; record correctness, per-step verdicts and sources, and timings."""
    text = problem.question_en if lang == "en" and problem.question_en else problem.question_zh
    first_t = result = total_t = None
    recognised = False
    for event in stream_solve(text, settings, tokens=False):
        if event["type"] == "update" and event["node"] == "understand":
            recognised = bool(event["data"].get("recognised"))
        elif event["type"] == "first_question" and first_t is None:
            first_t = event["t"]
        elif event["type"] == "result":
            result, total_t = event["result"], event["t"]
    assert result is not None, "the graph ended without a Result"
    steps = [s for sol in result["solutions"] for s in sol["steps"]]
    references = [problem.final_answer, *problem.answer_alternatives]
    return {
        "id": problem.id,
        "module": problem.module,
        "recognised": recognised,
        "symbolic_chain": bool(result["solutions"]) and result["solutions"][0]["steps"][0]["source"] == "symbolic",
        "final_answer": result["final_answer"],
        "reference": problem.final_answer,
        "correct": is_correct(references, result["final_answer"]),
        "methods": len(result["solutions"]),
        "steps": len(steps),
        "steps_verified": sum(s["verdict"]["status"] == "verified" for s in steps),
        "sources": dict(Counter(s["source"] for s in steps)),
        "variants": len(result["variants"]),
        "first_question_s": first_t,
        "result_s": total_t,
    }


def aggregate(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures quoted for the solve graph, from per-item records."""
    n = len(items)
    solved = [i for i in items if i["methods"]]
    recognised = [i for i in items if i["recognised"]]
    steps = sum(i["steps"] for i in items)
    sources: Counter[str] = Counter()
    for i in items:
        sources.update(i["sources"])
    first = [i["first_question_s"] for i in items if i["first_question_s"] is not None]
    first_symbolic = [i["first_question_s"] for i in items if i["symbolic_chain"] and i["first_question_s"] is not None]
    full = [i["result_s"] for i in items if i["result_s"] is not None]
    full_solved = [i["result_s"] for i in solved if i["result_s"] is not None]
    two = [i["result_s"] for i in items if i["methods"] >= 2]
    return {
        "problems": n,
        "with_solution": len(solved),
        "correct": round(sum(i["correct"] for i in items) / n, 3) if n else None,
        "correct_when_solved": round(sum(i["correct"] for i in solved) / len(solved), 3) if solved else None,
        "recognised": sum(i["recognised"] for i in items),
        "correct_when_recognised": round(sum(i["correct"] for i in recognised) / len(recognised), 3) if recognised else None,
        "steps": steps,
        "steps_verified": round(sum(i["steps_verified"] for i in items) / steps, 3) if steps else None,
        "source_share": {k: round(v / steps, 3) for k, v in sorted(sources.items())} if steps else {},
        "two_or_more_methods": sum(i["methods"] >= 2 for i in items),
        "first_question_s": {"median": _percentile(first, 0.5), "p95": _percentile(first, 0.95)},
        "first_question_symbolic_s": {"median": _percentile(first_symbolic, 0.5), "p95": _percentile(first_symbolic, 0.95)},
        "result_s": {"median": _percentile(full, 0.5), "p95": _percentile(full, 0.95)},
        "result_solved_s": {"median": _percentile(full_solved, 0.5), "p95": _percentile(full_solved, 0.95)},
        "result_two_methods_s": {"median": _percentile(two, 0.5), "p95": _percentile(two, 0.95)},
    }


def run_bench(settings: Settings, limit: int | None = None, lang: str = "zh", out: Path | None = None,
              progress: bool = True, every: int = 1) -> dict[str, Any]:
    """Solve the bank (every `every`-th problem, at most `limit`); write items.jsonl and metrics.json under `out`."""
    from content.bank import load_problems

    problems = load_problems()[:: max(1, every)]
    problems = problems[:limit] if limit else problems
    settings = replace(settings, lang="en" if lang == "en" else "zh")
    items: list[dict[str, Any]] = []
    for k, problem in enumerate(problems, 1):
        items.append(run_item(problem, settings, lang))
        if progress:
            i = items[-1]
            print(f"[{k}/{len(problems)}] {i['id']}: {'✔' if i['correct'] else '✘'} {i['final_answer'][:40]!r} "
                  f"{i['result_s']:.2f}s", flush=True)
    figures = {"model": settings.model_name, "model_use": settings.model_use, "lang": lang, "every": every,
               **aggregate(items)}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "items.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
        (out / "metrics.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2), "utf-8")
    return figures


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench graph` (as `python -m tutor_graph solve` takes them)."""
    from tutor_graph.context import OPTIONAL_NODES

    parser.add_argument("--limit", type=int, help="only the first N problems")
    parser.add_argument("--every", type=int, default=1, help="take every K-th problem (a sample across modules)")
    parser.add_argument("--out", type=Path, help="write items.jsonl and metrics.json here")
    parser.add_argument("--model", help="model spec (default: env TUTOR_MODEL, else embedded)")
    parser.add_argument("--methods", type=int, help="number of solution methods to aim for (default 2)")
    parser.add_argument("--lang", choices=["zh", "en"], help="language of prompts and output (default zh)")
    parser.add_argument("--model-use", choices=["auto", "always", "never"], help="when model nodes run (default auto)")
    parser.add_argument("--repair-budget", type=int, help="repair tries per refuted step (default 1)")
    parser.add_argument("--max-tokens", type=int, help="max new tokens per model call")
    parser.add_argument("--skip", nargs="*", choices=sorted(OPTIONAL_NODES), default=[],
                        help="optional nodes to leave out")


def command(args: argparse.Namespace) -> int:
    """Solve the bank and print the figures (last line: one JSON object)."""
    from tutor_graph.checks import warm_up
    from tutor_graph.context import OPTIONAL_NODES

    warm_up()  # the checker's workers import SymPy and the specialist while the graph is built
    settings = Settings().with_(model=args.model, methods=args.methods, lang=args.lang, model_use=args.model_use,
                                repair_budget=args.repair_budget, max_tokens=args.max_tokens,
                                nodes=OPTIONAL_NODES - set(args.skip) if args.skip else None)
    figures = run_bench(settings, limit=args.limit, lang=settings.lang, out=args.out, every=args.every)
    print(json.dumps(figures, ensure_ascii=False))
    return 0

"""`python -m tutor_graph {solve,bench}`: parse arguments and call the package.

    python -m tutor_graph solve "解方程 x^2-5x+6=0" [--model SPEC] [--methods N] [--json] [--lang zh|en]
    python -m tutor_graph reading-bench [--limit N] [--only paper bank latency] [--out DIR]
    python -m tutor_graph bench [--limit N] [--every K] [--lang zh|en] [--out DIR] [--model-use auto|always|never]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor_graph.context import OPTIONAL_NODES, Settings


def _settings(args: argparse.Namespace) -> Settings:
    nodes = None
    if args.skip:
        nodes = OPTIONAL_NODES - set(args.skip)
    return Settings().with_(
        model=args.model, methods=args.methods, lang=args.lang, model_use=args.model_use,
        repair_budget=args.repair_budget, max_tokens=args.max_tokens, nodes=nodes,
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="model spec: embedded | hf:PATH | gguf:FILE | openai:URL?model=NAME "
                                        "(default: env TUTOR_MODEL, else embedded)")
    parser.add_argument("--methods", type=int, help="number of solution methods to aim for (default 2)")
    parser.add_argument("--lang", choices=["zh", "en"], help="language of prompts and output (default zh)")
    parser.add_argument("--model-use", choices=["auto", "always", "never"],
                        help="when model nodes run (default auto: the embedded demo model is skipped on "
                             "problems the symbolic specialist recognises)")
    parser.add_argument("--repair-budget", type=int, help="repair tries per refuted step (default 1)")
    parser.add_argument("--max-tokens", type=int, help="max new tokens per model call (default 768; 96 for the embedded demo model)")
    parser.add_argument("--skip", nargs="*", choices=sorted(OPTIONAL_NODES), default=[],
                        help="optional nodes to leave out")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor_graph", description="问题链数学导师 · question-chain solver")
    sub = parser.add_subparsers(dest="command", required=True)
    solve_p = sub.add_parser("solve", help="solve one problem and print its question chain")
    solve_p.add_argument("text", help="the problem text (Chinese or English, LaTeX allowed)")
    solve_p.add_argument("--json", action="store_true", help="print the Result as JSON")
    _common(solve_p)
    bench_p = sub.add_parser("bench", help="solve the problem bank and print the figures (last line: JSON)")
    bench_p.add_argument("--limit", type=int, help="only the first N problems")
    bench_p.add_argument("--every", type=int, default=1, help="take every K-th problem (a sample across modules)")
    bench_p.add_argument("--out", type=Path, help="write items.jsonl and metrics.json here")
    _common(bench_p)
    reading_p = sub.add_parser("reading-bench", help="figures of the reading layer: GAOKAO-Bench paper I, the bank, "
                                                  "fail-fast latency (last line: JSON)")
    reading_p.add_argument("--limit", type=int, help="only the first N items of each set")
    reading_p.add_argument("--only", nargs="*", choices=["paper", "bank", "latency"], help="which figures (default all)")
    reading_p.add_argument("--out", type=Path, help="write the graded paper items here")
    args = parser.parse_args(argv)
    if args.command == "reading-bench":
        from tutor_graph.reading.bench import run

        print(json.dumps(run(args.limit, tuple(args.only or ("paper", "bank", "latency")), args.out), ensure_ascii=False))
        return 0
    from tutor_graph.checks import warm_up

    warm_up()  # the checker's workers import SymPy and the specialist while the graph is built
    try:
        settings = _settings(args)
    except ValueError as err:
        parser.error(str(err))

    if args.command == "solve":
        from tutor_graph.rendering import render_text
        from tutor_graph.solve import solve

        result = solve(args.text, settings)
        print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render_text(result))
        return 0 if result["solutions"] else 1

    from tutor_graph.benchmark import run_bench

    figures = run_bench(settings, limit=args.limit, lang=settings.lang, out=args.out, every=args.every)
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m evaluation …`: the researchers' command line (argument parsing only)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _check_steps(args: argparse.Namespace) -> int:
    from evaluation.batch import check_steps

    with open(args.file, "rb") as lines:
        check_steps(lines, sys.stdout)
    return 0


def _grade(args: argparse.Namespace) -> int:
    from evaluation.batch import grade_rows

    with open(args.file, "rb") as lines:
        grade_rows(lines, sys.stdout)
    return 0


def _bench_checks(args: argparse.Namespace) -> int:
    from evaluation.bench import command

    return command(args)


def _tutor(args: argparse.Namespace) -> int:
    """`tutor`: an alias of `run --suite tutoring --mode symbolic` (its own defaults, e.g. a temporary --out)."""
    import tempfile

    vars(args).update(suite="tutoring", mode="symbolic", model="embedded", ids=None, lang="zh", max_tokens=None,
                      concurrency=None, time_limit=600, data_dir=None, nodes=None,
                      out=args.out or Path(tempfile.mkdtemp(prefix="tutoring-")))
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from evaluation.runner import run_eval
    from evaluation.suites import SuiteUnavailable

    def progress(record: dict, done: int, total: int) -> None:
        if not getattr(args, "verbose", True):
            return
        mark = {True: "✔", False: "✘", None: "·"}[record.get("correct")]
        print(f"[{done}/{total}] {record['id']}: {mark} {str(record.get('prediction'))[:40]!r} "
              f"{record.get('result_s') or 0:.2f}s{'  ' + str(record['error'])[:60] if record.get('error') else ''}",
              file=sys.stderr, flush=True)

    try:
        summary = run_eval(args.suite, args.mode, args.out, model=args.model, limit=args.limit, every=args.every,
                           concurrency=args.concurrency, time_limit=args.time_limit, data_dir=args.data_dir,
                           lang=args.lang, max_tokens=args.max_tokens, progress=progress, ids=args.ids,
                           seed=args.seed, mathdial=args.mathdial, nodes=args.nodes)
    except SuiteUnavailable as exc:
        print(json.dumps({"suite": args.suite, "mode": args.mode, "skipped": str(exc)}, ensure_ascii=False))
        return 0
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({k: v for k, v in summary.items() if k != "logs"}, ensure_ascii=False))
    return 0


def _compare(args: argparse.Namespace) -> int:
    from evaluation.compare import compare_runs, format_compare

    try:
        figures = compare_runs(args.run_a, args.run_b, out=args.out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_compare(figures))
    print(json.dumps({k: v for k, v in figures.items() if k != "changed"}, ensure_ascii=False))
    return 0


def _throughput(args: argparse.Namespace) -> int:
    from evaluation.throughput import measure

    figures = measure(items=args.items, delay_s=args.delay, slots=args.slots, concurrencies=args.concurrency)
    for r in figures["runs"]:
        print(f"concurrency {r['concurrency']}: {r['items']} items in {r['wall_s']} s = {r['items_per_min']} items/min "
              f"(server peak in flight {r['server_peak_in_flight']})")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from evaluation.benchmarks import run_benchmark

    return run_benchmark(args.name, args.args)


def _load(args: argparse.Namespace) -> int:
    import json

    from evaluation.load import run_load

    summary = run_load(args.students, args.solves, args.answers, args.kill_server, args.out, kill_app=args.kill_app)
    print(json.dumps(summary, ensure_ascii=False))  # the last line: one JSON object
    sound = summary["records_db_integrity"] == summary["threads_db_integrity"] == "ok"
    clean = summary["errors"] == summary["answers_lost"] == summary["duplicate_records"] == 0
    return 0 if clean and sound else 1


def build_parser() -> argparse.ArgumentParser:
    """The CLI: one subcommand per task; add new ones with `sub.add_parser`."""
    parser = argparse.ArgumentParser(prog="python -m evaluation", description="评测与基准 · evaluation commands")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check-steps", help="check claims: JSONL rows {id, claim, context?} -> verdict lines")
    p.add_argument("file", help="JSONL file, one claim per line")
    p.set_defaults(func=_check_steps)

    p = sub.add_parser("grade", help="grade answers: JSONL rows {id, answer, prediction} -> correct lines")
    p.add_argument("file", help="JSONL file, one pair per line")
    p.set_defaults(func=_grade)

    from evaluation.bench import configure as configure_checks

    p = sub.add_parser("bench-checks", help="benchmark the step checker and grader on generated labelled sets")
    configure_checks(p)
    p.set_defaults(func=_bench_checks)

    p = sub.add_parser("tutor", help="alias of run --suite tutoring --mode symbolic: simulated students through "
                       "the tutoring loop (last line: the summary JSON)")
    p.add_argument("--limit", type=int, default=None, help="only the first N bank problems")
    p.add_argument("--every", type=int, default=1, help="take every K-th bank problem (a sample across modules)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random guesser")
    p.add_argument("--out", type=Path, default=None, help="run folder (default: a new temporary folder)")
    p.add_argument("--mathdial", type=Path, default=None,
                   help="MathDial test.jsonl (default: env TUTOR_MATHDIAL, else ../shared/datasets/mathdial)")
    p.add_argument("--verbose", action="store_true", help="one progress line per problem on stderr")
    p.set_defaults(func=_tutor)
    p = sub.add_parser("run", help="evaluate one suite in one mode on inspect_ai; last line: the summary JSON")
    p.add_argument("--suite", required=True,
                   help="bank | gaokao | tutoring (simulated students; modes symbolic, graph) | FILE.jsonl "
                        "({id, question, answer, choices?, ...})")
    p.add_argument("--mode", required=True, choices=["cot", "chain", "graph", "symbolic"],
                   help="cot/chain: the model alone; graph: the full solve graph; symbolic: the specialist alone")
    p.add_argument("--model", default=os.environ.get("TUTOR_MODEL") or "embedded",
                   help="model spec: embedded | hf:PATH | gguf:FILE | openai:URL?model=NAME")
    p.add_argument("--out", required=True, help="run folder (rerunning into it resumes: finished items are kept)")
    p.add_argument("--limit", type=int, default=None, help="at most N items")
    p.add_argument("--every", type=int, default=1, help="every K-th item of the suite (spread a small sample)")
    p.add_argument("--ids", nargs="+", default=None, help="only these item ids")
    p.add_argument("--seed", type=int, default=0, help="tutoring suite: seed of the random guesser")
    p.add_argument("--mathdial", type=Path, default=None,
                   help="tutoring suite: MathDial test.jsonl (default: env TUTOR_MATHDIAL, else ../shared/datasets/mathdial)")
    p.add_argument("--concurrency", type=int, default=None,
                   help="items in flight at once (default: symbolic, one per check worker; other modes 1)")
    p.add_argument("--nodes", nargs="*", choices=["alternatives", "link", "variants"], default=None,
                   help="graph/symbolic: the solve graph's optional nodes to run (default: alternatives, the "
                        "methods scored; add link variants for the app's full Result)")
    p.add_argument("--time-limit", type=int, default=300, help="seconds per item before it is recorded as timed out")
    p.add_argument("--data-dir", default=None, help="folder holding gaokao-bench/ (default ../shared/datasets)")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p.add_argument("--max-tokens", type=int, default=None,
                   help="max new tokens per model call (default: 768, or 96 with the embedded demo model)")
    p.set_defaults(func=_run)

    p = sub.add_parser("compare", help="paired differences of two runs (McNemar on items) and a side-by-side HTML")
    p.add_argument("run_a", help="run folder A (holds summary.json and items.jsonl)")
    p.add_argument("run_b", help="run folder B")
    p.add_argument("--out", default=None, help="folder for compare.html (default: run B's folder)")
    p.set_defaults(func=_compare)

    p = sub.add_parser("throughput", help="items/min at several concurrencies against a fixed-delay loopback server")
    p.add_argument("--items", type=int, default=32)
    p.add_argument("--delay", type=float, default=1.5, help="server seconds per request")
    p.add_argument("--slots", type=int, default=8, help="requests the server serves at once")
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    p.set_defaults(func=_throughput)

    from evaluation.benchmarks import BENCHMARKS

    p = sub.add_parser("bench", help="the other measurements, one front door: "
                       + "; ".join(f"{k}: {v[1]}" for k, v in BENCHMARKS.items()))
    p.add_argument("name", choices=list(BENCHMARKS))
    p.add_argument("args", nargs=argparse.REMAINDER, help="the benchmark's own arguments (add --help to list them)")
    p.set_defaults(func=_bench)
    p = sub.add_parser("load", help="loopback load and fault test: students answering + concurrent solves; JSON last")
    p.add_argument("--students", type=int, default=30)
    p.add_argument("--solves", type=int, default=30)
    p.add_argument("--answers", type=int, default=2, help="answers per student")
    p.add_argument("--kill-server", action="store_true", help="kill the model server mid-run and restart it")
    p.add_argument("--kill-app", action="store_true",
                   help="kill the tutoring services process the students talk to mid-run and restart it")
    p.add_argument("--out", default=None, help="folder for load.json, answers.sqlite and the server log")
    p.set_defaults(func=_load)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

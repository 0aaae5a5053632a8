"""`python -m evaluation …`: the researchers' command line (argument parsing only)."""

from __future__ import annotations

import argparse
import sys


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
    from evaluation.bench import run_bench

    return run_bench(seed=args.seed, limit=args.limit, out=args.out, verbose=args.verbose, bank=args.bank)


def _load(args: argparse.Namespace) -> int:
    import json

    from evaluation.load import run_load

    summary = run_load(args.students, args.solves, args.answers, args.kill_server, args.out)
    print(json.dumps(summary, ensure_ascii=False))  # the last line: one JSON object
    return 0 if summary["errors"] == 0 and summary["answers_lost"] == 0 else 1


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

    p = sub.add_parser("bench-checks", help="benchmark the step checker and grader on generated labelled sets")
    p.add_argument("--seed", type=int, default=2024, help="generator seed (deterministic)")
    p.add_argument("--limit", type=int, default=None, help="only the first N claims / pairs (smoke runs)")
    p.add_argument("--out", default=None, help="folder for metrics.json and the per-item results")
    p.add_argument("--verbose", action="store_true", help="print every misjudged item")
    p.add_argument("--bank", action="store_true", help="also run the content bank's claims and planted mutants")
    p.set_defaults(func=_bench_checks)

    p = sub.add_parser("load", help="loopback load and fault test: students answering + concurrent solves; JSON last")
    p.add_argument("--students", type=int, default=30)
    p.add_argument("--solves", type=int, default=30)
    p.add_argument("--answers", type=int, default=2, help="answers per student")
    p.add_argument("--kill-server", action="store_true", help="kill the model server mid-run and restart it")
    p.add_argument("--out", default=None, help="folder for load.json, answers.sqlite and the server log")
    p.set_defaults(func=_load)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

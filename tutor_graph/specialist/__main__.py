"""`python -m tutor_graph.specialist {coverage,heldout,solve,validate-templates}`: measure bank coverage, held-out
precision on GAOKAO-Bench, solve one problem, or check the chain templates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor_graph.specialist", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    cov = sub.add_parser("coverage", help="share of the problem bank recognised and answered correctly, per module")
    cov.add_argument("--lang", choices=["zh", "en"], default="zh", help="which problem text to use (default zh)")
    cov.add_argument("--methods", type=int, default=2, help="methods per problem (default 2)")
    cov.add_argument("--module", help="only this bank module")
    cov.add_argument("--json", action="store_true", help="print the full JSON (items included)")
    cov.add_argument("--quiet", action="store_true", help="no per-item progress lines")
    solve = sub.add_parser("solve", help="print the specialist's chains for one problem")
    solve.add_argument("text")
    solve.add_argument("--lang", choices=["zh", "en"], default="zh")
    solve.add_argument("--methods", type=int, default=2)
    held = sub.add_parser("heldout", help="precision on held-out GAOKAO-Bench questions (fill-in, choice; open-ended listed)")
    held.add_argument("--data-dir", type=Path, help="folder holding gaokao-bench/ (default: $TUTOR_DATASETS, else ../shared/datasets)")
    held.add_argument("--kind", choices=["fill", "choice", "open"], action="append", help="only these files (repeatable)")
    held.add_argument("--limit", type=int, help="only the first N items of each file")
    held.add_argument("--json", action="store_true", help="print the full JSON (items included)")
    sub.add_parser("validate-templates", help="render every chain template on its test instances and check every claim")
    args = parser.parse_args(argv)

    if args.command == "validate-templates":
        from tutor_graph.specialist.types.validating import validate_templates

        checked = validate_templates()
        for line in checked.errors:
            print(f"ERROR {line}")
        for line in checked.warnings:
            print(f"WARNING {line}")
        print(json.dumps(checked.counts(), ensure_ascii=False))
        return 1 if checked.errors else 0

    if args.command == "heldout":
        return _heldout(args)

    if args.command == "solve":
        from tutor_graph.specialist import recognise, solve_symbolically

        rec = recognise(args.text)
        print(json.dumps({"recognition": rec.to_dict() if rec else None,
                          "solutions": solve_symbolically(args.text, args.methods, args.lang)}, ensure_ascii=False, indent=2))
        return 0 if rec else 1

    from content.bank import load_problems
    from tutor_graph.specialist.coverage import coverage

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
    summary = {k: v for k, v in o.items()}
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def _heldout(args: argparse.Namespace) -> int:
    """Run the held-out precision check; a clear message and exit 0 when the data is absent."""
    from tutor_graph.specialist.heldout import bench_files, default_data_dir, format_report, heldout

    data_dir = args.data_dir or default_data_dir()
    files = {k: v for k, v in bench_files(data_dir).items() if not args.kind or k in args.kind}
    if not files:
        print(f"跳过：未找到 GAOKAO-Bench 数据 / skipped: no GAOKAO-Bench files under {data_dir / 'gaokao-bench'} "
              "(set --data-dir or TUTOR_DATASETS)")
        return 0
    report = heldout(files, args.limit)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for line in format_report(report):
        print(line)
    print(json.dumps({"files": {n: {k: v for k, v in s.items()} for n, s in report["files"].items()},
                      **report["overall"]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m tutor_graph.specialist {solve,phrasing,validate-templates,figures}`: solve one problem, lint the
phrasing of every bank chain, check the chain templates, or print the size and methods figures of issue #11
(coverage and heldout moved to `python -m evaluation bench`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor_graph.specialist", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("coverage", "heldout"):
        sub.add_parser(name, help=f"moved: python -m evaluation bench {name}")
    solve = sub.add_parser("solve", help="print the specialist's chains for one problem")
    solve.add_argument("text")
    solve.add_argument("--lang", choices=["zh", "en"], default="zh")
    solve.add_argument("--methods", type=int, default=2)
    phr = sub.add_parser("phrasing", help="lint every rendered bank chain: questions, idea question first, hint ladders, formulas")
    phr.add_argument("--details", action="store_true", help="list every violation")
    sub.add_parser("validate-templates", help="render every chain template on its test instances and check every claim")
    fig = sub.add_parser("figures", help="lines and types, old layout against templates; methods per answered bank "
                                         "problem from a bank snapshot")
    fig.add_argument("--snapshot", type=Path, help="a `python -m tutor_graph bank-snapshot` file")
    fig.add_argument("--detection", action="store_true",
                     help="which view each type's detector reads (the Reading or the raw text), on its test instances")
    moved = (sys.argv[1:] if argv is None else argv)[:1]
    if moved in (["coverage"], ["heldout"]):  # its old arguments are not parsed here
        print(f"已移至 / moved to: python -m evaluation bench {moved[0]}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)

    if args.command == "phrasing":
        return _phrasing(args.details)

    if args.command == "validate-templates":
        from tutor_graph.specialist.types.validating import validate_templates

        checked = validate_templates()
        for line in checked.errors:
            print(f"ERROR {line}")
        for line in checked.warnings:
            print(f"WARNING {line}")
        print(json.dumps(checked.counts(), ensure_ascii=False))
        return 1 if checked.errors else 0

    if args.command == "figures":
        from tutor_graph.specialist.figures import figures

        if args.detection:
            from tutor_graph.specialist.detection_sources import detection_sources

            print(json.dumps(detection_sources(), ensure_ascii=False))
            return 0
        print(json.dumps(figures(args.snapshot), ensure_ascii=False))
        return 0

    if args.command == "solve":
        from tutor_graph.specialist import recognise, solve_symbolically

        rec = recognise(args.text)
        print(json.dumps({"recognition": rec.to_dict() if rec else None,
                          "solutions": solve_symbolically(args.text, args.methods, args.lang)}, ensure_ascii=False, indent=2))
        return 0 if rec else 1

    return 2  # every command is dispatched above


def _phrasing(details: bool) -> int:
    from content.bank import load_problems
    from tutor_graph.specialist.phrasing_lint import lint_texts

    problems = load_problems()
    report = lint_texts([p.question_zh for p in problems] + [p.question_en for p in problems if p.question_en])
    for v in report.violations if details else ():
        print(f"{v.file} {v.type_id} [{v.method}] step {v.step}: {v.rule}: {v.detail}")
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())

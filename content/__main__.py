"""`python -m content`: validate content, query the knowledge graph, evaluate retrieval, use the case library."""

from __future__ import annotations

import argparse
import sys

from content import commands


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (argparse only)."""
    parser = argparse.ArgumentParser(
        prog="python -m content", description="课程知识图谱、题库、案例库、讲义 / curriculum content and handouts"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "validate", help="check knowledge graph, identities, bank and every answer; JSON counts last"
    )
    p.add_argument("--knowledge", help="knowledge folder (default: the shipped one)")
    p.add_argument("--problems", help="problem folder or file (default: the shipped bank)")
    p.add_argument("--no-verify", action="store_true", help="skip checking answers with the math layer")
    p.add_argument("--verbose", action="store_true", help="print every warning")
    p.add_argument("--no-templates", action="store_true", help="skip rendering and checking the chain templates")

    sub.add_parser("eval-retrieval", help="moved: python -m evaluation bench retrieval")

    p = sub.add_parser("retrieve", help="knowledge points and similar problems for a problem text")
    p.add_argument("text")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("points", help="list knowledge-point ids")
    p.add_argument("--module")

    for name, help_text in (
        ("prereqs", "prerequisites of a point"),
        ("dependents", "what builds on a point"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("id")
        p.add_argument("--direct" if name == "prereqs" else "--transitive", action="store_true")
    p = sub.add_parser("path", help="learning path between two points")
    p.add_argument("start")
    p.add_argument("goal")

    p = sub.add_parser("dot", help="Graphviz DOT of the graph (all, a module, or listed ids)")
    p.add_argument("ids", nargs="*")
    p.add_argument("--module")
    p.add_argument("--methods", action="store_true", help="also draw thinking-method nodes")
    p.add_argument("--out")

    p = sub.add_parser(
        "cases", help="teachers' case library: list | show ID | history ID | search TEXT | export"
    )
    p.add_argument("action", choices=["list", "show", "history", "search", "export"])
    p.add_argument("arg", nargs="?", help="case id (show, history) or text (search)")
    p.add_argument(
        "--db",
        help="database URL or SQLite file (default: env TUTOR_CASES_DB, else the project database)",
    )
    p.add_argument("--out", help="export file (default: cases.yaml)")
    p.add_argument("--tag")

    p = sub.add_parser(
        "export-sft", help="SFT and RL training data from every verified chain; JSON counts last"
    )
    p.add_argument("--out", required=True, help="folder for the JSONL files and manifest.json")
    p.add_argument("--problems", help="problem folder or file (default: the shipped bank)")
    p.add_argument(
        "--cases-db", help="case library SQLite file (default: env TUTOR_CASES_DB or the user one)"
    )
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p.add_argument("--no-specialist", action="store_true", help="leave out the specialist's chains")
    p = sub.add_parser("handout", help="printable handout of a Result JSON (python -m tutor_graph solve --json)")
    p.add_argument("result", help="RESULT.json")
    p.add_argument("--html", help="write the printable HTML here")
    p.add_argument("--md", help="write the Markdown here")
    p.add_argument("--version", choices=["student", "teacher"], default="teacher")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p.add_argument("--hints", action="store_true", help="student version: print each question's hints")

    p = sub.add_parser(
        "accounts", help="accounts: create-admin (first run) | create | list | set-role (e.g. of an SSO account); "
        "password from TUTOR_NEW_PASSWORD or asked"
    )
    p.add_argument("action", choices=["create-admin", "create", "list", "set-role"])
    p.add_argument("--username")
    p.add_argument("--role", choices=["admin", "teacher", "student"], default="teacher")
    p.add_argument("--name", default="", help="display name (default: the username)")
    p.add_argument("--db", help="database URL (default: env TUTOR_DATABASE_URL or the SQLite file in the data folder)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    if (sys.argv[1:] if argv is None else argv)[:1] == ["eval-retrieval"]:  # moved: old arguments not parsed here
        print("已移至 / moved to: python -m evaluation bench retrieval", file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    if args.command == "validate":
        return commands.validate(args.knowledge, args.problems, not args.no_verify, args.verbose, not args.no_templates)
    if args.command == "export-sft":
        return commands.export_sft(args.out, args.problems, args.cases_db, args.lang, not args.no_specialist)
    if args.command == "handout":
        return commands.handout(args.result, args.html, args.md, args.version, args.lang, args.hints)
    if args.command == "accounts":
        return commands.accounts(args.action, args.username, args.role, args.name, args.db)
    if commands.check_graph_loads():
        return 1
    if args.command == "retrieve":
        return commands.retrieve(args.text, args.k, args.json)
    if args.command == "points":
        return commands.points(args.module)
    if args.command == "prereqs":
        return commands.graph_query("prereqs", [args.id], transitive=not args.direct)
    if args.command == "dependents":
        return commands.graph_query("dependents", [args.id], transitive=args.transitive)
    if args.command == "path":
        return commands.graph_query("path", [args.start, args.goal], transitive=True)
    if args.command == "dot":
        return commands.dot(args.ids, args.module, args.methods, args.out)
    case_id = int(args.arg) if args.action in ("show", "history") and args.arg else None
    if args.action in ("show", "history") and case_id is None:
        build_parser().error(f"cases {args.action} needs a case id")
    return commands.cases(args.action, args.db, case_id, args.arg, args.out, args.tag)


if __name__ == "__main__":
    sys.exit(main())

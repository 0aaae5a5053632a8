"""What each `python -m content` subcommand does; `__main__.py` only parses arguments and calls these.

Each command prints its output and returns the process exit code.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from content.knowledge import KnowledgeError, load_graph


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def validate(knowledge: str | None, problems: str | None, verify: bool, verbose: bool, templates: bool = True) -> int:
    """Check the graph, identities, bank and chain templates; errors to stdout, counts as the last line (JSON)."""
    from content.validate import check_templates, validate_all

    started = time.monotonic()
    report = validate_all(knowledge, problems, verify=verify, progress=_say)
    if templates and verify:
        check_templates(report, progress=_say)
    for error in report.errors:
        print(f"ERROR {error}")
    for warning in report.warnings if verbose else report.warnings[:10]:
        print(f"WARNING {warning}")
    if len(report.warnings) > 10 and not verbose:
        print(f"WARNING … {len(report.warnings) - 10} more (use --verbose)")
    _say(f"validated in {time.monotonic() - started:.1f} s")
    print(json.dumps(report.counts(), ensure_ascii=False))
    return 1 if report.errors else 0


def retrieve(text: str, k: int, as_json: bool) -> int:
    """Print the knowledge points and bank problems retrieved for `text`."""
    from content.retrieval import retrieve as run

    result = run(text, k)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print("知识点 / knowledge points:")
    for hit in result.points:
        print(f"  {hit.score:6.3f}  {hit.id:28s} {hit.name_zh} / {hit.name_en}")
    print("相似题 / similar problems:")
    for similar in result.problems:
        print(f"  {similar.score:6.3f}  {similar.id:20s} {similar.question_zh[:60]}")
    for note in result.notes:
        print(f"note: {note}")
    return 0


def points(module: str | None) -> int:
    """List knowledge-point ids with names (optionally of one module)."""
    graph = load_graph()
    modules = [graph.module(module)] if module else graph.modules()
    for m in modules:
        print(f"# {m.id}: {m.name_zh} / {m.name_en} ({m.course})")
        for p in graph.points_in_module(m.id):
            print(f"{p.id:28s} {p.name_zh} / {p.name_en}")
    return 0


def graph_query(kind: str, ids: list[str], transitive: bool) -> int:
    """prereqs / dependents of one point, or the learning path between two."""
    graph = load_graph()
    try:
        if kind == "path":
            chain = graph.path(ids[0], ids[1]) or graph.path(ids[0], ids[1], directed=False)
            rows = [graph[i] for i in chain]
        elif kind == "prereqs":
            rows = graph.prerequisites(ids[0], transitive=transitive)
        else:
            rows = graph.dependents(ids[0], transitive=transitive)
    except KeyError as exc:
        print(exc.args[0])
        return 2
    for p in rows:
        print(f"{p.id:28s} {p.name_zh} / {p.name_en}")
    return 0


def dot(ids: list[str], module: str | None, methods: bool, out: str | None) -> int:
    """Write Graphviz DOT text for some points (default: all, or one module's)."""
    graph = load_graph()
    chosen = ids or ([p.id for p in graph.points_in_module(module)] if module else None)
    text = graph.to_dot(chosen, with_methods=methods)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    else:
        print(text)
    return 0


def cases(
    action: str, db: str | None, case_id: int | None, text: str | None, out: str | None, tag: str | None
) -> int:
    """List, show, inspect history, search or export the teachers' case library."""
    from content.cases import CaseLibrary, CaseStoreError

    try:
        library = CaseLibrary(db)
    except CaseStoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if action in ("show", "history") and case_id is None:
        print(f"error: {action} needs a case id", file=sys.stderr)
        return 2
    try:
        if action == "list":
            for c in library.list(tag=tag):
                print(
                    f"{c.id:5d}  v{c.version:<3d} {c.updated_at[:19]}  {c.created_by:12s} {c.current.title}  {list(c.current.tags)}"
                )
        elif action == "show":
            c = library.get(int(case_id or 0))
            print(
                json.dumps(
                    {
                        "id": c.id,
                        "version": c.version,
                        "title": c.current.title,
                        "problem": c.current.problem,
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        elif action == "history":
            for v in library.history(int(case_id or 0)):
                print(f"v{v.version:<3d} {v.saved_at[:19]}  {v.author:12s} {v.note}")
        elif action == "search":
            for c, score in library.search(text or ""):
                print(f"{score:6.3f}  {c.id:5d}  {c.current.title}")
        elif action == "export":
            print(f"wrote {library.export(out or 'cases.yaml')}")
    except KeyError as exc:
        print(exc.args[0])
        return 2
    print(f"library: {library.path}", file=sys.stderr)
    return 0


def accounts(action: str, username: str | None, role: str, name: str, db: str | None) -> int:
    """Create the first admin or another account (password from TUTOR_NEW_PASSWORD or asked), list them, set a role."""
    import getpass

    from content import accounts as store
    from content.db import upgrade

    upgrade(db)
    try:
        if action == "list":
            for a in store.list_accounts(url=db):
                print(f"{a.id:5d}  {a.role:8s} {a.username:20s} {a.display_name}")
            return 0
        if not username:
            print("error: --username is needed", file=sys.stderr)
            return 2
        if action == "set-role":
            found = [a for a in store.list_accounts(url=db) if a.username == username.strip().lower()]
            if not found:
                print(f"error: no account {username!r}", file=sys.stderr)
                return 2
            store.set_role(found[0].id, role, url=db)  # type: ignore[arg-type]
            print(f"{found[0].username}: {found[0].role} -> {role}")
            return 0
        password = os.environ.get("TUTOR_NEW_PASSWORD") or getpass.getpass(f"password for {username}: ")
        if action == "create-admin":
            made = store.create_first_admin(username, password, name, url=db)
        else:
            made = store.create_account(username, password, role, name, url=db)  # type: ignore[arg-type]
    except store.AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"created {made.role} {made.username} (id {made.id})")
    return 0


def check_graph_loads() -> int:
    """Exit early with a readable message when the knowledge files are broken."""
    try:
        load_graph()
    except KnowledgeError as exc:
        for error in exc.errors:
            print(f"ERROR {error}")
        return 1
    return 0


def export_sft(out: str, problems: str | None, cases_db: str | None, lang: str, specialist: bool) -> int:
    """Write SFT/RL data from verified chains under `out`; the last line is the counts as JSON."""
    from content.cases import default_path
    from content.sft_export import export_sft as run_export

    started = time.monotonic()
    manifest = run_export(
        out,
        problems_path=problems,
        cases_db=cases_db or default_path(),
        lang=lang,
        specialist=specialist,
        progress=_say,
    )
    for item in manifest["left_out"]:
        print(f"left out {item['problem_id']} ({item['source']}): {item['why']}")
    _say(f"exported in {time.monotonic() - started:.1f} s to {out}")
    summary = {**manifest["counts"], "sources": manifest["sources"], "left_out": len(manifest["left_out"])}
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def handout(result_file: str, html_out: str | None, md_out: str | None, version: str, lang: str, hints: bool) -> int:
    """Write the handout of one Result (as `python -m tutor_graph solve --json` prints it) as HTML and/or Markdown."""
    from content.handout import handout_html, handout_markdown, knowledge_namer

    if not html_out and not md_out:
        _say("nothing to write: give --html OUT.html and/or --md OUT.md")
        return 2
    try:
        lesson = json.loads(Path(result_file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        _say(f"cannot read {result_file}: {err}")
        return 1
    if not isinstance(lesson, dict) or not isinstance(lesson.get("problem", ""), str):
        _say(f"{result_file} is not a Result (a JSON object with a problem and solutions)")
        return 1
    name_of = knowledge_namer(lang)
    written = []
    for out, render in ((html_out, handout_html), (md_out, handout_markdown)):
        if out:
            Path(out).write_text(render(lesson, name_of, lang, version, hints), encoding="utf-8")  # type: ignore[arg-type]
            written.append(out)
    print(json.dumps({"version": version, "lang": lang, "written": written}, ensure_ascii=False))
    return 0

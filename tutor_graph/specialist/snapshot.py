"""Snapshot every bank chain the specialist builds (types, claims, verdicts, answers) and diff two snapshots.

A refactor of the specialist (one parser, types as templates) must lose no type, no verified verdict and
change no answer: `snapshot` records, per bank problem and language, the recognised type, every applicable
method's steps (claim, verdict status, answer), its final answer and verified flag; `diff` compares two.

Every method is built and checked, with no time budget (unlike `iter_solutions`), so the snapshot does not
depend on how busy the machine is; run it with `TUTOR_TIME_SCALE` raised for the same reason.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tutor_graph.specialist.chain import verify
from tutor_graph.specialist.recognition import recognise
from tutor_graph.specialist.solving import _chains

MAX_METHODS = 99  # every applicable method, not the two the app shows


def snapshot_problem(text: str, lang: str) -> dict[str, Any]:
    """The specialist's type and every checked method for one problem text."""
    rec = recognise(text)
    if rec is None:
        return {"type": None, "methods": []}
    methods = []
    for chain in _chains(rec, MAX_METHODS):
        sol = verify(chain, lang)
        methods.append({
            "method": sol["method"],
            "steps": [{"claim": s["claim"], "status": s["verdict"]["status"], "answer": s["answer"]}
                      for s in sol["steps"]],
            "final_answer": sol["final_answer"], "verified": bool(sol["verified"]),
        })
    return {"type": rec.type_id, "parts": list(rec.parts), "methods": methods}


def snapshot(problems: Iterable[Any] | None = None, langs: tuple[str, ...] = ("zh",),
             say: Callable[[str], None] | None = None, modules: tuple[str, ...] = ()) -> dict[str, Any]:
    """Snapshot the bank (default `content.bank.load_problems()`, only `modules` if given): one entry per
    `<id>@<lang>`."""
    if problems is None:
        from content.bank import load_problems

        problems = load_problems()
    if modules:
        problems = [p for p in problems if p.module in modules]
    from tutor_graph.checks import check_step, pool

    check_step("1 + 1 = 2")  # start the checker's workers before the first problem
    items: dict[str, Any] = {}
    start = time.perf_counter()
    for problem in problems:
        for lang in langs:
            text = problem.question_zh if lang == "zh" else problem.question_en
            if not text:
                continue
            key = f"{problem.id}@{lang}"
            items[key] = snapshot_problem(text, lang)
            if say:
                say(f"{key:32s} {items[key]['type'] or '-'} ({len(items[key]['methods'])} methods)")
    return {"meta": {"langs": list(langs), "modules": list(modules), "problems": len(items), "seconds": round(time.perf_counter() - start, 1),
                     "time_scale": pool.TIME_SCALE},
            "items": items}


def _verified_claims(item: dict[str, Any]) -> dict[tuple[str, str], int]:
    """(method, claim) → how many verified steps carry it."""
    counts: dict[tuple[str, str], int] = {}
    for m in item.get("methods", []):
        for s in m["steps"]:
            if s["status"] == "verified" and s["claim"]:
                counts[(m["method"], s["claim"])] = counts.get((m["method"], s["claim"]), 0) + 1
    return counts


def diff_item(before: dict[str, Any], after: dict[str, Any] | None) -> dict[str, list[str]]:
    """What one problem lost or changed: `lost` entries fail the diff, `changed` ones are reported only."""
    lost: list[str] = []
    changed: list[str] = []
    if after is None:
        after = {"type": None, "methods": []}
    if before["type"] and after["type"] != before["type"]:
        lost.append(f"type {before['type']} → {after['type']}")
    elif after["type"] and not before["type"]:
        changed.append(f"new type {after['type']}")
    after_methods = {m["method"]: m for m in after["methods"]}
    after_claims = _verified_claims(after)
    any_after = {claim for (_, claim) in after_claims}
    for m in before["methods"]:
        name = m["method"]
        other = after_methods.get(name)
        if other is None:
            (lost if m["verified"] else changed).append(f"method lost: {name}")
            continue
        if other["final_answer"] != m["final_answer"]:
            lost.append(f"answer changed in {name}: {m['final_answer']!r} → {other['final_answer']!r}")
        if m["verified"] and not other["verified"]:
            lost.append(f"verified lost: {name}")
        if len(other["steps"]) != len(m["steps"]):
            changed.append(f"steps {len(m['steps'])} → {len(other['steps'])} in {name}")
        for s, t in zip(m["steps"], other["steps"], strict=False):
            if s["claim"] != t["claim"]:
                changed.append(f"claim in {name}: {s['claim']!r} → {t['claim']!r}")
            elif s["answer"] != t["answer"]:
                changed.append(f"step answer in {name}: {s['answer']!r} → {t['answer']!r}")
    for (name, claim), n in _verified_claims(before).items():
        if after_claims.get((name, claim), 0) < n and (name in after_methods or claim not in any_after):
            lost.append(f"verified verdict lost in {name}: {claim!r}")
    for name in after_methods.keys() - {m["method"] for m in before["methods"]}:
        changed.append(f"new method: {name}")
    return {"lost": lost, "changed": changed}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Compare two snapshots: per problem what was lost (fails) or changed, and the totals."""
    problems: dict[str, dict[str, list[str]]] = {}
    if after.get("meta", {}).get("modules"):  # a snapshot of some modules: compare only what it covers
        keep = set(after["meta"]["modules"])  # keys are `<module>-<n>@<lang>`
        before = {**before, "items": {k: v for k, v in before["items"].items()
                                      if k.rsplit("@", 1)[0].rsplit("-", 1)[0] in keep}}
    for key, item in before["items"].items():
        d = diff_item(item, after["items"].get(key))
        if d["lost"] or d["changed"]:
            problems[key] = d
    for key in after["items"].keys() - before["items"].keys():
        problems[key] = {"lost": [], "changed": ["new problem"]}

    def count(items: dict[str, Any], what: Callable[[dict[str, Any]], int]) -> int:
        return sum(what(i) for i in items.values())

    def totals(snap: dict[str, Any]) -> dict[str, int]:
        items = snap["items"]
        return {"types": count(items, lambda i: bool(i["type"])),
                "methods": count(items, lambda i: len(i["methods"])),
                "verified_methods": count(items, lambda i: sum(m["verified"] for m in i["methods"])),
                "steps": count(items, lambda i: sum(len(m["steps"]) for m in i["methods"])),
                "verified_steps": count(items, lambda i: sum(s["status"] == "verified"
                                                             for m in i["methods"] for s in m["steps"]))}

    lost = sum(len(d["lost"]) for d in problems.values())
    return {"problems": problems,
            "summary": {"before": totals(before), "after": totals(after), "lost": lost,
                        "changed": sum(len(d["changed"]) for d in problems.values()),
                        "problems_with_losses": sum(bool(d["lost"]) for d in problems.values()),
                        "ok": lost == 0}}


def write_snapshot(out: Path, langs: tuple[str, ...], say: Callable[[str], None] | None = None,
                   modules: tuple[str, ...] = ()) -> dict[str, Any]:
    """Snapshot the bank (or some of its modules) to `out` (JSON); return the meta block."""
    snap = snapshot(langs=langs, say=say, modules=modules)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(snap, ensure_ascii=False, indent=1), encoding="utf-8")
    return snap["meta"]


def diff_files(before: Path, after: Path) -> tuple[list[str], dict[str, Any]]:
    """Read two snapshot files and return the report lines and the summary."""
    result = diff(json.loads(before.read_text(encoding="utf-8")), json.loads(after.read_text(encoding="utf-8")))
    lines = []
    for key, d in sorted(result["problems"].items()):
        for entry in d["lost"]:
            lines.append(f"LOST    {key}: {entry}")
        for entry in d["changed"]:
            lines.append(f"changed {key}: {entry}")
    return lines, result["summary"]

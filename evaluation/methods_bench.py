"""一题多解 measured: answered items with two or more verified, genuinely different methods (issue #11 item 6).

Two sets, each item answered the way the product answers it (`tutor_graph.reading.bench.answer_text`: the
specialist where it recognises the text and its answer survives back-substitution, else the general
strategies of the reading layer), with every method of that path kept (up to `--methods`, the most the
teacher page asks for):
- the problem bank, zh and en texts: a method counts when its chain is verified (every claim verified by the
  checker, the answer equal to the independently computed reference) and its answer grades correct against
  the bank's answer;
- paper I of GAOKAO-Bench (development data: fill-in and choice items; skipped where the folder is absent): a
  method counts when the product's one rule says verified (`decide_verified` with the Reading: complete
  reading, verified chain, back-substitution passed) and its answer grades correct against the exam's answer.
Among the counted methods, `distinct_methods` keeps those `genuinely_different` from every one kept before.
Every SymPy call runs in the checker's bounded pool. `python -m evaluation bench methods [--lang zh|en|both]
[--only bank exam] [--limit N] [--methods N] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

MAX_METHODS = 4  # the teacher page asks for at most four methods


def _names(method: str) -> set[str]:
    """A method's names in both languages, without spaces and brackets: "配方法 / Completing the square"."""
    return {re.sub(r"[\s()（）]+", "", part).lower() for part in method.split("/") if part.strip()}


def verified_claims(solution: Mapping[str, Any]) -> frozenset[str]:
    """The claims of a solution's verified steps, spacing removed (`x = 2` and `x=2` are one claim)."""
    return frozenset(re.sub(r"\s+", "", s["claim"]) for s in solution["steps"]
                     if s["claim"] and s["verdict"]["status"] == "verified")


def genuinely_different(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two methods count as two (一题多解), not one method written twice.

    Checks two things, both required:
    - the names differ: no name of one, in either language (spaces, brackets and case ignored), is a name of
      the other;
    - the verified claims differ both ways: each method has at least one verified claim (spacing ignored)
      that the other does not have. A method whose claims are another's reordered (the same set), or another's
      with some steps left out (a subset), is not a second method, whatever it is called.
    Wording of questions and hints is not compared: the claims are what the checker verified, so they are
    what a method computes.
    """
    if _names(a["method"]) & _names(b["method"]):
        return False
    ca, cb = verified_claims(a), verified_claims(b)
    return bool(ca - cb) and bool(cb - ca)


def distinct(solutions: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The solutions, in order, each kept only when genuinely different from every one kept before it."""
    kept: list[Mapping[str, Any]] = []
    for sol in solutions:
        if all(genuinely_different(sol, other) for other in kept):
            kept.append(sol)
    return kept


def _graded(references: list[str], answer: str | None) -> bool:
    from tutor_graph.checks import grade

    return bool(answer) and any(grade(ref, answer or "").correct for ref in references if ref)


def measure_item(text: str, references: list[str], exam: bool, max_methods: int = MAX_METHODS,
                 lang: str = "zh") -> dict[str, Any]:
    """One item answered the product's way: its methods, which count as verified, how many are distinct."""
    from tutor_graph.reading.bench import answer_text
    from tutor_graph.reading.verifying import decide_verified

    out = answer_text(text, methods=max(2, max_methods), lang=lang)
    reading = out.pop("reading")
    solutions = out.pop("solutions")
    counted = []
    for sol in solutions:
        ok = bool(sol["verified"]) and _graded(references, sol["final_answer"])
        if ok and exam:  # the product's one rule, with the Reading (back-substitution into every given)
            ok = decide_verified(sol["steps"], sol["final_answer"], reading)[0]
        if ok:
            counted.append(sol)
    kept = distinct(counted)
    return {"answered": bool(out["answer"]), "correct": _graded(references, out["answer"]),
            "source": out["source"], "methods": [s["method"] for s in solutions],
            "verified_methods": [s["method"] for s in counted], "distinct_methods": [s["method"] for s in kept],
            "multi": len(kept) >= 2}


def _share(items: list[dict[str, Any]]) -> dict[str, Any]:
    answered = [i for i in items if i["answered"]]
    multi = sum(i["multi"] for i in answered)
    return {"items": len(items), "answered": len(answered), "multi": multi,
            "share": round(multi / len(answered), 3) if answered else 0.0}


Progress = Callable[[dict[str, Any]], None]


def bank_items(langs: tuple[str, ...], limit: int | None, max_methods: int,
               progress: Progress | None = None) -> list[dict[str, Any]]:
    """Every bank problem (the first `limit` when given) in each language, measured."""
    from content.bank import load_problems

    items = []
    for problem in load_problems()[:limit]:
        references = [problem.final_answer, *problem.answer_alternatives]
        for lang in langs:
            text = problem.question_zh if lang == "zh" else problem.question_en
            if not text:
                continue
            item = {"id": f"{problem.id}@{lang}", "module": problem.module,
                    **measure_item(text, references, exam=False, max_methods=max_methods, lang=lang)}
            items.append(item)
            if progress:
                progress(item)
    return items


def exam_items(limit: int | None, max_methods: int, progress: Progress | None = None) -> list[dict[str, Any]] | None:
    """Paper I fill-in and choice items (the first `limit` of each), measured; None without the data set."""
    from content.gaokao import bench_files, load_items, reference_of
    from tutor_graph.reading.bench import alternatives

    files = bench_files()
    if not files:
        return None
    items = []
    for kind in ("fill", "choice"):
        if kind not in files:
            continue
        for index, raw in enumerate(load_items(files[kind])[:limit]):
            references = alternatives(reference_of(raw, kind))
            item = {"id": f"{kind}-{index}", "kind": kind,
                    **measure_item(str(raw.get("question", "")), references, exam=True, max_methods=max_methods)}
            items.append(item)
            if progress:
                progress(item)
    return items


def run(langs: tuple[str, ...] = ("zh", "en"), only: tuple[str, ...] = ("bank", "exam"), limit: int | None = None,
        max_methods: int = MAX_METHODS, progress: Progress | None = None) -> dict[str, Any]:
    """Both sets measured: shares per bank module and per exam item kind, the two overall shares, the items."""
    from tutor_graph.checks import warm_up
    from tutor_graph.reading.bench import register_methods_task

    register_methods_task()  # before the workers start, so they need no restart
    warm_up()
    report: dict[str, Any] = {}
    if "bank" in only:
        items = bank_items(langs, limit, max_methods, progress)
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            groups[item["module"]].append(item)
        report["bank"] = {"overall": _share(items), "modules": {m: _share(g) for m, g in sorted(groups.items())},
                          "items": items}
    if "exam" in only:
        exam = exam_items(limit, max_methods, progress)
        if exam is None:
            report["exam"] = {"skipped": "no GAOKAO-Bench files"}
        else:
            report["exam"] = {"overall": _share(exam), "kinds": {k: _share([i for i in exam if i["kind"] == k])
                                                                 for k in ("fill", "choice")}, "items": exam}
    return report


def shares(report: dict[str, Any]) -> dict[str, Any]:
    """The last line: both overall shares (answered items with ≥ 2 verified, genuinely different methods)."""
    out: dict[str, Any] = {}
    for name in ("bank", "exam"):
        if name in report:
            out[name] = report[name].get("overall", report[name])
    return out


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench methods`."""
    parser.add_argument("--lang", choices=["zh", "en", "both"], default="both", help="bank texts (default both)")
    parser.add_argument("--only", nargs="+", choices=["bank", "exam"], default=["bank", "exam"],
                        help="which sets (default both)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N items of each set")
    parser.add_argument("--methods", type=int, default=MAX_METHODS,
                        help=f"methods per item at most (default {MAX_METHODS}, as the teacher page)")
    parser.add_argument("--json", action="store_true", help="print the full JSON report (items included)")
    parser.add_argument("--quiet", action="store_true", help="no per-item progress lines")


def _progress_line(item: dict[str, Any]) -> None:
    mark = "✓✓" if item["multi"] else ("✓ " if item["verified_methods"] else ("· " if item["answered"] else "  "))
    print(f"{mark} {item['id']:28s} {item['source'] or '-':10s} {' | '.join(item['methods'])[:90]}",
          file=sys.stderr, flush=True)


def command(args: argparse.Namespace) -> int:
    """Print the shares per bank module and per exam kind, then both overall shares as the last line (JSON)."""
    langs = ("zh", "en") if args.lang == "both" else (args.lang,)
    quiet = args.quiet or args.json
    report = run(langs, tuple(args.only), args.limit, args.methods, None if quiet else _progress_line)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        header = f"{'':24s} {'items':>6s} {'answered':>8s} {'≥2 methods':>10s} {'share':>6s}"
        if "bank" in report:
            print(f"bank ({'+'.join(langs)})\n{header}")
            for module, s in [*report["bank"]["modules"].items(), ("all", report["bank"]["overall"])]:
                print(f"{module:24s} {s['items']:6d} {s['answered']:8d} {s['multi']:10d} {s['share']:6.3f}")
        if "exam" in report and "overall" in report["exam"]:
            print(f"exam (GAOKAO-Bench paper I)\n{header}")
            for kind, s in [*report["exam"]["kinds"].items(), ("all", report["exam"]["overall"])]:
                print(f"{kind:24s} {s['items']:6d} {s['answered']:8d} {s['multi']:10d} {s['share']:6.3f}")
    print(json.dumps(shares(report), ensure_ascii=False))
    return 0

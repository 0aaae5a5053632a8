"""Retrieval recall: from a bank problem's question text alone, are its steps' knowledge points found?

`python -m evaluation bench retrieval` (moved here from `python -m content eval-retrieval`): recall@k and hit@k
of `content.retrieval`, leave-one-out over the bank or on a fixed split.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from content.knowledge import KnowledgeGraph
from content.retrieval import Retriever, step_points


def evaluate_recall(
    graph: KnowledgeGraph,
    problems: Sequence,
    k: int = 5,
    test_ids: Iterable[str] | None = None,
    lang: str = "zh",
) -> dict:
    """Recall@k of each problem's step knowledge points, from its question text alone.

    With `test_ids` None every problem is held out in turn (leave-one-out); otherwise only the
    test problems are queried and none of them is in the neighbour index (a fixed split).
    `lang`: which question text is the query: zh, en (problems without English are skipped), or both.
    """
    if test_ids is None:
        retriever, tests, hide = Retriever(graph, problems), list(problems), True
    else:
        wanted = set(test_ids)
        tests = [p for p in problems if p.id in wanted]
        retriever, hide = Retriever(graph, [p for p in problems if p.id not in wanted]), False
    recalls, hits = [], []
    for p in tests:
        query = {"zh": p.question_zh, "en": p.question_en, "both": f"{p.question_zh}\n{p.question_en}"}[lang]
        gold = set(step_points(p))
        if not query.strip() or not gold:
            continue
        found = {h.id for h in retriever.retrieve(query, k, exclude=[p.id] if hide else ()).points}
        recalls.append(len(found & gold) / len(gold))
        hits.append(bool(found & gold))
    n = len(recalls)
    return {
        "k": k,
        "lang": lang,
        "split": "leave-one-out" if test_ids is None else "fixed",
        "problems": n,
        f"recall_at_{k}": round(sum(recalls) / n, 4) if n else 0.0,
        f"hit_at_{k}": round(sum(hits) / n, 4) if n else 0.0,
    }


def fixed_split(problems: Sequence, every: int = 5) -> list[str]:
    """A deterministic test split: every `every`-th problem by id within each module."""
    by_module: dict[str, list[str]] = defaultdict(list)
    for p in sorted(problems, key=lambda p: p.id):
        by_module[p.module].append(p.id)
    return [pid for ids in by_module.values() for i, pid in enumerate(ids) if i % every == every - 1]


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench retrieval`."""
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--lang", choices=["zh", "en", "both"], default="zh")
    parser.add_argument("--split", choices=["loo", "fixed"], default="loo")


def command(args: argparse.Namespace) -> int:
    """Print recall@k of the bank's step knowledge points from question text alone (last line: JSON)."""
    from content.knowledge import load_graph
    from content.retrieval import bank_problems

    problems, notes = bank_problems()
    if not problems:
        print(f"no bank problems to evaluate on: {'; '.join(notes)}")
        return 1
    k = args.k
    test_ids = fixed_split(problems) if args.split == "fixed" else None
    result = evaluate_recall(load_graph(), problems, k=k, test_ids=test_ids, lang=args.lang)
    print(f"recall@{k} = {result[f'recall_at_{k}']:.3f}, hit@{k} = {result[f'hit_at_{k}']:.3f} "
          f"over {result['problems']} problems ({result['split']}, query: question_{args.lang})")
    print(json.dumps(result))
    return 0

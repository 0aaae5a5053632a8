"""Aggregate item results into a run's figures; paired comparison of two runs (McNemar on items)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any


def wilson(k: int, n: int, z: float = 1.96) -> list[float] | None:
    """95 % Wilson score interval for k successes in n trials.

    >>> wilson(8, 10)
    [0.49, 0.943]
    """
    if n == 0:
        return None
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3)]


def percentile(values: list[float], q: float) -> float | None:
    """The q-quantile (nearest rank) of values, None when empty.

    >>> percentile([3, 1, 2], 0.5)
    2
    """
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))], 4)


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def accuracy_of(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy, its interval and counts over the graded items of a group."""
    graded = [i for i in items if i.get("graded", True) and i.get("correct") is not None]
    k = sum(bool(i["correct"]) for i in graded)
    return {"items": len(items), "graded": len(graded), "correct": k, "accuracy": _rate(k, len(graded)),
            "accuracy_ci": wilson(k, len(graded))}


def _times(values: list[Any]) -> dict[str, Any]:
    vals = [float(v) for v in values if v is not None]
    return {"n": len(vals), "median": percentile(vals, 0.5), "p95": percentile(vals, 0.95),
            "max": round(max(vals), 4) if vals else None}


def aggregate(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The run's figures: accuracy with CI, verified counts, steps verified, methods, times, tokens, by group."""
    head = accuracy_of(items)
    graded = [i for i in items if i.get("graded", True) and i.get("correct") is not None]
    steps = sum(i.get("steps", 0) for i in items)
    sources: Counter[str] = Counter()
    for i in items:
        sources.update(i.get("sources") or {})
    by: dict[str, dict[str, list[dict[str, Any]]]] = {"topic": defaultdict(list), "difficulty": defaultdict(list)}
    for i in items:
        by["topic"][str(i.get("topic", "—"))].append(i)
        by["difficulty"][str(i.get("difficulty", "—"))].append(i)
    return {
        **head,
        "verified": sum(bool(i.get("verified")) for i in items),
        "verified_correct": sum(bool(i.get("verified")) and i.get("correct") is True for i in items),
        "wrong_verified": sum(bool(i.get("verified")) and i.get("correct") is False for i in graded),
        "answered": sum(bool(i.get("prediction")) for i in items),
        "errors": sum(bool(i.get("error")) and not i.get("prediction") for i in items),
        "steps": steps,
        "steps_verified": _rate(sum(i.get("steps_verified", 0) for i in items), steps),
        "steps_timed_out": sum(i.get("steps_timed_out", 0) for i in items),
        "source_share": {k: _rate(v, steps) for k, v in sorted(sources.items())} if steps else {},
        "methods_per_item": _rate(sum(i.get("methods", 0) for i in items), len(items)),
        "verified_methods_per_item": _rate(sum(i.get("methods_verified", 0) for i in items), len(items)),
        "first_question_s": _times([i.get("first_question_s") for i in items]),
        "result_s": _times([i.get("result_s") for i in items]),
        "prompt_tokens": sum(i.get("prompt_tokens", 0) for i in items),
        "completion_tokens": sum(i.get("completion_tokens", 0) for i in items),
        "model_calls": sum(i.get("model_calls", 0) for i in items),
        "by_topic": {k: accuracy_of(v) for k, v in sorted(by["topic"].items())},
        "by_difficulty": {k: accuracy_of(v) for k, v in sorted(by["difficulty"].items())},
    }


def mcnemar(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value for b items right only in A and c right only in B.

    >>> mcnemar(0, 0)
    1.0
    >>> mcnemar(10, 0) < 0.01
    True
    """
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(0, min(b, c) + 1)) / 2**n
    return round(min(1.0, 2 * tail), 6)


def paired(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> dict[str, Any]:
    """Paired differences on the items both runs graded: both right, only A, only B, neither; McNemar p."""
    ra = {i["id"]: i for i in a if i.get("correct") is not None}
    rb = {i["id"]: i for i in b if i.get("correct") is not None}
    common = sorted(set(ra) & set(rb))
    table = Counter((bool(ra[k]["correct"]), bool(rb[k]["correct"])) for k in common)
    only_a, only_b = table[(True, False)], table[(False, True)]
    n = len(common)
    acc_a = _rate(sum(ra[k]["correct"] for k in common), n)
    acc_b = _rate(sum(rb[k]["correct"] for k in common), n)
    return {
        "paired_items": n, "both": table[(True, True)], "only_a": only_a, "only_b": only_b,
        "neither": table[(False, False)], "accuracy_a": acc_a, "accuracy_b": acc_b,
        "difference": round(acc_b - acc_a, 4) if n and acc_a is not None and acc_b is not None else None,
        "mcnemar_p": mcnemar(only_a, only_b),
        "changed": [{"id": k, "a": ra[k]["correct"], "b": rb[k]["correct"]} for k in common
                    if bool(ra[k]["correct"]) != bool(rb[k]["correct"])],
    }

"""Building and judging Step and Solution dicts (the Result contract), shared by the nodes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

from tutor_graph.checks.verdict import Verdict
from tutor_graph.reading.verifying import decide_verified
from tutor_graph.result import Solution, Source, Step, VerdictDict

UNCHECKED = VerdictDict(status="unknown", reason="not checked yet", counterexample=None)


def make_step(
    question: str,
    answer: str,
    claim: str = "",
    source: Source = "model",
    verdict: VerdictDict | None = None,
    knowledge_points: Sequence[str] = (),
    hints: Sequence[str] = (),
) -> Step:
    """A Step dict; unchecked until `verify` sets its verdict."""
    return Step(
        question=question,
        answer=answer,
        claim=claim,
        verdict=dict(verdict or UNCHECKED),  # type: ignore[typeddict-item]
        source=source,
        knowledge_points=list(knowledge_points),
        hints=list(hints),
    )


def verdict_dict(verdict: Verdict) -> VerdictDict:
    """A Verdict as the plain dict Result carries."""
    return VerdictDict(status=verdict.status, reason=verdict.reason, counterexample=verdict.counterexample)


def as_plain(obj: Any) -> Any:
    """A dataclass, pydantic model or mapping from a collaborator, as a plain dict (others unchanged)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    return obj


def coerce_step(obj: Any, source: Source) -> Step:
    """A specialist's step as a Step dict with the given source; missing fields get honest defaults."""
    data = dict(as_plain(obj))
    verdict = as_plain(data.get("verdict")) or UNCHECKED
    if isinstance(verdict, str):  # a bare status
        verdict = {"status": verdict, "reason": "", "counterexample": None}
    return make_step(
        question=str(data.get("question", "")),
        answer=str(data.get("answer", "")),
        claim=str(data.get("claim") or ""),
        source=source,
        verdict=VerdictDict(
            status=verdict.get("status", "unknown"),
            reason=str(verdict.get("reason", "")),
            counterexample=verdict.get("counterexample"),
        ),
        knowledge_points=[str(k) for k in data.get("knowledge_points") or []],
        hints=[str(h) for h in data.get("hints") or []],
    )


def union(lists: Iterable[Iterable[str]]) -> list[str]:
    """Ordered union of id lists."""
    out: list[str] = []
    for items in lists:
        for item in items:
            if item not in out:
                out.append(item)
    return out


def make_solution(method: str, steps: list[Step], final_answer: str, final_ok: bool) -> Solution:
    """A Solution dict; verified only when every claim is verified and the final answer was checked."""
    return Solution(
        method=method,
        steps=steps,
        final_answer=final_answer,
        verified=decide_verified(steps, final_answer, reference_agrees=final_ok)[0],  # the one rule, no Reading yet
        knowledge_points=union(s["knowledge_points"] for s in steps),
    )


def coerce_solution(obj: Any) -> Solution:
    """A specialist's solution as a Solution dict (steps labelled symbolic), its verified flag recomputed."""
    data = dict(as_plain(obj))
    steps = [coerce_step(s, "symbolic") for s in data.get("steps") or []]
    solution = make_solution(
        str(data.get("method", "")), steps, str(data.get("final_answer", "")), bool(data.get("verified"))
    )
    solution["knowledge_points"] = union([data.get("knowledge_points") or [], solution["knowledge_points"]])
    return solution

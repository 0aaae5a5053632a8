"""The tutoring suite: simulated students through the tutoring graph, as one suite of the harness.

`run --suite tutoring --mode symbolic|graph`: per bank problem the solve graph builds the chain (symbolic: the
specialist alone; graph: the model may write it, still verified), then the five simulated students of
`evaluation.tutoring_sim` work through it; every reply is leak-checked. An item is *correct* when the tutor made
no fault on it (no leak, every wrong answer flagged, no right answer rejected, the final answer accepted); a
problem without a verified chain is not graded. The run's summary carries the simulation's figures (leaks,
mistake identification, false rejects, hints, turns) and MathDial's located-step figure.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from inspect_ai.model import ModelOutput
from inspect_ai.scorer import accuracy, scorer, stderr
from inspect_ai.solver import Generate, Solver, TaskState, solver

from evaluation.provider import in_thread
from evaluation.scoring import record_scorer
from evaluation.suites import Item

TUTORING_MODES = ("symbolic", "graph")  # how the chain is built: the specialist alone, or the full solve graph
MATHDIAL_FILE = "mathdial.json"


def tutor_item(item: Item, settings: Any, graph: Any, seed: int = 0) -> dict[str, Any]:
    """Build the item's chain with the solve graph, then run the five students on it (blocking); measured."""
    from evaluation.tutoring_sim import simulate
    from tutor_graph.solve import solve
    from tutor_graph.tutoring.nodes import chain_from_result

    started = time.perf_counter()
    result = solve(item.question, settings)
    trace = result.get("trace") or []
    run: dict[str, Any] = {
        "chain_s": round(time.perf_counter() - started, 4),
        "prompt_tokens": sum(int(n.get("prompt_tokens", 0)) for n in trace),
        "completion_tokens": sum(int(n.get("completion_tokens", 0)) for n in trace),
        "model_calls": sum(int(n.get("model_calls", 0)) for n in trace),
    }
    chain = chain_from_result(result, item.answer or None)
    if chain is None:
        return {**run, "tutoring": None, "result_s": round(time.perf_counter() - started, 4),
                "error": "no chain to tutor with (no verified solution, none agreeing with the reference)"}
    first = time.perf_counter()
    counts = simulate(item.id, item.question, chain, graph, seed)
    return {**run, "tutoring": counts, "steps": len(chain["steps"]),
            "verified": any(s["verified"] for s in result["solutions"]), "methods": 1,
            "first_question_s": run["chain_s"], "tutoring_s": round(time.perf_counter() - first, 4),
            "result_s": round(time.perf_counter() - started, 4), "prediction": chain["final_answer"]}


@solver
def tutor_students(spec: str, mode: str, concurrency: int = 1, seed: int = 0, max_tokens: int | None = None) -> Solver:
    """Build a chain (symbolic: model_use never; graph: auto) and simulate the five students on it.

    `max_tokens`: per model call while the chain is built (None: the solve graph's budget for the model)."""
    from langgraph.checkpoint.memory import InMemorySaver

    from tutor_graph.context import Settings
    from tutor_graph.tutoring.graph import builder

    if mode not in TUTORING_MODES:
        raise ValueError(f"the tutoring suite runs in {' or '.join(TUTORING_MODES)} mode, not {mode!r}")
    settings = Settings(model=spec, model_use="never" if mode == "symbolic" else "auto", lang="zh",
                        nodes=frozenset(), max_tokens=max_tokens)
    graph = builder.compile(checkpointer=InMemorySaver())  # one per run; every student is a thread of its own

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        item = Item.from_dict(state.metadata["item"])
        state.store.set("run", {"error": "the simulation did not finish in time"})
        try:
            run = await in_thread(partial(tutor_item, item, settings, graph, seed), concurrency)
        except Exception as exc:  # one item's failure is that item's error, not the run's
            run = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        state.store.set("run", run)
        state.output = ModelOutput.from_content(model=spec, content=str(run.get("prediction", "")))
        return state

    return solve


def faults(counts: dict[str, Any]) -> list[str]:
    """What the tutor got wrong on one problem (empty: a clean item)."""
    found = []
    if counts["leaks"]:
        found.append(f"leaks {len(counts['leaks'])}")
    if counts["wrong_flagged"] < counts["wrong_given"]:
        found.append(f"wrong answers not flagged {counts['wrong_given'] - counts['wrong_flagged']}")
    if counts["false_reject"]:
        found.append(f"right answers rejected {counts['false_reject']}")
    if not counts["final_accepted"]:
        found.append("final answer not accepted")
    return found


def tutoring_record(item: Item, run: dict[str, Any]) -> dict[str, Any]:
    """The item result of the tutoring suite: the harness's fields plus the simulation's counts."""
    counts = run.get("tutoring")
    found = faults(counts) if counts else []
    return {
        "id": item.id, "topic": item.topic, "difficulty": item.difficulty, "graded": counts is not None,
        "question": re.sub(r"\s+", " ", item.question)[:160], "reference": item.answer,
        "prediction": str(run.get("prediction") or ""), "correct": (not found) if counts else None,
        "grade_reason": "; ".join(found) or ("no fault" if counts else run.get("error") or "no chain"),
        "verified": bool(run.get("verified")), "steps": int(run.get("steps") or 0),
        "steps_verified": int(run.get("steps") or 0) if counts else 0, "methods": int(run.get("methods") or 0),
        "methods_verified": int(run.get("methods") or 0), "sources": {},
        "first_question_s": run.get("first_question_s"), "result_s": run.get("result_s"),
        "chain_s": run.get("chain_s"), "tutoring_s": run.get("tutoring_s"),
        "prompt_tokens": int(run.get("prompt_tokens") or 0), "completion_tokens": int(run.get("completion_tokens") or 0),
        "model_calls": int(run.get("model_calls") or 0), "error": None if counts else run.get("error"),
        "tutoring": counts,
    }


@scorer(metrics=[accuracy(), stderr()])
def tutoring_scorer(sink: Callable[[dict[str, Any]], None] | None = None) -> Any:
    """Score an item clean (no tutoring fault) or not; each item result goes to `sink` as soon as it is known."""
    return record_scorer(tutoring_record, sink, hidden=("question",))


def tutoring_figures(records: list[dict[str, Any]], out: Path, mathdial: Path | None = None) -> dict[str, Any]:
    """The simulation's figures over the recorded items, and MathDial's (computed once per run folder)."""
    from evaluation.tutoring_sim import aggregate

    simulated = [r["tutoring"] for r in records if r.get("tutoring")]
    seconds = sum(float(r.get("tutoring_s") or 0) for r in records)
    figures = aggregate(simulated, skipped=len(records) - len(simulated), seconds=seconds)
    figures["clean_problems"] = sum(r.get("correct") is True for r in records)
    path = Path(out) / MATHDIAL_FILE
    if path.is_file():
        figures["mathdial"] = json.loads(path.read_text("utf-8"))
    else:
        from evaluation.mathdial_check import locate_all

        figures["mathdial"] = locate_all(mathdial)
        if "skipped" not in figures["mathdial"]:  # absent data is looked for again next time
            path.write_text(json.dumps(figures["mathdial"], ensure_ascii=False, indent=2), "utf-8")
    return figures

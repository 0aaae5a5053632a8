"""The four modes as inspect solvers: cot, chain (the model alone) and graph, symbolic (our solve graph).

Each solver leaves one plain dict under `state.store["run"]` (prediction, steps, verified, times, tokens,
model calls); the scorer grades it. Graph runs go to a worker thread, at most `concurrency` at a time.
"""

from __future__ import annotations

import time
from collections import Counter
from functools import partial
from typing import Any, Literal

from inspect_ai.model import ChatMessageUser, ModelOutput
from inspect_ai.solver import Generate, Solver, TaskState, solver

from evaluation.answers import CHAIN_PROMPT, COT_PROMPT, chain_questions, final_answer
from evaluation.provider import in_thread
from evaluation.suites import Item, question_text

Mode = Literal["cot", "chain", "graph", "symbolic"]
MODES: tuple[Mode, ...] = ("cot", "chain", "graph", "symbolic")


@solver
def model_alone(mode: Literal["cot", "chain"], lang: str = "zh") -> Solver:
    """cot: a plain chain-of-thought prompt; chain: the model writes a question chain. No checking either way."""
    prompts = COT_PROMPT if mode == "cot" else CHAIN_PROMPT

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        item = Item.from_dict(state.metadata["item"])
        state.messages = [ChatMessageUser(content=prompts[lang].format(question=question_text(item)))]
        started = time.perf_counter()
        state.store.set("run", {"error": "the model did not answer in time"})
        state = await generate(state)
        elapsed = round(time.perf_counter() - started, 4)
        text = state.output.completion if state.output else ""
        usage = state.output.usage if state.output else None
        prediction = final_answer(text)  # choice letters (or an option written out) are read by the scorer
        steps = chain_questions(text) if mode == "chain" else 0
        state.store.set("run", {
            "prediction": prediction, "raw": text[:3000], "verified": False,
            "steps": steps, "steps_verified": 0,
            "methods": 1 if prediction else 0, "sources": {"model": steps} if steps else {},
            "first_question_s": elapsed if mode == "chain" else None, "result_s": elapsed,
            "prompt_tokens": usage.input_tokens if usage else 0,
            "completion_tokens": usage.output_tokens if usage else 0, "model_calls": 1,
        })
        return state

    return solve


def run_graph(text: str, settings: Any) -> dict[str, Any]:
    """Run the solve graph on one text (blocking) and measure it: answer, verification, times, tokens."""
    from tutor_graph.solve import stream_solve

    first_t = total_t = None
    result: dict[str, Any] | None = None
    for event in stream_solve(text, settings, tokens=False):
        if event["type"] == "first_question" and first_t is None:
            first_t = event["t"]
        elif event["type"] == "result":
            result, total_t = dict(event["result"]), event["t"]
    if result is None:
        return {"error": "the graph ended without a Result"}
    solutions = result.get("solutions") or []
    steps = [s for sol in solutions for s in sol.get("steps", [])]
    reading = result.get("reading")  # present once the reading layer lands; absent reads as complete
    complete = bool(reading.get("complete", True)) if isinstance(reading, dict) else True
    trace = result.get("trace") or []
    return {
        "prediction": str(result.get("final_answer") or ""),
        "verified": bool(solutions) and bool(solutions[0].get("verified")) and complete,
        "methods": len(solutions),
        "methods_verified": sum(bool(s.get("verified")) for s in solutions),
        "steps": len(steps),
        "steps_verified": sum(s.get("verdict", {}).get("status") == "verified" for s in steps),
        # checks that ran out of their time bound (unknown, not refuted): more of them on a busy machine
        "steps_timed_out": sum(s.get("verdict", {}).get("status") == "unknown"
                               and "timed out" in str(s.get("verdict", {}).get("reason", "")) for s in steps),
        "sources": dict(Counter(s.get("source", "?") for s in steps)),
        "reading_complete": complete if isinstance(reading, dict) else None,
        "first_question_s": first_t, "result_s": total_t,
        "prompt_tokens": sum(int(n.get("prompt_tokens", 0)) for n in trace),
        "completion_tokens": sum(int(n.get("completion_tokens", 0)) for n in trace),
        "model_calls": sum(int(n.get("model_calls", 0)) for n in trace),
        "warnings": list(result.get("warnings") or [])[:5],
    }


@solver
def solve_graph(spec: str, model_use: Literal["auto", "always", "never"], lang: str = "zh",
                concurrency: int = 1, max_tokens: int | None = None, nodes: frozenset[str] | None = None) -> Solver:
    """graph: the full solve graph (model_use auto); symbolic: the same graph with model_use=never.

    `nodes`: the optional nodes to run (None: all of them, as the app runs the graph)."""
    from tutor_graph.context import OPTIONAL_NODES, Settings

    settings = Settings(model=spec, model_use=model_use, lang=lang, max_tokens=max_tokens,  # type: ignore[arg-type]
                        nodes=OPTIONAL_NODES if nodes is None else nodes)

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        item = Item.from_dict(state.metadata["item"])
        state.store.set("run", {"error": "the graph did not finish in time"})
        try:
            run = await in_thread(partial(run_graph, question_text(item), settings), concurrency)
        except Exception as exc:  # one item's failure is that item's error, not the run's
            run = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        state.store.set("run", run)
        state.output = ModelOutput.from_content(model=spec, content=str(run.get("prediction", "")))
        return state

    return solve


def mode_solver(mode: Mode, spec: str, lang: str, concurrency: int, max_tokens: int | None = None,
                nodes: frozenset[str] | None = None) -> Solver:
    """The solver of one mode (max_tokens: per model call, None = the solve graph's budget for the model;
    nodes: the solve graph's optional nodes, None = all)."""
    if mode in ("cot", "chain"):
        return model_alone(mode, lang)
    if mode == "graph":
        return solve_graph(spec, "auto", lang, concurrency, max_tokens, nodes)
    if mode == "symbolic":
        return solve_graph(spec, "never", lang, concurrency, max_tokens, nodes)
    raise ValueError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")

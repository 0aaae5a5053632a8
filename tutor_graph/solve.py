"""The programmatic front door: `solve(text) -> Result` and `stream_solve(text)` for live progress.

stream_solve yields plain event dicts, each with "type" and "t" (seconds since the call):
    node_start / node_end {node, seconds}   a graph node began / finished (from stream mode "custom")
    token / reasoning {node, text}          model text pieces; reasoning is thinking, never the answer
    first_question {question, source}       the first guiding question, as soon as it is known (once)
    update {node, data}                     what a node wrote to the state (stream mode "updates")
    result {result}                         the final Result (last event)
The model is not a LangChain chat model, so its pieces travel on the "custom" stream, not "messages".
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph

from tutor_graph.context import Settings
from tutor_graph.parsing_output import MAX_PLAN_STEPS
from tutor_graph.result import Reading, Result


def _graph(graph: CompiledStateGraph[Any, Any, Any, Any] | None) -> CompiledStateGraph[Any, Any, Any, Any]:
    if graph is not None:
        return graph
    from tutor_graph.graph import graph as default

    return default


def run_config(settings: Settings, config: dict[str, Any] | None) -> RunnableConfig:
    """The caller's config with a recursion limit just above the longest run the settings allow.

    Each guiding question takes up to 3 + 2 × repair_budget graph steps (answer, verify, repairs,
    fallback). A routing bug then ends in GraphRecursionError within ~50 steps instead of LangGraph's
    default of 10 007.
    """
    limit = 12 + settings.plan_retries + MAX_PLAN_STEPS * (3 + 2 * settings.repair_budget)
    return cast(RunnableConfig, {"recursion_limit": limit, **(config or {})})


def _input(text: str, reading: Reading | None) -> dict[str, Any]:
    """The graph's input; a corrected reading travels with it (None also clears one left on a thread)."""
    if reading is not None and not reading.get("corrected"):
        reading = Reading(**reading)  # type: ignore[typeddict-item]
        reading["corrected"] = True
    return {"problem": text, "corrected_reading": reading}


def solve(
    text: str,
    settings: Settings | None = None,
    *,
    graph: CompiledStateGraph | None = None,
    config: dict[str, Any] | None = None,
    reading: Reading | None = None,
) -> Result:
    """Run the solve graph on one problem and return its Result.

    `graph` may be one compiled from `tutor_graph.graph.builder` with a checkpointer (then pass
    `config={"configurable": {"thread_id": ...}}`). `reading` is a teacher's corrected Reading (from
    `tutor_graph.reading.correct`): it is used instead of reading the text, and the Result carries it.
    """
    settings = settings or Settings()
    state = _graph(graph).invoke(_input(text, reading), run_config(settings, config), context=settings)
    return state["result"]


def stream_solve(
    text: str,
    settings: Settings | None = None,
    *,
    graph: CompiledStateGraph | None = None,
    config: dict[str, Any] | None = None,
    tokens: bool = True,
    reading: Reading | None = None,
) -> Iterator[dict[str, Any]]:
    """Run the solve graph, yielding progress events (see the module docstring) and finally the Result.

    tokens=True streams model text pieces (the model's stream interface counts pieces, not tokens).
    """
    settings = replace(settings or Settings(), stream_tokens=tokens)
    started = time.perf_counter()
    first_sent = False
    result: Result | None = None
    events: Iterator[Any] = _graph(graph).stream(  # (mode, data) pairs: two stream modes were asked for
        _input(text, reading), run_config(settings, config), context=settings, stream_mode=["custom", "updates"]
    )
    for mode, data in events:
        now = round(time.perf_counter() - started, 4)
        if mode == "custom":
            if data.get("type") == "first_question":
                if first_sent:
                    continue
                first_sent = True
            yield {**data, "t": now}
            continue
        for node, update in (data or {}).items():
            if not isinstance(update, dict):
                continue
            if node == "compose":
                result = update.get("result")
            yield {"type": "update", "node": node, "data": update, "t": now}
    if result is not None:
        yield {"type": "result", "result": result, "t": round(time.perf_counter() - started, 4)}

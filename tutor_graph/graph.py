"""The solve graph, wired as drawn in DESIGN.md. Nodes live in tutor_graph.nodes; this file only wires.

understand ─► plan ─► answer ─► verify ─┬─ verified / unknown ─► next question … ─► final_check
    │           │ invalid: retry once   ├─ refuted ─► repair ─► verify (bounded tries)
    │           └─ still invalid ─┐     └─ still refuted ─► fallback (specialist: the step or the chain)
    └─ model not used ────────────┴─► fallback ─► final_check
final_check ─► alternatives ─► link ─► variants ─► compose  (the optional three per Settings.nodes)

`builder` is exposed so tests and the app compile it with a checkpointer of their choice.
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from tutor_graph import nodes
from tutor_graph.context import Settings
from tutor_graph.state import SolveInput, SolveState

Extra = Literal["alternatives", "link", "variants", "compose"]
_EXTRAS: tuple[Extra, ...] = ("alternatives", "link", "variants", "compose")


def _settings(runtime: Runtime[Settings]) -> Settings:
    return nodes.as_settings(runtime.context)


def _next_extra(after: str, runtime: Runtime[Settings]) -> Extra:
    """The first optional node after `after` that the settings switch on, else compose."""
    settings = _settings(runtime)
    later = _EXTRAS[_EXTRAS.index(after) + 1 :] if after in _EXTRAS else _EXTRAS
    return next((n for n in later if n == "compose" or settings.runs(n)), "compose")


def route_start(state: SolveState) -> Literal["plan", "fallback"]:
    """Plan with the model, or go straight to the specialist when the model is not used."""
    return "plan" if state.get("use_model") else "fallback"


def route_plan(state: SolveState, runtime: Runtime[Settings]) -> Literal["answer", "plan", "fallback"]:
    """A valid plan is answered; an invalid one is retried (told the error) within budget, then the specialist."""
    if state.get("plan"):
        return "answer"
    if state.get("use_model") and state.get("plan_attempts", 0) <= _settings(runtime).plan_retries:
        return "plan"
    return "fallback"


def route_answer(state: SolveState) -> Literal["verify", "fallback"]:
    """An answered step is verified; a model that failed mid-chain hands over to the specialist."""
    return "verify" if state.get("use_model") else "fallback"


def route_verify(
    state: SolveState, runtime: Runtime[Settings]
) -> Literal["repair", "fallback", "answer", "final_check"]:
    """Refuted: repair within budget, then fallback. Otherwise the next question, or the final check."""
    cursor, steps = state.get("cursor", 0), state.get("steps", [])
    if cursor < len(steps) and steps[cursor]["verdict"]["status"] == "refuted":
        if state.get("use_model") and state.get("tries", 0) < _settings(runtime).repair_budget:
            return "repair"
        return "fallback"
    return "answer" if cursor < len(state.get("plan", [])) else "final_check"


def route_fallback(state: SolveState) -> Literal["answer", "final_check"]:
    """After the specialist's step the model answers the next question; after its whole chain, the final check."""
    if state.get("chain_fallback") or not state.get("use_model"):
        return "final_check"
    return "answer" if state.get("cursor", 0) < len(state.get("plan", [])) else "final_check"


def route_final_check(state: SolveState, runtime: Runtime[Settings]) -> Extra:
    return _next_extra("final_check", runtime)


def route_alternatives(state: SolveState, runtime: Runtime[Settings]) -> Literal["link", "variants", "compose"]:
    return _next_extra("alternatives", runtime)  # type: ignore[return-value]


def route_link(state: SolveState, runtime: Runtime[Settings]) -> Literal["variants", "compose"]:
    return _next_extra("link", runtime)  # type: ignore[return-value]


builder = StateGraph(SolveState, context_schema=Settings, input_schema=SolveInput)
for name in ("understand", "plan", "answer", "verify", "repair", "fallback", "final_check",
             "alternatives", "link", "variants", "compose"):
    builder.add_node(name, nodes.as_node(name, getattr(nodes, name)))

builder.add_edge(START, "understand")
builder.add_conditional_edges("understand", route_start)
builder.add_conditional_edges("plan", route_plan)
builder.add_conditional_edges("answer", route_answer)
builder.add_conditional_edges("repair", route_answer)
builder.add_conditional_edges("verify", route_verify)
builder.add_conditional_edges("fallback", route_fallback)
builder.add_conditional_edges("final_check", route_final_check)
builder.add_conditional_edges("alternatives", route_alternatives)
builder.add_conditional_edges("link", route_link)
builder.add_edge("variants", "compose")
builder.add_edge("compose", END)

graph = builder.compile()

"""The tutoring graph, wired as drawn in DESIGN.md. Nodes live in tutor_graph.tutoring.nodes; this file only wires.

start ─► guard ─┬─ done ─► END
                └─ else ─► listen (interrupt: the student's turn) ─► respond ─► guard ─► …

`builder` is exposed so the session and tests compile it with the checkpointer of their choice (LangGraph's
SQLite checkpointer keeps each student's thread across restarts).
"""

from __future__ import annotations

from typing import Literal

from langgraph.graph import START, StateGraph

from tutor_graph.tutoring import nodes
from tutor_graph.tutoring.context import TutorSettings
from tutor_graph.tutoring.state import TutorInput, TutorState


def route_guard(state: TutorState) -> Literal["listen", "__end__"]:
    """A finished session ends; otherwise wait for the student's next turn."""
    return "__end__" if state.get("done") else "listen"  # "__end__" is langgraph.graph.END


builder = StateGraph(TutorState, context_schema=TutorSettings, input_schema=TutorInput)
builder.add_node("start", nodes.start)
builder.add_node("listen", nodes.listen)
builder.add_node("respond", nodes.respond)
builder.add_node("guard", nodes.guard)
builder.add_edge(START, "start")
builder.add_edge("start", "guard")
builder.add_conditional_edges("guard", route_guard)
builder.add_edge("listen", "respond")
builder.add_edge("respond", "guard")

graph = builder.compile()

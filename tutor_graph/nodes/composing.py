"""The compose node: the Result contract (tutor_graph/result.py) from the final state."""

from __future__ import annotations

from tutor_graph import prompts
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import union
from tutor_graph.result import Result
from tutor_graph.state import SolveState


def compose(state: SolveState, run: NodeRun) -> dict:
    """Assemble the Result: solutions, variants, trace and honest warnings (each once)."""
    solutions = list(state.get("solutions", []))
    if solutions and not solutions[0]["verified"]:
        run.warn(prompts.NOTE_NOT_VERIFIED)
    warnings = union([state.get("warnings", []), run.warnings])
    result = Result(
        problem=state.get("problem", ""),
        topic=state.get("topic", ""),
        knowledge_points=union([state.get("knowledge_points", [])] + [s["knowledge_points"] for s in solutions]),
        final_answer=solutions[0]["final_answer"] if solutions else "",
        solutions=solutions,
        variants=list(state.get("variants", [])),
        trace=list(state.get("trace", [])),
        model=run.settings.model_name,
        warnings=warnings,
    )
    if state.get("prerequisites"):
        result["prerequisites"] = state["prerequisites"]
    # Warnings are already in the Result; returning them again would only duplicate them in state.
    run.warnings.clear()
    return {"result": result}

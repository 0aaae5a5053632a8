"""The compose node: the Result contract (tutor_graph/result.py) from the final state."""

from __future__ import annotations

from tutor_graph import prompts
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import union
from tutor_graph.reading import back_substitute, decide_verified, read
from tutor_graph.result import Reading, Result, Solution, Variant
from tutor_graph.state import SolveState


def check_status(claim: str, context: list[str]) -> str:
    """The checker's status for a claim under givens; "unknown" when the checker is missing."""
    from tutor_graph.nodes import deps

    try:
        return deps.check_step(claim, context).status
    except deps.Missing:
        return "unknown"


def judged(solutions: list[Solution], reading: Reading, run: NodeRun) -> list[Solution]:
    """Each solution's verified flag by the one rule: complete reading, every claim, back-substitution."""
    out = []
    for solution in solutions:
        solution = dict(solution)  # type: ignore[assignment]
        if solution["verified"]:
            ok, why = decide_verified(solution["steps"], solution["final_answer"], reading, check=check_status)
            if not ok:
                solution["verified"] = False
                if reading["complete"]:
                    run.warn(prompts.NOTE_BACK_SUBSTITUTION.format(method=solution["method"], reason=why))
        out.append(solution)  # type: ignore[arg-type]
    if solutions and not reading["complete"]:
        run.warn(prompts.NOTE_PARTIAL_READING.format(unread="；".join(reading["unread"][:3]) or "-"))
    return out


def judged_variants(variants: list[Variant]) -> list[Variant]:
    """A variant stays verified only if its answer survives back-substitution into its own reading."""
    out = []
    for variant in variants:
        variant = dict(variant)  # type: ignore[assignment]
        if variant["verified"]:
            back = back_substitute(read(variant["question"]), variant["answer"], check_status)
            variant["verified"] = back.passed
        out.append(variant)  # type: ignore[arg-type]
    return out


def compose(state: SolveState, run: NodeRun) -> dict:
    """Assemble the Result: reading, solutions (judged by the one verified rule), variants, trace, warnings."""
    reading = state.get("reading") or read(state.get("problem", ""))
    solutions = judged(list(state.get("solutions", [])), reading, run)
    if solutions and not solutions[0]["verified"]:
        run.warn(prompts.NOTE_NOT_VERIFIED)
    warnings = union([state.get("warnings", []), run.warnings])
    result = Result(
        problem=state.get("problem", ""),
        topic=state.get("topic", ""),
        knowledge_points=union([state.get("knowledge_points", [])] + [s["knowledge_points"] for s in solutions]),
        final_answer=solutions[0]["final_answer"] if solutions else "",
        solutions=solutions,
        variants=judged_variants(list(state.get("variants", []))),
        trace=list(state.get("trace", [])),
        model=run.settings.model_name,
        warnings=warnings,
        reading=reading,
    )
    if state.get("prerequisites"):
        result["prerequisites"] = state["prerequisites"]
    # Warnings are already in the Result; returning them again would only duplicate them in state.
    run.warnings.clear()
    return {"result": result}

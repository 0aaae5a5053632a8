"""The final check node: the chain's final answer against the specialist's where it recognises the problem.

Its own module because it needs both the step checking (`verification`) and the specialist's solutions
(`symbolic`, which itself checks with `verification`): kept apart, the three import without a cycle.
"""

from __future__ import annotations

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import make_solution
from tutor_graph.nodes.symbolic import symbolic_solutions
from tutor_graph.result import Step
from tutor_graph.state import SolveState


def _agrees(reference: str, last_step: Step, run: NodeRun) -> bool:
    """Whether the last step's answer (or else its claim) grades equal to the reference answer."""
    for prediction in (last_step["answer"], last_step["claim"]):
        if not prediction:
            continue
        try:
            if deps.grade(reference, prediction).correct:
                return True
        except deps.Missing as gone:
            run.warn(prompts.NOTE_MISSING.format(part=gone.part, error=gone.error))
            return False
        except Exception:  # a grader bug cannot confirm anything
            continue
    return False


def final_check(state: SolveState, run: NodeRun) -> dict:
    """Check the chain's final answer (against the specialist's where it recognises the problem); build solution 1."""
    steps = list(state.get("steps", []))
    if not steps:
        return {"solutions": [], "final_answer": ""}
    method = state.get("method", "") or ("解法一" if run.settings.lang == "zh" else "Method 1")
    if state.get("chain_fallback"):
        final = state.get("final_answer", "") or steps[-1]["answer"]
        main = next((s for s in state.get("symbolic") or [] if s["steps"] == steps), None)
        if main is None:  # cannot happen while fallback takes chains from state["symbolic"]; stay honest anyway
            main = make_solution(method, steps, final, False)
        return {"solutions": [main], "final_answer": final}
    final = steps[-1]["answer"]
    solutions, update = symbolic_solutions(state, run)
    reference = next((s for s in solutions if s["verified"]), None)
    if reference is None:
        # No independent reference: the final answer counts as checked only if its step was verified.
        final_ok = steps[-1]["verdict"]["status"] == "verified"
        return {**update, "solutions": [make_solution(method, steps, final, final_ok)], "final_answer": final}
    if _agrees(reference["final_answer"], steps[-1], run):
        return {**update, "solutions": [make_solution(method, steps, final, True)], "final_answer": final}
    run.warn(prompts.NOTE_FINAL_WRONG.format(answer=final or "-", reference=reference["final_answer"]))
    return {
        **update,
        "steps": reference["steps"],
        "method": reference["method"],
        "chain_fallback": True,
        "solutions": [reference],
        "final_answer": reference["final_answer"],
    }

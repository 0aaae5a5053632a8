"""The link node: knowledge points for every step (content retrieval where a step has none) and their prerequisites."""

from __future__ import annotations

from typing import Any

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import union
from tutor_graph.nodes.understanding import knowledge_for, problem_knowledge
from tutor_graph.result import Solution
from tutor_graph.state import SolveState

STEP_POINTS = 2  # knowledge points retrieved for a step that has none


def tag_solution(solution: Solution, run: NodeRun) -> None:
    """Give each step without knowledge points the best STEP_POINTS retrieved for its text; update the union."""
    for step in solution["steps"]:
        if step["knowledge_points"]:
            continue
        try:
            kps, _, _ = knowledge_for(f"{step['question']} {step['answer']} {step['claim']}", k=STEP_POINTS)
        except deps.Missing as gone:
            run.warn(prompts.NOTE_MISSING.format(part=gone.part, error=gone.error))
            return
        step["knowledge_points"] = kps[:STEP_POINTS]
    solution["knowledge_points"] = union([solution["knowledge_points"]] + [s["knowledge_points"] for s in solution["steps"]])


def prerequisites_of(points: list[str], graph: object) -> list[str]:
    """Union of the direct prerequisites of `points` that are not themselves among `points`."""
    found: list[str] = []
    for point in points:
        try:
            found += [p.id for p in graph.prerequisites(point, transitive=False)]  # type: ignore[attr-defined]
        except KeyError:  # an id the graph does not know: nothing to show for it
            continue
    return [p for p in union([found]) if p not in points]


def link(state: SolveState, run: NodeRun) -> dict:
    """Tag each step of each solution with knowledge points and record their prerequisites per step."""
    update: dict = {}
    if not state.get("retrieved"):
        update = problem_knowledge(state.get("text", ""), state.get("knowledge_points", []), state.get("topic", ""), run)
    solutions: list[dict[str, Any]] = [dict(s, steps=[dict(step) for step in s["steps"]]) for s in state.get("solutions", [])]
    for solution in solutions:
        tag_solution(solution, run)  # type: ignore[arg-type]
    prerequisites: dict[str, list[str]] = {}
    try:
        graph = deps.knowledge_graph()
    except deps.Missing as gone:
        run.warn(prompts.NOTE_MISSING.format(part=gone.part, error=gone.error))
        graph = None
    if graph is not None:
        for solution in solutions:
            for step in solution["steps"]:
                step["prerequisites"] = prerequisites_of(step["knowledge_points"], graph)
                for point in step["knowledge_points"]:
                    prerequisites.setdefault(point, prerequisites_of([point], graph))
    points = union([update.get("knowledge_points", state.get("knowledge_points", []))]
                   + [s["knowledge_points"] for s in solutions])
    return {**update, "solutions": solutions, "prerequisites": prerequisites, "knowledge_points": points}

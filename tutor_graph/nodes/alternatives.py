"""The alternatives node (一题多解): other methods from the specialist and the model, each verified, no duplicates."""

from __future__ import annotations

import re

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.linking import tag_solution
from tutor_graph.nodes.running import ModelUnavailable, NodeRun
from tutor_graph.nodes.steps import make_solution, make_step
from tutor_graph.nodes.symbolic import symbolic_solutions
from tutor_graph.nodes.verification import check
from tutor_graph.parsing_output import OutputError, parse_alternative
from tutor_graph.result import Solution
from tutor_graph.state import SolveState


def _names(method: str) -> set[str]:
    """Comparable names of a method: "因式分解法 / Factoring" → {"因式分解法", "factoring"}."""
    return {re.sub(r"[\s()（）]+", "", part).lower() for part in method.split("/") if part.strip()}


def is_duplicate(candidate: Solution, kept: list[Solution], by_knowledge: bool = True) -> bool:
    """Same method name (in either language), same steps, or (by_knowledge) the same knowledge points.

    The specialist's own methods are distinct by construction and may share knowledge points, so
    they are compared by name only; a model's method that re-uses the same knowledge points under
    another name is the same method.
    """
    names, kps = _names(candidate["method"]), set(candidate["knowledge_points"])
    for other in kept:
        if names & _names(other["method"]):
            return True
        if by_knowledge and kps and kps == set(other["knowledge_points"]):
            return True
        if candidate["steps"] == other["steps"]:
            return True
    return False


def _model_alternative(state: SolveState, run: NodeRun, kept: list[Solution]) -> Solution | None:
    """Ask the model for one more method; verify every claim and the final answer, or drop it."""
    lang = run.settings.lang
    user = prompts.ALTERNATIVE[lang].format(
        problem=state.get("text", ""), methods="；".join(s["method"] for s in kept), schema=prompts.ALTERNATIVE_SCHEMA
    )
    completion = run.chat([{"role": "system", "content": prompts.SYSTEM[lang]}, {"role": "user", "content": user}])
    try:
        parsed = parse_alternative(completion.text)
    except OutputError:
        return None
    context = list(state.get("givens", []))
    steps = []
    for written in parsed.steps:
        step = make_step(written.question, written.answer, written.claim, "model")
        step["verdict"] = check(written.claim, context, run, state.get("to_solve", []))
        if step["verdict"]["status"] == "verified":
            context.append(written.claim)
        steps.append(step)
    final_ok = False
    reference = kept[0]
    if reference["verified"]:
        try:
            final_ok = deps.grade(reference["final_answer"], parsed.final_answer).correct
        except (deps.Missing, Exception):  # cannot confirm: not verified
            final_ok = False
    solution = make_solution(parsed.method, steps, parsed.final_answer, final_ok)
    tag_solution(solution, run)  # knowledge points now, so duplicates can be told by them
    if not solution["verified"]:
        run.warn(prompts.NOTE_ALTERNATIVE_DROPPED.format(method=parsed.method))
        return None
    return solution


def alternatives(state: SolveState, run: NodeRun) -> dict:
    """Add methods until settings.methods: the specialist's first (already verified), then the model's."""
    settings = run.settings
    kept: list[Solution] = list(state.get("solutions", []))
    if not kept or len(kept) >= settings.methods:
        return {}
    solutions, update = symbolic_solutions(state, run)
    for candidate in solutions:
        if len(kept) >= settings.methods:
            break
        if candidate["verified"] and not is_duplicate(candidate, kept, by_knowledge=False):
            kept.append(candidate)
    tries = 0
    while state.get("use_model") and len(kept) < settings.methods and tries < settings.methods - 1:
        tries += 1
        try:
            extra = _model_alternative(state, run, kept)
        except ModelUnavailable as err:
            run.warn(prompts.NOTE_MODEL_UNAVAILABLE.format(error=err))
            break
        if extra is not None and not is_duplicate(extra, kept):
            kept.append(extra)
    if len(kept) < settings.methods:
        run.warn(prompts.NOTE_FEWER_METHODS.format(got=len(kept), want=settings.methods))
    return {**update, "solutions": kept}

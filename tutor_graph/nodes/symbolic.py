"""The symbolic specialist's part of the chain: its solutions (computed once per solve) and the fallback node.

Every specialist call runs in a checker worker under `Settings.symbolic_timeout_s` (see nodes/deps.py);
one that times out is recorded as a warning and the solve goes on without it.
"""

from __future__ import annotations

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.deps import Missing
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import coerce_solution
from tutor_graph.result import Solution
from tutor_graph.state import SolveState


def symbolic_solutions(state: SolveState, run: NodeRun) -> tuple[list[Solution], dict]:
    """The specialist's solutions for the problem, and the state update that caches them.

    Computed once per solve (state["symbolic"]); [] when the specialist does not recognise the problem.
    """
    cached = state.get("symbolic")
    if cached is not None:
        return cached, {}
    if not state.get("recognised"):
        general = _general_solutions(state, run)
        return general, {"symbolic": general}
    settings = run.settings
    try:
        found = deps.solve_symbolically(state.get("text", ""), max(settings.methods, 1), settings.lang,
                                        timeout_s=settings.symbolic_timeout_s)
        solutions = [coerce_solution(s) for s in found]
    except Missing as gone:  # also TimedOut: cached as [] below, so no later node waits for it again
        run.warn(gone.note)
        solutions = []
    except Exception as err:  # the specialist's bug must not end the solve; say what happened
        run.warn(prompts.NOTE_MISSING.format(part=deps.SPECIALIST, error=f"{type(err).__name__}: {err}"))
        solutions = []
    solutions = _merged(solutions, state, run)
    return solutions, {"symbolic": solutions}


def _general_solutions(state: SolveState, run: NodeRun) -> list[Solution]:
    """The reading's general strategies (evaluate, solve, optimise, choose), for a complete reading only."""
    reading = state.get("reading")
    if not reading or not reading.get("complete"):
        return []
    try:
        found = deps.answer_reading(dict(reading), run.settings.lang, timeout_s=run.settings.symbolic_timeout_s)
        return [coerce_solution(s) for s in found]
    except Missing as gone:
        run.warn(gone.note)
    except Exception as err:  # a strategy's bug must not end the solve
        run.warn(prompts.NOTE_MISSING.format(part=deps.SPECIALIST, error=f"{type(err).__name__}: {err}"))
    return []


def _merged(specialist: list[Solution], state: SolveState, run: NodeRun) -> list[Solution]:
    """The specialist's methods; where its answer fails back-substitution into a complete reading and the
    general strategy's passes, the general one comes first (a phrase detector can solve the wrong problem)."""
    from tutor_graph.nodes.composing import _checker
    from tutor_graph.reading import back_substitute

    reading = state.get("reading")
    if not reading or not reading.get("complete"):
        return specialist
    if specialist and back_substitute(reading, specialist[0]["final_answer"], _checker).status != "refuted":
        return specialist
    general = _general_solutions(state, run)
    if general and back_substitute(reading, general[0]["final_answer"], _checker).passed:
        return [*general, *specialist]
    return specialist

"""The symbolic specialist's part of the chain: its solutions (computed once per solve) and the fallback node.

Every specialist call runs in a checker worker under `Settings.symbolic_timeout_s` (see nodes/deps.py);
one that times out is recorded as a warning and the solve goes on without it.
"""

from __future__ import annotations

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.deps import Missing
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import coerce_solution, coerce_step
from tutor_graph.nodes.verification import check
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
        return [], {"symbolic": []}  # its time bound is the solve's too: no second try by other means
    except Exception as err:  # the specialist's bug must not end the solve; say what happened
        run.warn(prompts.NOTE_MISSING.format(part=deps.SPECIALIST, error=f"{type(err).__name__}: {err}"))
        solutions = []
    solutions = _merged(solutions, state, run)
    return solutions, {"symbolic": solutions}


def _general_solutions(state: SolveState, run: NodeRun) -> list[Solution]:
    """The reading's general strategies (evaluate, solve, optimise, choose), for a complete reading only."""
    reading = state.get("reading")
    if not reading or not reading.get("complete") or state.get("specialist_failed"):
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
    from tutor_graph.nodes.composing import check_status
    from tutor_graph.reading import back_substitute

    reading = state.get("reading")
    if not reading or not reading.get("complete"):
        return specialist
    # a teacher's corrected reading comes first: the specialist read the text, which the teacher corrected
    if (specialist and not reading.get("corrected")
            and back_substitute(reading, specialist[0]["final_answer"], check_status).status != "refuted"):
        return specialist
    general = _general_solutions(state, run)
    if general and back_substitute(reading, general[0]["final_answer"], check_status).passed:
        return [*general, *specialist]
    return specialist


def _prior_claims(state: SolveState, upto: int) -> list[str]:
    return [s["claim"] for s in state.get("steps", [])[:upto] if s["claim"] and s["verdict"]["status"] == "verified"]


def _announce_first_question(state: SolveState, run: NodeRun) -> None:
    """Emit the specialist's first guiding question before its chains are checked (checking takes longer)."""
    if state.get("symbolic") is not None or not state.get("recognised"):
        return
    try:
        planned = deps.plan_symbolically(state.get("text", ""), 1, run.settings.lang,
                                         timeout_s=run.settings.symbolic_timeout_s)
    except deps.TimedOut as gone:  # a preview that hung: say so (the checked chain is still tried)
        run.warn(gone.note)
        return
    except Exception:  # only an early preview: the checked chain follows anyway
        return
    if planned and planned[0]["steps"]:
        run.emit("first_question", question=planned[0]["steps"][0]["question"], source="symbolic")


def _whole_chain(state: SolveState, run: NodeRun, update: dict) -> dict:
    _announce_first_question(state, run)
    solutions, cache = symbolic_solutions(state, run)
    update.update(cache)
    if not solutions:
        if not state.get("steps"):
            run.warn(prompts.NOTE_NO_SOLUTION)
        update["chain_fallback"] = False
        update["cursor"] = len(state.get("plan", []))  # nothing more to answer: go to the final check
        return update
    main = solutions[0]
    if state.get("use_model") and not state.get("chain_fallback"):
        run.warn(prompts.NOTE_CHAIN_SYMBOLIC)
    update.update(steps=main["steps"], method=main["method"], chain_fallback=True, final_answer=main["final_answer"],
                  cursor=len(main["steps"]), plan=[])
    return update


def fallback(state: SolveState, run: NodeRun) -> dict:
    """Let the specialist supply the refuted step at the cursor, or the whole chain when there is no usable plan."""
    update: dict = {}
    plan, cursor = state.get("plan", []), state.get("cursor", 0)
    steps = list(state.get("steps", []))
    if not plan or cursor >= len(steps) or not state.get("use_model"):
        # No usable plan, or the model stopped answering: the specialist's chain replaces it all.
        return _whole_chain(state, run, update)
    step = None
    try:
        found = deps.solve_step(state.get("text", ""), steps[cursor]["question"], _prior_claims(state, cursor),
                                run.settings.lang, timeout_s=run.settings.symbolic_timeout_s)
        step = coerce_step(found, "symbolic") if found is not None else None
    except Missing as gone:
        run.warn(gone.note)
    except Exception as err:  # the specialist's bug must not end the solve
        run.warn(prompts.NOTE_MISSING.format(part=deps.SPECIALIST, error=f"{type(err).__name__}: {err}"))
    if step is not None:
        # Trust but verify: the step is checked here like any other before it counts.
        if step["claim"]:
            step["verdict"] = check(step["claim"], state.get("givens", []) + _prior_claims(state, cursor), run,
                                    state.get("to_solve", []))
        if step["verdict"]["status"] != "refuted":
            steps[cursor] = step
            run.warn(prompts.NOTE_STEP_SYMBOLIC.format(index=cursor + 1))
            return {"steps": steps, "cursor": cursor + 1, "tries": 0}
    # No symbolic step: the whole chain from the specialist is the next best thing.
    if state.get("recognised"):
        whole = _whole_chain(state, run, update)
        if whole.get("chain_fallback"):
            return whole
    run.warn(prompts.NOTE_STEP_UNRESOLVED.format(index=cursor + 1))
    return {**update, "cursor": cursor + 1, "tries": 0}

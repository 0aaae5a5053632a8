"""The tutoring graph's nodes: start (build the chain), listen (interrupt for the student), respond, guard."""

from __future__ import annotations

import re
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from tutor_graph.tutoring import checking
from tutor_graph.tutoring.context import TutorSettings
from tutor_graph.tutoring.feedback import rung, shape_hint, wrong_message
from tutor_graph.tutoring.prompts import say
from tutor_graph.tutoring.state import Chain, Observation, Reply, TutorState, TutorStep
from tutor_graph.tutoring.turns import classify, math_part


def _settings(runtime: Runtime[TutorSettings] | None) -> TutorSettings:
    return runtime.context if runtime is not None and runtime.context is not None else TutorSettings()


def _reply(state: TutorState, text: str, verdict: str | None = None, **changes: Any) -> dict[str, Any]:
    merged = {**state, **changes}
    steps = merged.get("steps", [])
    reply: Reply = {"reply": text, "step": min(merged.get("cursor", 0), len(steps)), "verdict": verdict,  # type: ignore[typeddict-item]
                    "hint_level": merged.get("hint_level", 0), "done": bool(merged.get("done"))}
    return {**changes, "reply": reply}


def build_chain(problem: str, model_use: str = "never") -> Chain | None:
    """The tutoring chain of the solve graph's Result for `problem` (see chain_from_result), or None."""
    from tutor_graph.context import Settings
    from tutor_graph.solve import solve

    result = solve(problem, Settings().with_(model_use=model_use, nodes=frozenset(), lang="zh"))
    return chain_from_result(result, _bank_reference(problem))


def chain_from_result(result: Any, reference: str | None = None) -> Chain | None:
    """The first verified solution as a tutoring chain; else, given a reference answer (a bank problem whose
    reading is partial: word problems, conics, statistics), a solution that agrees with it (see _agrees)."""
    solutions = list(result.get("solutions") or [])
    solution = next((s for s in solutions if s.get("verified")), None)
    if solution is None and reference:
        solution = next((s for s in solutions if _agrees(s, reference)), None)
    if solution is None:
        return None
    steps: list[TutorStep] = [{"question": s["question"], "answer": s["answer"], "claim": s["claim"],
                               "knowledge_points": list(s["knowledge_points"]), "hints": list(s["hints"])}
                              for s in solution["steps"]]
    return {"steps": steps, "final_answer": solution["final_answer"] or result["final_answer"],
            "knowledge_points": result["knowledge_points"]}


def _bank_reference(problem: str) -> str | None:
    """The bank's own final answer when `problem` is a bank problem's text (written and checked by a teacher)."""
    from content.bank import load_problems

    text = problem.strip()
    return next((p.final_answer for p in load_problems() if text in (p.question_zh.strip(), p.question_en.strip())),
                None)


def _agrees(solution: Any, reference: str) -> bool:
    """Every claimed step verified by SymPy and the final answer graded equal to the bank's answer.

    A partial reading keeps such a solution from the "verified" badge (nothing checked that it read the whole
    problem); the bank's answer is that independent check here, so a student can still be guided through it.
    """
    from tutor_graph.checks import grade
    from tutor_graph.reading.verifying import decide_verified

    final = str(solution.get("final_answer") or "")
    if not final:
        return False
    return decide_verified(solution["steps"], final, None, grade(reference, final).correct)[0]


def start(state: TutorState, runtime: Runtime[TutorSettings]) -> dict[str, Any]:
    """Take (or build) the verified question chain for the problem and ask the first question."""
    settings = _settings(runtime)
    lang = state.get("lang") or settings.lang
    chain = state.get("chain") or build_chain(state["problem"], settings.model_use)
    base = {"lang": lang, "cursor": 0, "hint_level": 0, "tried": False, "hinted": False, "explain": None,
            "produced": [], "final_answer": chain["final_answer"] if chain else "",
            "knowledge_points": chain["knowledge_points"] if chain else []}
    if not chain or not chain["steps"]:
        return _reply(state, say("no_chain", lang), None, **base, steps=[], done=True)
    steps = chain["steps"]
    return _reply(state, say("open", lang, question=steps[0]["question"]), None, **base, steps=steps, done=False)


def listen(state: TutorState) -> dict[str, Any]:
    """Pause for the student's turn; the reply so far goes out with the interrupt."""
    said = str(interrupt(state.get("reply")) or "")
    return {"said": said, "log": [{"who": "student", "text": said}]}


def _observe(state: TutorState, correct: bool, misconception: str | None = None) -> list[Observation]:
    """The BKT observation of the current step: only its first answer, wrong if a hint came first."""
    if state.get("tried"):
        return []
    step = state["steps"][state["cursor"]]
    return [{"step": state["cursor"], "knowledge_points": step["knowledge_points"],
             "correct": correct and not state.get("hinted"), "misconception": misconception}]


def _advance(state: TutorState, to: int, lead: str, lang: str) -> dict[str, Any]:
    """Move to question `to` (or finish), with `lead` said first."""
    steps = state["steps"]
    if to >= len(steps):
        return {"cursor": len(steps), "hint_level": 0, "tried": False, "hinted": False, "done": True,
                "text": lead + say("finished", lang)}
    return {"cursor": to, "hint_level": 0, "tried": False, "hinted": False, "done": False,
            "text": lead + say("next", lang, question=steps[to]["question"])}


def respond(state: TutorState, runtime: Runtime[TutorSettings]) -> dict[str, Any]:
    """Answer one student turn: check it, then praise and move on, or say what is wrong and give the next hint."""
    settings = _settings(runtime)
    lang, said, steps, cursor = state.get("lang", "zh"), state.get("said", ""), state["steps"], state["cursor"]
    kind = classify(said)
    if (explain := state.get("explain")) is not None:
        if kind == "demand":
            return _reply(state, say("refuse_explain", lang, question=steps[explain]["question"]))
        moved = _advance(state, cursor, say("explained", lang), lang)  # cursor already points past the jump
        text = moved.pop("text")
        return _reply(state, text, None, explain=None, **moved)
    if kind == "empty":
        return _reply(state, say("empty", lang))
    step = steps[cursor]
    if kind in ("hint", "demand"):
        level = min(state.get("hint_level", 0) + 1, len(step["hints"]) + 1) if kind == "hint" else max(state.get("hint_level", 0), 1)
        hint = rung(step, level, lang)
        text = hint if kind == "hint" else say("refuse", lang, question=step["question"], hint=hint)
        return _reply(state, text, None, hint_level=level, hinted=True)
    checked = checking.assess(steps, cursor, state.get("final_answer", ""), math_part(said) or said,
                              state.get("problem", ""), settings.check_timeout_s)
    produced = [*state.get("produced", []), said]
    if checked.get("correct"):
        moved = _advance(state, cursor + 1, say("correct", lang), lang)
        text = moved.pop("text")
        return _reply(state, text, "correct", observations=_observe(state, True), produced=produced, **moved)
    jump = checked.get("jump")
    if jump is not None:
        question = step["question"]
        key = "jump_final" if jump >= len(steps) else "jump_step"
        changes = {"cursor": min(jump + 1, len(steps)), "hint_level": 0, "tried": False, "hinted": False,
                   "explain": cursor, "done": False}
        return _reply(state, say(key, lang, question=question), "correct",
                      observations=_observe(state, True), produced=produced, **changes)
    if not checked.get("checkable"):
        moved = _advance(state, cursor + 1, say("unclear_step", lang), lang)
        text = moved.pop("text")
        return _reply(state, text, "unclear", **moved)
    diagnosis = checked.get("diagnosis") or {}
    if diagnosis.get("readable") is False:
        return _reply(state, wrong_message(diagnosis, lang), "unclear")
    level = min(state.get("hint_level", 0) + 1, len(step["hints"]) + 1)
    text = wrong_message(diagnosis, lang, step) + " " + rung(step, level, lang)
    mistakes = [diagnosis["misconception"]] if diagnosis.get("misconception") else []
    return _reply(state, text, "wrong", observations=_observe(state, False, diagnosis.get("misconception")),
                  tried=True, hint_level=level, mistakes=mistakes)


def guard(state: TutorState, runtime: Runtime[TutorSettings]) -> dict[str, Any]:
    """Stop any reply that would give away the final answer or the current step's answer."""
    settings = _settings(runtime)
    reply = state.get("reply")
    steps = state.get("steps", [])
    if not reply:
        return {}
    if not steps or state.get("done"):
        return {"log": [{"who": "tutor", "text": reply["reply"]}]}
    cursor = min(state.get("cursor", 0), len(steps) - 1)
    given = [state.get("problem", ""), steps[cursor]["question"]]
    message = reply["reply"]
    for text in given:  # the problem and the question are given material, not something the tutor reveals
        message = message.replace(text, " ")
    # what the student produced may be repeated in any form; the problem's own formulas only as written
    # (its inequality *is* its solution set, but quoting it gives nothing away)
    allowed = list(state.get("produced", []))
    given = re.findall(r"\$([^$]+)\$", state.get("problem", ""))
    _, step = checking.secrets_of(steps, cursor, state.get("final_answer", ""), allowed)
    leak = checking.find_leak(message, state.get("final_answer", ""), step, allowed, settings.check_timeout_s, given)
    if leak is None:
        return {"log": [{"who": "tutor", "text": reply["reply"]}]}
    lang = state.get("lang", "zh")
    safe = say("guarded", lang, question=steps[cursor]["question"]) + " " + shape_hint(steps[cursor], lang)
    return {"reply": {**reply, "reply": safe}, "blocked": [reply["reply"]], "log": [{"who": "tutor", "text": safe}]}

"""The model nodes of the main chain: plan the guiding questions, answer each in turn, repair refuted answers."""

from __future__ import annotations

from model.base import Message
from tutor_graph import prompts
from tutor_graph.nodes.running import ModelUnavailable, NodeRun
from tutor_graph.nodes.steps import make_step
from tutor_graph.parsing_output import OutputError, parse_answer, parse_plan
from tutor_graph.reading import describe
from tutor_graph.result import Source
from tutor_graph.state import PlannedQuestion, SolveState

MAX_RAW_KEPT = 2000  # characters of an invalid plan kept for the retry prompt


def _none(items: list[str], lang: str) -> str:
    return "；".join(items) if items else ("（无）" if lang == "zh" else "(none)")


def _system(lang: str) -> Message:
    return {"role": "system", "content": prompts.SYSTEM[lang]}


def plan_messages(state: SolveState, lang: str) -> list[Message]:
    """The plan conversation, with the rejected output and its validation error on a retry."""
    reading = state.get("reading")
    givens, goal = _none(state.get("givens", []), lang), state.get("goal", "")
    if reading and (reading["givens"] or reading["goals"]):
        # the model plans from what was read formally (already checked to parse shape-wise), not the raw clauses
        lines = describe(reading, lang).splitlines()
        givens = lines[0].split("：" if lang == "zh" else ": ", 1)[-1]
        goal = "\n".join(line.split("：" if lang == "zh" else ": ", 1)[-1] if i == 0 else line
                         for i, line in enumerate(lines[1:]))
    user = prompts.PLAN[lang].format(
        problem=state.get("text", ""),
        givens=givens,
        goal=goal,
        knowledge=_none(state.get("knowledge_points", []), lang),
        schema=prompts.PLAN_SCHEMA,
    )
    messages: list[Message] = [_system(lang), {"role": "user", "content": user}]
    if state.get("plan_error"):
        messages += [
            {"role": "assistant", "content": state.get("plan_raw", "")[:MAX_RAW_KEPT]},
            {"role": "user", "content": prompts.PLAN_RETRY[lang].format(error=state["plan_error"])},
        ]
    return messages


def plan(state: SolveState, run: NodeRun) -> dict:
    """Ask the model for the question chain as JSON and validate it; on failure keep the error for a retry."""
    settings = run.settings
    attempts = state.get("plan_attempts", 0) + 1
    try:
        completion = run.chat(plan_messages(state, settings.lang))
    except ModelUnavailable as err:
        run.warn(prompts.NOTE_MODEL_UNAVAILABLE.format(error=err))
        return {"plan": [], "plan_attempts": attempts, "plan_error": str(err), "use_model": False}
    try:
        parsed = parse_plan(completion.text)
    except OutputError as err:
        if attempts > settings.plan_retries:
            run.warn(prompts.NOTE_PLAN_INVALID.format(tries=attempts, error=err))
        return {"plan": [], "plan_attempts": attempts, "plan_error": str(err), "plan_raw": completion.text}
    questions = [PlannedQuestion(question=s.question, establishes=s.establishes) for s in parsed.steps]
    run.emit("first_question", question=questions[0]["question"], source="model")
    return {"plan": questions, "method": parsed.method, "plan_attempts": attempts, "plan_error": "",
            "cursor": 0, "steps": [], "tries": 0}


def _history(state: SolveState, lang: str) -> str:
    lines = [f"Q{i + 1}: {s['question']}\nA{i + 1}: {s['answer']}" for i, s in enumerate(state.get("steps", []))]
    return "\n".join(lines[: state.get("cursor", 0)]) or ("（无）" if lang == "zh" else "(none)")


def answer_messages(state: SolveState, lang: str) -> list[Message]:
    """The conversation that answers the question at the cursor, earlier answers in context."""
    question = state["plan"][state.get("cursor", 0)]
    user = prompts.ANSWER[lang].format(
        problem=state.get("text", ""),
        givens=_none(state.get("givens", []), lang),
        history=_history(state, lang),
        question=question["question"],
        establishes=question["establishes"] or "-",
    )
    return [_system(lang), {"role": "user", "content": user}]


def _put_step(state: SolveState, run: NodeRun, messages: list[Message], source: Source) -> dict:
    """Call the model, parse its answer into the step at the cursor; stop using the model if it fails."""
    cursor = state.get("cursor", 0)
    try:
        completion = run.chat(messages)
    except ModelUnavailable as err:
        run.warn(prompts.NOTE_MODEL_UNAVAILABLE.format(error=err))
        return {"use_model": False}
    parsed = parse_answer(completion.text)
    step = make_step(state["plan"][cursor]["question"], parsed.answer, parsed.claim, source, hints=parsed.hints)
    steps = list(state.get("steps", []))[:cursor] + [step]
    return {"steps": steps, "last_answer": completion.text}


def answer(state: SolveState, run: NodeRun) -> dict:
    """Answer the guiding question at the cursor with the model."""
    update = _put_step(state, run, answer_messages(state, run.settings.lang), "model")
    update["tries"] = 0
    return update


def repair(state: SolveState, run: NodeRun) -> dict:
    """Ask the model again for a refuted step, telling it the checker's reason and counterexample."""
    lang = run.settings.lang
    step = state["steps"][state.get("cursor", 0)]
    verdict = step["verdict"]
    messages = answer_messages(state, lang) + [
        {"role": "assistant", "content": state.get("last_answer", "") or step["answer"]},
        {
            "role": "user",
            "content": prompts.REPAIR[lang].format(
                question=step["question"],
                answer=step["answer"],
                claim=step["claim"],
                reason=verdict["reason"],
                counterexample=verdict["counterexample"] or "-",
            ),
        },
    ]
    update = _put_step(state, run, messages, "repaired")
    update["tries"] = state.get("tries", 0) + 1
    return update

"""The solve graph runs the specialist under a hard time bound: a call that would run forever is stopped
from a non-main thread, the graph records an honest warning and still composes a valid Result."""

from __future__ import annotations

import json
import threading
import time

import pytest

from tests.tutor_graph.checks import slow_tasks
from tests.tutor_graph.scripted_model import ScriptedModel
from tests.tutor_graph.test_graph_flow import PLAN, QUADRATIC, RIGHT_2, WRONG_1, WRONG_1_AGAIN
from tests.tutor_graph.test_graph_schema import conforms
from tutor_graph import prompts
from tutor_graph.checks import pool
from tutor_graph.context import Settings
from tutor_graph.nodes import deps
from tutor_graph.result import Result
from tutor_graph.solve import solve

BOUND_S = 1.0
SCALED_S = pool.bound_s(BOUND_S)  # what the pool enforces in a test run (tests/conftest.py)
SLACK_S = 30.0  # worker hand-over and the rest of the graph on a loaded 2-core machine (a runaway never ends)


@pytest.fixture(scope="module", autouse=True)
def test_tasks():
    with slow_tasks.registered():
        yield


def _solve_in_thread(text: str, settings: Settings) -> tuple[Result, float]:
    box: dict = {}

    def target():
        started = time.monotonic()
        box["result"] = solve(text, settings)
        box["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=600)
    assert not thread.is_alive() and "result" in box
    return box["result"], box["seconds"]


def _timeout_note(call: str) -> str:
    return prompts.NOTE_TIMEOUT.format(part=deps.SPECIALIST, task=call, seconds=BOUND_S)


@pytest.mark.parametrize("task", ["test.forever", "test.sleep_forever"])
def test_a_runaway_solve_is_stopped_and_the_result_says_so(monkeypatch, task):
    deps.recognise(QUADRATIC, 5)  # warm: the timed part is the runaway call, not a worker's start
    monkeypatch.setitem(deps.TASKS, "solve_symbolically", task)
    result, seconds = _solve_in_thread(QUADRATIC, Settings(model_use="never", symbolic_timeout_s=BOUND_S))

    assert seconds < SCALED_S + SLACK_S
    assert _timeout_note("solve_symbolically") in result["warnings"]
    assert prompts.NOTE_NO_SOLUTION in result["warnings"]  # honest: nothing verified to show
    assert result["solutions"] == [] and result["final_answer"] == ""
    assert result["knowledge_points"]  # what did finish (recognition) is kept
    assert conforms(json.loads(json.dumps(result)), Result) == []


def test_a_runaway_recognition_leaves_the_problem_unrecognised(monkeypatch):
    deps.recognise(QUADRATIC, 5)
    monkeypatch.setitem(deps.TASKS, "recognise", "test.forever")
    result, seconds = _solve_in_thread(QUADRATIC, Settings(model_use="never", symbolic_timeout_s=BOUND_S))

    assert seconds < SCALED_S + SLACK_S
    assert _timeout_note("recognise") in result["warnings"] and prompts.NOTE_UNRECOGNISED in result["warnings"]
    assert conforms(json.loads(json.dumps(result)), Result) == []


def test_a_runaway_step_fallback_keeps_the_models_chain_going(monkeypatch):
    """A refuted step whose symbolic repair hangs: the step stays unresolved and the chain goes on."""
    deps.recognise(QUADRATIC, 5)
    monkeypatch.setitem(deps.TASKS, "solve_step", "test.forever")
    monkeypatch.setitem(deps.TASKS, "solve_symbolically", "test.forever")
    model = ScriptedModel([PLAN, WRONG_1, WRONG_1_AGAIN, RIGHT_2])
    result, seconds = _solve_in_thread(
        QUADRATIC, Settings(chat_model=model, nodes=frozenset(), repair_budget=1, symbolic_timeout_s=BOUND_S))

    assert seconds < 2 * SCALED_S + SLACK_S  # the step, then the whole chain, each stopped at the bound
    assert _timeout_note("solve_step") in result["warnings"]
    assert _timeout_note("solve_symbolically") in result["warnings"]
    steps = result["solutions"][0]["steps"]
    assert [s["verdict"]["status"] for s in steps] == ["refuted", "verified"]  # nothing shown as verified wrongly
    assert not result["solutions"][0]["verified"]
    assert conforms(json.loads(json.dumps(result)), Result) == []


def test_a_runaway_variant_is_skipped(monkeypatch):
    # Warm, and the reference: nice variants may take several tries (issue 16), so a generous budget here.
    result = solve(QUADRATIC, Settings(model_use="never", nodes=frozenset({"variants"}), variants_budget_s=120))
    assert result["variants"]
    calls = []
    real = deps.solve_symbolically

    def second_call_hangs(text, max_methods, lang, timeout_s):
        calls.append(text)
        if len(calls) == 2:  # the first is the problem itself; then the first variant hangs
            monkeypatch.setitem(deps.TASKS, "solve_symbolically", "test.forever")
        try:
            return real(text, max_methods, lang, timeout_s)
        finally:
            monkeypatch.setitem(deps.TASKS, "solve_symbolically", "specialist.solve_symbolically")

    monkeypatch.setattr(deps, "solve_symbolically", second_call_hangs)
    hung, seconds = _solve_in_thread(QUADRATIC, Settings(model_use="never", nodes=frozenset({"variants"}),
                                                         variants_budget_s=BOUND_S, symbolic_timeout_s=BOUND_S))
    assert _timeout_note("solve_symbolically") in hung["warnings"]  # a variant's bound: ≤ symbolic_timeout_s
    assert hung["solutions"] and hung["solutions"][0]["verified"]  # the main chain is untouched
    assert seconds < 3 * SCALED_S + SLACK_S

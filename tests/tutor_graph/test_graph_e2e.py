"""End to end with the real embedded model (SmolLM2-135M): it cannot do mathematics, and the graph must say so."""

from __future__ import annotations

import pytest

from tutor_graph import prompts
from tutor_graph.context import Settings
from tutor_graph.solve import stream_solve


@pytest.fixture(scope="session")
def embedded():
    """The embedded model, loaded once for the session (tens of seconds on this CPU)."""
    from model import load_model

    return load_model("embedded")


@pytest.mark.slow
def test_quadratic_with_the_embedded_model_yields_a_verified_symbolic_chain_and_an_honest_warning(embedded):
    # model_use="always" makes the real model plan (and fail); 48 tokens keep each call to a few seconds.
    settings = Settings(chat_model=embedded, model_use="always", max_tokens=48, nodes=frozenset({"alternatives"}))
    events = list(stream_solve("解方程 x^2-5x+6=0", settings))
    result = events[-1]["result"]

    plan_calls = [t for t in result["trace"] if t["node"] == "plan"]
    assert plan_calls and all(t["model_calls"] == 1 and t["completion_tokens"] > 0 for t in plan_calls)
    assert any(e["type"] == "token" and e["node"] == "plan" for e in events)  # real model text was streamed
    assert result["model"] == "embedded"
    assert prompts.NOTE_EMBEDDED_WEAK in result["warnings"]
    main = result["solutions"][0]
    assert main["verified"] and result["final_answer"]
    # Whatever the model wrote, what is shown as verified comes from the specialist, labelled so.
    for solution in result["solutions"]:
        for step in solution["steps"]:
            if step["verdict"]["status"] == "verified" and step["source"] != "symbolic":
                assert step["claim"], "a model step shown as verified must carry a checked claim"
    assert all(s["source"] == "symbolic" for s in main["steps"])
    assert any(w in result["warnings"] for w in (prompts.NOTE_CHAIN_SYMBOLIC,)) or any(
        w.startswith("模型的最终答案") for w in result["warnings"]
    )

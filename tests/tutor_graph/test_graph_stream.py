"""stream_solve's events, and the graph compiled with real checkpointers (in memory and a SQLite file)."""

from __future__ import annotations

import sqlite3

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite import SqliteSaver

from tests.tutor_graph.scripted_model import ScriptedModel
from tests.tutor_graph.test_graph_flow import PLAN, QUADRATIC, RIGHT_1, RIGHT_2
from tutor_graph.context import Settings
from tutor_graph.graph import builder
from tutor_graph.solve import solve, stream_solve


def test_stream_yields_progress_tokens_first_question_and_result():
    model = ScriptedModel([PLAN, RIGHT_1, RIGHT_2])
    events = list(stream_solve(QUADRATIC, Settings(chat_model=model, nodes=frozenset())))
    kinds = [e["type"] for e in events]

    assert kinds[0] == "node_start" and events[0]["node"] == "understand"
    assert kinds[-1] == "result"
    assert kinds.count("first_question") == 1
    first = events[kinds.index("first_question")]
    assert first["question"] == "左边能分解成哪些一次因式的乘积？" and first["source"] == "model"
    assert kinds.index("first_question") < kinds.index("result")
    # Model text arrives piece by piece, thinking typed apart from the answer.
    tokens = "".join(e["text"] for e in events if e["type"] == "token" and e["node"] == "plan")
    assert tokens == PLAN
    assert any(e["type"] == "reasoning" for e in events)
    # Every node's start has its end, with timings, in order of the trace.
    result = events[-1]["result"]
    ended = [e["node"] for e in events if e["type"] == "node_end"]
    assert ended[:-1] == [t["node"] for t in result["trace"]]  # compose ends after writing the Result
    assert ended.count("answer") == 2 and ended.count("verify") == 2
    assert all(e["t"] >= 0 for e in events)
    assert [e["t"] for e in events] == sorted(e["t"] for e in events)


def test_symbolic_chain_announces_its_first_question_before_checking():
    events = list(stream_solve(QUADRATIC, Settings(model_use="never"), tokens=False))
    first = next(e for e in events if e["type"] == "first_question")
    chain = events[-1]["result"]["solutions"][0]
    assert first["source"] == "symbolic" and first["question"] == chain["steps"][0]["question"]
    fallback_end = next(e for e in events if e["type"] == "node_end" and e["node"] == "fallback")
    assert first["t"] <= fallback_end["t"]


def test_graph_with_in_memory_checkpointer_keeps_state_per_thread():
    graph = builder.compile(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "teacher-1"}}
    result = solve(QUADRATIC, Settings(model_use="never"), graph=graph, config=config)
    assert graph.get_state(config).values["result"] == result
    assert graph.get_state({"configurable": {"thread_id": "other"}}).values == {}


def test_a_second_problem_on_the_same_thread_starts_a_fresh_trace_and_warnings():
    graph = builder.compile(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "teacher-3"}}
    solve(QUADRATIC, Settings(model_use="never"), graph=graph, config=config)
    second = solve("证明：素数有无穷多个。", Settings(model_use="never"), graph=graph, config=config)
    assert [t["node"] for t in second["trace"]].count("understand") == 1
    assert second["solutions"] == [] and second["variants"] == []
    assert len(second["warnings"]) == len(set(second["warnings"]))
    assert graph.get_state(config).values["result"] == second


def test_graph_with_sqlite_checkpointer_survives_a_new_connection(tmp_path):
    path = tmp_path / "checkpoints.sqlite"
    config = {"configurable": {"thread_id": "teacher-2"}}
    with sqlite3.connect(path, check_same_thread=False) as conn:
        graph = builder.compile(checkpointer=SqliteSaver(conn))
        result = solve(QUADRATIC, Settings(model_use="never"), graph=graph, config=config)
    conn.close()
    # A fresh process would open the file again: the whole state, Result included, is there.
    with sqlite3.connect(path, check_same_thread=False) as again:
        reopened = builder.compile(checkpointer=SqliteSaver(again))
        values = reopened.get_state(config).values
    again.close()
    assert values["result"] == result
    assert values["solutions"] == result["solutions"]

"""Chains built once per session by the real solve graph (symbolic specialist), and a tutor factory."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from tutor_graph.tutoring.graph import builder
from tutor_graph.tutoring.nodes import build_chain

PROBLEMS = {
    "quadratic": "解方程 $x^2-5x+6=0$。",
    "inequality": "解不等式 $\\log_2(x-1)<2$。",
    "eccentricity": "求椭圆 $\\frac{x^2}{25}+\\frac{y^2}{16}=1$ 的离心率。",
}


@pytest.fixture(scope="session")
def chains() -> dict[str, Any]:
    built = {name: build_chain(text) for name, text in PROBLEMS.items()}
    assert all(built.values()), "the specialist builds a verified chain for each test problem"
    return built


class Session:
    """One student thread on an in-memory checkpointer."""

    def __init__(self, graph: Any, problem: str, chain: dict[str, Any], lang: str = "zh") -> None:
        self.graph = graph
        self.config = {"configurable": {"thread_id": uuid.uuid4().hex}}
        self.opening = self._run({"problem": problem, "chain": chain, "lang": lang})

    def _run(self, payload: Any) -> dict[str, Any]:
        self.graph.invoke(payload, self.config)
        return self.state["reply"]

    @property
    def state(self) -> dict[str, Any]:
        return self.graph.get_state(self.config).values

    def say(self, text: str) -> dict[str, Any]:
        return self._run(Command(resume=text))


@pytest.fixture(scope="session")
def graph() -> Any:
    return builder.compile(checkpointer=InMemorySaver())


@pytest.fixture
def tutor(graph, chains):
    def make(name: str, lang: str = "zh", past_idea: bool = True) -> Session:
        session = Session(graph, PROBLEMS[name], chains[name], lang)
        if past_idea and name == "quadratic":  # its chain opens with a question about the idea (noted, not graded):
            session.say("令每个因式等于 0" if lang == "zh" else "set each factor to 0")  # the loop tests start after it
        return session

    return make

"""One student's tutoring thread on LangGraph's SQLite checkpointer: start or resume, then one turn at a time.

    tutor = Tutor("alice:alg-001", db="tutoring.sqlite")
    tutor.begin("解方程 x^2-5x+6=0")    # the first question (or, on a thread already open, where it stopped)
    tutor.say("x=2 或 x=3")             # the next reply; every turn is checkpointed before it returns
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from tutor_graph.tutoring.context import TutorSettings, default_checkpoint_path
from tutor_graph.tutoring.graph import builder
from tutor_graph.tutoring.state import Chain, Reply, TutorInput, TutorState


def resolve_problem(problem: str) -> tuple[str, str]:
    """(problem id or '', problem text) for a bank id such as `quadratics-001` or a problem's text."""
    from content.bank import get_problem

    text = problem.strip()
    if not re.fullmatch(r"[a-z][a-z0-9_]*-\d{3}", text):
        return "", text
    try:
        found = get_problem(text)
    except (KeyError, ValueError, LookupError):
        return "", text
    return found.id, found.question_zh


class Tutor:
    """A tutoring thread `thread_id` kept in the SQLite file `db` (created if missing)."""

    def __init__(self, thread_id: str, db: str | Path | None = None, settings: TutorSettings | None = None) -> None:
        path = Path(db) if db else default_checkpoint_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self.graph = builder.compile(checkpointer=SqliteSaver(self._conn))
        self.settings = settings or TutorSettings()
        self.config: RunnableConfig = {"configurable": {"thread_id": thread_id}, "recursion_limit": 50}

    def close(self) -> None:
        """Close the checkpoint database."""
        self._conn.close()

    def state(self) -> TutorState:
        """The thread's current state ({} before it began)."""
        return self.graph.get_state(self.config).values  # type: ignore[return-value]

    def started(self) -> bool:
        """Whether the thread already holds a session."""
        return bool(self.state().get("steps") is not None and self.state().get("reply"))

    def begin(self, problem: str, lang: str | None = None, chain: Chain | None = None) -> Reply:
        """Start the session on `problem` (a bank id or text), or return the pending reply of one already open.

        `chain` (from `nodes.build_chain`) skips solving the problem again."""
        if self.started():
            return self.state()["reply"]
        problem_id, text = resolve_problem(problem)
        payload: TutorInput = {"problem": text, "problem_id": problem_id, "lang": lang or self.settings.lang}
        if chain:
            payload["chain"] = chain
        self.graph.invoke(payload, self.config, context=self.settings)
        return self.state()["reply"]

    def say(self, text: str) -> Reply:
        """The student's turn; returns the tutor's reply (the turn is checkpointed when this returns)."""
        if self.state().get("done"):
            return self.state()["reply"]
        self.graph.invoke(Command(resume=text), self.config, context=self.settings)
        return self.state()["reply"]


def read_script(lines: Iterable[str]) -> Iterator[str]:
    """The student turns of a JSONL script (`{"say": "..."}` a line; blank lines skipped)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"line {number}: not JSON ({err.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("say"), str):
            raise ValueError(f'line {number}: expected {{"say": "..."}}')
        yield item["say"]


def run_script(problem: str, turns: Iterable[str], thread_id: str, db: str | Path | None = None,
               lang: str = "zh") -> Iterator[Reply]:
    """Play scripted student turns; yield the opening (or pending) reply, then one reply per turn."""
    tutor = Tutor(thread_id, db, TutorSettings(lang=lang))  # type: ignore[arg-type]
    try:
        yield tutor.begin(problem, lang)
        for said in turns:
            if tutor.state().get("done"):
                break
            yield tutor.say(said)
    finally:
        tutor.close()

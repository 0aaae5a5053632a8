"""The tutoring services the load test's simulated students talk to, as a process of its own (killable).

`POST /answer {"student", "problem_id", "text", "seconds"}` plays one student turn the way the app's student
page does (`app/services_student.answer`): the thread `load-<student>:<problem_id>` on LangGraph's SQLite
checkpointer (`tutor_graph.tutoring.session.Tutor`), the verified chain of the bank problem, the turn checked
by the tutoring graph, then recorded with mastery (`tutor_graph.tutoring.records.record_turn`) in the
project's database; after a wrong answer a short hint is asked of the model server. Each thread takes one answer, so a retried
request is recognised: an answer already recorded is not recorded again, and one whose turn was checkpointed
but not yet recorded (the process was killed in between) is recorded from the checkpoint's history.
Transient failures (a locked SQLite file, the model server restarting) answer 503 so the client retries.

Run: `python -m evaluation.load_service --port 8600 --database sqlite:///x.sqlite --threads t.sqlite --model-url URL`.
"""

from __future__ import annotations

import argparse
import functools
import threading
import time
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

TURN_SLOTS = 2  # turns checked and written at once; the rest queue (two cores, SQLite writers)
HINT_SLOTS = 2  # hint requests in flight to the model server (it generates one at a time; a request that
# waits there past the client's timeout would be abandoned and still be generated: wasted model time)
HINT_RETRY_S = 600.0  # how long a hint waits for a restarted model server (its start took ~6 min under load)


class AnswerRequest(BaseModel):
    """One student answer."""

    student: int = Field(ge=0)
    problem_id: str = Field(max_length=64)
    text: str = Field(max_length=2000)
    seconds: float = Field(default=0.0, ge=0, le=86_400)
    right: bool = False  # the simulated student means this answer to be right: no model hint asked


@functools.lru_cache(maxsize=256)
def _chain(problem_id: str) -> Any:
    """The verified chain of a bank problem (the specialist's), once per process."""
    from tutor_graph.tutoring.nodes import build_chain
    from tutor_graph.tutoring.session import resolve_problem

    return build_chain(resolve_problem(problem_id)[1])


_HINT_GATE = threading.Semaphore(HINT_SLOTS)


def _hint(model_url: str, question: str) -> str:
    """A short hint from the served model, asked again while the server restarts (bounded)."""
    from model.base import GenerationConfig
    from model.openai_client import OpenAIChatModel

    client = OpenAIChatModel(model_url, model="embedded", retries=0, timeout=600)
    deadline = None  # counted from the first failure: waiting in the queue is not the server being down
    while True:
        try:
            with _HINT_GATE:  # queue here, not at the server: its timeout then measures its own work
                return client.chat([{"role": "user", "content": f"给一个提示：{question[:200]}"}],
                                   GenerationConfig(max_new_tokens=8)).text
        except Exception:  # noqa: BLE001 - the server is down or restarting: wait and ask again
            deadline = deadline or time.monotonic() + HINT_RETRY_S
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _student_turns(state: dict[str, Any]) -> int:
    return sum(1 for entry in state.get("log") or [] if entry.get("who") == "student")


def _before_turn(tutor: Any) -> dict[str, Any]:
    """The newest checkpoint of the thread before the student's first turn (its opening question)."""
    for snapshot in tutor.graph.get_state_history(tutor.config):
        if snapshot.values.get("reply") and _student_turns(snapshot.values) == 0:
            return dict(snapshot.values)
    raise LookupError("no opening checkpoint in the thread's history")


def _refresh_mastery(learner: str, database: str) -> None:
    """Mastery recomputed from every observation of the learner (BKT is a function of them)."""
    from content.learners import observations, save_mastery
    from tutor_graph.tutoring.mastery import mastery

    seen = observations(learner, database)
    if seen:
        save_mastery(learner, mastery(seen), {p: len(v) for p, v in seen.items()}, database)


def play_turn(req: AnswerRequest, database: str, threads: str) -> dict[str, Any]:
    """Check and record one answer exactly once; return the reply and whether it was recovered or repeated."""
    from content.learners import attempts
    from tutor_graph.tutoring.context import TutorSettings
    from tutor_graph.tutoring.records import record_turn
    from tutor_graph.tutoring.session import Tutor

    learner, thread = f"load-{req.student}", f"load-{req.student}:{req.problem_id}"
    tutor = Tutor(thread, threads, TutorSettings(lang="zh"))
    try:
        if any(a.thread == thread for a in attempts(learner, database)):
            _refresh_mastery(learner, database)  # in case the process died between the record and mastery
            return {"reply": tutor.state().get("reply") or {}, "status": "already recorded"}
        tutor.begin(req.problem_id, "zh", _chain(req.problem_id))
        state: dict[str, Any] = dict(tutor.state())
        reply: Any
        if _student_turns(state) == 0:
            before, reply, status = state, tutor.say(req.text), "recorded"
        else:  # the turn reached the checkpoint but the process died before recording it
            before, reply, status = _before_turn(tutor), state["reply"], "recovered from checkpoint"
        record_turn(learner, thread, before, dict(tutor.state()), req.text, reply, req.seconds, database)  # type: ignore[arg-type]
        return {"reply": reply, "status": status}
    finally:
        tutor.close()


def create_app(database: str, threads: str, model_url: str) -> FastAPI:
    """The services app; one answer at a time per thread, TURN_SLOTS turns at once."""
    app = FastAPI(title="tutoring services (load test)", docs_url=None, redoc_url=None, openapi_url=None)
    slots = threading.Semaphore(TURN_SLOTS)
    locks: dict[str, threading.Lock] = {}
    guard = threading.Lock()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/answer")
    def answer(req: AnswerRequest) -> dict[str, Any]:
        from sqlalchemy.exc import OperationalError as DatabaseBusy

        from tutor_graph.tutoring.session import resolve_problem

        problem_id, text = resolve_problem(req.problem_id)
        if not problem_id:
            raise HTTPException(404, detail=f"no bank problem {req.problem_id!r}")
        try:  # a model hint after a wrong answer (the tutor's own reply holds the chain's hints already)
            hint = _hint(model_url, text) if not req.right else ""
        except Exception as exc:  # noqa: BLE001 - the model server stayed away: the client may retry
            raise HTTPException(503, detail=f"model server: {type(exc).__name__}") from exc
        with guard:
            lock = locks.setdefault(f"{req.student}:{problem_id}", threading.Lock())
        with lock, slots:
            try:
                done = play_turn(req, database, threads)
            except (DatabaseBusy, OSError) as exc:  # a locked SQLite file and the like: retry
                raise HTTPException(503, detail=f"busy: {type(exc).__name__}") from exc
            except Exception as exc:
                if "locked" in str(exc):  # sqlite3.OperationalError from the checkpointer
                    raise HTTPException(503, detail="busy: database is locked") from exc
                raise
        return {**done, "hint": hint}

    return app


def main(argv: list[str] | None = None) -> None:
    """Serve the tutoring services on loopback."""
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m evaluation.load_service", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True, help="SQLAlchemy URL of the learner records")
    parser.add_argument("--threads", required=True, help="SQLite file of the tutoring threads (checkpoints)")
    parser.add_argument("--model-url", required=True, help="the model server's /v1 URL (for hints)")
    args = parser.parse_args(argv)
    uvicorn.run(create_app(args.database, args.threads, args.model_url), host="127.0.0.1", port=args.port,
                log_level="warning")


if __name__ == "__main__":
    main()

"""The student page's door to the packages: tutoring threads, learner records, mastery, recommendation.

Typed functions only; the page renders what they return. The learner is identified in one place,
`current_learner()`: the login of the accounts feature is wired in there.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import streamlit as st

from app.services import needs

if TYPE_CHECKING:
    from tutor_graph.tutoring.state import Chain

_TUTOR = "学生练习 / student practice"


@dataclass(frozen=True)
class Turn:
    """What the page shows after a turn: the reply, the conversation so far and the progress."""

    reply: dict[str, Any]  # {"reply", "step", "verdict", "hint_level", "done"}
    log: list[dict[str, str]]  # [{"who": "student"|"tutor", "text"}]
    step: int
    steps: int
    done: bool
    questions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Diagnosis:
    """A learner's diagnosis: mastery per point, recurring mistakes, time on task."""

    mastery: dict[str, float]  # point name → P(mastered)
    point_ids: dict[str, str]  # point name → id
    mistakes: list[tuple[str, int]]  # (misconception words, count), most frequent first
    seconds: float
    answers: int
    correct_first: int
    per_problem: dict[str, float]  # problem id or text → seconds


def current_learner() -> str:
    """The learner's id: the logged-in account's (services.learner_key), else a guest id kept for the session."""
    from app import auth, services

    account = auth.current_account()
    if account is not None:
        return services.learner_key(account)
    if not st.session_state.get("learner_id"):
        st.session_state.learner_id = "guest-" + uuid.uuid4().hex[:8]
    return str(st.session_state.learner_id)


@st.cache_resource(show_spinner=False)
def _database_ready(url: str | None) -> bool:
    """Bring the learner tables up to date once per process (Alembic migrations)."""
    with needs("数据库 / database"):
        from content.db import upgrade
    upgrade(url)
    return True


def database_url() -> str:
    """The project's one database URL (env TUTOR_DATABASE_URL, else the default SQLite file)."""
    with needs("数据库 / database"):
        from content.db import database_url as database_url_
    url = database_url_()
    _database_ready(url)
    return str(url)


def practice_problems() -> list[tuple[str, str, str]]:
    """(id, module, question) of every bank problem, for the picker."""
    with needs("题库 / problem bank"):
        from content.bank import load_problems
    problems = load_problems()
    return [(p.id, p.module, p.question_zh) for p in problems]


@st.cache_data(show_spinner=False, max_entries=256)
def _chain(problem_id: str) -> Chain | None:
    """The verified question chain of a bank problem (built once per process and problem)."""
    with needs(_TUTOR):
        from tutor_graph.tutoring.nodes import build_chain
        from tutor_graph.tutoring.session import resolve_problem
    text = resolve_problem(problem_id)[1]
    return build_chain(text)


def _thread(learner: str, problem_id: str) -> str:
    """The learner's thread on a problem (a new round after "practise again")."""
    rounds = st.session_state.get("student_rounds") or {}
    return f"{learner}:{problem_id}" + (f":{rounds[problem_id]}" if rounds.get(problem_id) else "")


def _tutor(learner: str, problem_id: str, lang: str) -> Any:
    with needs(_TUTOR):
        from tutor_graph.tutoring.context import TutorSettings
        from tutor_graph.tutoring.session import Tutor
    settings = TutorSettings(lang="en" if lang == "en" else "zh")
    return Tutor(_thread(learner, problem_id), None, settings)


def _turn(state: dict[str, Any]) -> Turn:
    steps = state.get("steps") or []
    return Turn(state["reply"], list(state.get("log") or []), min(state.get("cursor", 0), len(steps)), len(steps),
                bool(state.get("done")), [s["question"] for s in steps])


def open_practice(problem_id: str, lang: str = "zh") -> Turn:
    """Start (or resume, on any device) the learner's thread on a bank problem."""
    tutor = _tutor(current_learner(), problem_id, lang)
    try:
        tutor.begin(problem_id, lang, _chain(problem_id))
        st.session_state.student_shown_at = time.time()
        return _turn(tutor.state())
    finally:
        tutor.close()


def restart_practice(problem_id: str, lang: str = "zh") -> Turn:
    """A fresh thread on the same problem (the old one stays in the checkpoint file)."""
    rounds = dict(st.session_state.get("student_rounds") or {})
    rounds[problem_id] = f"{int(time.time())}"
    st.session_state.student_rounds = rounds
    return open_practice(problem_id, lang)


def answer(problem_id: str, text: str, lang: str = "zh") -> Turn:
    """The learner's turn: checked by the tutoring graph, recorded (committed) with mastery updated."""
    learner = current_learner()
    tutor = _tutor(learner, problem_id, lang)
    try:
        before = tutor.state()
        if not before.get("reply"):
            tutor.begin(problem_id, lang, _chain(problem_id))
            before = tutor.state()
        if before.get("done"):
            return _turn(before)
        reply = tutor.say(text)
        after = tutor.state()
        seconds = max(0.0, time.time() - float(st.session_state.get("student_shown_at") or time.time()))
        st.session_state.student_shown_at = time.time()
        with needs(_TUTOR):
            from tutor_graph.tutoring.records import record_turn as record
        record(learner, _thread(learner, problem_id), before, after, text, reply, seconds, database_url())
        return _turn(after)
    finally:
        tutor.close()


_MISCONCEPTION_WORDS = {
    "sign": ("符号出错", "sign slip"), "lost_root": ("漏解 / 漏情况", "lost root or case"),
    "extra_root": ("多出不满足条件的值", "extra values"), "domain": ("忘了定义域", "domain forgotten"),
    "empty_set": ("忘了空集", "empty set forgotten"), "endpoint": ("端点取舍", "endpoints"),
}


def diagnosis(learner: str | None = None, lang: str = "zh") -> Diagnosis:
    """Mastery per knowledge point (BKT), recurring mistakes and time on task of a learner."""
    learner = learner or current_learner()
    url = database_url()
    with needs("学习记录 / learner records"):
        from content.learners import attempts as attempts_of
        from content.learners import mastery
    attempts = attempts_of(learner, url)
    stored = mastery(learner, url)
    with needs("知识图谱 / knowledge graph"):
        from content.knowledge import load_graph
    graph = load_graph()
    names: dict[str, str] = {}
    for point in stored:
        found = graph.points.get(point)
        names[(found.name_en if lang == "en" and found and found.name_en else found.name_zh if found else point)] = point
    counts = Counter(a.misconception for a in attempts if a.misconception)
    mistakes = [(_MISCONCEPTION_WORDS.get(k, (k, k))[1 if lang == "en" else 0], n) for k, n in counts.most_common()]
    per_problem: dict[str, float] = {}
    for a in attempts:
        per_problem[a.problem_id or a.problem[:20]] = per_problem.get(a.problem_id or a.problem[:20], 0.0) + a.seconds
    return Diagnosis({name: stored[pid] for name, pid in names.items()}, names, mistakes,
                     sum(a.seconds for a in attempts), sum(a.verdict in ("correct", "wrong") for a in attempts),
                     sum(bool(a.first and a.observed_correct) for a in attempts), per_problem)


def recommendation(learner: str | None = None, lang: str = "zh") -> tuple[str, str, str] | None:
    """(problem id, problem text, reason) of the next problem for the learner, or None when all is mastered."""
    learner = learner or current_learner()
    with needs("学习记录 / learner records"):
        from content.learners import attempts, mastery
    stored = mastery(learner, database_url())
    done = {a.problem_id for a in attempts(
        learner, database_url())}
    try:
        with needs("案例库 / case library"):
            from content.cases import CaseLibrary
        cases = CaseLibrary().list()
    except Exception:  # the recommendation works from the bank alone when the case library cannot be read
        cases = []
    with needs(_TUTOR):
        from tutor_graph.tutoring.recommending import recommend
    pick = recommend(stored, cases=cases, done=done)
    if pick is None:
        return None
    return pick.problem_id, pick.problem, pick.reason_en if lang == "en" else pick.reason_zh


def learners() -> list[str]:
    """Every learner with a record (a teacher opens one)."""
    with needs("学习记录 / learner records"):
        from content.learners import learners as learners_
    return list(learners_(database_url()))


_PREVIEW = [
    (re.compile(r"sqrt\s*\(([^()]*)\)"), r"\\sqrt{\1}"),
    (re.compile(r"(?<![\\\w])(\w+|\([^()]*\))\s*/\s*(\w+|\([^()]*\))"), r"\\frac{\1}{\2}"),
    (re.compile(r"<="), r"\\le "), (re.compile(r">="), r"\\ge "), (re.compile(r"!="), r"\\ne "),
    (re.compile(r"\binf(inity)?\b|\boo\b"), r"\\infty "), (re.compile(r"\bpi\b"), r"\\pi "),
    (re.compile(r"\*"), r"\\cdot "), (re.compile(r"或"), r"\\text{ 或 }"), (re.compile(r"且"), r"\\text{ 且 }"),
]


def preview_latex(text: str) -> str:
    """A LaTeX rendering of what the learner typed, for the preview (text rewriting only; nothing is evaluated)."""
    out = (text or "").strip()[:300]
    if "\\" in out:
        return out  # already LaTeX
    for pattern, replacement in _PREVIEW:
        out = pattern.sub(replacement, out)
    return out.replace("{", "\\{").replace("}", "\\}") if re.fullmatch(r"\{[^{}]*\}", out) else out

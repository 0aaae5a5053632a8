"""Learner records in the project's one database: every checked answer (attempt) and mastery per knowledge point.

Tables (created by the migration `0002_learners`): `learner_attempts` (one row per student turn that was an
answer or a hint request, committed as it happens, so nothing is lost on a crash) and `learner_mastery`
(the latest P(mastered) per learner and knowledge point). The URL is the shared setting of `content.db`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Float, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from content.db import Base, session_scope


def _now() -> datetime:
    return datetime.now(UTC)


class AttemptRow(Base):
    """One student turn on one guiding question."""

    __tablename__ = "learner_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner: Mapped[str] = mapped_column(String(128), index=True)
    thread: Mapped[str] = mapped_column(String(256))
    problem_id: Mapped[str] = mapped_column(String(64), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    step: Mapped[int] = mapped_column(Integer)
    knowledge_points: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ids
    said: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)  # correct | wrong | unclear | None
    hint_level: Mapped[int] = mapped_column(Integer, default=0)
    first: Mapped[bool] = mapped_column(Boolean, default=False)  # the BKT observation of this step
    observed_correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    misconception: Mapped[str | None] = mapped_column(String(32), nullable=True)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)  # time on task since the previous reply
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class MasteryRow(Base):
    """The latest P(mastered) of one knowledge point for one learner."""

    __tablename__ = "learner_mastery"

    learner: Mapped[str] = mapped_column(String(128), primary_key=True)
    knowledge_point: Mapped[str] = mapped_column(String(64), primary_key=True)
    p_mastered: Mapped[float] = mapped_column(Float)
    observations: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


@dataclass(frozen=True)
class Attempt:
    """A learner's attempt as plain data."""

    learner: str
    thread: str
    problem_id: str
    problem: str
    step: int
    knowledge_points: tuple[str, ...]
    said: str
    verdict: str | None
    hint_level: int
    first: bool = False
    observed_correct: bool | None = None
    misconception: str | None = None
    seconds: float = 0.0
    created: datetime | None = None


def record_attempt(attempt: Attempt, url: str | None = None) -> None:
    """Store one attempt, committed before this returns."""
    with session_scope(url) as session:
        session.add(AttemptRow(
            learner=attempt.learner, thread=attempt.thread, problem_id=attempt.problem_id, problem=attempt.problem,
            step=attempt.step, knowledge_points=json.dumps(list(attempt.knowledge_points)), said=attempt.said,
            verdict=attempt.verdict, hint_level=attempt.hint_level, first=attempt.first,
            observed_correct=attempt.observed_correct, misconception=attempt.misconception, seconds=attempt.seconds,
        ))


def attempts(learner: str, url: str | None = None) -> list[Attempt]:
    """Every attempt of a learner, oldest first."""
    with session_scope(url) as session:
        rows = session.scalars(select(AttemptRow).where(AttemptRow.learner == learner).order_by(AttemptRow.id)).all()
        return [Attempt(r.learner, r.thread, r.problem_id, r.problem, r.step, tuple(json.loads(r.knowledge_points)),
                        r.said, r.verdict, r.hint_level, r.first, r.observed_correct, r.misconception, r.seconds,
                        r.created) for r in rows]


def observations(learner: str, url: str | None = None) -> dict[str, list[bool]]:
    """The BKT observations per knowledge point, in order (first answers on each step)."""
    found: dict[str, list[bool]] = {}
    for attempt in attempts(learner, url):
        if attempt.first and attempt.observed_correct is not None:
            for point in attempt.knowledge_points:
                found.setdefault(point, []).append(attempt.observed_correct)
    return found


def save_mastery(learner: str, mastery: dict[str, float], counts: dict[str, int], url: str | None = None) -> None:
    """Store the latest P(mastered) per knowledge point (insert or update), committed before this returns."""
    with session_scope(url) as session:
        for point, value in mastery.items():
            row = session.get(MasteryRow, (learner, point))
            if row is None:
                session.add(MasteryRow(learner=learner, knowledge_point=point, p_mastered=value,
                                       observations=counts.get(point, 0)))
            else:
                row.p_mastered, row.observations = value, counts.get(point, 0)


def mastery(learner: str, url: str | None = None) -> dict[str, float]:
    """The stored P(mastered) per knowledge point of a learner."""
    with session_scope(url) as session:
        rows = session.scalars(select(MasteryRow).where(MasteryRow.learner == learner)).all()
        return {r.knowledge_point: r.p_mastered for r in rows}


def learners(url: str | None = None) -> list[str]:
    """Every learner with a record (for a teacher's view)."""
    with session_scope(url) as session:
        return list(session.scalars(select(AttemptRow.learner).group_by(AttemptRow.learner)
                                    .order_by(func.min(AttemptRow.id))).all())

"""Learner records in a real SQLite file through the Alembic migration: attempts committed per answer, mastery
kept, nothing lost when the process that wrote them is gone."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa

from content.db import get_engine, upgrade
from content.learners import Attempt, attempts, learners, mastery, observations, record_attempt, save_mastery
from tests.conftest import ROOT


def _url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    upgrade(url)
    return url


def test_the_migration_creates_the_tables(tmp_path):
    url = _url(tmp_path)
    names = set(sa.inspect(get_engine(url)).get_table_names())
    assert {"learner_attempts", "learner_mastery", "alembic_version"} <= names
    from alembic.script import ScriptDirectory

    from content.db.engine import MIGRATIONS

    heads = ScriptDirectory(str(MIGRATIONS)).get_heads()
    assert len(heads) == 1  # one history: every migration chained
    with get_engine(url).connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == heads[0]


def test_attempts_and_mastery_round_trip(tmp_path):
    url = _url(tmp_path)
    record_attempt(Attempt("ann", "t1", "quadratics-001", "解方程", 0, ("quad.equation",), "(x+2)(x+3)", "wrong", 1,
                           first=True, observed_correct=False, misconception="sign", seconds=12.5), url)
    record_attempt(Attempt("ann", "t1", "quadratics-001", "解方程", 0, ("quad.equation",), "提示", None, 2), url)
    record_attempt(Attempt("ann", "t1", "quadratics-001", "解方程", 1, ("quad.equation", "quad.discriminant"), "2,3",
                           "correct", 0, first=True, observed_correct=True, seconds=3.0), url)
    record_attempt(Attempt("bob", "t2", "sets-001", "集合", 0, ("set.concept",), "{3,4}", "correct", 0,
                           first=True, observed_correct=True), url)
    rows = attempts("ann", url)
    assert [r.verdict for r in rows] == ["wrong", None, "correct"] and rows[0].misconception == "sign"
    assert rows[0].seconds == 12.5 and rows[2].knowledge_points == ("quad.equation", "quad.discriminant")
    assert observations("ann", url) == {"quad.equation": [False, True], "quad.discriminant": [True]}
    save_mastery("ann", {"quad.equation": 0.3}, {"quad.equation": 2}, url)
    save_mastery("ann", {"quad.equation": 0.6, "quad.discriminant": 0.55}, {"quad.equation": 2}, url)
    assert mastery("ann", url) == {"quad.equation": 0.6, "quad.discriminant": 0.55}
    assert learners(url) == ["ann", "bob"]


def test_an_attempt_survives_the_process_that_wrote_it(tmp_path):
    url = _url(tmp_path)
    code = (
        "from content.learners import Attempt, record_attempt\n"
        f"record_attempt(Attempt('cat', 't', 'p', 'q', 0, ('set.concept',), 'x=1', 'wrong', 1), {url!r})\n"
        "import os; os._exit(1)  # dies at once, no clean shutdown\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120)
    assert [a.said for a in attempts("cat", url)] == ["x=1"]

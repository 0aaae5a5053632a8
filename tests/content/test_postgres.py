"""The one database layer on a real PostgreSQL server the test starts itself: migrations, accounts,
classes and the case library (versions append-only, concurrent writers without gaps, forks)."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from content import accounts, classes, sso
from content.cases import CaseLibrary
from content.db import get_engine, upgrade
from content.db.engine import MIGRATIONS
from tests.content import postgres
from tests.content.samples import PROBLEM

pytestmark = pytest.mark.skipif(postgres.missing() is not None, reason=postgres.missing() or "")


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres.running_server() as url:
        upgrade(url)
        yield url
        get_engine(url).dispose()


def test_migrations_made_every_table(pg_url):
    with get_engine(pg_url).connect() as db:
        tables = {r[0] for r in db.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))}
        head = db.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert {"accounts", "account_sessions", "classes", "class_members", "class_assignments", "cases",
            "case_versions", "app_settings", "account_identities"} <= tables
    assert [head] == ScriptDirectory(str(MIGRATIONS)).get_heads()  # the newest migration, whichever it is
    upgrade(pg_url)  # a second run is a no-op


def test_single_sign_on_identities(pg_url):
    made = sso.sign_in({"iss": "https://idp.example", "sub": "pg-1", "email": "pg@x.example"}, "student", pg_url)
    assert made.role == "student" and sso.sign_in({"iss": "https://idp.example", "sub": "pg-1"}, "student", pg_url) == made


def test_accounts_sessions_and_classes(pg_url):
    teacher = accounts.create_account("pg-wang", "teacher pass", "teacher", url=pg_url)
    student = accounts.create_account("pg-amy", "student pass", "student", url=pg_url)
    assert accounts.authenticate("pg-wang", "teacher pass", url=pg_url) == teacher
    token = accounts.start_session(student, url=pg_url)
    assert accounts.session_account(token, url=pg_url) == student
    made = classes.create_class(teacher, "高二(3)班", url=pg_url)
    classes.join_class(student, made.join_code, url=pg_url)
    assert classes.classes_of(student, url=pg_url) == [made]
    assert [m.username for m in classes.members(made.id, teacher, url=pg_url)] == ["pg-amy"]


def test_case_library_versions_forks_and_concurrency(pg_url):
    library = CaseLibrary(pg_url)
    wang = accounts.create_account("pg-case-wang", "teacher pass", "teacher", url=pg_url)
    li = accounts.create_account("pg-case-li", "teacher pass", "teacher", url=pg_url)
    case = library.save(PROBLEM, author=wang, title="PG 案例")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(4):
                edited = copy.deepcopy(PROBLEM)
                edited["difficulty"] = 1 + (n + i) % 5
                library.save(edited, author=wang, case_id=case.id, note=f"{n}-{i}")
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [v.version for v in library.history(case.id)] == list(range(1, 18))  # no gaps, none lost
    fork = library.save(PROBLEM, author=li, case_id=case.id)
    assert fork.forked_from == case.id and library.get(case.id).version == 17
    with get_engine(pg_url).connect() as db, pytest.raises(DBAPIError, match="append-only"):
        db.execute(text("DELETE FROM case_versions"))

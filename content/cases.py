"""The teachers' case library (教师案例库): edited question chains with full version history, in the project database.

A case is a problem in the bank's shape (`content.bank.Problem` as a dict: question, final answer,
knowledge points, methods with steps), plus a title, tags, author and times. Every save appends a new
version; nothing is overwritten or deleted (database triggers refuse UPDATE and DELETE of versions).
Each save is validated first (the bank schema, knowledge-point and method ids) and written in one
transaction, so a bad save leaves the library exactly as it was.

Saved by an account (`content.accounts.Account`), a case belongs to it: the author is the account,
never a typed name, and another account's save becomes its own fork, the original untouched.

Where: the `location` argument (an SQLAlchemy URL, or an SQLite file path), else env `TUTOR_CASES_DB`
(a file), else the project database (`content.db`, env `TUTOR_DATABASE_URL`). An old SQLite case file
(before accounts) is adopted in place by the migration, versions kept. A folder, a missing folder, a
damaged file or a read-only place gives a CaseStoreError that says so (a read-only file can be read).
"""

from __future__ import annotations

import builtins
import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from content.accounts import Account
from content.bank import Problem, dump_problems
from content.case_results import PLACEHOLDER_ID, problem_from_result  # noqa: F401 - part of the library's API
from content.case_tables import CaseRow, CaseVersionRow
from content.db import database_url, get_engine, upgrade
from content.db.locations import DatabaseLocationError, check_sqlite_file, sqlite_path, writable
from content.knowledge import KnowledgeGraph, load_graph
from content.text_index import TextIndex
from content.validate import problem_reference_errors

SAVE_ATTEMPTS = 60  # concurrent writers racing for the same next version retry, they never skip one


class CaseError(ValueError):
    """A case that cannot be saved; `errors` names each field at fault."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("; ".join(errors))


class CaseStoreError(CaseError):
    """The library's database cannot be used (a folder, missing folder, damaged file, read-only place)."""

    def __init__(self, message: str):
        super().__init__([message])


class CaseConflict(RuntimeError):
    """The case changed since the version the editor started from (another teacher saved first)."""


@dataclass(frozen=True)
class CaseVersion:
    """One saved version of a case."""

    case_id: int
    version: int
    saved_at: str
    author: str
    title: str
    tags: tuple[str, ...]
    note: str
    problem: dict[str, Any]
    author_id: int | None = None

    def to_problem(self) -> Problem:
        """The version as a validated bank Problem (id set to a placeholder)."""
        return Problem.from_dict({**self.problem, "id": PLACEHOLDER_ID})


@dataclass(frozen=True)
class Case:
    """A case at its latest (or a chosen) version, with when and by whom it was created."""

    id: int
    created_at: str
    created_by: str
    current: CaseVersion
    owner_id: int | None = None
    forked_from: int | None = None

    @property
    def version(self) -> int:
        return self.current.version

    @property
    def updated_at(self) -> str:
        return self.current.saved_at


def default_path() -> str:
    """Where the library lives when none is given: env TUTOR_CASES_DB (a file), else the project database URL."""
    if os.environ.get("TUTOR_CASES_DB"):
        return str(Path(os.environ["TUTOR_CASES_DB"]).expanduser())
    return database_url()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


_upgraded: set[str] = set()
_upgrade_lock = threading.Lock()


def _upgrade_once(url: str) -> None:
    """Migrate a database once per process (Alembic's command machinery is not safe to run in parallel threads)."""
    with _upgrade_lock:
        if url not in _upgraded:
            upgrade(url)
            _upgraded.add(url)


def _url(location: str | Path) -> str:
    text = str(location)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


class CaseLibrary:
    """The case store on one database. Cheap to create; every call runs in its own session (thread-safe)."""

    def __init__(self, location: str | Path | None = None, graph: KnowledgeGraph | None = None):
        self.url = _url(location if location else default_path())
        self.path = sqlite_path(self.url)  # the SQLite file, when it is one
        self._graph = graph
        self.read_only = False
        try:
            self._engine = self._open()
        except DatabaseLocationError as exc:
            raise CaseStoreError(str(exc)) from None
        except DBAPIError as exc:
            raise CaseStoreError(f"案例库无法打开 / the case library cannot be opened: {exc.orig}") from None

    def _open(self) -> Engine:
        if self.path is None:
            _upgrade_once(self.url)
            return get_engine(self.url)
        default = self.url == database_url() and not os.environ.get("TUTOR_DATABASE_URL")
        check_sqlite_file(self.path, create_folder=default)
        if self.path.exists() and not writable(self.path):
            # Read-only: no WAL index can be made, so read the file as immutable; saving says why it cannot.
            self.read_only = True
            uri = f"file:{self.path}?immutable=1"
            return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        _upgrade_once(self.url)
        return get_engine(self.url)

    @property
    def graph(self) -> KnowledgeGraph:
        if self._graph is None:
            self._graph = load_graph()
        return self._graph

    def _session(self) -> Session:
        return Session(self._engine, expire_on_commit=False)

    def validate(
        self, problem: Problem | dict[str, Any], title: str, author: str, tags: Sequence[str]
    ) -> dict:
        """Return the problem as a clean dict, or raise CaseError naming every field at fault."""
        errors = [
            f"{name}: must not be empty"
            for name, value in (("title", title), ("author", author))
            if not str(value).strip()
        ]
        errors += [
            f"tags[{i}]: must be a non-empty string"
            for i, t in enumerate(tags)
            if not (isinstance(t, str) and t.strip())
        ]
        data = problem.to_dict() if isinstance(problem, Problem) else dict(problem)
        try:
            parsed = Problem.from_dict({**data, "id": PLACEHOLDER_ID})
        except Exception as exc:  # noqa: BLE001 - pydantic's ValidationError; report each field
            errs = getattr(exc, "errors", None)
            errors += (
                [f"problem → {' → '.join(map(str, e['loc']))}: {e['msg']}" for e in errs()]
                if callable(errs)
                else [f"problem: {exc}"]
            )
            raise CaseError(errors) from exc
        errors += problem_reference_errors(parsed, self.graph, "problem")
        if errors:
            raise CaseError(errors)
        return parsed.to_dict()

    def save(
        self,
        problem: Problem | dict[str, Any],
        *,
        author: str | Account,
        title: str | None = None,
        tags: Iterable[str] = (),
        case_id: int | None = None,
        note: str = "",
        expected_version: int | None = None,
    ) -> Case:
        """Save a new case (`case_id` None) or a new version of one; validated first, one transaction.

        `author`: the logged-in Account (the app), or a name (scripts, and cases from before accounts).
        An account saving a case it does not own gets a new case of its own forked from that one.
        `expected_version`: the version the editor started from; a later version raises CaseConflict
        instead of silently stacking on top of a colleague's save.
        """
        if self.read_only:
            raise CaseStoreError(f"{self.path} 位于只读位置，只能查看 / {self.path} is in a read-only place: "
                                 "cases can be read, not saved")
        account = author if isinstance(author, Account) else None
        name = account.display_name if account else str(author)
        tag_list = list(tags)
        if title is None:  # default title: the question's first 60 characters
            question = (
                problem.question_zh if isinstance(problem, Problem) else str(problem.get("question_zh", ""))
            )
            title = question[:60]
        clean = self.validate(problem, title, name, tag_list)
        row = {"saved_at": "", "author": name.strip(), "title": title.strip(), "note": note,
               "tags": json.dumps(list(dict.fromkeys(t.strip() for t in tag_list)), ensure_ascii=False),
               "problem": json.dumps(clean, ensure_ascii=False), "author_id": account.id if account else None}
        for attempt in range(SAVE_ATTEMPTS):
            try:
                return self.get(self._append(row, account, case_id, expected_version))
            except (IntegrityError, OperationalError) as exc:
                # Another writer took this version number (or held SQLite's write lock): try again.
                if not _is_race(exc):
                    raise CaseStoreError(f"案例库写入失败 / the case library could not be written: {exc.orig}") from None
                time.sleep(random.uniform(0.005, 0.05) * (1 + attempt / 4))
        raise CaseStoreError("案例库繁忙，请重试 / the case library is busy: save again")

    def _append(self, row: dict, account: Account | None, case_id: int | None, expected: int | None) -> int:
        """One transaction: the next version of `case_id` (or of a new case / fork); returns the case id."""
        now = _now()
        with self._session() as db, db.begin():
            forked_from: int | None = None
            latest: int | None = None
            if case_id is not None:
                head = db.get(CaseRow, case_id)
                latest = db.scalar(select(func.max(CaseVersionRow.version)).where(CaseVersionRow.case_id == case_id))
                if head is None or latest is None:
                    raise KeyError(f"no case {case_id}")
                if account is not None and head.owner_id != account.id:
                    forked_from, case_id = case_id, None  # theirs stays: this save starts the editor's own case
                elif expected is not None and latest != expected:
                    raise CaseConflict(f"case {case_id} is at version {latest}, not {expected}")
            if case_id is None:
                head = CaseRow(created_at=now, created_by=row["author"], owner_id=account.id if account else None,
                               forked_from=forked_from)
                db.add(head)
                db.flush()
                case_id, version = head.id, 1
            else:
                version = (latest or 0) + 1  # latest is set whenever case_id is (checked above)
            db.add(CaseVersionRow(case_id=case_id, version=version, **{**row, "saved_at": now}))
        return case_id

    def get(self, case_id: int, version: int | None = None) -> Case:
        """A case at its latest version (or at `version`); KeyError when there is none."""
        with self._session() as db:
            head = db.get(CaseRow, case_id)
            query = select(CaseVersionRow).where(CaseVersionRow.case_id == case_id)
            query = (query.where(CaseVersionRow.version == version) if version
                     else query.order_by(CaseVersionRow.version.desc()).limit(1))
            found = db.scalar(query)
        if head is None or found is None:
            raise KeyError(f"no case {case_id}" + (f" version {version}" if version else ""))
        return _case(head, found)

    def history(self, case_id: int) -> list[CaseVersion]:
        """Every saved version of a case, oldest first."""
        with self._session() as db:
            rows = list(db.scalars(select(CaseVersionRow).where(CaseVersionRow.case_id == case_id)
                                   .order_by(CaseVersionRow.version)))
        if not rows:
            raise KeyError(f"no case {case_id}")
        return [_version(r) for r in rows]

    def list(
        self, tag: str | None = None, author: str | None = None, module: str | None = None,
        owner_id: int | None = None,
    ) -> list[Case]:
        """Latest versions of all cases, newest first, optionally filtered by tag, author, module or owner."""
        latest = (select(CaseVersionRow.case_id, func.max(CaseVersionRow.version).label("v"))
                  .group_by(CaseVersionRow.case_id).subquery())
        query = (select(CaseRow, CaseVersionRow).join(CaseVersionRow, CaseVersionRow.case_id == CaseRow.id)
                 .join(latest, (latest.c.case_id == CaseRow.id) & (latest.c.v == CaseVersionRow.version))
                 .order_by(CaseVersionRow.saved_at.desc(), CaseRow.id.desc()))
        with self._session() as db:
            cases = [_case(head, version) for head, version in db.execute(query)]
        return [
            c
            for c in cases
            if (tag is None or tag in c.current.tags)
            and (author is None or c.created_by == author or c.current.author == author)
            and (module is None or c.current.problem.get("module") == module)
            and (owner_id is None or c.owner_id == owner_id)
        ]

    def search(self, text: str, k: int = 10) -> builtins.list[tuple[Case, float]]:  # `list` is a method here
        """Cases most similar to `text` (same BM25 retrieval as the bank), best first."""
        from content.retrieval import problem_text

        cases = {c.id: c for c in self.list()}
        if not cases:
            return []
        index = TextIndex(
            (cid, f"{c.current.title}\n{' '.join(c.current.tags)}\n{problem_text(c.current.to_problem())}")
            for cid, c in cases.items()
        )
        return [(cases[int(str(cid))], score) for cid, score in index.search(text, k)]  # the index keeps our int ids

    def export(self, path: str | Path, case_ids: Iterable[int] | None = None) -> Path:
        """Write cases (default: all) to one YAML file in the bank's format, ids `case-001`, `case-002`, …"""
        chosen = (
            [self.get(cid) for cid in case_ids]
            if case_ids is not None
            else sorted(self.list(), key=lambda c: c.id)
        )
        if len(chosen) > 999:
            raise ValueError("export at most 999 cases per file (bank ids have three digits)")
        problems = [
            Problem.from_dict({**c.current.problem, "id": f"case-{n:03d}"}) for n, c in enumerate(chosen, 1)
        ]
        return dump_problems(problems, path)


def _is_race(exc: IntegrityError | OperationalError) -> bool:
    """A concurrent writer (same version number taken, SQLite's lock held), not a real fault."""
    text = str(exc.orig).lower()
    if isinstance(exc, OperationalError):
        return "locked" in text or "busy" in text
    return "unique" in text or "duplicate key" in text or "primary key" in text


def _version(row: CaseVersionRow) -> CaseVersion:
    return CaseVersion(row.case_id, row.version, row.saved_at, row.author, row.title, tuple(json.loads(row.tags)),
                       row.note, json.loads(row.problem), row.author_id)


def _case(head: CaseRow, version: CaseVersionRow) -> Case:
    return Case(head.id, head.created_at, head.created_by, _version(version), head.owner_id, head.forked_from)

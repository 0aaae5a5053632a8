"""The teachers' case library (教师案例库): edited question chains saved in SQLite with full version history.

A case is a problem in the bank's shape (`content.bank.Problem` as a dict: question, final answer,
knowledge points, methods with steps), plus a title, tags, author and times. Every save appends a new
version; nothing is overwritten or deleted (triggers in the database refuse UPDATE and DELETE of
versions). Each save is validated first (the bank schema, knowledge-point and method ids) and written
in one transaction, so a bad save leaves the library exactly as it was.

The database file: the `path` argument, else env `TUTOR_CASES_DB`, else
`$XDG_DATA_HOME/question-chain-tutor/cases.sqlite` (default `~/.local/share/...`). WAL mode and a busy
timeout let several app sessions, threads or processes write at once.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from content.bank import Problem, dump_problems
from content.knowledge import KnowledgeGraph, load_graph
from content.text_index import TextIndex
from content.validate import problem_reference_errors

BUSY_TIMEOUT_MS = 30_000
PLACEHOLDER_ID = "case-000"  # bank ids are `<name>-NNN`; a case's own key is its integer id

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS case_versions (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    tags TEXT NOT NULL,          -- JSON list of strings
    note TEXT NOT NULL,          -- what changed in this version
    problem TEXT NOT NULL,       -- JSON of the bank-shaped problem
    PRIMARY KEY (case_id, version)
);
CREATE TRIGGER IF NOT EXISTS case_versions_append_only_u BEFORE UPDATE ON case_versions
BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS case_versions_append_only_d BEFORE DELETE ON case_versions
BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END;
"""


class CaseError(ValueError):
    """A case that cannot be saved; `errors` names each field at fault."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("; ".join(errors))


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

    @property
    def version(self) -> int:
        return self.current.version

    @property
    def updated_at(self) -> str:
        return self.current.saved_at


def default_path() -> Path:
    """Where the library lives when no path is given (env TUTOR_CASES_DB, else the user data folder)."""
    if os.environ.get("TUTOR_CASES_DB"):
        return Path(os.environ["TUTOR_CASES_DB"]).expanduser()
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "question-chain-tutor" / "cases.sqlite"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class CaseLibrary:
    """The case store on one SQLite file. Cheap to create; every call opens its own connection (thread-safe)."""

    def __init__(self, path: str | Path | None = None, graph: KnowledgeGraph | None = None):
        self.path = Path(path).expanduser() if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._graph = graph
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @property
    def graph(self) -> KnowledgeGraph:
        if self._graph is None:
            self._graph = load_graph()
        return self._graph

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as db:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = FULL")  # a saved case survives a power cut
            yield db

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
        author: str,
        title: str | None = None,
        tags: Iterable[str] = (),
        case_id: int | None = None,
        note: str = "",
        expected_version: int | None = None,
    ) -> Case:
        """Save a new case (`case_id` None) or a new version of one; validated first, one transaction.

        `expected_version`: the version the editor started from; a later version raises CaseConflict
        instead of silently stacking on top of a colleague's save.
        """
        tag_list = list(tags)
        if title is None:  # default title: the question's first 60 characters
            question = (
                problem.question_zh if isinstance(problem, Problem) else str(problem.get("question_zh", ""))
            )
            title = question[:60]
        clean = self.validate(problem, title, author, tag_list)
        tags_in = tuple(dict.fromkeys(t.strip() for t in tag_list))
        now = _now()
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")  # take the write lock now: version numbers never collide
            try:
                if case_id is None:
                    case_id = db.execute(
                        "INSERT INTO cases (created_at, created_by) VALUES (?, ?)", (now, author.strip())
                    ).lastrowid
                    version = 1
                else:
                    row = db.execute(
                        "SELECT MAX(version) FROM case_versions WHERE case_id = ?", (case_id,)
                    ).fetchone()
                    if row[0] is None:
                        raise KeyError(f"no case {case_id}")
                    if expected_version is not None and row[0] != expected_version:
                        raise CaseConflict(f"case {case_id} is at version {row[0]}, not {expected_version}")
                    version = row[0] + 1
                db.execute(
                    "INSERT INTO case_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        version,
                        now,
                        author.strip(),
                        title.strip(),
                        json.dumps(list(tags_in), ensure_ascii=False),
                        note,
                        json.dumps(clean, ensure_ascii=False),
                    ),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return self.get(case_id)

    def get(self, case_id: int, version: int | None = None) -> Case:
        """A case at its latest version (or at `version`); KeyError when there is none."""
        with self._connect() as db:
            head = db.execute(
                "SELECT id, created_at, created_by FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            sql = "SELECT * FROM case_versions WHERE case_id = ?" + (
                " AND version = ?" if version else " ORDER BY version DESC LIMIT 1"
            )
            row = db.execute(sql, (case_id, version) if version else (case_id,)).fetchone()
        if head is None or row is None:
            raise KeyError(f"no case {case_id}" + (f" version {version}" if version else ""))
        return Case(head[0], head[1], head[2], _version(row))

    def history(self, case_id: int) -> list[CaseVersion]:
        """Every saved version of a case, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM case_versions WHERE case_id = ? ORDER BY version", (case_id,)
            ).fetchall()
        if not rows:
            raise KeyError(f"no case {case_id}")
        return [_version(r) for r in rows]

    def list(
        self, tag: str | None = None, author: str | None = None, module: str | None = None
    ) -> list[Case]:
        """Latest versions of all cases, newest first, optionally filtered by tag, author or module."""
        with self._connect() as db:
            rows = db.execute(
                """SELECT c.id, c.created_at, c.created_by, v.* FROM cases c JOIN case_versions v ON v.case_id = c.id
                   WHERE v.version = (SELECT MAX(version) FROM case_versions WHERE case_id = c.id)
                   ORDER BY v.saved_at DESC, c.id DESC"""
            ).fetchall()
        cases = [Case(r[0], r[1], r[2], _version(r[3:])) for r in rows]
        return [
            c
            for c in cases
            if (tag is None or tag in c.current.tags)
            and (author is None or c.created_by == author or c.current.author == author)
            and (module is None or c.current.problem.get("module") == module)
        ]

    def search(self, text: str, k: int = 10) -> list[tuple[Case, float]]:
        """Cases most similar to `text` (same BM25 retrieval as the bank), best first."""
        from content.retrieval import problem_text

        cases = {c.id: c for c in self.list()}
        if not cases:
            return []
        index = TextIndex(
            (cid, f"{c.current.title}\n{' '.join(c.current.tags)}\n{problem_text(c.current.to_problem())}")
            for cid, c in cases.items()
        )
        return [(cases[cid], score) for cid, score in index.search(text, k)]

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


def problem_from_result(
    result: dict[str, Any],
    *,
    module: str,
    difficulty: int,
    answer_kind: str = "expression",
    question_en: str = "",
) -> dict[str, Any]:
    """Turn a tutor Result (tutor_graph/result.py) into the bank-shaped dict a case stores.

    Steps without knowledge points inherit their solution's (then the problem's), because the bank
    requires at least one per step; the saved case is validated as usual.
    """
    problem_points = list(result.get("knowledge_points") or [])
    methods = []
    for solution in result.get("solutions") or []:
        zh, _, en = str(solution.get("method", "")).partition(" / ")
        fallback = list(solution.get("knowledge_points") or problem_points)
        steps = [
            {
                "question_zh": step.get("question", ""),
                "answer": step.get("answer", ""),
                "claim": step.get("claim") or None,
                "knowledge_points": list(step.get("knowledge_points") or fallback),
            }
            for step in solution.get("steps") or []
        ]
        methods.append({"name_zh": zh.strip(), "name_en": en.strip(), "steps": steps})
    return {
        "id": PLACEHOLDER_ID,
        "module": module,
        "difficulty": difficulty,
        "question_zh": result.get("problem", ""),
        "question_en": question_en,
        "final_answer": result.get("final_answer", ""),
        "answer_kind": answer_kind,
        "knowledge_points": problem_points,
        "methods": methods,
    }


def _version(row: Sequence) -> CaseVersion:
    case_id, version, saved_at, author, title, tags, note, problem = row
    return CaseVersion(
        case_id, version, saved_at, author, title, tuple(json.loads(tags)), note, json.loads(problem)
    )

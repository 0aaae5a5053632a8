"""Where the case library lives (issue 14): clear messages for unusable files, old files adopted with their
versions, the author is the account, and editing a colleague's case saves a fork."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import stat

import pytest

from content.accounts import create_account
from content.cases import CaseConflict, CaseLibrary, CaseStoreError
from tests.content.samples import PROBLEM

# The schema content.cases wrote before it moved onto the project database (kept here to make old files).
LEGACY_SCHEMA = """
CREATE TABLE cases (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, created_by TEXT NOT NULL);
CREATE TABLE case_versions (case_id INTEGER NOT NULL REFERENCES cases(id), version INTEGER NOT NULL,
    saved_at TEXT NOT NULL, author TEXT NOT NULL, title TEXT NOT NULL, tags TEXT NOT NULL, note TEXT NOT NULL,
    problem TEXT NOT NULL, PRIMARY KEY (case_id, version));
CREATE TRIGGER case_versions_append_only_u BEFORE UPDATE ON case_versions
BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END;
CREATE TRIGGER case_versions_append_only_d BEFORE DELETE ON case_versions
BEGIN SELECT RAISE(ABORT, 'case versions are append-only'); END;
"""


def _edited(**changes) -> dict:
    problem = copy.deepcopy(PROBLEM)
    problem.update(changes)
    return problem


def test_a_garbage_file_is_named_not_a_traceback(tmp_path):
    path = tmp_path / "cases.sqlite"
    path.write_bytes(b"this is no database, just some text\n" * 50)
    with pytest.raises(CaseStoreError, match="not an SQLite database"):
        CaseLibrary(path)
    assert path.read_bytes().startswith(b"this is no database")  # untouched


def test_a_truncated_file_is_damaged(tmp_path):
    path = tmp_path / "cases.sqlite"
    library = CaseLibrary(path)
    for n in range(30):
        library.save(_edited(question_zh=f"第 {n} 题：求 $a_{{10}}$。" + "很长的题干。" * 200), author="王老师")
    library._engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    assert size > 8192
    with path.open("r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(CaseStoreError, match="damaged|not an SQLite"):
        CaseLibrary(path)


def test_a_folder_is_not_a_library(tmp_path):
    with pytest.raises(CaseStoreError, match="is a folder"):
        CaseLibrary(tmp_path)


def test_a_missing_folder_is_an_error_not_a_new_empty_library(tmp_path):
    path = tmp_path / "no-such-folder" / "cases.sqlite"
    with pytest.raises(CaseStoreError, match="does not exist"):
        CaseLibrary(path)
    assert not path.parent.exists()


def test_a_read_only_library_can_be_listed_but_not_saved(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    library = CaseLibrary(folder / "cases.sqlite")
    saved = library.save(PROBLEM, author="王老师", title="只读也能看")
    library._engine.dispose()
    with sqlite3.connect(folder / "cases.sqlite") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in folder.glob("cases.sqlite-*"):
        leftover.unlink()
    (folder / "cases.sqlite").chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        reader = CaseLibrary(folder / "cases.sqlite")
        assert [c.current.title for c in reader.list()] == ["只读也能看"]
        assert reader.get(saved.id).current.author == "王老师"
        with pytest.raises(CaseStoreError, match="read-only"):
            reader.save(PROBLEM, author="王老师")
        with pytest.raises(CaseStoreError, match="read-only"):
            CaseLibrary(folder / "another.sqlite")
    finally:
        folder.chmod(stat.S_IRWXU)
        (folder / "cases.sqlite").chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_an_old_case_file_is_adopted_with_every_version(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(LEGACY_SCHEMA)
        db.execute("INSERT INTO cases VALUES (1, '2026-01-01T00:00:00+00:00', '王老师')")
        for version, author in ((1, "王老师"), (2, "李老师")):
            db.execute("INSERT INTO case_versions VALUES (1, ?, ?, ?, ?, ?, '', ?)",
                       (version, f"2026-01-0{version}T00:00:00+00:00", author, f"v{version}",
                        json.dumps(["数列"]), json.dumps(_edited(difficulty=version), ensure_ascii=False)))
    library = CaseLibrary(path)
    history = library.history(1)
    assert [(v.version, v.author, v.title) for v in history] == [(1, "王老师", "v1"), (2, "李老师", "v2")]
    assert history[1].problem["difficulty"] == 2 and history[0].author_id is None
    third = library.save(_edited(difficulty=3), author="张老师", case_id=1, expected_version=2)
    assert third.version == 3 and third.created_by == "王老师"
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM case_versions")


@pytest.fixture
def project_db(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'tutor.sqlite'}"
    monkeypatch.setenv("TUTOR_DATABASE_URL", url)
    monkeypatch.delenv("TUTOR_CASES_DB", raising=False)
    return url


def test_the_author_is_the_account_and_a_colleagues_edit_is_a_fork(project_db):
    library = CaseLibrary()
    wang = create_account("wang", "correct horse", "teacher", "王老师")
    li = create_account("li", "battery staple", "teacher", "李老师")
    mine = library.save(PROBLEM, author=wang, title="王的案例")
    assert (mine.current.author, mine.current.author_id, mine.owner_id) == ("王老师", wang.id, wang.id)
    again = library.save(_edited(difficulty=3), author=wang, case_id=mine.id, expected_version=1)
    assert (again.id, again.version) == (mine.id, 2)
    fork = library.save(_edited(difficulty=5), author=li, case_id=mine.id, expected_version=2, title="李改的")
    assert fork.id != mine.id and fork.forked_from == mine.id and fork.version == 1
    assert (fork.owner_id, fork.current.author) == (li.id, "李老师")
    theirs = library.get(mine.id)
    assert theirs.version == 2 and theirs.current.problem["difficulty"] == 3 and theirs.current.author == "王老师"
    assert [c.id for c in library.list(owner_id=li.id)] == [fork.id]
    with pytest.raises(CaseConflict):
        library.save(PROBLEM, author=wang, case_id=mine.id, expected_version=1)


def test_the_project_database_is_created_in_its_default_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("TUTOR_DATABASE_URL", raising=False)
    monkeypatch.delenv("TUTOR_CASES_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-home"))
    library = CaseLibrary()
    assert library.path == tmp_path / "fresh-home" / "question-chain-tutor" / "tutor.sqlite"
    assert library.list() == [] and os.path.exists(library.path)

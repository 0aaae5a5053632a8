"""Readable answers about an SQLite database file before it is opened: a folder, a missing folder, a file
that is not a database, a read-only place. Never a traceback, never a silent new empty database."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseLocationError(RuntimeError):
    """The database file cannot be used as it is; `str()` says why and what to do, in Chinese and English."""


def sqlite_path(url: str) -> Path | None:
    """The file of an `sqlite:///FILE` URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(rest) if rest and rest != ":memory:" else None


def writable(path: Path) -> bool:
    """False where the file or its folder is read-only (by permission bits, which bind root too here)."""
    folder = path.parent
    if not os.access(folder, os.W_OK) or not (folder.stat().st_mode & stat.S_IWUSR):
        return False
    return not path.exists() or (os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR))


def check_sqlite_file(path: Path, *, create_folder: bool = False) -> None:
    """Raise DatabaseLocationError when `path` cannot hold an SQLite database.

    A missing folder is created only when `create_folder` (the default location in the user data
    folder); a configured path in a missing folder is an error, so a typo never starts an empty library.
    """
    if path.is_dir():
        raise DatabaseLocationError(f"{path} 是一个文件夹，不是数据库文件 / {path} is a folder, not a database file")
    if not path.parent.is_dir():
        if not create_folder:
            raise DatabaseLocationError(
                f"文件夹 {path.parent} 不存在 / the folder {path.parent} does not exist "
                "(create it, or correct the path)")
        path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        if not writable(path):
            raise DatabaseLocationError(
                f"不能在只读位置 {path.parent} 新建数据库 / cannot create a database in the read-only folder {path.parent}")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseLocationError(f"无法读取 {path} / cannot read {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseLocationError(f"{path} 不是 SQLite 数据库（文件已损坏或不是数据库）/ "
                                    f"{path} is not an SQLite database (damaged, or another kind of file)")
    if header:
        problem = _integrity(path)
        if problem:
            raise DatabaseLocationError(f"{path} 已损坏 / {path} is damaged: {problem} "
                                        "(restore it from a backup; see docs/deploy.md)")


def _integrity(path: Path) -> str | None:
    """SQLite's own quick check of every page, read-only; None when the file is sound."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)) as db:
            rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            return None  # a read-only folder without the WAL index: opened immutable later
        return str(exc)
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])

"""The engine, sessions and migrations of the project's one database."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


class Base(DeclarativeBase):
    """Declarative base for every table of the project."""


def default_sqlite_path() -> Path:
    """The SQLite file used when no URL is configured (the user data folder)."""
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "question-chain-tutor" / "tutor.sqlite"


def database_url(url: str | None = None) -> str:
    """The database URL: the argument, else env TUTOR_DATABASE_URL, else the default SQLite file."""
    if url:
        return url
    if os.environ.get("TUTOR_DATABASE_URL"):
        return os.environ["TUTOR_DATABASE_URL"]
    return f"sqlite:///{default_sqlite_path()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets readers run beside one writer; the busy timeout makes concurrent app sessions wait
    # instead of failing; SQLite enforces foreign keys only when asked.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL for the whole process (engines pool connections and are thread-safe)."""
    resolved = database_url(url)
    with _lock:
        engine = _engines.get(resolved)
        if engine is None:
            if resolved.startswith("sqlite:///"):
                Path(resolved.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(resolved, pool_pre_ping=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            _engines[resolved] = engine
        return engine


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back if it raises."""
    maker = sessionmaker(bind=get_engine(url), expire_on_commit=False)
    with maker() as session, session.begin():
        yield session


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Bring the database at `url` to `revision` with the project's Alembic migrations."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", database_url(url).replace("%", "%%"))
    with get_engine(url).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

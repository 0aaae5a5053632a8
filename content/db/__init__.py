"""One database for everything stored (accounts, classes, learner records, cases): SQLAlchemy 2 + Alembic.

The URL: the `url` argument, else env `TUTOR_DATABASE_URL`, else an SQLite file in the user data folder
(`$XDG_DATA_HOME/question-chain-tutor/tutor.sqlite`). Any SQLAlchemy URL works (PostgreSQL:
`postgresql+psycopg://user:pass@host/db`). Tables are declared on `Base` in the modules that own them and
created only by Alembic migrations (`upgrade`), never by `create_all`, so every database has one history.
"""

from content.db.engine import Base, database_url, get_engine, session_scope, upgrade

__all__ = ["Base", "database_url", "get_engine", "session_scope", "upgrade"]

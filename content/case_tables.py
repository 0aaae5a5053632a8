"""The case library's tables in the project database (created by migration `accounts_0001`).

A case version's problem is one JSON text (the bank's shape, whatever fields it grows), so a change to
the problem schema never needs a migration here.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from content.db import Base


class CaseRow(Base):
    """A case: when, by whom (name and account), and the case it was forked from, if any."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text)
    # Account ids without a foreign key: the library may live in its own file (TUTOR_CASES_DB), apart from accounts.
    owner_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    forked_from: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseVersionRow(Base):
    """One saved version; append-only (database triggers refuse UPDATE and DELETE)."""

    __tablename__ = "case_versions"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text)  # JSON list of strings
    note: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text)  # JSON of the bank-shaped problem
    author_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


VERSION_COLUMNS = [c.name for c in CaseVersionRow.__table__.columns]

"""Methods teachers saved from the chain editor as new methods of a problem type, on the one database.

A saved method is a chain template in the format of `docs/templates.md` (one entry of a type's `methods:`),
stored as JSON with the account that saved it. The specialist appends a type's saved methods to the shipped
template when it solves a problem of that type; each rendered step is still checked by the math layer.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from content.db import Base, session_scope


class MethodRow(Base):
    """One saved method of a problem type."""

    __tablename__ = "type_methods"
    __table_args__ = (UniqueConstraint("type_id", "name_zh", name="uq_type_methods_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_id: Mapped[str] = mapped_column(String(64), index=True)
    owner: Mapped[str] = mapped_column(String(64))
    name_zh: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MethodStoreError(ValueError):
    """A method that cannot be saved (its name is taken for this type, or it is not a method)."""


def save_method(type_id: str, owner: str, method: dict[str, Any], url: str | None = None) -> int:
    """Store a method (a template method dict with `name_zh` and `steps`) for a type; returns its id."""
    name = str(method.get("name_zh") or "").strip()
    if not name or not method.get("steps"):
        raise MethodStoreError("a method needs a name (name_zh) and at least one step")
    with session_scope(url) as session:
        taken = session.scalar(select(MethodRow.id).where(MethodRow.type_id == type_id, MethodRow.name_zh == name))
        if taken is not None:
            raise MethodStoreError(f"{type_id} already has a method named {name!r}")
        row = MethodRow(type_id=type_id, owner=owner, name_zh=name, method=json.dumps({**method, "owner": owner},
                        ensure_ascii=False), created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        return row.id


def saved_methods(type_id: str, url: str | None = None) -> list[dict[str, Any]]:
    """The methods saved for a type, oldest first (each with its `owner`)."""
    with session_scope(url) as session:
        rows = session.scalars(select(MethodRow).where(MethodRow.type_id == type_id).order_by(MethodRow.id))
        return [json.loads(row.method) for row in rows]
